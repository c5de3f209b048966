/**
 * The occurrence table (plugin service `event-occurrences`): one row per occurrence of every published event
 * row, a single event being one occurrence of itself and a series (contract/src/recurrence.ts) as many as its
 * rule gives (a series always ends, and has at most MAX_SERIES_OCCURRENCES). The event list, its facets and its
 * calendar read events through it, so paging, filters and counts are by occurrence, and a window finds the
 * occurrences inside it with an index instead of expanding rules per request.
 *
 * Kept as the search index is: a Document Service middleware re-expands a document's rows on every write
 * (documents/derived-rows-middleware.ts), `ensure` at start-up builds what is missing, `rebuild` after bulk inserts.
 * Visibility (published, locale) stays the content table's business: a row left behind here shows nothing.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { EventStatus } from '@kumppani/contract';
import type { DerivedRows } from '../documents/derived-rows-middleware';
import { describeTable, type TableInfo } from '../read-model/tables';
import { occurrencesBetween } from '../time/recurrence';
import { storedSeries } from './stored-recurrence';

export const OCCURRENCE_TABLE = 'kumppani_event_occurrences';

/** Rows read per statement while building. */
const BATCH = 500;

/** Wide enough for any series: at most MAX_SERIES_OCCURRENCES occurrences, every 12th month at the most. */
const ALL_TIME = { from: new Date('1970-01-01T00:00:00Z'), to: new Date('9999-01-01T00:00:00Z') };

/** One row of the table: an occurrence of an event row (`event_id`, the content table's row id). */
export interface OccurrenceRow {
  event_id: number;
  starts_at: Date;
  ends_at: Date | null;
  /** Its end, or its start when it has none: where "not ended yet" and date windows look. */
  last_at: Date;
  /** The occurrence's own: a cancelled or moved occurrence of a scheduled series says so. */
  status: EventStatus;
  previous_starts_at: Date | null;
}

interface EventRow {
  id: number;
  starts_at: unknown;
  ends_at: unknown;
  event_status: EventStatus;
  previous_starts_at: unknown;
  recurrence: unknown;
}

const dateOrNull = (value: unknown): Date | null =>
  value === null || value === undefined || value === '' ? null : new Date(value as string);

/** The occurrences of one event row (a series that breaks its rules counts as a single event: storedSeries). */
export function occurrencesOf(row: EventRow): OccurrenceRow[] {
  const startsAt = new Date(row.starts_at as string);
  const endsAt = dateOrNull(row.ends_at);
  const recurrence = storedSeries(row.recurrence, { startsAt, endsAt });
  if (!recurrence)
    return [
      {
        event_id: row.id,
        starts_at: startsAt,
        ends_at: endsAt,
        last_at: endsAt ?? startsAt,
        status: row.event_status,
        previous_starts_at: dateOrNull(row.previous_starts_at),
      },
    ];
  return occurrencesBetween({ startsAt, endsAt }, recurrence, ALL_TIME.from, ALL_TIME.to).map((occurrence) => ({
    event_id: row.id,
    starts_at: occurrence.startsAt,
    ends_at: occurrence.endsAt,
    last_at: occurrence.endsAt ?? occurrence.startsAt,
    // A scheduled occurrence takes the series' status (a series postponed as a whole); a changed one its own.
    status: occurrence.status === 'scheduled' ? row.event_status : occurrence.status,
    previous_starts_at: occurrence.previousStartsAt,
  }));
}

export class OccurrenceIndex implements DerivedRows<'event'> {
  constructor(private readonly strapi: Core.Strapi) {}

  private get knex(): Knex {
    return this.strapi.db.connection as unknown as Knex;
  }

  private table(): TableInfo {
    return describeTable(this.strapi.db.metadata, 'event');
  }

  /** Creates the table when missing; true when it had to. */
  private async create(): Promise<boolean> {
    if (await this.knex.schema.hasTable(OCCURRENCE_TABLE)) return false;
    await this.knex.schema.createTable(OCCURRENCE_TABLE, (table) => {
      table.increments('id');
      table.integer('event_id').notNullable().index(`${OCCURRENCE_TABLE}_event_idx`);
      // As Strapi's own datetime columns, so that comparisons with theirs and with bound Dates agree.
      table.datetime('starts_at', { useTz: false, precision: 6 }).notNullable();
      table.datetime('ends_at', { useTz: false, precision: 6 }).nullable();
      table.datetime('last_at', { useTz: false, precision: 6 }).notNullable().index(`${OCCURRENCE_TABLE}_last_idx`);
      table.string('status', 20).notNullable();
      table.datetime('previous_starts_at', { useTz: false, precision: 6 }).nullable();
      table.index(['starts_at', 'event_id'], `${OCCURRENCE_TABLE}_start_idx`);
    });
    return true;
  }

  private async publishedRows(knex: Knex, filter: { documentIds?: string[]; afterId?: number; limit?: number }): Promise<EventRow[]> {
    const table = this.table();
    const query = knex(table.name)
      .select(
        'id',
        `${table.column('startsAt')} as starts_at`,
        `${table.column('endsAt')} as ends_at`,
        `${table.column('eventStatus')} as event_status`,
        `${table.column('previousStartsAt')} as previous_starts_at`,
        `${table.column('recurrence')} as recurrence`,
      )
      .whereNotNull(table.column('publishedAt'))
      .orderBy('id');
    if (filter.documentIds) query.whereIn(table.column('documentId'), filter.documentIds);
    if (filter.afterId !== undefined) query.where('id', '>', filter.afterId);
    if (filter.limit) query.limit(filter.limit);
    return (await query) as EventRow[];
  }

  private async insert(knex: Knex, rows: EventRow[]): Promise<number> {
    const occurrences = rows.flatMap(occurrencesOf);
    // Small chunks: SQLite binds at most 32766 values per statement, and a series has up to 260 rows.
    for (let index = 0; index < occurrences.length; index += 200)
      await knex(OCCURRENCE_TABLE).insert(occurrences.slice(index, index + 200));
    return occurrences.length;
  }

  /** Ids of every row (draft or published) of the given documents, inside the Document Service's transaction. */
  async rowIdsOf(_type: 'event', documentIds: string[]): Promise<number[]> {
    const table = this.table();
    return this.strapi.db.transaction(async ({ trx }) => {
      const rows = (await (trx as unknown as Knex)(table.name).select('id').whereIn(table.column('documentId'), documentIds)) as {
        id: number;
      }[];
      return rows.map((row) => row.id);
    });
  }

  /** The occurrences of the given documents after a write; `previousRowIds`: their rows before it. */
  async reindex(type: 'event', documentIds: string[], previousRowIds: number[]): Promise<void> {
    const current = await this.rowIdsOf(type, documentIds);
    await this.strapi.db.transaction(async ({ trx }) => {
      const knex = trx as unknown as Knex;
      const stale = [...new Set([...previousRowIds, ...current])];
      for (let index = 0; index < stale.length; index += 500)
        await knex(OCCURRENCE_TABLE)
          .whereIn('event_id', stale.slice(index, index + 500))
          .delete();
      await this.insert(knex, await this.publishedRows(knex, { documentIds }));
    });
  }

  /** Creates the table, and builds it when it does not cover every published event row. */
  async ensure(): Promise<void> {
    const created = await this.create();
    const table = this.table();
    const [published] = (await this.knex(table.name).count({ count: '*' }).whereNotNull(table.column('publishedAt'))) as {
      count: string | number;
    }[];
    const [covered] = (await this.knex(OCCURRENCE_TABLE).countDistinct({ count: 'event_id' })) as { count: string | number }[];
    if (created || Number(published.count) !== Number(covered.count)) await this.rebuild();
  }

  /** Expands every published event row again (after rows were written without the Document Service). */
  async rebuild(): Promise<{ occurrences: number }> {
    await this.create();
    let occurrences = 0;
    await this.knex(OCCURRENCE_TABLE).delete();
    for (let afterId = 0; ;) {
      const rows = await this.publishedRows(this.knex, { afterId, limit: BATCH });
      if (rows.length === 0) break;
      occurrences += await this.insert(this.knex, rows);
      afterId = rows[rows.length - 1].id;
    }
    return { occurrences };
  }
}
