/**
 * The Document Service middleware of a table derived from documents' rows (the search index, the event
 * occurrences): after every create, update, clone, publish, unpublish, discard and delete of a type it keeps,
 * the written document's rows are derived again. A write touches one document, so that costs a few rows.
 */
import type { Core, Modules } from '@strapi/strapi';
import { contentTypeNameOf, type ContentTypeName } from '../content-types/uids';

const WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft', 'delete']);

export interface DerivedRows<Type extends ContentTypeName> {
  /** Every row (draft or published) of the documents, before the write: a delete or unpublish removes rows. */
  rowIdsOf(type: Type, documentIds: string[]): Promise<number[]>;
  reindex(type: Type, documentIds: string[], previousRowIds: number[]): Promise<void>;
}

export function derivedRowsMiddleware<Type extends ContentTypeName>(
  keeps: (type: ContentTypeName) => type is Type,
  derived: (strapi: Core.Strapi) => DerivedRows<Type>,
  strapi: Core.Strapi,
): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const type = contentTypeNameOf(context.uid);
    if (!type || !keeps(type) || !WRITES.has(context.action)) return next();
    const rows = derived(strapi);
    // One transaction for the write and its derived rows (the Document Service's own joins it): a reader never
    // sees the new rows with the old derived ones, which the response cache would keep under the new version.
    return strapi.db.transaction(async () => {
      const documentId = (context.params as { documentId?: unknown } | undefined)?.documentId;
      const before = typeof documentId === 'string' ? await rows.rowIdsOf(type, [documentId]) : [];
      const result = await next();
      const written = (result as { documentId?: unknown } | null | undefined)?.documentId;
      const documentIds = [...new Set([documentId, written].filter((id): id is string => typeof id === 'string'))];
      if (documentIds.length) await rows.reindex(type, documentIds, before);
      return result;
    });
  };
}
