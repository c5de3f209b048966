/** A booted demo CMS with its demo content and an HTTP client for the public API. */
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { PUBLIC_API_PREFIX } from '@kumppani/contract';
import { EDITORIAL_TYPES } from '../../cms/server/src/content-types/uids';
import { APP_DIR, bootCms, type BootOptions, type TestCms } from './strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const demo = require(path.join(APP_DIR, 'src', 'demo', 'demo-content.js'));

export const API = PUBLIC_API_PREFIX;

/** Logs `account` in to the admin API of `cms` and gives its JWT (the login must succeed). */
export async function adminToken(cms: TestCms, account: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${cms.baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  assert.equal(response.status, 200, await response.clone().text());
  return ((await response.json()) as { data: { token: string } }).data.token;
}

/**
 * A GET through node:http, with the path sent exactly as written (fetch resolves `..` first) and the body
 * as it came over the wire (fetch decompresses it).
 */
export function rawGet(
  baseUrl: string,
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(baseUrl + '/', { path: rawPath, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  json<T = any>(): T; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface SeededCms extends TestCms {
  get(pathAndQuery: string, headers?: Record<string, string>): Promise<ApiResponse>;
  /** The demo's "today", from which relative event dates were counted. */
  seededAt: Date;
}

export async function seededCms(options: BootOptions = {}): Promise<SeededCms> {
  const cms = await bootCms({ ...options, http: true });
  const seededAt = new Date();
  await demo.loadDemoContent(cms.strapi, { now: seededAt });
  return {
    ...cms,
    seededAt,
    async get(pathAndQuery, headers = {}) {
      const response = await fetch(`${cms.baseUrl}${pathAndQuery.startsWith('/') ? pathAndQuery : `${API}/${pathAndQuery}`}`, { headers });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
    },
  };
}

/** Documents of a type in the database, with their publication state, straight from the tables. */
export async function rowsOf(cms: TestCms, type: string, where: Record<string, unknown> = {}) {
  return (await cms.strapi.db.query(`plugin::kumppani.${type}` as never).findMany({ where })) as (Record<string, unknown> & {
    documentId: string;
    locale: string;
    publishedAt: string | null;
    slug: string;
  })[];
}

/** Rows that exist only as drafts: never published in any locale. */
export async function draftOnlyRows(cms: TestCms, type: string) {
  const rows = await rowsOf(cms, type);
  const published = new Set(rows.filter((row) => row.publishedAt).map((row) => `${row.documentId}:${row.locale}`));
  return rows.filter((row) => !row.publishedAt && !published.has(`${row.documentId}:${row.locale}`));
}

/**
 * Texts that must never leave the CMS, mapped to what they are: names, titles and slugs that exist only in
 * drafts (draft documents and draft-only translations) and contact details that editors have not made public.
 */
export async function privateTexts(cms: TestCms): Promise<{ secrets: Map<string, string>; draftSlugs: Record<string, string[]> }> {
  const secrets = new Map<string, string>();
  const draftSlugs: Record<string, string[]> = {};
  const publishedTexts = new Set<string>();
  for (const type of EDITORIAL_TYPES) {
    for (const row of await rowsOf(cms, type)) {
      if (row.publishedAt)
        for (const field of ['name', 'title', 'slug']) if (typeof row[field] === 'string') publishedTexts.add(row[field] as string);
    }
  }
  for (const type of EDITORIAL_TYPES) {
    const drafts = await draftOnlyRows(cms, type);
    draftSlugs[type] = drafts.map((row) => row.slug).filter((slug) => !publishedTexts.has(slug));
    for (const row of drafts) {
      for (const field of ['name', 'title', 'slug']) {
        const value = row[field];
        if (typeof value === 'string' && !publishedTexts.has(value)) secrets.set(value, `draft ${type}.${field}`);
      }
    }
  }
  for (const person of await rowsOf(cms, 'person', { contactPublic: false })) {
    if (person.email) secrets.set(person.email as string, `private e-mail of ${person.name}`);
    if (person.phone) secrets.set(person.phone as string, `private phone of ${person.name}`);
  }
  return { secrets, draftSlugs };
}
