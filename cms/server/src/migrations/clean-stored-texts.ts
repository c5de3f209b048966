/**
 * Brings content saved before the text rules (validation/rules.ts) up to them, so feeds and calendars of
 * older content parse too: characters no XML or iCalendar reader accepts are removed, Word's breaks and
 * line breaks in one-line fields become spaces, tags go to lower case. Runs once per Strapi database, at
 * start-up (bootstrap.ts), straight on the tables: the Document Service would refuse the very values it cleans.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, UID, type ContentTypeName } from '../content-types/uids';
import { asOneLine, deepWithoutControlCharacters, withoutControlCharacters } from '@kumppani/contract';
import { TEXT_KIND_OF_TYPE, normaliseTags, type TextKind } from '../validation/rules';

/** Raised when the rules change in a way that older content must follow again. */
export const TEXT_CLEANUP_VERSION = 1;
const BATCH = 500;

/** The value as the rules want it; `value` itself when there is nothing to do or no safe way to do it. */
function cleaned(kind: TextKind, attribute: string, value: unknown): unknown {
  if (kind === 'single-line') return typeof value === 'string' ? asOneLine(value) : value;
  if (kind === 'multi-line') return typeof value === 'string' ? withoutControlCharacters(value) : value;
  // JSON that does not parse (written by another tool) is left as it is: rewriting it would lose it.
  const parsed = typeof value === 'string' ? safeJson(value) : value;
  if (parsed === undefined || parsed === null) return value;
  let result = deepWithoutControlCharacters(parsed);
  if (attribute === 'tags' && Array.isArray(result)) result = normaliseTags(result);
  return result;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const same = (a: unknown, b: unknown) =>
  typeof a === 'string' || typeof b === 'string' ? a === b : JSON.stringify(a) === JSON.stringify(b);

/**
 * Cleans every text column of the plugin's tables; returns how many values changed per type.field. A row is
 * written only if no one saved it since it was read (its updatedAt is unchanged), a batch in one transaction;
 * a cleaned row gets a new updatedAt, so every instance's response cache sees the change.
 */
export async function cleanStoredTexts(strapi: Core.Strapi): Promise<Record<string, number>> {
  const knex = strapi.db.connection;
  const counts: Record<string, number> = {};
  for (const name of Object.keys(UID) as ContentTypeName[]) {
    const attributes = (strapi.contentType(UID[name] as never) as unknown as { attributes: Record<string, { type: string }> }).attributes;
    const meta = strapi.db.metadata.get(UID[name] as never) as unknown as {
      tableName: string;
      attributes: Record<string, { columnName?: string }>;
    };
    const updatedAt = meta.attributes.updatedAt?.columnName;
    const fields = Object.entries(attributes)
      .filter(([attribute, schema]) => Object.hasOwn(TEXT_KIND_OF_TYPE, schema.type) && meta.attributes[attribute]?.columnName)
      .map(([attribute, schema]) => ({ attribute, column: meta.attributes[attribute].columnName!, kind: TEXT_KIND_OF_TYPE[schema.type] }));
    if (fields.length === 0 || !updatedAt) continue;
    for (let lastId = 0; ;) {
      const rows = (await knex(meta.tableName)
        .select('id', updatedAt, ...fields.map((field) => field.column))
        .where('id', '>', lastId)
        .orderBy('id')
        .limit(BATCH)) as Record<string, unknown>[];
      if (rows.length === 0) break;
      lastId = Number(rows[rows.length - 1].id);
      await knex.transaction(async (transaction) => {
        for (const row of rows) {
          const changes: Record<string, unknown> = {};
          const changed: string[] = [];
          for (const field of fields) {
            const value = row[field.column];
            if (value === null || value === undefined) continue;
            const next = cleaned(field.kind, field.attribute, value);
            if (next === value || same(next, typeof value === 'string' && field.kind === 'structured' ? safeJson(value) : value)) continue;
            changes[field.column] = field.kind === 'structured' ? JSON.stringify(next) : next;
            changed.push(`${name}.${field.attribute}`);
          }
          if (changed.length === 0) continue;
          const unchangedSinceRead = transaction(meta.tableName).where('id', Number(row.id));
          if (row[updatedAt] === null || row[updatedAt] === undefined) unchangedSinceRead.whereNull(updatedAt);
          else unchangedSinceRead.where(updatedAt, row[updatedAt] as never);
          const written = await unchangedSinceRead.update({ ...changes, [updatedAt]: new Date() });
          // An editor saved it meanwhile, through the rules or not: it is theirs, and the renderers clean at output.
          if (written === 0) continue;
          for (const field of changed) counts[field] = (counts[field] ?? 0) + 1;
        }
      });
    }
  }
  return counts;
}

/** Runs the cleanup unless this database has had this version of it; logs what it changed. */
export async function cleanStoredTextsOnce(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: PLUGIN_ID, key: 'text-cleanup' });
  const done = (await store.get({})) as { version?: number } | null;
  if (done?.version === TEXT_CLEANUP_VERSION) return;
  const counts = await cleanStoredTexts(strapi);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  strapi.log.info(
    `[kumppani] text cleanup v${TEXT_CLEANUP_VERSION}: ${total} values cleaned${
      total
        ? ` (${Object.entries(counts)
            .map(([field, count]) => `${field} ${count}`)
            .join(', ')})`
        : ''
    }`,
  );
  await store.set({ value: { version: TEXT_CLEANUP_VERSION, at: new Date().toISOString(), counts } });
}
