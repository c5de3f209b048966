/** Partners' feeds imported as posts: the admin's "Fetch now" route and what it answers. Not part of the public API. */
import { PLUGIN_ID } from './api';

/** The feed-source content type, whose edit view has the "Fetch now" action. */
export const FEED_SOURCE_UID = `plugin::${PLUGIN_ID}.feed-source`;

/** Admin route (under /kumppani): POST imports one source now and answers its FeedSourceStatus. */
export const FEED_SOURCE_FETCH_PATH = '/feed-sources/:documentId/fetch';
export const feedSourceFetchPath = (documentId: string): string => `/${PLUGIN_ID}/feed-sources/${encodeURIComponent(documentId)}/fetch`;

/** A source's state after a run, as the admin shows it. */
export interface FeedSourceStatus {
  documentId: string;
  name: string;
  lastFetchedAt: string | null;
  lastSuccessAt: string | null;
  /** Why the last run failed, in words for editors; null after a successful run. */
  lastError: string | null;
  itemCount: number | null;
  /** What this run did; null when it failed. */
  result: { notModified: boolean; created: number; updated: number; unchanged: number } | null;
}
