/**
 * Admin entry of strapi-plugin-kumppani: the embed builder page, for roles with the plugin's `embed` permission, and
 * Settings › Kumppani › Public page addresses, for roles with its `settings` permission.
 */
import { Code } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '@kumppani/contract';
import { EMBED_PERMISSIONS, SETTINGS_PERMISSIONS } from './permissions';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Code,
      intlLabel: { id: `${PLUGIN_ID}.embed-builder.menu`, defaultMessage: 'Embed builder' },
      Component: () => import('./pages/EmbedBuilderPage'),
      permissions: EMBED_PERMISSIONS,
    });
    app.addSettingsLink(
      { id: PLUGIN_ID, intlLabel: { id: `${PLUGIN_ID}.settings.section`, defaultMessage: 'Kumppani' } },
      {
        id: 'public-pages',
        to: `${PLUGIN_ID}/public-pages`,
        intlLabel: { id: `${PLUGIN_ID}.settings.public-pages`, defaultMessage: 'Public page addresses' },
        Component: () => import('./pages/PublicPagesSettingsPage'),
        permissions: SETTINGS_PERMISSIONS,
      },
    );
    app.registerPlugin({ id: PLUGIN_ID, name: 'Kumppani' });
  },
};
