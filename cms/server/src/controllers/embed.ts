/** Admin API of the embed builder (admin routes under /kumppani, behind the `embed` permission). */
import type { Core } from '@strapi/strapi';
import { embedOptions } from '../embed-builder/options';
import { widgetBundle } from '../widget-bundle/bundle-files';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async options(ctx: { body: unknown }) {
    ctx.body = await embedOptions(strapi, widgetBundle);
  },
});
