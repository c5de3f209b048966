/**
 * A cheap fingerprint of the tables a response is built from: row count, highest id and latest update.
 * Publishing, unpublishing, deleting and editing all move at least one of them. Each is answered from an
 * index (the content types declare one on updated_at for this), so the check costs a fraction of a
 * millisecond. It is read from the database on every request, so several Strapi processes sharing one
 * database always agree.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export interface DataVersion {
  /** Opaque token that changes whenever any of the tables changes. */
  token: string;
  /** Latest change among the tables as far as the fingerprint sees it (for Last-Modified), whole seconds. */
  lastModified: Date;
}

/** A timestamp as the database driver returns it (Date, epoch milliseconds, or text) as a Date. */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string' && value !== '') return new Date(/^\d+$/.test(value) ? Number(value) : value);
  return new Date(0);
}

/** Responses that depend on no content (the OpenAPI document) change only with the code. */
const STATIC_VERSION: DataVersion = { token: 'static', lastModified: new Date(Math.floor(Date.now() / 1000) * 1000) };

export interface FingerprintStatement {
  sql: string;
  bindings: readonly unknown[];
}

/**
 * The fingerprint query for the tables of `uids` (content-type UIDs). The read model keeps one per set of
 * tables: on the 304 path, building SQL costs more than running it.
 */
export function fingerprintStatement(knex: Knex, metadata: Core.Strapi['db']['metadata'], uids: readonly string[]): FingerprintStatement {
  // One scalar subquery per aggregate: SQLite answers a lone count(*) or max(id) from an index, but scans the
  // whole table when several aggregates share one SELECT.
  const parts = uids.map((uid) => {
    const meta = metadata.get(uid as never) as unknown as {
      tableName: string;
      attributes: Record<string, { columnName?: string }>;
    };
    const updatedAt = meta.attributes.updatedAt?.columnName;
    if (!updatedAt) throw new Error(`${uid} has no updatedAt column to fingerprint`);
    return knex.select(
      knex.raw('? as type', [uid]),
      knex.raw('(select count(*) from ??) as row_count', [meta.tableName]),
      knex.raw('(select max(id) from ??) as max_id', [meta.tableName]),
      knex.raw('(select max(??) from ??) as max_updated', [updatedAt, meta.tableName]),
    );
  });
  // Joined by hand: knex drops the first member of a union whose members have no FROM.
  // Kept with `?` placeholders: knex.raw renumbers them for PostgreSQL.
  const compiled = parts.map((part) => part.toSQL());
  return { sql: compiled.map((part) => part.sql).join(' union all '), bindings: compiled.flatMap((part) => part.bindings) };
}

/** Runs a fingerprint statement; no statement (a response that reads no table) is the static version. */
export async function dataVersion(knex: Knex, statement: FingerprintStatement | null): Promise<DataVersion> {
  if (!statement) return STATIC_VERSION;
  const result = (await knex.raw(statement.sql, statement.bindings as unknown[])) as unknown;
  // better-sqlite3 returns the rows, pg a result object with them.
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    type: string;
    row_count: number | string;
    max_id: number | null;
    max_updated: unknown;
  }[];
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
