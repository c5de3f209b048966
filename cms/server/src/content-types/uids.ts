/** Content-type UIDs of the plugin, so that no module spells them by hand. */
import { PLUGIN_ID } from '@kumppani/contract';

export { PLUGIN_ID };

export const UID = {
  organisation: `plugin::${PLUGIN_ID}.organisation`,
  programme: `plugin::${PLUGIN_ID}.programme`,
  event: `plugin::${PLUGIN_ID}.event`,
  post: `plugin::${PLUGIN_ID}.post`,
  person: `plugin::${PLUGIN_ID}.person`,
  blog: `plugin::${PLUGIN_ID}.blog`,
  region: `plugin::${PLUGIN_ID}.region`,
  topic: `plugin::${PLUGIN_ID}.topic`,
  'feed-source': `plugin::${PLUGIN_ID}.feed-source`,
} as const;

export type ContentTypeName = keyof typeof UID;
export type KumppaniUid = (typeof UID)[ContentTypeName];

/**
 * Types that editors write and publish; region, topic and blog are reference data without drafts, and a feed source
 * (a partner's feed that fills a blog) is settings without drafts.
 */
export const EDITORIAL_TYPES = ['organisation', 'programme', 'event', 'post', 'person'] as const satisfies readonly ContentTypeName[];

export function contentTypeNameOf(uid: string): ContentTypeName | null {
  const prefix = `plugin::${PLUGIN_ID}.`;
  if (!uid.startsWith(prefix)) return null;
  const name = uid.slice(prefix.length);
  return name in UID ? (name as ContentTypeName) : null;
}
