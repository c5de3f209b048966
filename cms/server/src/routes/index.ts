/**
 * Routes of the plugin. The public, read-only routes come from the endpoint table (public-api/endpoints.ts),
 * in its order; Strapi mounts plugin content-api routes under /api/kumppani.
 */
import { EMBED_OPTIONS_PATH, EMBED_PERMISSION } from '@kumppani/contract';
import { ENDPOINTS } from '../public-api/endpoints';

const embedPolicies = ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [EMBED_PERMISSION] } }];

export default {
  /** The embed builder's data, for admin users with the plugin's `embed` permission. Mounted at /kumppani. */
  admin: {
    type: 'admin',
    routes: [{ method: 'GET', path: EMBED_OPTIONS_PATH, handler: 'embed.options', config: { policies: embedPolicies } }],
  },
  'content-api': {
    type: 'content-api',
    routes: ENDPOINTS.map((endpoint) => ({
      method: 'GET',
      path: endpoint.path,
      handler: `public.${endpoint.name}`,
      config: { auth: false },
    })),
  },
};
