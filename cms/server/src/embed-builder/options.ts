/**
 * What the embed builder in the admin offers to pick from: the CMS's real regions, topics, blogs, tags,
 * programmes and organisations (published ones only, by their Finnish slug, which every filter accepts),
 * plus the CORS allow-list and the bundle's URLs, so the builder can warn about a host that may not call the API.
 * The document's shape (EmbedOptions) is the contract's, shared with the admin page that reads it.
 */
import type { Core } from '@strapi/strapi';
import {
  ATTENDANCE_MODES,
  ORGANISATION_KINDS,
  PLUGIN_ID,
  PROGRAMME_STATUSES,
  type EmbedChoice,
  type EmbedOptions,
  WIDGET_BUNDLE_FILE,
} from '@kumppani/contract';
import type { PluginConfig } from '../config';
import { UID } from '../content-types/uids';
import { BUNDLE_PREFIX } from '../widget-bundle/bundle-middleware';
import type { BundleFiles } from '../widget-bundle/bundle-files';

const byLabel = (a: EmbedChoice, b: EmbedChoice) => a.label.localeCompare(b.label, 'fi');

async function publishedFinnish(strapi: Core.Strapi, uid: string): Promise<EmbedChoice[]> {
  const rows = (await strapi.db
    .query(uid as never)
    .findMany({ select: ['slug', 'name'], where: { locale: 'fi', publishedAt: { $notNull: true } } })) as { slug: string; name: string }[];
  return rows.map((row) => ({ value: row.slug, label: row.name })).sort(byLabel);
}

export async function embedOptions(strapi: Core.Strapi, bundle: BundleFiles): Promise<EmbedOptions> {
  const regions = (await strapi.db.query(UID.region).findMany({ select: ['slug', 'nameFi', 'kind'] })) as {
    slug: string;
    nameFi: string;
    kind: string;
  }[];
  const topics = (await strapi.db.query(UID.topic).findMany({ select: ['slug', 'nameFi'] })) as { slug: string; nameFi: string }[];
  const blogs = (await strapi.db.query(UID.blog).findMany({ select: ['slug', 'name'] })) as { slug: string; name: string }[];
  const posts = (await strapi.db.query(UID.post).findMany({ select: ['tags'], where: { publishedAt: { $notNull: true } } })) as {
    tags: unknown;
  }[];
  const tags = [
    ...new Set(
      posts.flatMap((post) => (Array.isArray(post.tags) ? post.tags.filter((tag): tag is string => typeof tag === 'string') : [])),
    ),
  ];

  let hashedPath: string | null = null;
  try {
    const file = bundle.get(WIDGET_BUNDLE_FILE);
    hashedPath = file ? `${BUNDLE_PREFIX}${file.hashedName}` : null;
  } catch {
    // Not built: the builder says so instead of showing a preview.
  }

  return {
    regions: regions.map((row) => ({ value: row.slug, label: row.nameFi, group: row.kind })).sort(byLabel),
    topics: topics.map((row) => ({ value: row.slug, label: row.nameFi })).sort(byLabel),
    blogs: blogs.map((row) => ({ value: row.slug, label: row.name })).sort(byLabel),
    tags: tags.map((tag) => ({ value: tag, label: tag })).sort(byLabel),
    programmes: await publishedFinnish(strapi, UID.programme),
    organisations: await publishedFinnish(strapi, UID.organisation),
    kinds: [...ORGANISATION_KINDS],
    modes: [...ATTENDANCE_MODES],
    programmeStatuses: [...PROGRAMME_STATUSES],
    cors: { origins: (strapi.config.get(`plugin::${PLUGIN_ID}`) as PluginConfig).cors.origins },
    bundle: { path: `${BUNDLE_PREFIX}${WIDGET_BUNDLE_FILE}`, hashedPath },
  };
}
