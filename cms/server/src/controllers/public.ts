/** Handlers of the public read API (content-api routes under /api/kumppani), one per entry of the endpoint table. */
import type { Core } from '@strapi/strapi';
import { ENDPOINTS } from '../public-api/endpoints';
import { serveData, serveProblemType, type HttpContext } from '../public-api/http';

export default ({ strapi }: { strapi: Core.Strapi }): Record<string, (ctx: HttpContext) => Promise<void>> =>
  Object.fromEntries(
    ENDPOINTS.map((endpoint) => [endpoint.name, endpoint.kind === 'data' ? serveData(strapi, endpoint) : serveProblemType]),
  );
