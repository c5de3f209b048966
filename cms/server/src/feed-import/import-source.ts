/**
 * One run of a partner's feed (a feed-source document): fetched with what the last fetch said (ETag,
 * Last-Modified), read, planned against the posts earlier runs made (plan-import.ts), then written through the
 * Document Service, so that every post passes the same validation and search indexing as an editor's. New posts
 * are published at once or held as drafts, as the source says; an updated post that was published is published
 * again. The source records the run: when it fetched, when it last succeeded, how many items the feed had, and
 * the error an editor reads when it failed.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, MAX_SLUG_LENGTH, type FeedSourceStatus } from '@kumppani/contract';
import { UID } from '../content-types/uids';
import { fetchFeed, FeedFetchError, type FeedFetchLimits } from './fetch-feed';
import { htmlToBlocks } from './html-blocks';
import { FeedParseError, parsePartnerFeed, type FeedItem } from './parse-feed';
import { fingerprintOf, planImport, type SyndicatedPost } from './plan-import';

export interface FeedImportSettings {
  limits: FeedFetchLimits;
  maxItems: number;
}

interface SourceRow {
  id: number;
  documentId: string;
  name: string;
  feedUrl: string;
  publishMode: 'publish' | 'draft' | null;
  fullText: boolean | null;
  active: boolean | null;
  etag: string | null;
  lastModified: string | null;
  lastFetchedAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  itemCount: number | null;
  blog: { documentId: string } | null;
}

/** The longest title a post takes (its schema's maxLength). */
const MAX_TITLE = 250;
/** The longest canonical URL a post keeps: its column is a string of 255 characters on PostgreSQL. */
const MAX_URL = 255;

/** A slug from a title: lower case, letters and digits of ASCII, hyphens between words. */
export function slugOfTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH - 10)
    .replace(/-+$/, '');
  return slug || 'post';
}

/** The message editors read for a failed run. */
export function errorMessage(error: unknown): string {
  if (error instanceof FeedFetchError) return `Fetch failed (${error.reason}): ${error.message}`;
  if (error instanceof FeedParseError) return `The feed could not be read: ${error.message}`;
  const details = (error as { details?: { errors?: { path?: string[]; message?: string }[] } }).details?.errors;
  if (details?.length)
    return `A post was refused: ${details.map((problem) => `${problem.path?.join('.')}: ${problem.message}`).join('; ')}`;
  return `Import failed: ${error instanceof Error ? error.message : String(error)}`;
}

export async function importFeedSource(strapi: Core.Strapi, documentId: string, settings: FeedImportSettings): Promise<FeedSourceStatus> {
  const sources = strapi.db.query(UID['feed-source'] as never);
  const source = (await sources.findOne({ where: { documentId }, populate: { blog: { select: ['documentId'] } } })) as SourceRow | null;
  if (!source) throw new Error(`No feed source ${documentId}`);
  const fetchedAt = new Date().toISOString();
  let status: Partial<SourceRow>;
  let result: FeedSourceStatus['result'] = null;
  try {
    const fetched = await fetchFeed(source.feedUrl, { etag: source.etag, lastModified: source.lastModified }, settings.limits);
    if (fetched.status === 'not-modified') {
      status = { lastFetchedAt: fetchedAt, lastSuccessAt: fetchedAt, lastError: null };
      result = { notModified: true, created: 0, updated: 0, unchanged: source.itemCount ?? 0 };
    } else {
      const feed = parsePartnerFeed(fetched.body, settings.maxItems);
      const written = await writePosts(strapi, source, feed.items);
      result = { notModified: false, ...written };
      status = {
        lastFetchedAt: fetchedAt,
        lastSuccessAt: fetchedAt,
        lastError: null,
        // Items counted once: an item repeated in the feed makes one post.
        itemCount: written.created + written.updated + written.unchanged,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
      };
    }
  } catch (error) {
    status = { lastFetchedAt: fetchedAt, lastError: errorMessage(error) };
    strapi.log.warn(`[kumppani] feed ${source.name} (${source.feedUrl}): ${status.lastError}`);
  }
  // The status is the import's, not an editor's: written past the Document Service, as no editor wrote it.
  const saved = { ...source, ...status };
  await sources.update({ where: { id: source.id }, data: status });
  return {
    documentId,
    name: source.name,
    lastFetchedAt: saved.lastFetchedAt ? new Date(saved.lastFetchedAt).toISOString() : null,
    lastSuccessAt: saved.lastSuccessAt ? new Date(saved.lastSuccessAt).toISOString() : null,
    lastError: saved.lastError ?? null,
    itemCount: saved.itemCount ?? null,
    result,
  };
}

type DocumentsApi = {
  create(params: unknown): Promise<{ documentId: string }>;
  update(params: unknown): Promise<unknown>;
  publish(params: unknown): Promise<unknown>;
};

async function writePosts(
  strapi: Core.Strapi,
  source: SourceRow,
  items: FeedItem[],
): Promise<{ created: number; updated: number; unchanged: number }> {
  const fullText = Boolean(source.fullText);
  const posts = strapi.db.query(UID.post as never);
  const documents = strapi.documents(UID.post as never) as unknown as DocumentsApi;
  const locale = DEFAULT_LOCALE;
  // Every post has a draft row; the published row, where there is one, is its copy.
  const rows = (await posts.findMany({
    where: { feedSource: { id: source.id }, locale },
    select: ['documentId', 'sourceItemKey', 'canonicalUrl', 'sourceFingerprint', 'publishedAt'],
  })) as {
    documentId: string;
    sourceItemKey: string | null;
    canonicalUrl: string | null;
    sourceFingerprint: string | null;
    publishedAt: string | null;
  }[];
  const existing = new Map<string, SyndicatedPost>();
  const published = new Set<string>();
  for (const row of rows) {
    if (row.publishedAt) published.add(row.documentId);
    else
      existing.set(row.documentId, {
        id: row.documentId,
        key: row.sourceItemKey ?? '',
        url: row.canonicalUrl,
        fingerprint: row.sourceFingerprint ?? '',
      });
  }
  const plan = planImport(items, [...existing.values()], fullText);
  const contentOf = (item: FeedItem) => ({
    title: item.title.slice(0, MAX_TITLE).trim() || item.url || item.key,
    lead: item.summary || null,
    body: fullText && item.content ? htmlToBlocks(item.content, item.url) : null,
    canonicalUrl: item.url && item.url.length <= MAX_URL ? item.url : null,
    publishedDate: item.publishedAt ?? new Date().toISOString(),
    sourceItemKey: item.key,
    sourceFingerprint: fingerprintOf(item, fullText),
  });
  for (const item of plan.create) {
    const content = contentOf(item);
    const { documentId } = await documents.create({
      locale,
      data: {
        ...content,
        slug: await freeSlug(strapi, slugOfTitle(content.title), locale),
        blog: source.blog?.documentId ?? null,
        feedSource: source.documentId,
      },
    });
    if (source.publishMode === 'publish') await documents.publish({ documentId, locale });
  }
  for (const { post, item } of plan.update) {
    await documents.update({ documentId: post.id, locale, data: contentOf(item) });
    if (published.has(post.id)) await documents.publish({ documentId: post.id, locale });
  }
  return { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged };
}

/** `slug`, or `slug-2`, `slug-3`, ... : the first that no post in `locale` has. */
async function freeSlug(strapi: Core.Strapi, slug: string, locale: string): Promise<string> {
  const taken = new Set(
    (
      (await strapi.db.query(UID.post as never).findMany({
        select: ['slug'],
        where: { locale, slug: { $startsWith: slug } },
      })) as { slug: string }[]
    ).map((row) => row.slug),
  );
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
