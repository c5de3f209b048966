/**
 * Routes of the plugin. The public, read-only routes come from the endpoint table (public-api/endpoints.ts),
 * in its order; Strapi mounts plugin content-api routes under /api/kumppani.
 */
import {
  EMBED_OPTIONS_PATH,
  EMBED_PERMISSION,
  FEED_SOURCE_FETCH_PATH,
  PUBLIC_PAGES_SETTINGS_PATH,
  SETTINGS_PERMISSION,
} from '@kumppani/contract';
import { ENDPOINTS } from '../public-api/endpoints';

const allowed = (permission: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [permission] } },
];

export default {
  /**
   * The embed builder's data, for admin users with the plugin's `embed` permission, and the settings page's, for
   * those with `settings`; "Fetch now" of a partner feed, for those who may update feed sources. Mounted at /kumppani.
   */
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: EMBED_OPTIONS_PATH, handler: 'embed.options', config: { policies: allowed(EMBED_PERMISSION) } },
      {
        method: 'GET',
        path: PUBLIC_PAGES_SETTINGS_PATH,
        handler: 'settings.publicPages',
        config: { policies: allowed(SETTINGS_PERMISSION) },
      },
      {
        method: 'PUT',
        path: PUBLIC_PAGES_SETTINGS_PATH,
        handler: 'settings.savePublicPages',
        config: { policies: allowed(SETTINGS_PERMISSION) },
      },
      // "Fetch now" of a partner feed: the controller checks that the admin may update feed sources.
      {
        method: 'POST',
        path: FEED_SOURCE_FETCH_PATH,
        handler: 'feed-sources.fetchNow',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
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
