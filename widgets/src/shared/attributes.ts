/** Parsing of the attributes several elements share. */

/** A list attribute: values separated by commas and/or whitespace (`region="uusimaa, vantaa-kerava"`). */
export const splitList = (value: string | null | undefined): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * An `item-href` template filled in for one item: `{slug}`, `{id}` and `{locale}` are replaced,
 * URL-encoded, e.g. `/jarjestot/{slug}` gives `/jarjestot/hyvinvointiyhdistys`.
 */
export const fillItemHref = (template: string, item: { slug: string; id: string; locale: string }): string =>
  template.replace(/\{(slug|id|locale)\}/g, (_, key: 'slug' | 'id' | 'locale') => encodeURIComponent(item[key]));
