/**
 * The settings page's form and the settings document, both ways: one text field per type and locale, and one
 * row per blog. Pure, so that the unit tests cover what is saved.
 */
import {
  CONTENT_LOCALES,
  PAGE_TYPES,
  templateFor,
  templatesByLocale,
  type ContentLocale,
  type PageType,
  type PublicPagesSettings,
} from '@kumppani/contract';

export interface SettingsForm {
  types: Record<PageType, Partial<Record<ContentLocale, string>>>;
  /** `locked`: a blog the configuration file gives, shown read-only. */
  blogs: { slug: string; template: string; locked?: boolean }[];
}

export function formFromSettings(settings: PublicPagesSettings): SettingsForm {
  return {
    types: Object.fromEntries(PAGE_TYPES.map((type) => [type, templatesByLocale(settings[type])])) as SettingsForm['types'],
    blogs: Object.entries(settings.blogs ?? {}).map(([slug, templates]) => ({
      slug,
      template: typeof templates === 'string' ? templates : (Object.values(templates).find(Boolean) ?? ''),
    })),
  };
}

/** Whether the configuration file sets the template of `type` in `locale` (it wins there: the field is read-only). */
export const configSets = (fromConfig: PublicPagesSettings, type: PageType, locale: ContentLocale): boolean =>
  templateFor(fromConfig[type], locale) !== undefined;

/**
 * What the page saves: the non-empty fields, one template where every locale has the same, and nothing that the
 * configuration file sets (it wins anyway, locale by locale; not storing it keeps the stored settings the editor's own).
 */
export function settingsFromForm(form: SettingsForm, fromConfig: PublicPagesSettings): PublicPagesSettings {
  const settings: PublicPagesSettings = {};
  for (const type of PAGE_TYPES) {
    const filled = CONTENT_LOCALES.flatMap((locale) => {
      const template = form.types[type][locale]?.trim();
      return template && !configSets(fromConfig, type, locale) ? [[locale, template] as const] : [];
    });
    if (filled.length === 0) continue;
    const same = filled.length === CONTENT_LOCALES.length && filled.every(([, template]) => template === filled[0][1]);
    settings[type] = same ? filled[0][1] : Object.fromEntries(filled);
  }
  const blogs = form.blogs
    .map((blog) => ({ slug: blog.slug.trim(), template: blog.template.trim() }))
    .filter((blog) => blog.slug && blog.template && fromConfig.blogs?.[blog.slug] === undefined);
  if (blogs.length) settings.blogs = Object.fromEntries(blogs.map((blog) => [blog.slug, blog.template]));
  return settings;
}
