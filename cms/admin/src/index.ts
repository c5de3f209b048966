/**
 * Admin entry of strapi-plugin-kumppani: the embed builder page, for roles with the plugin's `embed` permission,
 * Settings › Kumppani › Public page addresses, for roles with its `settings` permission, the form of an event's
 * series (the `recurrence` custom field, registered on the server too), and "Fetch now" in the edit view of a
 * partner feed.
 */
import { Code } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import type { ComponentType } from 'react';
import { PLUGIN_ID, RECURRENCE_CUSTOM_FIELD } from '@kumppani/contract';
import { EMBED_PERMISSIONS, SETTINGS_PERMISSIONS } from './permissions';
import { FetchNowAction } from './feed-sources/fetch-now';

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
    app.customFields.register({
      name: RECURRENCE_CUSTOM_FIELD,
      pluginId: PLUGIN_ID,
      type: 'json',
      intlLabel: { id: `${PLUGIN_ID}.recurrence.label`, defaultMessage: 'Series' },
      intlDescription: {
        id: `${PLUGIN_ID}.recurrence.description`,
        defaultMessage: 'A recurring event: weekly or monthly, an end, dates skipped and occurrences changed',
      },
      // Strapi types the Input without props; the Content Manager gives it the field's (RecurrenceInput's props).
      components: { Input: async () => ({ default: (await import('./recurrence/RecurrenceInput')).default as ComponentType }) },
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Kumppani' });
  },
  bootstrap(app: StrapiApp) {
    // The content manager's document actions are added at bootstrap, once every plugin has registered.
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: { addDocumentAction(reducer: (actions: unknown[]) => unknown[]): void };
    };
    contentManager.apis.addDocumentAction((actions) => [...actions, FetchNowAction]);
  },
};
