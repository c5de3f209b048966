import type { Core } from '@strapi/strapi';
import { validationMiddleware } from './validation/document-middleware';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(validationMiddleware(strapi));
};
