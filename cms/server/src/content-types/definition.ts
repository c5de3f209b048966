/** What a content type's folder declares: its Strapi schema, its own validation rules and its search columns. */
import type { FieldProblem } from '../validation/field-checks';

/** A document's fields as a write carries them, merged with the stored draft on an update. */
export type DocumentData = Record<string, unknown>;

/** The parts of a schema.json the plugin's code reads; Strapi reads the rest. */
export interface ContentTypeSchema {
  info: { singularName: string; pluralName: string; displayName: string };
  options: { draftAndPublish: boolean };
  attributes: Record<string, { type: string }>;
}

/** The hidden columns the public API searches: folded text (search/fold.ts), one for names, one for everything. */
export interface SearchColumns {
  searchName: string;
  searchText: string;
}

export interface ContentTypeDefinition {
  schema: ContentTypeSchema;
  /**
   * The rules of this type beyond those every type shares by field name (validation/rules.ts): every problem
   * found, so that an editor sees all of them at once.
   */
  rules?: (data: DocumentData) => FieldProblem[];
  /** The search columns of a document; only types whose schema has searchName and searchText define it. */
  search?: (data: DocumentData) => SearchColumns;
}
