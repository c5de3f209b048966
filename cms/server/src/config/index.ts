/** Plugin configuration: `config/plugins.js` of the host app, key `kumppani`, property `config`. */
import * as z from 'zod/mini';

export const pluginConfigSchema = z.object({
  /** Make fi the default locale and make sure sv and en exist (DESIGN.md: fi first). */
  manageLocales: z._default(z.boolean(), true),
});

export type PluginConfig = z.infer<typeof pluginConfigSchema>;

export default {
  default: pluginConfigSchema.parse({}),
  validator(config: unknown): void {
    const result = pluginConfigSchema.safeParse(config);
    if (!result.success) {
      throw new Error(`Invalid kumppani plugin config:\n${z.prettifyError(result.error)}`);
    }
  },
};
