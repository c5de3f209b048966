/**
 * Alphabetical order in the reader's language (Finnish and Swedish put å, ä, ö after z; English does
 * not). Sorting thousands of names with Intl.Collator costs more than the query itself, so the rank of
 * every visible row is computed once per data version and kept in the read model's per-Strapi memo.
 */
import { INTL_LOCALES as COLLATION_LOCALES, type ContentLocale } from '@kumppani/contract';

// Collators depend on the locale only (no data), so one per locale for the whole process is right.
const collators = new Map<ContentLocale, Intl.Collator>();

export function collatorFor(locale: ContentLocale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(COLLATION_LOCALES[locale], { sensitivity: 'base', numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/** Rank of each row id in alphabetical order of `name`; the Map iterates in that order. */
export function alphabeticalRanks(rows: { id: number; name: string }[], locale: ContentLocale): Map<number, number> {
  const collator = collatorFor(locale);
  const sorted = [...rows].sort((a, b) => collator.compare(a.name, b.name) || a.id - b.id);
  return new Map(sorted.map((row, index) => [row.id, index]));
}
