/**
 * The `feed-import` plugin service: runs one source ("Fetch now") or every active source (the scheduled import),
 * each in its own try/catch, so that a broken feed never keeps the others from being read. A source already being
 * imported is not started again, and a scheduled run does not start while the previous one is still running.
 */
import type { Core } from '@strapi/strapi';
import type { PluginConfig } from '../config';
import { PLUGIN_ID, UID } from '../content-types/uids';
import type { FeedSourceStatus } from '@kumppani/contract';
import { importFeedSource, type FeedImportSettings } from './import-source';

/** The name of the Strapi cron task, and how often it looks for sources that are due. */
export const FEED_IMPORT_CRON_TASK = 'kumppani-feed-import';
export const FEED_IMPORT_CRON_RULE = '*/5 * * * *';

export interface ImportAllOptions {
  /** Only the sources whose last fetch is at least the configured interval old (the scheduled run). */
  dueOnly?: boolean;
}

export class FeedImportService {
  private readonly running = new Map<string, Promise<FeedSourceStatus>>();
  private allRun: Promise<FeedSourceStatus[]> | null = null;

  constructor(private readonly strapi: Core.Strapi) {}

  config(): PluginConfig['feedImport'] {
    return (this.strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig).feedImport;
  }

  private settings(): FeedImportSettings {
    const { allowedPrivateAddresses, limits } = this.config();
    const { maxItems, ...fetchLimits } = limits;
    return { limits: { ...fetchLimits, allowedPrivateAddresses }, maxItems };
  }

  /** Imports one source now; a run of that source already under way is joined, not repeated. */
  importSource(documentId: string): Promise<FeedSourceStatus> {
    const current = this.running.get(documentId);
    if (current) return current;
    const run = importFeedSource(this.strapi, documentId, this.settings()).finally(() => this.running.delete(documentId));
    this.running.set(documentId, run);
    return run;
  }

  /** Imports every active source, one after another; null when a run of all is already under way. */
  async importAll(options: ImportAllOptions = {}): Promise<FeedSourceStatus[] | null> {
    if (this.allRun) return null;
    this.allRun = this.runAll(options);
    try {
      return await this.allRun;
    } finally {
      this.allRun = null;
    }
  }

  private async runAll({ dueOnly = false }: ImportAllOptions): Promise<FeedSourceStatus[]> {
    const sources = (await this.strapi.db.query(UID['feed-source'] as never).findMany({
      select: ['documentId', 'lastFetchedAt'],
      where: { active: true },
      orderBy: { id: 'asc' },
    })) as { documentId: string; lastFetchedAt: string | null }[];
    // A minute's grace, so that a source fetched just after a tick is due again at the tick one interval later.
    const dueBefore = Date.now() - (this.config().intervalMinutes - 1) * 60_000;
    const statuses: FeedSourceStatus[] = [];
    for (const source of sources) {
      if (dueOnly && source.lastFetchedAt && new Date(source.lastFetchedAt).getTime() > dueBefore) continue;
      try {
        statuses.push(await this.importSource(source.documentId));
      } catch (error) {
        // importFeedSource records a feed's own failures on the source; this is a failure to record them.
        this.strapi.log.error(`[kumppani] feed import of ${source.documentId} failed: ${(error as Error).message}`);
      }
    }
    return statuses;
  }

  /** Registers the scheduled import with Strapi's cron (when `feedImport.enabled`). */
  schedule(): void {
    if (!this.config().enabled) return;
    this.strapi.cron.add({
      [FEED_IMPORT_CRON_TASK]: {
        task: async () => {
          await this.importAll({ dueOnly: true });
        },
        options: { rule: FEED_IMPORT_CRON_RULE },
      },
    });
  }
}
