/** Admin entry of strapi-plugin-kumppani: the embed builder page, for roles with the plugin's `embed` permission. */
import { Code } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '@kumppani/contract';
import { EMBED_PERMISSIONS } from './permissions';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Code,
      intlLabel: { id: `${PLUGIN_ID}.embed-builder.menu`, defaultMessage: 'Embed builder' },
      Component: () => import('./pages/EmbedBuilderPage'),
      permissions: EMBED_PERMISSIONS,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Kumppani' });
  },
};
