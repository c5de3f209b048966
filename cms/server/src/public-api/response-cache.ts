/**
 * The response cache of the public API, a plugin service (`response-cache`) so that one Strapi holds one.
 *
 * Keyed by a digest of what a response is made of (method, endpoint and path parameters, the query as the
 * contract parsed it, the public base URL and the data version), never by the raw query string: `region=a,,,,a` and `region=a` are
 * one entry, and a key costs 43 characters however long the URL was. Sized by what an entry keeps alive,
 * counted high (two bytes per character, since V8 stores any text with a character above U+00FF that way).
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Span } from '../time/clock';

export interface CachedResponse extends Span {
  body: string;
  contentType: string;
  etag: string;
  lastModified: string;
}

export interface ResponseKey {
  method: string;
  /** Which endpoint answers. */
  route: string;
  /** Its path parameters as the router decoded them (the slug). */
  params: Record<string, string>;
  /** The query as the contract parsed it (defaults filled in, empty and repeated list items gone). */
  query: unknown;
  base: string;
  version: string;
}

/** The entry object and its numbers, the LRU's bookkeeping and the strings' headers: about 900 bytes measured, rounded up. */
const ENTRY_OVERHEAD_BYTES = 1024;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const textBytes = (text: string): number => 2 * text.length;

/** What one entry keeps alive in the heap, at most. */
export function retainedBytes(key: string, entry: CachedResponse): number {
  return (
    textBytes(key) +
    textBytes(entry.body) +
    textBytes(entry.contentType) +
    textBytes(entry.etag) +
    textBytes(entry.lastModified) +
    ENTRY_OVERHEAD_BYTES
  );
}

export function responseKey(key: ResponseKey): string {
  return createHash('sha256')
    .update(JSON.stringify([key.method, key.route, key.params, key.query, key.base, key.version]))
    .digest('base64url');
}

export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;

  constructor(maxBytes = DEFAULT_MAX_BYTES) {
    this.entries = new LRUCache<string, CachedResponse>({ maxSize: maxBytes, sizeCalculation: (entry, key) => retainedBytes(key, entry) });
  }

  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: CachedResponse): void {
    this.entries.set(key, entry);
  }

  /** Forget every response (tests use it to act as a second process would). */
  clear(): void {
    this.entries.clear();
  }

  get count(): number {
    return this.entries.size;
  }

  /** Bytes accounted for all entries. */
  get accountedBytes(): number {
    return this.entries.calculatedSize;
  }

  get maxBytes(): number {
    return this.entries.maxSize;
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }
}
