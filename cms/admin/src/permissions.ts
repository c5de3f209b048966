/** The admin permission that shows the embed builder (registered by the plugin's server bootstrap). */
export const EMBED_PERMISSIONS = [{ action: 'plugin::kumppani.embed', subject: null }];
