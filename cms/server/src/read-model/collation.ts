/**
 * Alphabetical order in the reader's language (Finnish and Swedish put å, ä, ö after z; English does
 * not). Sorting thousands of names with Intl.Collator costs more than the query itself, so the rank of
 * every visible row is computed once per data version and reused until the data changes.
 */
import { LRUCache } from 'lru-cache';
import type { ContentLocale } from '@kumppani/contract';

const COLLATION_LOCALES: Record<ContentLocale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const collators = new Map<ContentLocale, Intl.Collator>();

export function collatorFor(locale: ContentLocale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(COLLATION_LOCALES[locale], { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

const ranks = new LRUCache<string, Map<number, number>>({ max: 32 });

/** Rank of each row id in alphabetical order; `load` lists every visible row when the cache misses. */
export async function alphabeticalRanks(
  cacheKey: string,
  locale: ContentLocale,
  load: () => Promise<{ id: number; name: string }[]>,
): Promise<Map<number, number>> {
  const known = ranks.get(cacheKey);
  if (known) return known;
  const rows = await load();
  const collator = collatorFor(locale);
  rows.sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
  const rank = new Map(rows.map((row, index) => [row.id, index]));
  ranks.set(cacheKey, rank);
  return rank;
}
