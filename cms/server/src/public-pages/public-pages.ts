/**
 * Public page addresses (contract/src/public-pages.ts): the settings of the configuration file and of the admin's
 * settings page merged (the file wins, locale by locale), and the address of each item from them. The admin's
 * settings live in Strapi's core store (the plugin store); saving them moves the counter of the source `settings`
 * in the database, so a change made on any instance changes every cached response's key at once
 * (read-model/versions.ts, read-model/read-model.ts).
 */
import type { Core } from '@strapi/strapi';
import {
  type ContentLocale,
  fillPageTemplate,
  PAGE_TYPES,
  type PageTemplates,
  type PageType,
  type PublicPagesSettings,
  publicPagesSettings,
  templateFor,
  templatesByLocale,
} from '@kumppani/contract';
import type { PluginConfig } from '../config';
import { PLUGIN_ID } from '../content-types/uids';
import { bumpSettingsVersion } from '../read-model/versions';

const STORE_KEY = 'public-pages';

const isPageType = (type: string): type is PageType => (PAGE_TYPES as readonly string[]).includes(type);

/** `over`'s templates over `under`'s, locale by locale; none where neither has one. */
function overlay(under: PageTemplates | undefined, over: PageTemplates | undefined): PageTemplates | undefined {
  const merged = { ...templatesByLocale(under), ...templatesByLocale(over) };
  return Object.keys(merged).length ? merged : undefined;
}

/**
 * The settings with the configuration file's templates over the stored ones, type by type and locale by locale
 * (and blog by blog): the admin page offers exactly the locales the file leaves open. A key the file gives
 * without a value (an unset environment variable) sets nothing.
 */
export function mergePublicPages(stored: PublicPagesSettings, fromConfig: PublicPagesSettings): PublicPagesSettings {
  const merged: PublicPagesSettings = {};
  for (const type of PAGE_TYPES) {
    const templates = overlay(stored[type], fromConfig[type]);
    if (templates) merged[type] = templates;
  }
  const blogs: Record<string, PageTemplates> = {};
  for (const slug of new Set([...Object.keys(stored.blogs ?? {}), ...Object.keys(fromConfig.blogs ?? {})])) {
    const templates = overlay(stored.blogs?.[slug], fromConfig.blogs?.[slug]);
    if (templates) blogs[slug] = templates;
  }
  if (Object.keys(blogs).length) merged.blogs = blogs;
  return merged;
}

/** The page addresses of one settings version. */
export class PublicPages {
  constructor(readonly settings: PublicPagesSettings) {}

  /** The page of an item of `type` in `locale`, or null where no template applies (and for types without pages). */
  urlOf(type: string, locale: ContentLocale, slug: string): string | null {
    if (!isPageType(type)) return null;
    const template = templateFor(this.settings[type], locale);
    return template ? fillPageTemplate(template, slug, locale) : null;
  }

  /** A post's page: its canonical URL, else its blog's template, else the template of posts. */
  postUrl(post: { slug: string; locale: ContentLocale; canonicalUrl: string | null; blogSlug: string | null }): string | null {
    if (post.canonicalUrl) return post.canonicalUrl;
    const blogTemplate = post.blogSlug ? templateFor(this.settings.blogs?.[post.blogSlug], post.locale) : undefined;
    return blogTemplate ? fillPageTemplate(blogTemplate, post.slug, post.locale) : this.urlOf('post', post.locale, post.slug);
  }

  /**
   * Where a site lists its posts (of one blog, or all): the folder of their pages' template, the text before
   * `{slug}` up to its last slash (https://www.example.fi/fi/blogi/ for https://www.example.fi/{locale}/blogi/{slug}/),
   * or null when that is no page (the slug in the host name or the query's only path).
   */
  postListUrl(locale: ContentLocale, blogSlug: string | null): string | null {
    const template =
      (blogSlug ? templateFor(this.settings.blogs?.[blogSlug], locale) : undefined) ?? templateFor(this.settings.post, locale);
    if (!template) return null;
    const before = template.slice(0, template.indexOf('{slug}')).replaceAll('{locale}', locale);
    const folder = before.slice(0, before.lastIndexOf('/') + 1);
    return /^https?:\/\/[^/]+\//i.test(folder) ? folder : null;
  }
}

const storeOf = (strapi: Core.Strapi) => strapi.store({ type: 'plugin', name: PLUGIN_ID, key: STORE_KEY });

export const configuredPublicPages = (strapi: Core.Strapi): PublicPagesSettings =>
  (strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig).publicPages;

/**
 * The settings saved on the admin page. They were checked when saved; should the stored value be broken anyway
 * (written by hand, or by an older version), it is ignored with a warning rather than failing every response.
 */
export async function storedPublicPages(strapi: Core.Strapi): Promise<PublicPagesSettings> {
  const value: unknown = await storeOf(strapi).get({});
  if (value === null || value === undefined) return {};
  const parsed = publicPagesSettings.safeParse(value);
  if (parsed.success) return parsed.data;
  strapi.log.warn(`[kumppani] the public page addresses saved in the admin are not valid and are ignored: ${parsed.error.message}`);
  return {};
}

/** Saves the admin's settings and moves their counter, so that every instance's cached responses are replaced. */
export async function savePublicPages(strapi: Core.Strapi, settings: PublicPagesSettings): Promise<void> {
  await storeOf(strapi).set({ value: settings });
  await bumpSettingsVersion(strapi);
}

export async function loadPublicPages(strapi: Core.Strapi): Promise<PublicPages> {
  return new PublicPages(mergePublicPages(await storedPublicPages(strapi), configuredPublicPages(strapi)));
}
