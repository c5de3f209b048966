/** Where the API lives and what its times mean: fixed by Strapi's plugin id and by Finland. */

/** The Strapi plugin id: content types are `plugin::kumppani.*`, the admin lives at /admin/plugins/kumppani. */
export const PLUGIN_ID = 'kumppani';

/** Strapi mounts a plugin's content-api routes under /api/<plugin id>. */
export const PUBLIC_API_PREFIX = `/api/${PLUGIN_ID}`;

/** Every time the API reads or writes as wall-clock time (a date filter, a calendar, an event's zone) is a time in Helsinki. */
export const HELSINKI_TIME_ZONE = 'Europe/Helsinki';
