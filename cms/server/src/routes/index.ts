/**
 * Public, read-only routes. Strapi mounts plugin content-api routes under /api/kumppani. The .ics route of
 * one event comes before the event route, which would otherwise take "slug.ics" for a slug.
 */
import { EMBED_PERMISSION } from '../embed-builder/options';

const route = (path: string, handler: string) => ({ method: 'GET', path, handler: `public.${handler}`, config: { auth: false } });

const embedPolicies = ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [EMBED_PERMISSION] } }];

export default {
  /** The embed builder's data, for admin users with the plugin's `embed` permission. Mounted at /kumppani. */
  admin: {
    type: 'admin',
    routes: [{ method: 'GET', path: '/embed-options', handler: 'embed.options', config: { policies: embedPolicies } }],
  },
  'content-api': {
    type: 'content-api',
    routes: [
      route('/organisations', 'listOrganisations'),
      route('/organisations/:slug', 'findOrganisation'),
      route('/programmes', 'listProgrammes'),
      route('/programmes/:slug', 'findProgramme'),
      route('/events.ics', 'eventsCalendar'),
      route('/events', 'listEvents'),
      route('/events/:slug.ics', 'eventCalendar'),
      route('/events/:slug', 'findEvent'),
      route('/posts', 'listPosts'),
      route('/posts/:slug', 'findPost'),
      route('/feeds/posts.rss', 'rssFeed'),
      route('/feeds/posts.atom', 'atomFeed'),
      route('/feeds/posts.json', 'jsonFeed'),
      route('/openapi.json', 'openApi'),
      route('/problems/:type', 'problemType'),
    ],
  },
};
