/** /posts and the feeds (/feeds/posts.rss, .atom, .json): the queries, and the list and detail responses. `schema()`: see schema.ts. */
import * as z from 'zod/mini';
import { detailResponse, listResponse } from './envelopes';
import { booleanFlag, listOf, locale, paging, slug, tag, textQuery, wholeNumber } from './parameters';
import { DEFAULT_FEED_ITEMS, MAX_FEED_ITEMS } from './patterns-and-limits';
import { blogRef, contentLocale, image, instant, topicRef, pageUrl } from './references';
import { schema } from './schema';

export const postListQuery = /*#__PURE__*/ schema(() =>
  z.strictObject({
    locale,
    q: z.optional(textQuery),
    blog: z.optional(listOf(slug)),
    tag: z.optional(listOf(tag)),
    topic: z.optional(listOf(slug)),
    author: z.optional(listOf(slug)),
    /** true: only posts imported from partners' feeds; false: only the blogs' own posts. */
    syndicated: z.optional(booleanFlag),
    ...paging,
  }),
);

export const feedQuery = /*#__PURE__*/ schema(() =>
  z.strictObject({
    locale,
    blog: z.optional(listOf(slug)),
    tag: postListQuery.shape.tag,
    syndicated: postListQuery.shape.syndicated,
    limit: z._default(wholeNumber(1, MAX_FEED_ITEMS), DEFAULT_FEED_ITEMS),
  }),
);

export const postSource = /*#__PURE__*/ schema(() => z.object({ name: z.string(), url: z.nullable(z.string()) }));

export const postSummary = /*#__PURE__*/ schema(() =>
  z.object({
    id: z.string(),
    slug: z.string(),
    locale: contentLocale,
    title: z.string(),
    lead: z.nullable(z.string()),
    heroImage: z.nullable(image),
    authors: z.array(z.object({ slug: z.string(), name: z.string(), roleTitle: z.nullable(z.string()) })),
    blog: z.nullable(blogRef),
    tags: z.array(z.string()),
    topics: z.array(topicRef),
    publishedDate: instant,
    /** The original's address: a syndicated post (imported from a partner's feed) always links there. */
    canonicalUrl: z.nullable(z.string()),
    /**
     * Where a syndicated post comes from (null for a blog's own post): the partner organisation's name (else the
     * feed's name) and its website (else the origin of the feed's address).
     */
    source: z.nullable(postSource),
    url: pageUrl,
    updatedAt: instant,
  }),
);

export const postDetail = /*#__PURE__*/ schema(() =>
  z.extend(postSummary, {
    /** The body rendered to HTML that contains no script, event handler or unsafe URL. */
    bodyHtml: z.string(),
    relatedPosts: z.array(z.object({ slug: z.string(), title: z.string(), locale: contentLocale, url: pageUrl })),
  }),
);

export const postList = /*#__PURE__*/ schema(() => listResponse(postSummary));
export const postResponse = /*#__PURE__*/ schema(() => detailResponse(postDetail));

export type PostListQuery = z.output<typeof postListQuery>;
export type FeedQuery = z.output<typeof feedQuery>;
export type PostSummary = z.infer<typeof postSummary>;
export type PostSource = z.infer<typeof postSource>;
export type PostDetail = z.infer<typeof postDetail>;
