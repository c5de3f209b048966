/**
 * Admin API of the settings page (admin routes under /kumppani, behind the `settings` permission): the public
 * page addresses. A refused value is answered as Strapi's admin answers a validation error (400 with
 * `error.details.errors`, each naming its field), so the page shows the reason beside the field.
 */
import type { Core } from '@strapi/strapi';
import { PUBLIC_PAGES_LOCALES, publicPagesSettings, type PublicPagesSettingsDocument } from '@kumppani/contract';
import { configuredPublicPages, mergePublicPages, savePublicPages, storedPublicPages } from '../public-pages/public-pages';

interface AdminContext {
  request: { body?: unknown };
  body: unknown;
  badRequest(message: string, details?: unknown): void;
}

async function settingsDocument(strapi: Core.Strapi): Promise<PublicPagesSettingsDocument> {
  const stored = await storedPublicPages(strapi);
  const fromConfig = configuredPublicPages(strapi);
  return { stored, fromConfig, effective: mergePublicPages(stored, fromConfig), locales: PUBLIC_PAGES_LOCALES };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async publicPages(ctx: AdminContext) {
    ctx.body = await settingsDocument(strapi);
  },

  async savePublicPages(ctx: AdminContext) {
    const parsed = publicPagesSettings.safeParse(ctx.request.body ?? {});
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({
        path: issue.code === 'unrecognized_keys' ? issue.keys : issue.path.map(String),
        message: issue.code === 'unrecognized_keys' ? 'is not a setting of public page addresses' : issue.message,
      }));
      return ctx.badRequest('The public page addresses were not saved: a template is not valid', { errors });
    }
    await savePublicPages(strapi, parsed.data);
    ctx.body = await settingsDocument(strapi);
  },
});
