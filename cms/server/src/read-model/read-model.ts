/**
 * The read model: the public API's one way into Strapi's tables. A `ReadModel` is made once per request
 * (`ReadModels.forRequest`); the SQL helpers and the resources take it instead of `strapi`. It records
 * every table the request reads, so the HTTP edge can check a response against the tables its endpoint
 * declares (public-api/endpoints.ts), and it keeps what is worth keeping between requests (table
 * metadata, compiled fingerprint statements, alphabetical ranks) in `ReadModels`, a plugin service: one
 * per Strapi, nothing at module level. It never answers HTTP: a filter naming nothing known is an
 * `UnknownValueError` (errors.ts) that the edge turns into a 400.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { LRUCache } from 'lru-cache';
import type { ContentLocale } from '@kumppani/contract';
import { PLUGIN_ID, type ContentTypeName } from '../content-types/uids';
import { loadPublicPages, type PublicPages } from '../public-pages/public-pages';
import type { SearchIndex } from '../search/search-index';
import { alphabeticalRanks } from './collation';
import { describeMediaLinks, describeTable, uidOf, type MediaLinks, type Source, type TableInfo } from './tables';
import { dataVersion, versionStatement, type DataVersion, type VersionStatement } from './versions';

export interface ReadModel {
  readonly knex: Knex;
  /** Names of `type`'s table and columns; counts as reading it. */
  table(type: ContentTypeName): TableInfo;
  /** The media files and their link table; counts as reading `media`. */
  media(): MediaLinks;
  /**
   * Rank of each visible row of `type` in alphabetical order of `load`'s names, kept per data version of
   * `type` so that thousands of names are not sorted again for every request.
   */
  alphabeticalRanks(
    type: ContentTypeName,
    locale: ContentLocale,
    load: () => Promise<{ id: number; name: string }[]>,
  ): Promise<Map<number, number>>;
  /** The public page addresses of the current settings (public-pages/public-pages.ts); counts as reading `settings`. */
  publicPages(): Promise<PublicPages>;
  /** The search index (search/search-index.ts); it holds what the tables hold, so reading it reads no other source. */
  readonly search: SearchIndex;
  /** The tables this request has read so far. */
  readonly sources: ReadonlySet<Source>;
}

/** The plugin service `read-model`: the per-Strapi memo, and the factory of per-request read models. */
export class ReadModels {
  private readonly tables = new Map<ContentTypeName, TableInfo>();
  private mediaLinks: MediaLinks | undefined;
  private readonly statements = new Map<string, VersionStatement>();
  private readonly ranks = new LRUCache<string, Map<number, number>>({ max: 32 });
  private publicPages: { token: string; pages: Promise<PublicPages> } | undefined;

  constructor(private readonly strapi: Core.Strapi) {}

  private get knex(): Knex {
    return this.strapi.db.connection as unknown as Knex;
  }

  tableOf(type: ContentTypeName): TableInfo {
    let info = this.tables.get(type);
    if (!info) {
      info = describeTable(this.strapi.db.metadata, type);
      this.tables.set(type, info);
    }
    return info;
  }

  mediaLinksOf(): MediaLinks {
    this.mediaLinks ??= describeMediaLinks(this.strapi.db.metadata);
    return this.mediaLinks;
  }

  /**
   * The data version of `sources` (in the order given: the same set in another order is another statement):
   * one query, read afresh on every call, so that a change made by another process on the database counts.
   */
  async version(sources: readonly Source[]): Promise<DataVersion> {
    if (sources.length === 0) return dataVersion(this.knex, null);
    const key = sources.join(',');
    let statement = this.statements.get(key);
    if (!statement) {
      statement = versionStatement(this.knex, this.strapi.db.metadata, sources.map(uidOf));
      this.statements.set(key, statement);
    }
    return dataVersion(this.knex, statement);
  }

  /** The public page addresses, read again only when the core store has changed (on any instance). */
  private async publicPagesNow(): Promise<PublicPages> {
    const { token } = await this.version(['settings']);
    if (this.publicPages?.token !== token) {
      const pages = loadPublicPages(this.strapi);
      this.publicPages = { token, pages };
      pages.catch(() => {
        if (this.publicPages?.pages === pages) this.publicPages = undefined;
      });
    }
    return this.publicPages.pages;
  }

  forRequest(): ReadModel {
    const sources = new Set<Source>();
    let publicPages: Promise<PublicPages> | undefined;
    return {
      knex: this.knex,
      search: this.strapi.plugin(PLUGIN_ID).service('search-index') as SearchIndex,
      sources,
      table: (type) => {
        sources.add(type);
        return this.tableOf(type);
      },
      media: () => {
        sources.add('media');
        return this.mediaLinksOf();
      },
      publicPages: () => {
        sources.add('settings');
        publicPages ??= this.publicPagesNow();
        return publicPages;
      },
      alphabeticalRanks: async (type, locale, load) => {
        const key = `${type}:${locale}:${(await this.version([type])).token}`;
        let rank = this.ranks.get(key);
        if (!rank) {
          rank = alphabeticalRanks(await load(), locale);
          this.ranks.set(key, rank);
        }
        return rank;
      },
    };
  }
}
