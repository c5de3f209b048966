/** The copy-paste snippet of a composed widget: the module script of the CMS and the element with its attributes. */
import { PLUGIN_ID, WIDGET_BUNDLE_FILE } from '@kumppani/contract';
import { fallbackOf } from './fallback';
import {
  DEFAULT_SLUG_PARAM,
  ELEMENTS,
  THEME_COLOURS,
  paletteDefaults,
  type ElementName,
  type Theme,
  type ThemeColour,
  type UiLanguage,
} from './elements';

export interface Composition {
  element: ElementName;
  lang: UiLanguage;
  /** Selected values per filter attribute, e.g. `{ region: ['vantaa-kerava'] }`. */
  filters: Record<string, string[]>;
  /** Items per page or load; undefined keeps the element's default. */
  count?: number;
  /** The filters shown to readers (values of the element's `readerFilters`), if it has any. */
  readerFilters?: string[];
  /** Value of the element's layout attribute (`layout` or `group-by`), if it has one. */
  layout?: string;
  /** Values of the element's `selects` by attribute; a missing or first value keeps the element's default. */
  selects?: Record<string, string>;
  /** The element's boolean attributes that are on (of its `switches`); undefined: each switch's default. */
  switches?: string[];
  /** A detail element's item: its slug, or none to read it from the page's address. */
  slug?: string;
  /** The query parameter of the page's address that holds the slug, when no slug is chosen (default `slug`). */
  slugParam?: string;
  theme: Theme;
  /** The element's `theme` attribute; `auto` (the default) is not written. */
  scheme?: 'auto' | 'light' | 'dark';
}

export interface Snippet {
  script: string;
  /** The element with its attributes and no content: what the builder's preview runs. */
  element: string;
  /** The element's content, shown until it loads and if it cannot (fallback.ts). */
  fallback: string;
  /** The script and the element with its fallback, as pasted into a page. */
  html: string;
}

export const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Attributes in the order a reader expects: where the data comes from, language, filters, then display. */
export function attributesOf(composition: Composition, cmsOrigin: string): [string, string][] {
  const spec = ELEMENTS[composition.element];
  const attributes: [string, string][] = [
    ['api', cmsOrigin],
    ['lang', composition.lang],
  ];
  if (spec.item) {
    const slug = composition.slug?.trim();
    if (slug) attributes.push(['slug', slug]);
    else attributes.push(['slug-param', composition.slugParam?.trim() || DEFAULT_SLUG_PARAM]);
  }
  for (const filter of spec.filters) {
    const values = composition.filters[filter.attribute] ?? [];
    if (values.length > 0) attributes.push([filter.attribute, values.join(',')]);
  }
  const readerFilters = (spec.readerFilters ?? []).filter((filter) => composition.readerFilters?.includes(filter.value));
  if (readerFilters.length) attributes.push(['filters', readerFilters.map((filter) => filter.value).join(' ')]);
  if (spec.layouts && composition.layout && composition.layout !== spec.layouts.values[0])
    attributes.push([spec.layouts.attribute, composition.layout]);
  for (const select of spec.selects ?? []) {
    const value = composition.selects?.[select.attribute];
    if (value && value !== select.values[0]?.value && select.values.some((choice) => choice.value === value))
      attributes.push([select.attribute, value]);
  }
  if (spec.countAttribute && composition.count !== undefined) attributes.push([spec.countAttribute, String(composition.count)]);
  for (const option of spec.switches ?? []) {
    if (composition.switches ? composition.switches.includes(option.attribute) : option.byDefault) attributes.push([option.attribute, '']);
  }
  const scheme = composition.scheme ?? 'auto';
  if (scheme !== 'auto') attributes.push(['theme', scheme]);
  const defaults = paletteDefaults(scheme, composition.theme.page);
  const style = (Object.keys(THEME_COLOURS) as ThemeColour[])
    .flatMap((key) => {
      const { property } = THEME_COLOURS[key];
      const value = composition.theme[key].toLowerCase();
      return property && value !== defaults[key] ? [`${property}: ${value}`] : [];
    })
    .join('; ');
  if (style) attributes.push(['style', style]);
  return attributes;
}

/** `bundlePath` is the options document's `bundle.path`; the default is where the plugin serves the bundle. */
export function buildSnippet(composition: Composition, cmsOrigin: string, bundlePath = `/${PLUGIN_ID}/${WIDGET_BUNDLE_FILE}`): Snippet {
  const origin = cmsOrigin.replace(/\/+$/, '');
  const script = `<script type="module" src="${escapeAttribute(origin + bundlePath)}"></script>`;
  const attributes = attributesOf(composition, origin)
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ');
  const open = `<${composition.element} ${attributes}>`;
  const close = `</${composition.element}>`;
  const fallback = fallbackOf(composition, origin);
  return { script, element: open + close, fallback, html: `${script}\n${open}\n  ${fallback}\n${close}` };
}
