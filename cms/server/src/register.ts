import type { Core } from '@strapi/strapi';
import { RECURRENCE_CUSTOM_FIELD } from '@kumppani/contract';
import { documentMiddleware } from './documents/middleware';
import { derivedRowsMiddleware } from './documents/derived-rows-middleware';
import { isSearchable, type SearchIndex } from './search/search-index';
import type { OccurrenceIndex } from './occurrences/occurrence-index';
import { guardMiddleware } from './public-api/guard-middleware';
import { bundleMiddleware } from './widget-bundle/bundle-middleware';
import { PLUGIN_ID, UID } from './content-types/uids';
import { CORE_STORE_UID, MEDIA_FILE_UID } from './read-model/tables';
import { installDataVersions } from './read-model/versions';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // An event's series: stored as JSON, edited with a form in the admin (admin/src/recurrence).
  strapi.customFields.register({ name: RECURRENCE_CUSTOM_FIELD, plugin: PLUGIN_ID, type: 'json' });
  strapi.documents.use(documentMiddleware(strapi));
  // The search index and the event occurrences follow every write of the documents they derive from.
  strapi.documents.use(derivedRowsMiddleware(isSearchable, (app) => app.plugin(PLUGIN_ID).service('search-index') as SearchIndex, strapi));
  strapi.documents.use(
    derivedRowsMiddleware(
      (type): type is 'event' => type === 'event',
      (app) => app.plugin(PLUGIN_ID).service('event-occurrences') as OccurrenceIndex,
      strapi,
    ),
  );
  // Before Strapi's global middlewares (mounted at bootstrap), so our CORS rules win on our routes.
  strapi.server.use(guardMiddleware(strapi) as never);
  strapi.server.use(bundleMiddleware(strapi) as never);
  // The change counters of the data fingerprint, after Strapi's schema sync (read-model/versions.ts).
  strapi
    .hook('strapi::content-types.afterSync')
    .register(() => installDataVersions(strapi, [...Object.values(UID), MEDIA_FILE_UID, CORE_STORE_UID]));
};
