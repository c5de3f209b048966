/**
 * Parts of the responses that several resources share: references to other items, images, addresses, the
 * way instants are written. Objects are not strict, so a widget built today keeps parsing responses after
 * fields are added. `locale` on an item is the language of its texts: the requested one, or fi when the
 * document has no published translation in it. `schema()`: see schema.ts.
 */
import * as z from 'zod/mini';
import { schema } from './schema';
import { CONTENT_LOCALES } from './vocabulary';

export const contentLocale = /*#__PURE__*/ schema(() => z.enum(CONTENT_LOCALES));

/**
 * An ISO 8601 date-time with Z or an offset, as the API writes every instant. A pattern rather than zod's
 * ISO date-time schema: the widgets check every response with the same pattern (their shapes, generated
 * from these schemas, check without zod, and a pattern is what a shape can check). The OpenAPI document adds
 * `format: date-time` (openapi.ts).
 */
export const instant = /*#__PURE__*/ schema(() =>
  z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/)),
);

export const regionRef = /*#__PURE__*/ schema(() => z.object({ slug: z.string(), code: z.string(), kind: z.string(), name: z.string() }));
export const topicRef = /*#__PURE__*/ schema(() => z.object({ slug: z.string(), name: z.string() }));
/**
 * The address of an item's page on a public website, from the URL templates of the plugin's settings (per type
 * and locale; a post's canonical URL wins), or null where no template applies. Feeds, calendars, structured
 * data and the widgets' links use it, so that a reader lands on a page, never on JSON.
 */
export const pageUrl = /*#__PURE__*/ schema(() => z.nullable(z.string()));

export const organisationRef = /*#__PURE__*/ schema(() =>
  z.object({ slug: z.string(), name: z.string(), locale: contentLocale, url: pageUrl }),
);
export const programmeRef = /*#__PURE__*/ schema(() =>
  z.object({ slug: z.string(), name: z.string(), locale: contentLocale, url: pageUrl }),
);
export const blogRef = /*#__PURE__*/ schema(() => z.object({ slug: z.string(), name: z.string(), url: pageUrl }));

export const image = /*#__PURE__*/ schema(() =>
  z.object({
    url: z.url({ protocol: /^https?$/ }),
    alt: z.string(),
    width: z.nullable(z.number()),
    height: z.nullable(z.number()),
    caption: z.optional(z.nullable(z.string())),
  }),
);

export const address = /*#__PURE__*/ schema(() =>
  z.object({
    streetAddress: z.nullable(z.string()),
    postalCode: z.nullable(z.string()),
    locality: z.nullable(z.string()),
  }),
);

/** A person as the public sees them: e-mail and phone only when an editor made them public. */
export const personPublic = /*#__PURE__*/ schema(() =>
  z.object({
    slug: z.string(),
    name: z.string(),
    locale: contentLocale,
    roleTitle: z.nullable(z.string()),
    organisation: z.nullable(organisationRef),
    bio: z.nullable(z.string()),
    photo: z.nullable(image),
    email: z.optional(z.string()),
    phone: z.optional(z.string()),
  }),
);

export type RegionRef = z.infer<typeof regionRef>;
export type TopicRef = z.infer<typeof topicRef>;
export type OrganisationRef = z.infer<typeof organisationRef>;
export type ProgrammeRef = z.infer<typeof programmeRef>;
export type BlogRef = z.infer<typeof blogRef>;
export type Image = z.infer<typeof image>;
export type Address = z.infer<typeof address>;
export type PersonPublic = z.infer<typeof personPublic>;
