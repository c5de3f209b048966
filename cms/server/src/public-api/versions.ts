/**
 * A cheap fingerprint of the tables a response is built from. For draft & publish types, public content
 * changes only when rows come and go: publishing replaces the published row with a new one (a higher id),
 * unpublishing and deleting remove rows (a lower count); saving a draft changes nothing public. So row count
 * and highest id say it, and both come from indexes. Reference tables without drafts are edited in place
 * and are small, so their latest updated_at is read too. The fingerprint is read from the database on
 * every request, so several Strapi processes sharing one database always agree.
 */
import type { Core } from '@strapi/strapi';
import { EDITORIAL_TYPES, UID, type ContentTypeName } from '../content-types/uids';
import { knexOf } from './visible-rows';
import { tableOf } from './tables';

export interface DataVersion {
  /** Opaque token that changes whenever any of the tables changes. */
  token: string;
  /** Latest change among the tables as far as the fingerprint sees it (for Last-Modified), whole seconds. */
  lastModified: Date;
}

function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string' && value !== '') return new Date(/^\d+$/.test(value) ? Number(value) : value);
  return new Date(0);
}

const DRAFT_AND_PUBLISH = new Set<ContentTypeName>(EDITORIAL_TYPES);

/** Responses that depend on no content (the OpenAPI document) change only with the code. */
const STATIC_VERSION: DataVersion = { token: 'static', lastModified: new Date(Math.floor(Date.now() / 1000) * 1000) };

const statements = new WeakMap<object, Map<string, { sql: string; bindings: readonly unknown[] }>>();

/** The fingerprint query for a set of tables, built once: on the 304 path, building SQL costs more than running it. */
function fingerprintStatement(strapi: Core.Strapi, types: readonly ContentTypeName[]) {
  let byTypes = statements.get(strapi.db);
  if (!byTypes) {
    byTypes = new Map();
    statements.set(strapi.db, byTypes);
  }
  const key = types.join(',');
  const known = byTypes.get(key);
  if (known) return known;
  const knex = knexOf(strapi);
  // One scalar subquery per aggregate: SQLite answers a lone count(*) or max(id) from an index, but scans the
  // whole table when several aggregates share one SELECT.
  const parts = types.map((type) => {
    const table = tableOf(strapi, type);
    const updatedAt = table.column('updatedAt');
    const latestUpdate = DRAFT_AND_PUBLISH.has(type)
      ? knex.raw('(select ?? from ?? where id = (select max(id) from ??)) as max_updated', [updatedAt, table.name, table.name])
      : knex.raw('(select max(??) from ??) as max_updated', [updatedAt, table.name]);
    return knex.select(
      knex.raw('? as type', [UID[type]]),
      knex.raw('(select count(*) from ??) as row_count', [table.name]),
      knex.raw('(select max(id) from ??) as max_id', [table.name]),
      latestUpdate,
    );
  });
  const [first, ...rest] = parts;
  const native = (rest.length ? first.unionAll(rest) : first).toSQL().toNative();
  const statement = { sql: native.sql, bindings: native.bindings };
  byTypes.set(key, statement);
  return statement;
}

export async function dataVersion(strapi: Core.Strapi, types: readonly ContentTypeName[]): Promise<DataVersion> {
  if (types.length === 0) return STATIC_VERSION;
  const statement = fingerprintStatement(strapi, types);
  const result = (await knexOf(strapi).raw(statement.sql, statement.bindings as unknown[])) as unknown;
  // better-sqlite3 returns the rows, pg a result object with them.
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { type: string; row_count: number | string; max_id: number | null; max_updated: unknown }[];
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
