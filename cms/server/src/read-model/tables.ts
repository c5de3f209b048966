/**
 * Table and column names of the Kumppani types, read from Strapi's database metadata rather than spelled
 * by hand, so a renamed attribute or a changed naming scheme cannot silently break the public queries.
 */
import type { Core } from '@strapi/strapi';
import { UID, type ContentTypeName } from '../content-types/uids';

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

const cache = new WeakMap<object, Map<ContentTypeName, TableInfo>>();

export function tableOf(strapi: Core.Strapi, type: ContentTypeName): TableInfo {
  let byType = cache.get(strapi.db);
  if (!byType) {
    byType = new Map();
    cache.set(strapi.db, byType);
  }
  const known = byType.get(type);
  if (known) return known;
  const meta = strapi.db.metadata.get(UID[type]) as unknown as { tableName: string; attributes: Record<string, AttributeMeta> };
  const info: TableInfo = {
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
  byType.set(type, info);
  return info;
}
