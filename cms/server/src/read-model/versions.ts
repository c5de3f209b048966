/**
 * The data fingerprint of the tables a response is built from, read from the database on every request, so
 * that several Strapi processes sharing one database always agree (a second process's publish changes the
 * ETag at once).
 *
 * Each table keeps a change counter in `kumppani_data_versions`, moved by triggers on every insert, update,
 * delete (and, on PostgreSQL, truncate) in the same transaction as the change: publishing, unpublishing,
 * deleting and editing all move it, whoever writes (the Document Service, the media library, another tool's
 * SQL). So the fingerprint of any set of tables is one primary-key lookup in a table of a dozen rows: one
 * round trip, whatever the size of the content tables (a row count, which a deletion needs otherwise, scans
 * the whole table on PostgreSQL: ~5 ms at 10,000 organisations).
 *
 * The counters and triggers are installed at every start, after Strapi's schema sync (which, on SQLite,
 * rebuilds an altered table without its triggers), and every counter then moves once, so a change made
 * while a table had no trigger is not missed. A table's row carries a random generation, so a counter that
 * starts again (its table dropped and made anew) never repeats a token. Should a row be missing, the
 * fingerprint falls back to reading the table itself (row count, highest id, latest update).
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CORE_STORE_UID } from './tables';

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

/** The table of the change counters, one row per fingerprinted table, in the schema of Strapi's own tables. */
export const DATA_VERSIONS_TABLE = 'kumppani_data_versions';
/** The name of the triggers (on SQLite, the prefix: trigger names are per database there) and of the function. */
const TRIGGER_NAME = 'kumppani_data_version';
/** Taken by a starting process on PostgreSQL, so that two starting at once do not replace the function together. */
const INSTALL_LOCK = 0x6b756d70; // 'kump'

type Metadata = Core.Strapi['db']['metadata'];
const tableNameOf = (metadata: Metadata, uid: string) => (metadata.get(uid as never) as unknown as { tableName: string }).tableName;

/**
 * Strapi's core store holds the plugin's settings (the public page addresses) among every other plugin's and the
 * admin's: a trigger on it would empty the response caches at any of their writes. Its counter is a row of its
 * own, moved by the plugin when it saves its settings (`bumpSettingsVersion`), in the database, so every
 * instance sees it.
 */
export const SETTINGS_COUNTER = 'kumppani_settings';
const counterOf = (metadata: Metadata, uid: string) => (uid === CORE_STORE_UID ? SETTINGS_COUNTER : tableNameOf(metadata, uid));

/** Moves the settings' counter: every cached response that read the settings is then out of date. */
export async function bumpSettingsVersion(strapi: Core.Strapi): Promise<void> {
  const knex = strapi.db.connection as unknown as Knex;
  await knex(DATA_VERSIONS_TABLE).where({ table_name: SETTINGS_COUNTER }).increment('version', 1).update({ changed_at: Date.now() });
}
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Creates the change counters of the tables of `uids` and the triggers that move them, replacing older
 * definitions, then moves every counter once. Run at every start after Strapi's schema sync.
 */
export async function installDataVersions(strapi: Core.Strapi, uids: readonly string[]): Promise<void> {
  const knex = strapi.db.connection as unknown as Knex;
  const postgres = String(strapi.config.get('database.connection.client')) === 'postgres';
  const schema = postgres ? strapi.db.getSchemaName() : undefined;
  const qualified = (name: string) => (schema ? `${quote(schema)}.${quote(name)}` : quote(name));
  const versions = qualified(DATA_VERSIONS_TABLE);
  const counters = uids.map((uid) => counterOf(strapi.db.metadata, uid));
  // The tables whose triggers move their counters (the settings' counter has none).
  const tables = uids.filter((uid) => uid !== CORE_STORE_UID).map((uid) => tableNameOf(strapi.db.metadata, uid));
  const install = () =>
    knex.transaction(async (trx) => {
      if (postgres) await trx.raw('select pg_advisory_xact_lock(?)', [INSTALL_LOCK]);
      await trx.raw(
        `create table if not exists ${versions} (table_name varchar(255) primary key, generation varchar(32) not null, version bigint not null, changed_at bigint not null)`,
      );
      for (const counter of counters) {
        await trx.raw(
          `insert into ${versions} (table_name, generation, version, changed_at) values (?, ?, 0, ?) on conflict (table_name) do nothing`,
          [counter, randomBytes(8).toString('hex'), Date.now()],
        );
      }
      if (postgres) {
        // Once per statement: a bulk update moves the counter once. Epoch milliseconds of the change.
        const bump = qualified(TRIGGER_NAME);
        await trx.raw(
          `create or replace function ${bump}() returns trigger language plpgsql as $$ begin ` +
            `update ${versions} set version = version + 1, changed_at = (extract(epoch from clock_timestamp()) * 1000)::bigint where table_name = TG_TABLE_NAME; ` +
            `return null; end $$`,
        );
        for (const table of tables) {
          await trx.raw(
            `create or replace trigger ${TRIGGER_NAME} after insert or update or delete or truncate on ${qualified(table)} for each statement execute function ${bump}()`,
          );
        }
      } else {
        // SQLite has row triggers only. A trigger already there as written is kept: every other instance on
        // the file sees a schema change otherwise, and the write lock is held no longer than needed.
        const existing = new Map(
          ((await trx.raw(`select name, sql from sqlite_master where type = 'trigger'`)) as { name: string; sql: string }[]).map((row) => [
            row.name,
            row.sql,
          ]),
        );
        for (const table of tables) {
          for (const operation of ['insert', 'update', 'delete']) {
            const triggerName = `${TRIGGER_NAME}_${table}_${operation}`;
            const name = quote(triggerName);
            const create =
              `create trigger ${name} after ${operation} on ${quote(table)} begin ` +
              `update ${versions} set version = version + 1, changed_at = cast((julianday('now') - 2440587.5) * 86400000 as integer) where table_name = ${literal(table)}; end`;
            if (existing.get(triggerName)?.toLowerCase() === create.toLowerCase()) continue; // SQLite keeps CREATE TRIGGER in capitals
            await trx.raw(`drop trigger if exists ${name}`);
            await trx.raw(create);
          }
        }
      }
      await trx.raw(
        `update ${versions} set version = version + 1, changed_at = ? where table_name in (${counters.map(() => '?').join(', ')})`,
        [Date.now(), ...counters],
      );
    });
  // Two instances starting at once on one SQLite file both install; the one that finds the file locked waits
  // and tries again (PostgreSQL serialises them with the advisory lock above).
  for (let attempt = 1; ; attempt += 1) {
    try {
      await install();
      return;
    } catch (error) {
      if (postgres || (error as { code?: string }).code !== 'SQLITE_BUSY' || attempt === INSTALL_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

const INSTALL_ATTEMPTS = 8;

export interface FingerprintStatement {
  sql: string;
  bindings: readonly unknown[];
}

/** What a data version is read with: the counters of `tables`, or, should one be missing, the tables themselves. */
export interface VersionStatement extends FingerprintStatement {
  tables: readonly string[];
  fallback: FingerprintStatement;
}

/**
 * The statement that reads the data version of the tables of `uids` (content-type UIDs). The read model keeps
 * one per set of tables: on the 304 path, building SQL costs more than running it.
 */
export function versionStatement(knex: Knex, metadata: Metadata, uids: readonly string[]): VersionStatement {
  const tables = uids.map((uid) => counterOf(metadata, uid));
  return {
    sql: `select table_name, generation, version, changed_at from ${DATA_VERSIONS_TABLE} where table_name in (${tables.map(() => '?').join(', ')})`,
    bindings: tables,
    tables,
    fallback: fingerprintStatement(knex, metadata, uids),
  };
}

/** The rows of a raw query: better-sqlite3 returns them, pg a result object with them. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/**
 * The fingerprint read from the tables themselves: row count, highest id and latest update per table (a
 * deletion moves only the count). Used only while a table has no counter.
 */
export function fingerprintStatement(knex: Knex, metadata: Metadata, uids: readonly string[]): FingerprintStatement {
  // One scalar subquery per aggregate: SQLite answers a lone count(*) or max(id) from an index, but scans the
  // whole table when several aggregates share one SELECT.
  const parts = uids.map((uid) => {
    const meta = metadata.get(uid as never) as unknown as {
      tableName: string;
      attributes: Record<string, { columnName?: string }>;
    };
    // Strapi's core store has no updatedAt: there, while its counter is missing, only rows added or removed count.
    const updatedAt = meta.attributes.updatedAt?.columnName;
    return knex.select(
      knex.raw('? as type', [uid]),
      knex.raw('(select count(*) from ??) as row_count', [meta.tableName]),
      knex.raw('(select max(id) from ??) as max_id', [meta.tableName]),
      updatedAt ? knex.raw('(select max(??) from ??) as max_updated', [updatedAt, meta.tableName]) : knex.raw('null as max_updated'),
    );
  });
  // Joined by hand: knex drops the first member of a union whose members have no FROM.
  // Kept with `?` placeholders: knex.raw renumbers them for PostgreSQL.
  const compiled = parts.map((part) => part.toSQL());
  return { sql: compiled.map((part) => part.sql).join(' union all '), bindings: compiled.flatMap((part) => part.bindings) };
}

/** Runs a version statement (one query); no statement (a response that reads no table) is the static version. */
export async function dataVersion(knex: Knex, statement: VersionStatement | null): Promise<DataVersion> {
  if (!statement) return STATIC_VERSION;
  const rows = rowsOf<{ table_name: string; generation: string; version: number | string; changed_at: number | string }>(
    await knex.raw(statement.sql, statement.bindings as unknown[]),
  );
  if (rows.length < statement.tables.length) return tableFingerprint(knex, statement.fallback);
  const byTable = new Map(rows.map((row) => [row.table_name, row]));
  let latest = 0;
  const token = statement.tables
    .map((table) => {
      const row = byTable.get(table)!;
      latest = Math.max(latest, Number(row.changed_at));
      return `${table}:${row.generation}:${row.version}`;
    })
    .join('|');
  return { token, lastModified: new Date(Math.floor(latest / 1000) * 1000) };
}

/** The fingerprint read from the tables themselves (see `fingerprintStatement`). */
export async function tableFingerprint(knex: Knex, statement: FingerprintStatement): Promise<DataVersion> {
  const rows = rowsOf<{ type: string; row_count: number | string; max_id: number | null; max_updated: unknown }>(
    await knex.raw(statement.sql, statement.bindings as unknown[]),
  );
  let latest = 0;
  const token = rows
    .map((row) => {
      const updated = toDate(row.max_updated).getTime();
      latest = Math.max(latest, updated);
      return `${row.type}:${row.row_count}:${row.max_id ?? 0}:${updated}`;
    })
    .join('|');
  return { token: `tables|${token}`, lastModified: new Date(Math.floor(latest / 1000) * 1000) };
}
