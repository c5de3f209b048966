/**
 * Keeps the search index (search-index.ts) in step with every write of a searchable type through the
 * Document Service: create, update, clone, publish, unpublish, discard and delete, in every locale. The
 * whole document is re-indexed; a write touches one document, so that costs a few rows.
 */
import type { Core, Modules } from '@strapi/strapi';
import { PLUGIN_ID, contentTypeNameOf } from '../content-types/uids';
import { isSearchable, type SearchIndex } from './search-index';

const WRITES = new Set(['create', 'update', 'clone', 'publish', 'unpublish', 'discardDraft', 'delete']);

export function searchIndexMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const name = contentTypeNameOf(context.uid);
    if (!name || !isSearchable(name) || !WRITES.has(context.action)) return next();
    const index = strapi.plugin(PLUGIN_ID).service('search-index') as SearchIndex;
    const documentId = (context.params as { documentId?: unknown } | undefined)?.documentId;
    const before = typeof documentId === 'string' ? await index.rowIdsOf(name, [documentId]) : [];
    const result = await next();
    const written = (result as { documentId?: unknown } | null | undefined)?.documentId;
    const documentIds = [...new Set([documentId, written].filter((id): id is string => typeof id === 'string'))];
    if (documentIds.length) await index.reindex(name, documentIds, before);
    return result;
  };
}
