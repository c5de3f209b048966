/**
 * A cheap fingerprint of the tables a response is built from: row count, highest id and latest update.
 * Publishing creates a new row (a higher id), unpublishing or deleting removes one (a lower count), and
 * every edit moves updated_at, so any change an editor can make changes the fingerprint. It is read from
 * the database on every request, so several Strapi processes sharing one database always agree.
 */
import type { Core } from '@strapi/strapi';
import { UID, type ContentTypeName } from '../content-types/uids';
import { knexOf } from './visible-rows';
import { tableOf } from './tables';

export interface DataVersion {
  /** Opaque token that changes whenever any of the tables changes. */
  token: string;
  /** Latest update among the tables (for Last-Modified), whole seconds. */
  lastModified: Date;
}

function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string' && value !== '') return new Date(/^\d+$/.test(value) ? Number(value) : value);
  return new Date(0);
}

/** Responses that depend on no content (the OpenAPI document) change only with the code. */
const STATIC_VERSION: DataVersion = { token: 'static', lastModified: new Date(Math.floor(Date.now() / 1000) * 1000) };

export async function dataVersion(strapi: Core.Strapi, types: readonly ContentTypeName[]): Promise<DataVersion> {
  if (types.length === 0) return STATIC_VERSION;
  const knex = knexOf(strapi);
  const parts = types.map((type) => {
    const table = tableOf(strapi, type);
    return knex(table.name).select(
      knex.raw('? as type', [UID[type]]),
      knex.raw('count(*) as row_count'),
      knex.raw('max(id) as max_id'),
      knex.raw('max(??) as max_updated', [table.column('updatedAt')]),
    );
  });
  const [first, ...rest] = parts;
  const rows = (await (rest.length ? first.unionAll(rest) : first)) as { type: string; row_count: number | string; max_id: number | null; max_updated: unknown }[];
  let latest = 0;
  const token = rows
    .map((row) => {
      const updated = toDate(row.max_updated).getTime();
      latest = Math.max(latest, updated);
      return `${row.type}:${row.row_count}:${row.max_id ?? 0}:${updated}`;
    })
    .join('|');
  return { token, lastModified: new Date(Math.floor(latest / 1000) * 1000) };
}
