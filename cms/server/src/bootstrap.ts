import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './content-types/uids';
import type { PluginConfig } from './config';
import { EMBED_ACTION, SETTINGS_ACTION } from '@kumppani/contract';
import { cleanStoredTextsOnce } from './migrations/clean-stored-texts';
import { ensureLocales } from './services/locales';
import type { RebuildProgress, SearchIndex } from './search/search-index';
import type { OccurrenceIndex } from './occurrences/occurrence-index';
import type { FeedImportService } from './feed-import/feed-import-service';

/** Creates the search index, and builds it for data written before it existed (logging progress for large data). */
async function buildSearchIndexWhereNeeded(strapi: Core.Strapi): Promise<void> {
  let lastLogged = 0;
  const progress = ({ type, done, total }: RebuildProgress) => {
    if (done === total || performance.now() - lastLogged > 2000) {
      lastLogged = performance.now();
      strapi.log.info(`[kumppani] search index: ${type} ${done}/${total}`);
    }
  };
  await (strapi.plugin(PLUGIN_ID).service('search-index') as SearchIndex).ensure(progress);
}

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // The admin role editor lists it under Plugins › Kumppani; only roles that have it see the embed builder.
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', displayName: 'Use the embed builder', uid: EMBED_ACTION, pluginName: PLUGIN_ID },
    { section: 'plugins', displayName: 'Edit public page addresses', uid: SETTINGS_ACTION, pluginName: PLUGIN_ID },
  ]);
  const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  if (config.manageLocales) await ensureLocales(strapi);
  await cleanStoredTextsOnce(strapi);
  await buildSearchIndexWhereNeeded(strapi);
  await (strapi.plugin(PLUGIN_ID).service('event-occurrences') as OccurrenceIndex).ensure();
  const referenceData = strapi.plugin(PLUGIN_ID).service('reference-data');
  const regions = await referenceData.seedRegions();
  const topics = await referenceData.seedTopics();
  if (regions.created + regions.updated + topics.created + topics.updated > 0) {
    strapi.log.info(`[kumppani] reference data: regions ${JSON.stringify(regions)}, topics ${JSON.stringify(topics)}`);
  }
  (strapi.plugin(PLUGIN_ID).service('feed-import') as FeedImportService).schedule();
};
