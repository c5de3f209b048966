/**
 * Table and column names of the Kumppani types, read from Strapi's database metadata rather than spelled
 * by hand, so a renamed attribute or a changed naming scheme cannot silently break the public queries.
 */
import type { Core } from '@strapi/strapi';
import { UID, type ContentTypeName } from '../content-types/uids';

/** Strapi's upload plugin keeps every media file (URL, size, alternative text) in this type's table. */
export const MEDIA_FILE_UID = 'plugin::upload.file';

/**
 * Strapi's core store, where the admin's settings pages (ours: the public page addresses) save their values. Its
 * counter is moved by our save only, not by a trigger (versions.ts: other plugins write there too).
 */
export const CORE_STORE_UID = 'strapi::core-store';

/**
 * What a response can read: one of our types, `media` (the upload plugin's files) or `settings` (the core
 * store). Each names one table whose fingerprint keys the responses that read it (versions.ts).
 */
export type Source = ContentTypeName | 'media' | 'settings';

export const uidOf = (source: Source): string =>
  source === 'media' ? MEDIA_FILE_UID : source === 'settings' ? CORE_STORE_UID : UID[source];

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
}

interface AttributeMeta {
  columnName?: string;
  joinTable?: JoinTable;
}

export interface TableInfo {
  name: string;
  column(attribute: string): string;
  join(attribute: string): { table: string; source: string; target: string; order?: string };
}

/** How media files are attached to rows: the upload plugin's polymorphic link table. */
export interface MediaLinks {
  /** The files table. */
  files: string;
  table: string;
  fileColumn: string;
  rowIdColumn: string;
  rowTypeColumn: string;
}

type Metadata = Core.Strapi['db']['metadata'];

export function describeTable(metadata: Metadata, type: ContentTypeName): TableInfo {
  const meta = metadata.get(UID[type]) as unknown as { tableName: string; attributes: Record<string, AttributeMeta> };
  return {
    name: meta.tableName,
    column(attribute) {
      const column = meta.attributes[attribute]?.columnName;
      if (!column) throw new Error(`${type}.${attribute} has no column`);
      return column;
    },
    join(attribute) {
      const joinTable = meta.attributes[attribute]?.joinTable;
      if (!joinTable) throw new Error(`${type}.${attribute} has no join table`);
      return {
        table: joinTable.name,
        source: joinTable.joinColumn.name,
        target: joinTable.inverseJoinColumn.name,
        order: joinTable.orderColumnName,
      };
    },
  };
}

export function describeMediaLinks(metadata: Metadata): MediaLinks {
  const file = metadata.get(MEDIA_FILE_UID as never) as unknown as {
    tableName: string;
    attributes: {
      related: {
        joinTable: {
          name: string;
          joinColumn: { name: string };
          morphColumn: { idColumn: { name: string }; typeColumn: { name: string } };
        };
      };
    };
  };
  const joinTable = file.attributes.related.joinTable;
  return {
    files: file.tableName,
    table: joinTable.name,
    fileColumn: joinTable.joinColumn.name,
    rowIdColumn: joinTable.morphColumn.idColumn.name,
    rowTypeColumn: joinTable.morphColumn.typeColumn.name,
  };
}
