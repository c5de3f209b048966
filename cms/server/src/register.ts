import type { Core } from '@strapi/strapi';
import { documentMiddleware } from './documents/middleware';
import { searchIndexMiddleware } from './search/index-middleware';
import { guardMiddleware } from './public-api/guard-middleware';
import { bundleMiddleware } from './widget-bundle/bundle-middleware';
import { UID } from './content-types/uids';
import { CORE_STORE_UID, MEDIA_FILE_UID } from './read-model/tables';
import { installDataVersions } from './read-model/versions';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(documentMiddleware(strapi));
  strapi.documents.use(searchIndexMiddleware(strapi));
  // Before Strapi's global middlewares (mounted at bootstrap), so our CORS rules win on our routes.
  strapi.server.use(guardMiddleware(strapi) as never);
  strapi.server.use(bundleMiddleware(strapi) as never);
  // The change counters of the data fingerprint, after Strapi's schema sync (read-model/versions.ts).
  strapi
    .hook('strapi::content-types.afterSync')
    .register(() => installDataVersions(strapi, [...Object.values(UID), MEDIA_FILE_UID, CORE_STORE_UID]));
};
