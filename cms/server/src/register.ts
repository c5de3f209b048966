import type { Core } from '@strapi/strapi';
import { documentMiddleware } from './documents/middleware';
import { searchIndexMiddleware } from './search/index-middleware';
import { guardMiddleware } from './public-api/guard-middleware';
import { bundleMiddleware } from './widget-bundle/bundle-middleware';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(documentMiddleware(strapi));
  strapi.documents.use(searchIndexMiddleware(strapi));
  // Before Strapi's global middlewares (mounted at bootstrap), so our CORS rules win on our routes.
  strapi.server.use(guardMiddleware(strapi) as never);
  strapi.server.use(bundleMiddleware(strapi) as never);
};
