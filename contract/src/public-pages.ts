/**
 * Public page addresses: the URL templates that give every item the address of its page on a public website
 * (`url` in every API item, and the links of feeds, calendars, structured data and widgets). Set in the plugin's
 * configuration (config/plugins, kumppani.config.publicPages) or on the admin's settings page; for each key the
 * configuration file wins. The same rules check both, so a template the admin refuses would also stop start-up.
 * `schema()`: see schema.ts.
 */
import * as z from 'zod/mini';
import { PLUGIN_ID } from './api';
import { SLUG_PATTERN } from './patterns-and-limits';
import { schema } from './schema';
import { CONTENT_LOCALES, type ContentLocale } from './vocabulary';

/** The types whose items have public pages. */
export const PAGE_TYPES = ['organisation', 'programme', 'event', 'post'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The placeholders a template may hold; `{slug}` is required. */
export const PAGE_PLACEHOLDERS = ['slug', 'locale'] as const;
export const MAX_PAGE_TEMPLATE_LENGTH = 500;

/** The admin action of the settings page, registered by the plugin's bootstrap. */
export const SETTINGS_ACTION = 'settings';
export const SETTINGS_PERMISSION = `plugin::${PLUGIN_ID}.${SETTINGS_ACTION}`;
/** Path of the public pages settings among the plugin's admin routes (mounted at /<plugin id>). */
export const PUBLIC_PAGES_SETTINGS_PATH = '/settings/public-pages';

/** Fills a template that passed `pageTemplate` (the slug is encoded; slugs are URL-safe, this guards the rest). */
export const fillPageTemplate = (template: string, slug: string, locale: ContentLocale): string =>
  template.replaceAll('{slug}', encodeURIComponent(slug)).replaceAll('{locale}', locale);

/** Scheme, host (no user name or password), optional port, then a path, query or fragment; no white space. */
const ABSOLUTE_HTTP_URL = /^https?:\/\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;

/** Why `template` is not a usable page template, or null. */
export function pageTemplateProblem(template: string): string | null {
  if (!template.includes('{slug}')) return 'must contain {slug}';
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)]
    .map((match) => match[1])
    .filter((name) => !(PAGE_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length) return `has an unknown placeholder {${unknown[0]}} (only {slug} and {locale})`;
  if (/[{}]/.test(template.replace(/\{(slug|locale)\}/g, ''))) return 'has an unmatched { or }';
  // A pattern, not URL(): the contract runs where neither DOM nor Node types are known (the widgets, the admin).
  const filled = fillPageTemplate(template, 'a-slug', 'fi');
  if (!ABSOLUTE_HTTP_URL.test(filled)) {
    return 'must be an absolute http(s) address such as https://www.example.fi/{locale}/jarjestot/{slug}';
  }
  const port = /^https?:\/\/[^/?#:]+:(\d+)/i.exec(filled)?.[1];
  if (port !== undefined && Number(port) > 65_535) return `has a port (${port}) above 65535`;
  return null;
}

/** Reports the problems of one template at `path`. */
function checkTemplate(value: unknown, path: PropertyKey[], issues: z.core.$RefinementCtx['issues']): void {
  const problem =
    typeof value !== 'string'
      ? 'must be a text'
      : value.length > MAX_PAGE_TEMPLATE_LENGTH
        ? `is longer than ${MAX_PAGE_TEMPLATE_LENGTH} characters`
        : pageTemplateProblem(value);
  if (problem) issues.push({ code: 'custom', message: problem, input: value, path });
}

/**
 * One template for every locale, or one per locale (a locale without one has no page address). Checked by hand
 * rather than as a union, so that a mistake is reported at its own key with its own reason.
 */
const templates = /*#__PURE__*/ schema(() =>
  z
    .custom<PageTemplates>((value) => typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value)), {
      error: 'must be a template, or an object of templates by locale (fi, sv, en)',
    })
    .check(
      z.superRefine((value, context) => {
        if (typeof value === 'string') return checkTemplate(value, [], context.issues);
        for (const [key, template] of Object.entries(value)) {
          if ((CONTENT_LOCALES as readonly string[]).includes(key)) checkTemplate(template, [key], context.issues);
          else context.issues.push({ code: 'custom', message: 'is not a locale (fi, sv or en)', input: template, path: [key] });
        }
      }),
    ),
);

export const publicPagesSettings = /*#__PURE__*/ schema(() =>
  z.strictObject({
    organisation: z.optional(templates),
    programme: z.optional(templates),
    event: z.optional(templates),
    post: z.optional(templates),
    /** The posts of a blog (by its slug) on the blog's own site, instead of `post`. */
    blogs: z.optional(z.record(z.string().check(z.regex(SLUG_PATTERN, 'must be the slug of a blog')), templates)),
  }),
);

export type PageTemplates = string | Partial<Record<ContentLocale, string>>;
export type PublicPagesSettings = z.output<typeof publicPagesSettings>;

/** The template of `locale` among `templates`. */
export const templateFor = (templates: PageTemplates | undefined, locale: ContentLocale): string | undefined =>
  typeof templates === 'string' ? templates : templates?.[locale];

/** `templates` as one entry per locale that has a template (a string is every locale's). */
export const templatesByLocale = (templates: PageTemplates | undefined): Partial<Record<ContentLocale, string>> =>
  Object.fromEntries(
    CONTENT_LOCALES.flatMap((locale) => {
      const template = templateFor(templates, locale);
      return template ? [[locale, template]] : [];
    }),
  );

/**
 * What the admin's settings page reads: the settings saved there, the keys the configuration file sets (which
 * win and cannot be changed there), and the result.
 */
export interface PublicPagesSettingsDocument {
  stored: PublicPagesSettings;
  fromConfig: PublicPagesSettings;
  effective: PublicPagesSettings;
  locales: readonly ContentLocale[];
}

export const PUBLIC_PAGES_LOCALES = CONTENT_LOCALES;
