/** Handlers of the public read API (content-api routes under /api/kumppani). */
import type { Core } from '@strapi/strapi';
import { detailQuery, organisationListQuery } from '../contract/query';
import { endpoint, json, type HttpContext } from '../public-api/http';
import { findOrganisation, listOrganisations } from '../public-api/organisations';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const handlers = {
    listOrganisations: endpoint(strapi, {
      query: organisationListQuery,
      dependsOn: ['organisation', 'region', 'topic'],
      render: async (app, query, _ctx, base) => json(await listOrganisations(app, query, base)),
    }),
    findOrganisation: endpoint(strapi, {
      query: detailQuery,
      dependsOn: ['organisation', 'programme', 'region', 'topic'],
      noun: 'organisation',
      render: async (app, query, ctx, base) => {
        const data = await findOrganisation(app, ctx.params.slug, query.locale, base);
        return data && json({ data });
      },
    }),
  };
  return handlers as Record<keyof typeof handlers, (ctx: HttpContext) => Promise<void>>;
};
