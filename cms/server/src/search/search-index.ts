/**
 * The search index (plugin service `search-index`): one index per searchable type over its published rows,
 * SQLite FTS5 or PostgreSQL tsvector + GIN, holding the tokens of search/tokens.ts. It narrows a query to the
 * rows whose text matches; the public queries still take visibility (published, locale, fallback) from the
 * content table, so an index entry left behind can never show a draft.
 *
 * Kept up to date by a Document Service middleware (documents/derived-rows-middleware.ts: every create, update, clone,
 * publish, unpublish, discard and delete re-indexes the document's rows), built for existing data at start-up when
 * it is missing or incomplete, and rebuilt on demand (`rebuild`, e.g. examples/cms/scripts/rebuild-search.js
 * and the benchmark seeder, which write rows straight into the tables).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { CONTENT_LOCALES, type ContentLocale } from '@kumppani/contract';
import type { ContentTypeName } from '../content-types/uids';
import { describeTable } from '../read-model/tables';
import { languageToken, textTokens, type Alternative, type MatchKind, type WordMatch } from './tokens';

export const SEARCHABLE_TYPES = ['organisation', 'programme', 'event', 'post'] as const satisfies readonly ContentTypeName[];
export type SearchableType = (typeof SEARCHABLE_TYPES)[number];

export const isSearchable = (type: ContentTypeName): type is SearchableType => (SEARCHABLE_TYPES as readonly string[]).includes(type);

/** Rows indexed per statement while building. */
const BATCH = 1000;

interface IndexedRow {
  id: number;
  locale: string;
  search_name: string | null;
  search_text: string | null;
}

/** Which part of a document a match expression looks at. */
export type MatchScope = 'all' | 'name';
/** How closely each query word must match: any way, or only as a whole word / the start of a word or stem. */
export type MatchDepth = 'any' | 'word' | 'word-start';

export interface RebuildProgress {
  type: SearchableType;
  done: number;
  total: number;
}

const isLocale = (value: string): value is ContentLocale => (CONTENT_LOCALES as readonly string[]).includes(value);

/** The tokens of one published row: name tokens, and all tokens (name, other texts, language). */
function rowTokens(row: IndexedRow): { name: string[]; all: string[] } {
  const name = textTokens(row.search_name ?? '');
  const all = textTokens(row.search_text ?? '');
  for (const token of name) all.add(token);
  if (isLocale(row.locale)) {
    const language = languageToken(row.locale);
    name.add(language);
    all.add(language);
  }
  return { name: [...name], all: [...all] };
}

/** A dialect's index: how it is created, filled, emptied, sized and queried. */
interface IndexDialect {
  create(table: string): Promise<void>;
  exists(table: string): Promise<boolean>;
  insert(table: string, rows: IndexedRow[]): Promise<void>;
  remove(table: string, ids: number[]): Promise<void>;
  clear(table: string): Promise<void>;
  count(table: string): Promise<number>;
  sizeBytes(tables: string[]): Promise<number>;
  /** SQL (with bindings) selecting the ids of indexed rows that match every word. */
  matching(table: string, words: WordMatch[], scope: MatchScope, depth: MatchDepth): Knex.Raw;
}

const KINDS_AT_DEPTH: Record<MatchDepth, ReadonlySet<MatchKind>> = {
  any: new Set(['word', 'start', 'part', 'stem']),
  'word-start': new Set(['word', 'start', 'stem']),
  word: new Set(['word']),
};

/** A word's alternatives at `depth`, grouped by the language they are restricted to ('' for any). */
function alternativesByLocale(word: WordMatch, depth: MatchDepth): Map<ContentLocale | '', Alternative[]> {
  const groups = new Map<ContentLocale | '', Alternative[]>();
  for (const alternative of word.alternatives) {
    if (!KINDS_AT_DEPTH[depth].has(alternative.kind)) continue;
    const key = alternative.locale ?? '';
    groups.set(key, [...(groups.get(key) ?? []), alternative]);
  }
  return groups;
}

function sqliteDialect(knex: Knex): IndexDialect {
  // Tokens are made in JavaScript (tokens.ts); the tokenizer only splits them on spaces and keeps the marks.
  const ftsExpression = (words: WordMatch[], scope: MatchScope, depth: MatchDepth) => {
    const clauses = words.map((word) => {
      const parts = [...alternativesByLocale(word, depth)].map(([locale, alternatives]) => {
        const tokens = alternatives.map(({ token, prefix }) => `"${token}"${prefix ? '*' : ''}`).join(' OR ');
        return locale ? `("${languageToken(locale)}" AND (${tokens}))` : tokens;
      });
      return `(${parts.join(' OR ')})`;
    });
    const expression = clauses.join(' AND ');
    return scope === 'name' ? `{name}: (${expression})` : expression;
  };
  return {
    async create(table) {
      await knex.raw(
        `create virtual table if not exists ?? using fts5(name, body, content='', contentless_delete=1, detail='column', tokenize="unicode61 remove_diacritics 0 tokenchars '_~'")`,
        [table],
      );
    },
    async exists(table) {
      const rows = (await knex.raw(`select 1 from sqlite_master where type = 'table' and name = ?`, [table])) as unknown[];
      return rows.length > 0;
    },
    async insert(table, rows) {
      // 3 bindings a row: 300 rows stay far below SQLite's limit of bound values in one statement.
      for (let start = 0; start < rows.length; start += 300) {
        const chunk = rows.slice(start, start + 300);
        await knex.raw(`insert into ?? (rowid, name, body) values ${chunk.map(() => '(?, ?, ?)').join(', ')}`, [
          table,
          ...chunk.flatMap((row) => {
            const { name, all } = rowTokens(row);
            const nameSet = new Set(name);
            return [row.id, name.join(' '), all.filter((token) => !nameSet.has(token)).join(' ')];
          }),
        ]);
      }
    },
    async remove(table, ids) {
      for (let start = 0; start < ids.length; start += BATCH)
        await knex.raw(
          `delete from ?? where rowid in (${ids
            .slice(start, start + BATCH)
            .map(() => '?')
            .join(',')})`,
          [table, ...ids.slice(start, start + BATCH)],
        );
    },
    async clear(table) {
      await knex.raw(`delete from ??`, [table]);
    },
    async count(table) {
      const [row] = (await knex.raw(`select count(*) as count from ??`, [table])) as { count: number }[];
      return Number(row.count);
    },
    async sizeBytes(tables) {
      try {
        const [row] = (await knex.raw(
          `select coalesce(sum(pgsize), 0) as bytes from dbstat where ${tables.map(() => 'name like ?').join(' or ')}`,
          tables.map((table) => `${table}%`),
        )) as { bytes: number }[];
        return Number(row.bytes);
      } catch {
        // dbstat is a compile-time option of SQLite; better-sqlite3 has it, other builds may not.
        return Number.NaN;
      }
    },
    matching(table, words, scope, depth) {
      return knex.raw(`select rowid from ?? where ?? match ?`, [table, table, ftsExpression(words, scope, depth)]);
    },
  };
}

function postgresDialect(knex: Knex): IndexDialect {
  const quote = (token: string) => `'${token}'`;
  const tsquery = (words: WordMatch[], depth: MatchDepth) =>
    words
      .map((word) => {
        const parts = [...alternativesByLocale(word, depth)].map(([locale, alternatives]) => {
          const tokens = alternatives.map(({ token, prefix }) => `${quote(token)}${prefix ? ':*' : ''}`).join(' | ');
          return locale ? `(${quote(languageToken(locale))} & (${tokens}))` : tokens;
        });
        return `(${parts.join(' | ')})`;
      })
      .join(' & ');
  return {
    async create(table) {
      await knex.raw(`create table if not exists ?? (id integer primary key, name_tokens tsvector not null, tokens tsvector not null)`, [
        table,
      ]);
      await knex.raw(`create index if not exists ?? on ?? using gin (tokens)`, [`${table}_tokens`, table]);
      // The name tier of the ranking is a query of its own: without an index it would read every row.
      await knex.raw(`create index if not exists ?? on ?? using gin (name_tokens)`, [`${table}_name_tokens`, table]);
    },
    async exists(table) {
      return knex.schema.hasTable(table);
    },
    async insert(table, rows) {
      if (rows.length === 0) return;
      const values = rows.map((row) => {
        const { name, all } = rowTokens(row);
        return [row.id, name, all] as const;
      });
      await knex.raw(
        `insert into ?? (id, name_tokens, tokens) values ${values.map(() => '(?, array_to_tsvector(?::text[]), array_to_tsvector(?::text[]))').join(', ')}
         on conflict (id) do update set name_tokens = excluded.name_tokens, tokens = excluded.tokens`,
        [table, ...values.flatMap(([id, name, all]) => [id, name, all])],
      );
    },
    async remove(table, ids) {
      for (let start = 0; start < ids.length; start += BATCH)
        await knex(table)
          .whereIn('id', ids.slice(start, start + BATCH))
          .delete();
    },
    async clear(table) {
      await knex.raw(`truncate ??`, [table]);
    },
    async count(table) {
      const [row] = (await knex(table).count({ count: '*' })) as { count: string }[];
      return Number(row.count);
    },
    async sizeBytes(tables) {
      let bytes = 0;
      for (const table of tables) {
        const result = (await knex.raw(`select pg_total_relation_size(?::regclass) as bytes`, [table])) as { rows: { bytes: string }[] };
        bytes += Number(result.rows[0].bytes);
      }
      return bytes;
    },
    matching(table, words, scope, depth) {
      const column = scope === 'name' ? 'name_tokens' : 'tokens';
      return knex.raw(`select id from ?? where ?? @@ ?::tsquery`, [table, column, tsquery(words, depth)]);
    },
  };
}

export class SearchIndex {
  constructor(private readonly strapi: Core.Strapi) {}

  private get knex(): Knex {
    return this.strapi.db.connection as unknown as Knex;
  }

  private get dialect(): IndexDialect {
    return this.dialectOn(this.knex);
  }

  private dialectOn(knex: Knex): IndexDialect {
    return this.strapi.db.dialect.client === 'postgres' ? postgresDialect(knex) : sqliteDialect(knex);
  }

  /** The index table of `type`. */
  tableOf(type: SearchableType): string {
    return `kumppani_search_${describeTable(this.strapi.db.metadata, type).name.replace(/^kumppani_/, '')}`;
  }

  /** Published rows of `type` (all of them, or those of `documentIds`), with what the index needs. */
  private publishedRows(type: SearchableType, filter?: { documentIds?: string[]; afterId?: number; limit?: number }, knex = this.knex) {
    const table = describeTable(this.strapi.db.metadata, type);
    const query = knex(table.name)
      .select(
        'id',
        `${table.column('locale')} as locale`,
        `${table.column('searchName')} as search_name`,
        `${table.column('searchText')} as search_text`,
      )
      .whereNotNull(table.column('publishedAt'))
      .orderBy('id');
    if (filter?.documentIds) query.whereIn(table.column('documentId'), filter.documentIds);
    if (filter?.afterId !== undefined) query.where('id', '>', filter.afterId);
    if (filter?.limit) query.limit(filter.limit);
    return query as Promise<IndexedRow[]>;
  }

  /**
   * Ids of every row (draft or published) of the given documents. Like `reindex`, it runs in the Document
   * Service's transaction when there is one (Strapi's `db.transaction` joins it): on SQLite's one connection
   * a query outside it would wait for it forever.
   */
  async rowIdsOf(type: SearchableType, documentIds: string[]): Promise<number[]> {
    const table = describeTable(this.strapi.db.metadata, type);
    return this.strapi.db.transaction(async ({ trx }) => {
      const rows = (await (trx as unknown as Knex)(table.name).select('id').whereIn(table.column('documentId'), documentIds)) as {
        id: number;
      }[];
      return rows.map((row) => row.id);
    });
  }

  /**
   * Brings the index of the given documents up to date after a write: `previousRowIds` are the rows they had
   * before it (a delete or unpublish removes rows, so they cannot be read afterwards).
   */
  async reindex(type: SearchableType, documentIds: string[], previousRowIds: number[]): Promise<void> {
    const table = this.tableOf(type);
    const current = await this.rowIdsOf(type, documentIds);
    await this.strapi.db.transaction(async ({ trx }) => {
      const knex = trx as unknown as Knex;
      const dialect = this.dialectOn(knex);
      await dialect.remove(table, [...new Set([...previousRowIds, ...current])]);
      await dialect.insert(table, await this.publishedRows(type, { documentIds }, knex));
    });
  }

  /** Creates the index tables when missing and builds any index that does not hold every published row. */
  async ensure(onProgress?: (progress: RebuildProgress) => void): Promise<void> {
    for (const type of SEARCHABLE_TYPES) {
      const table = this.tableOf(type);
      const existed = await this.dialect.exists(table);
      await this.dialect.create(table);
      const published = await this.publishedCount(type);
      if (!existed || (await this.dialect.count(table)) !== published) await this.build(type, onProgress);
    }
  }

  /** Rebuilds every index from the published rows; the benchmark seeder and the rebuild command call it. */
  async rebuild(options: { onProgress?: (progress: RebuildProgress) => void } = {}): Promise<{ entries: number; milliseconds: number }> {
    const started = performance.now();
    let entries = 0;
    for (const type of SEARCHABLE_TYPES) {
      await this.dialect.create(this.tableOf(type));
      entries += await this.build(type, options.onProgress);
    }
    return { entries, milliseconds: Math.round(performance.now() - started) };
  }

  /** Bytes the index tables take on disk (NaN when the database cannot tell). */
  async sizeBytes(): Promise<number> {
    return this.dialect.sizeBytes(SEARCHABLE_TYPES.map((type) => this.tableOf(type)));
  }

  /** SQL selecting the ids of published `type` rows that match every word of the query. */
  matching(type: SearchableType, words: WordMatch[], scope: MatchScope = 'all', depth: MatchDepth = 'any'): Knex.Raw {
    return this.dialect.matching(this.tableOf(type), words, scope, depth);
  }

  /** The ids `matching` selects, read from the index alone (published rows of any locale). */
  async matchingIds(type: SearchableType, words: WordMatch[], scope: MatchScope = 'all', depth: MatchDepth = 'any'): Promise<number[]> {
    const result = (await this.matching(type, words, scope, depth)) as unknown as
      { rowid?: number; id?: number }[] | { rows: { id: number }[] };
    const rows = Array.isArray(result) ? result : result.rows;
    return rows.map((row) => Number((row as { rowid?: number; id?: number }).rowid ?? (row as { id?: number }).id));
  }

  private async publishedCount(type: SearchableType): Promise<number> {
    const table = describeTable(this.strapi.db.metadata, type);
    const [row] = (await this.knex(table.name).count({ count: '*' }).whereNotNull(table.column('publishedAt'))) as {
      count: string | number;
    }[];
    return Number(row.count);
  }

  private async build(type: SearchableType, onProgress?: (progress: RebuildProgress) => void): Promise<number> {
    const table = this.tableOf(type);
    const total = await this.publishedCount(type);
    await this.dialect.clear(table);
    let done = 0;
    let afterId = 0;
    for (;;) {
      const rows = await this.publishedRows(type, { afterId, limit: BATCH });
      if (rows.length === 0) break;
      await this.dialect.insert(table, rows);
      done += rows.length;
      afterId = rows[rows.length - 1].id;
      onProgress?.({ type, done, total });
    }
    return done;
  }
}
