import type { Core } from '@strapi/strapi';
import { documentMiddleware } from './documents/middleware';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(documentMiddleware(strapi));
};
