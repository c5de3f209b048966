/** schema.org structured data of a blog post (see structured-data.ts). */
import type { PostSummary } from '@kumppani/contract';
import { helsinkiDateTime, imageObject, thing, type Thing } from './structured-data.js';

/** A post: its address is its canonical URL or public page. Authors are people; the blog is what it is part of. */
export function postStructuredData(item: PostSummary): Thing {
  const url = item.canonicalUrl ?? item.url;
  return thing('BlogPosting', {
    headline: item.title,
    description: item.lead,
    image: imageObject(item.heroImage),
    datePublished: helsinkiDateTime(item.publishedDate),
    dateModified: helsinkiDateTime(item.updatedAt),
    author: item.authors.map((author) => thing('Person', { name: author.name, jobTitle: author.roleTitle })),
    isPartOf: item.blog && thing('Blog', { name: item.blog.name, url: item.blog.url }),
    keywords: item.tags,
    url,
    mainEntityOfPage: url,
    inLanguage: item.locale,
  });
}
export { itemListStructuredData } from './structured-data.js';
