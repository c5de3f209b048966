/**
 * Which tables a response depends on, derived from the content-type schemas rather than listed by hand:
 * a response about `root` can show anything its relations and media fields reach, transitively (a
 * programme shows its contacts, a contact their photo). The data version of those tables keys the
 * response cache, so replacing an uploaded file or editing a linked item changes the response.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, UID, type ContentTypeName } from '../content-types/uids';

/** Strapi's upload plugin keeps every media file (URL, size, alternative text) in this type's table. */
export const MEDIA_FILE_UID = 'plugin::upload.file';

interface AttributeSchema {
  type: string;
  target?: string;
}

const closures = new WeakMap<object, Map<ContentTypeName, readonly string[]>>();

/** UIDs of the types whose rows a response about `root` can contain, `root` first. */
export function typesReadFrom(strapi: Core.Strapi, root: ContentTypeName): readonly string[] {
  let byRoot = closures.get(strapi.db);
  if (!byRoot) {
    byRoot = new Map();
    closures.set(strapi.db, byRoot);
  }
  const known = byRoot.get(root);
  if (known) return known;
  const reached = new Set<string>([UID[root]]);
  const pending = [UID[root] as string];
  while (pending.length > 0) {
    const uid = pending.pop()!;
    const attributes = (strapi.contentType(uid as never) as unknown as { attributes: Record<string, AttributeSchema> }).attributes;
    for (const attribute of Object.values(attributes)) {
      // Our own types and the media library; not the admin users that Strapi links as createdBy/updatedBy.
      const target =
        attribute.type === 'media'
          ? MEDIA_FILE_UID
          : attribute.type === 'relation' && attribute.target?.startsWith(`plugin::${PLUGIN_ID}.`)
            ? attribute.target
            : null;
      if (!target || reached.has(target)) continue;
      reached.add(target);
      if (target !== MEDIA_FILE_UID) pending.push(target);
    }
  }
  const types = [...reached];
  byRoot.set(root, types);
  return types;
}
