/** Public, read-only routes. Strapi mounts plugin content-api routes under /api/kumppani. */
const route = (path: string, handler: string) => ({ method: 'GET', path, handler: `public.${handler}`, config: { auth: false } });

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      route('/organisations', 'listOrganisations'),
      route('/organisations/:slug', 'findOrganisation'),
    ],
  },
};
