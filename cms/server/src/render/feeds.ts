/**
 * RSS 2.0, Atom (RFC 4287) and JSON Feed 1.1 of published posts, generated with feedsmith (one well-kept
 * library for all three formats, which emits JSON Feed 1.1 natively). Each feed carries full content,
 * authors, categories, the hero image and a self link. A syndicated post (imported from a partner's feed) links to
 * its original and names its source: RSS `<source>`, Atom `<source>` and a `via` link, JSON Feed `_kumppani.source`.
 */
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import {
  type ContentLocale,
  deepWithoutControlCharacters,
  type FeedQuery,
  type PostDetail,
  PUBLIC_API_PREFIX,
  withoutForbiddenCharacters,
} from '@kumppani/contract';
import { escapeHtml } from './blocks-html';
import type { Rendered } from '../public-api/http';
import type { FeedBlog } from '../public-api/resources/posts';
import type { PublicPages } from '../public-pages/public-pages';

export type FeedFormat = 'rss' | 'atom' | 'json';

const FEED_TITLES: Record<ContentLocale, { title: string; description: string }> = {
  fi: { title: 'Kumppani – blogikirjoitukset', description: 'Järjestöjen ja hyvinvointialueiden yhteistyöstä kertovat blogikirjoitukset' },
  sv: { title: 'Kumppani – blogginlägg', description: 'Blogginlägg om samarbetet mellan organisationer och välfärdsområden' },
  en: { title: 'Kumppani – blog posts', description: 'Blog posts on cooperation between NGOs and wellbeing services counties' },
};

/** The registered media type of each format: the response's Content-Type, the feeds' self links, OpenAPI. */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

export interface FeedContext {
  base: string;
  /** The path and query of this feed, for the self link. */
  selfPath: string;
  query: FeedQuery;
  posts: PostDetail[];
  /** The blogs the feed is filtered to: the channel takes their names, description and website. */
  blogs: FeedBlog[];
  pages: PublicPages;
}

/** A link and its media type: a page where the settings give one, else the item or list in the public API. */
interface Link {
  href: string;
  type: 'text/html' | 'application/json';
}

/** Where a reader goes for the post: its page (url: canonical URL, blog's or posts' template), else the API's JSON. */
const postLink = (base: string, post: PostDetail): Link =>
  post.url
    ? { href: post.url, type: 'text/html' }
    : { href: `${base}${PUBLIC_API_PREFIX}/posts/${encodeURIComponent(post.slug)}?locale=${post.locale}`, type: 'application/json' };

/**
 * The channel's page: the website of the one blog it is filtered to; else the folder of its posts' pages (for
 * https://www.example.fi/fi/blogi/{slug}, https://www.example.fi/fi/blogi/: where a site lists its posts),
 * else the API's list.
 */
function channelLink(context: FeedContext): Link {
  const { base, query, blogs, pages } = context;
  if (blogs.length === 1 && blogs[0].website) return { href: blogs[0].website, type: 'text/html' };
  const list = pages.postListUrl(query.locale, blogs.length === 1 ? blogs[0].slug : null);
  if (list) return { href: list, type: 'text/html' };
  return { href: `${base}${PUBLIC_API_PREFIX}/posts?locale=${query.locale}`, type: 'application/json' };
}

/** The stable id of a post in every format (the API's URL would change with the CMS's address). */
const postId = (post: PostDetail) => `urn:kumppani:post:${post.id}:${post.locale}`;

function contentHtml(post: PostDetail): string {
  const hero = post.heroImage
    ? `<figure><img src="${escapeHtml(post.heroImage.url)}" alt="${escapeHtml(post.heroImage.alt)}">${post.heroImage.caption ? `<figcaption>${escapeHtml(post.heroImage.caption)}</figcaption>` : ''}</figure>`
    : '';
  const lead = post.lead ? `<p><strong>${escapeHtml(post.lead)}</strong></p>` : '';
  return hero + lead + post.bodyHtml;
}

/**
 * A text field of RSS (title, category, dc:creator). RSS leaves open whether these are text or HTML, and many
 * readers render them as HTML; with angle brackets escaped, a title that holds markup reads as that markup's
 * text in both kinds of reader. (An ampersand stays: "Kädet & Sotessa" reads right in both.)
 */
const rssText = (text: string): string => text.replace(/[<>]/g, (character) => (character === '<' ? '&lt;' : '&gt;'));

const categoriesOf = (post: PostDetail) => [...post.topics.map((topic) => topic.name), ...post.tags];

/**
 * Every field is either plain text (escaped by the XML or JSON writer) or HTML from this module and
 * blocks-html.ts, where every text is escaped; no editor's text reaches a reader as markup.
 */
export function renderFeed(format: FeedFormat, context: FeedContext): Rendered {
  const rendered = renderCleanFeed(format, { ...context, posts: deepWithoutControlCharacters(context.posts) });
  // Texts are clean already; this pass guards what comes from elsewhere (the base URL, a library).
  return format === 'json' ? rendered : { ...rendered, body: withoutForbiddenCharacters(rendered.body) };
}

function renderCleanFeed(format: FeedFormat, context: FeedContext): Rendered {
  const { base, selfPath, query, posts, blogs } = context;
  const names = FEED_TITLES[query.locale];
  // A feed of blogs is titled with their names (an unknown slug keeps its slug, so the title still says what was asked).
  const blogNames = (query.blog ?? []).map((slug) => blogs.find((blog) => blog.slug === slug)?.name ?? slug);
  const tags = (query.tag ?? []).map((tag) => `#${tag}`);
  const title = blogNames.length
    ? [blogNames.join(', '), ...(tags.length ? [`(${tags.join(', ')})`] : [])].join(' ')
    : tags.length
      ? `${names.title} (${tags.join(', ')})`
      : names.title;
  const description = (blogs.length === 1 ? blogs[0].description : null) ?? names.description;
  const selfUrl = `${base}${selfPath}`;
  const home = channelLink(context);
  const homeUrl = home.href;
  const updated = posts.reduce((latest, post) => Math.max(latest, Date.parse(post.updatedAt)), 0);
  const updatedDate = new Date(updated || 0);

  if (format === 'json') {
    const feed = generateJsonFeed({
      title,
      home_page_url: homeUrl,
      feed_url: selfUrl,
      description,
      language: query.locale,
      items: posts.map((post) => ({
        id: postId(post),
        url: postLink(base, post).href,
        title: post.title,
        summary: post.lead ?? undefined,
        content_html: contentHtml(post),
        image: post.heroImage?.url,
        date_published: new Date(post.publishedDate),
        date_modified: new Date(post.updatedAt),
        authors: post.authors.map((author) => ({ name: author.name })),
        tags: categoriesOf(post),
        language: post.locale,
      })),
    });
    // JSON Feed's extensions are keys that start with an underscore: the source of a syndicated post.
    const items = (feed as { items?: Record<string, unknown>[] }).items ?? [];
    posts.forEach((post, index) => {
      if (post.source && items[index]) items[index]._kumppani = { source: post.source };
    });
    return { body: JSON.stringify(feed), contentType: `${FEED_MEDIA_TYPES.json}; charset=utf-8` };
  }

  if (format === 'atom') {
    const body = generateAtomFeed({
      id: selfUrl,
      title: { value: title },
      subtitle: { value: description },
      updated: updatedDate,
      links: [
        { href: selfUrl, rel: 'self', type: FEED_MEDIA_TYPES.atom },
        { href: homeUrl, rel: 'alternate', type: home.type },
      ],
      generator: { text: 'Kumppani' },
      entries: posts.map((post) => ({
        id: postId(post),
        title: { value: post.title },
        updated: new Date(post.updatedAt),
        published: new Date(post.publishedDate),
        links: [
          { ...postLink(base, post), rel: 'alternate', hreflang: post.locale },
          ...(post.source?.url ? [{ href: post.source.url, rel: 'via', type: 'text/html', title: post.source.name }] : []),
        ],
        authors: post.authors.length
          ? post.authors.map((author) => ({ name: author.name }))
          : [{ name: post.source?.name ?? post.blog?.name ?? 'Kumppani' }],
        source: post.source
          ? { title: { value: post.source.name }, links: post.source.url ? [{ href: post.source.url, rel: 'alternate' }] : undefined }
          : undefined,
        categories: categoriesOf(post).map((term) => ({ term })),
        summary: post.lead ? { value: post.lead } : undefined,
        content: { type: 'html', value: contentHtml(post) },
      })),
    });
    return { body, contentType: `${FEED_MEDIA_TYPES.atom}; charset=utf-8` };
  }

  const body = generateRssFeed({
    title: rssText(title),
    link: homeUrl,
    description,
    language: query.locale,
    lastBuildDate: updatedDate,
    generator: 'Kumppani',
    atom: { links: [{ href: selfUrl, rel: 'self', type: FEED_MEDIA_TYPES.rss }] },
    items: posts.map((post) => ({
      title: rssText(post.title),
      link: postLink(base, post).href,
      guid: { value: postId(post), isPermaLink: false },
      pubDate: new Date(post.publishedDate),
      // RSS <description> is HTML: the lead is text, so it goes escaped.
      description: post.lead ? escapeHtml(post.lead) : undefined,
      content: { encoded: contentHtml(post) },
      // RSS <author> must be an e-mail address, so names go to dc:creator.
      dc: post.authors.length ? { creators: post.authors.map((author) => rssText(author.name)) } : undefined,
      categories: categoriesOf(post).map((name) => ({ name: rssText(name) })),
      enclosures: post.heroImage ? [{ url: post.heroImage.url, length: 0, type: imageType(post.heroImage.url) }] : undefined,
      // RSS <source> names where an item came from; its url is the partner's site, the one address the API gives.
      source: post.source?.url ? { title: rssText(post.source.name), url: post.source.url } : undefined,
    })),
  });
  return { body, contentType: `${FEED_MEDIA_TYPES.rss}; charset=utf-8` };
}

function imageType(url: string): string {
  const extension = /\.([a-z0-9]+)(?:\?|$)/i.exec(url)?.[1]?.toLowerCase();
  return extension === 'png' ? 'image/png' : extension === 'webp' ? 'image/webp' : extension === 'svg' ? 'image/svg+xml' : 'image/jpeg';
}
