import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './content-types/uids';
import type { PluginConfig } from './config';
import { ensureLocales } from './services/locales';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig;
  if (config.manageLocales) await ensureLocales(strapi);
  const referenceData = strapi.plugin(PLUGIN_ID).service('reference-data');
  const regions = await referenceData.seedRegions();
  const topics = await referenceData.seedTopics();
  if (regions.created + regions.updated + topics.created + topics.updated > 0) {
    strapi.log.info(`[kumppani] reference data: regions ${JSON.stringify(regions)}, topics ${JSON.stringify(topics)}`);
  }
};
