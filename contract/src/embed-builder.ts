/**
 * The admin's embed builder: the permission that shows it, and the options document (GET
 * /<plugin id>/embed-options) that the server's embed-builder writes and the admin page reads. `schema()`: see schema.ts.
 */
import * as z from 'zod/mini';
import { PLUGIN_ID } from './api';
import { schema } from './schema';
import { ATTENDANCE_MODES, ORGANISATION_KINDS, PROGRAMME_STATUSES } from './vocabulary';

/** The admin action of the embed builder, registered by the plugin's bootstrap. */
export const EMBED_ACTION = 'embed';
export const EMBED_PERMISSION = `plugin::${PLUGIN_ID}.${EMBED_ACTION}`;

/** Path of the options document among the plugin's admin routes (mounted at /<plugin id>). */
/** The widget bundle with every element, as the plugin serves it under /<plugin id>/. */
export const WIDGET_BUNDLE_FILE = 'kumppani.js';

export const EMBED_OPTIONS_PATH = '/embed-options';

/** One choice of a filter: a slug (or tag) and its Finnish label, with a grouping for long lists (the region kind). */
export const embedChoice = /*#__PURE__*/ schema(() => z.object({ value: z.string(), label: z.string(), group: z.optional(z.string()) }));

/**
 * What the builder offers to pick from: the CMS's published regions, topics, blogs, tags, programmes and
 * organisations, the closed vocabularies, the CORS allow-list (to warn about a host that may not call the
 * API) and the bundle's URLs.
 */
export const embedOptionsResponse = /*#__PURE__*/ schema(() =>
  z.object({
    regions: z.array(embedChoice),
    topics: z.array(embedChoice),
    blogs: z.array(embedChoice),
    tags: z.array(embedChoice),
    programmes: z.array(embedChoice),
    organisations: z.array(embedChoice),
    kinds: z.array(z.enum(ORGANISATION_KINDS)),
    modes: z.array(z.enum(ATTENDANCE_MODES)),
    programmeStatuses: z.array(z.enum(PROGRAMME_STATUSES)),
    cors: z.object({ origins: z.union([z.literal('*'), z.array(z.string())]) }),
    bundle: z.object({ path: z.string(), hashedPath: z.nullable(z.string()) }),
  }),
);

export type EmbedChoice = z.infer<typeof embedChoice>;
export type EmbedOptions = z.infer<typeof embedOptionsResponse>;
/** The keys of the options document that hold choices for a filter. */
export type EmbedChoiceSource = Exclude<keyof EmbedOptions, 'cors' | 'bundle'>;
