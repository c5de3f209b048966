/**
 * UI language of the widgets: the languages the content has. Dictionaries are small typed objects per
 * element; `satisfies` makes the compiler check that fi, sv and en have exactly the same keys.
 */
import { CONTENT_LOCALES, INTL_LOCALES, type ContentLocale } from '@kumppani/contract';

export const UI_LOCALES = CONTENT_LOCALES;
export type UiLocale = ContentLocale;

/** BCP 47 tags for Intl (the contract's, which the server sorts with too). */
export const INTL_LOCALE = INTL_LOCALES;

export type Dictionary<Keys extends string> = Record<Keys, string>;

/** Maps any language tag ("sv-FI", "EN") to a UI locale; anything else falls back to Finnish. */
export function toUiLocale(tag: string | null | undefined): UiLocale | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (UI_LOCALES as readonly string[]).includes(primary) ? (primary as UiLocale) : undefined;
}

/**
 * The language tag an element has: its own `lang`, else the closest ancestor's (crossing shadow roots,
 * since a widget may sit inside another component), else `<html lang>`; empty when there is none.
 */
export function inheritedLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang;
}

/** Replaces `{name}` placeholders; kept tiny on purpose instead of an ICU formatter. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const intlObjects = new Map<string, unknown>();
/**
 * The Intl object for `key`, made once: building one costs far more than using it, and a list of 500 cards
 * uses them thousands of times.
 */
export function cachedIntl<T>(key: string, make: () => T): T {
  let made = intlObjects.get(key) as T | undefined;
  if (made === undefined) intlObjects.set(key, (made = make()));
  return made;
}

/** Sorting that puts å, ä and ö after z in Finnish and Swedish. */
export const collatorFor = (locale: UiLocale): Intl.Collator =>
  cachedIntl(`collator ${locale}`, () => new Intl.Collator(INTL_LOCALE[locale], { sensitivity: 'base', numeric: true }));

export const formatNumber = (value: number, locale: UiLocale): string =>
  cachedIntl(`number ${locale}`, () => new Intl.NumberFormat(INTL_LOCALE[locale])).format(value);

/** "A, B ja C" (`conjunction`) or "A, B, C" (`unit`) in the UI locale. */
export const formatList = (names: string[], locale: UiLocale, type: 'conjunction' | 'unit' = 'conjunction'): string =>
  cachedIntl(`list ${locale} ${type}`, () => new Intl.ListFormat(INTL_LOCALE[locale], { type })).format(names);
