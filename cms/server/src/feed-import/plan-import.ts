/**
 * What one run of a feed source changes (before any write): the items to create as posts, the posts to update
 * because their item changed, and how many are as they were. An item is the same as a post made of it when its
 * key (GUID or id) or its link matches, so a feed that changes its GUIDs does not fill a blog with copies. An item
 * that has left the feed leaves its post alone: a feed shows only its latest items.
 */
import { createHash } from 'node:crypto';
import type { FeedItem } from './parse-feed';

/** A post an earlier run made from this source. */
export interface SyndicatedPost {
  id: string;
  key: string;
  url: string | null;
  /** fingerprintOf the item it was last written from. */
  fingerprint: string;
}

export interface ImportPlan {
  create: FeedItem[];
  update: { post: SyndicatedPost; item: FeedItem }[];
  unchanged: number;
}

/**
 * What of an item a post shows: a change to any of it is an update. `fullText`: whether the source's posts keep
 * the full HTML (else a changed body with the same summary is no change for us).
 */
export function fingerprintOf(item: FeedItem, fullText: boolean): string {
  const shown = [item.title, item.url, item.summary, item.publishedAt, item.updatedAt, fullText ? item.content : null];
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url');
}

export function planImport(items: readonly FeedItem[], existing: readonly SyndicatedPost[], fullText: boolean): ImportPlan {
  const byKey = new Map(existing.map((post) => [post.key, post]));
  const byUrl = new Map(existing.filter((post) => post.url).map((post) => [post.url!, post]));
  const seen = new Set<string>();
  const plan: ImportPlan = { create: [], update: [], unchanged: 0 };
  for (const item of items) {
    // The same item twice in one feed (a GUID or a link repeated) is taken once, the first time.
    if (seen.has(item.key) || (item.url && seen.has(item.url))) continue;
    seen.add(item.key);
    if (item.url) seen.add(item.url);
    const post = byKey.get(item.key) ?? (item.url ? byUrl.get(item.url) : undefined);
    if (!post) plan.create.push(item);
    else if (post.fingerprint !== fingerprintOf(item, fullText)) plan.update.push({ post, item });
    else plan.unchanged++;
  }
  return plan;
}
