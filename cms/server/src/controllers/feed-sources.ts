/**
 * "Fetch now" (admin route POST /kumppani/feed-sources/:documentId/fetch): imports one partner feed at once, for an
 * admin who may update feed sources in the Content Manager, and answers the source's status after the run.
 */
import type { Core } from '@strapi/strapi';
import { FEED_SOURCE_UID } from '@kumppani/contract';
import type { FeedImportService } from '../feed-import/feed-import-service';
import { PLUGIN_ID } from '../content-types/uids';

interface AdminContext {
  params: { documentId?: string };
  state: { userAbility?: { can(action: string, subject?: string): boolean } };
  body: unknown;
  forbidden(message?: string): void;
  notFound(message?: string): void;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async fetchNow(ctx: AdminContext) {
    if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.update', FEED_SOURCE_UID))
      return ctx.forbidden('Updating partner feeds is not allowed for your role.');
    const documentId = ctx.params.documentId ?? '';
    const exists = await strapi.db.query(FEED_SOURCE_UID as never).findOne({ select: ['id'], where: { documentId } });
    if (!exists) return ctx.notFound('No such partner feed.');
    ctx.body = await (strapi.plugin(PLUGIN_ID).service('feed-import') as FeedImportService).importSource(documentId);
  },
});
