/**
 * The shapes (shape.ts) of the list responses the elements load: each is the contract's schema of the same
 * name, node for node, and `shape.test.ts` fails until a shape follows a change of its schema. The types are
 * the contract's. Each shape is a constant of its own, built in calls annotated pure, so an element's file
 * keeps only the one it loads.
 */
import {
  ATTENDANCE_MODES,
  CONTENT_LOCALES,
  EVENT_FACET_GROUPS,
  EVENT_STATUSES,
  HELSINKI_TIME_ZONE,
  ORGANISATION_FACET_GROUPS,
  ORGANISATION_KINDS,
  PROGRAMME_STATUSES,
  type eventList as eventListSchema,
  type organisationList as organisationListSchema,
  type postList as postListSchema,
  type programmeList as programmeListSchema,
} from '@kumppani/contract';
import type { Shape, ShapeNode } from './shape.js';

/** The contract's `instant`: an ISO 8601 date-time with Z or an offset. */
const instant = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/;
/** zod's ISO date (z.iso.date()), as the contract's `isoDate`. */
const date =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
const text = { nullable: 'string' } as const;
const strings = { list: 'string' } as const;
const itemRef = { fields: { slug: 'string', name: 'string', locale: CONTENT_LOCALES } } as const;
const regions = { list: { fields: { slug: 'string', code: 'string', kind: 'string', name: 'string' } } } as const;
const topics = { list: { fields: { slug: 'string', name: 'string' } } } as const;
const image = {
  nullable: {
    fields: {
      url: { url: /^https?$/ },
      alt: 'string',
      width: { nullable: 'number' },
      height: { nullable: 'number' },
      caption: { optional: text },
    },
  },
} as const;
const listMeta = { fields: { page: 'number', pageSize: 'number', total: 'number', pageCount: 'number' } } as const;

/** The contract's `facetedListMeta`: the paging, and with `facets=true` the counts of each group. */
const facetedListMeta = (groups: readonly string[]): ShapeNode => {
  const counts = { list: { fields: { value: 'string', label: 'string', count: 'number' } } } as const;
  return { fields: { ...listMeta.fields, facets: { optional: { fields: Object.fromEntries(groups.map((group) => [group, counts])) } } } };
};

/** The contract's `listResponse`, with the fields every item has (id, slug, locale, updatedAt). */
const listResponse = (fields: Record<string, ShapeNode>, meta: ShapeNode = listMeta): ShapeNode => ({
  fields: { data: { list: { fields: { id: 'string', slug: 'string', locale: CONTENT_LOCALES, ...fields, updatedAt: instant } } }, meta },
});

export const eventList = /*#__PURE__*/ listResponse(
  {
    title: 'string',
    description: text,
    startsAt: instant,
    endsAt: { nullable: instant },
    timeZone: [HELSINKI_TIME_ZONE],
    attendanceMode: ATTENDANCE_MODES,
    place: { nullable: { fields: { streetAddress: text, postalCode: text, locality: text, name: text } } },
    onlineUrl: text,
    registration: { nullable: { fields: { url: text, deadline: { nullable: instant } } } },
    organisers: { list: itemRef },
    programme: { nullable: itemRef },
    regions,
    topics,
    audience: text,
    languages: strings,
    isFree: 'boolean',
    price: text,
    status: EVENT_STATUSES,
    previousStartsAt: { nullable: instant },
    calendarUrl: 'string',
  },
  /*#__PURE__*/ facetedListMeta(EVENT_FACET_GROUPS),
) as Shape<(typeof eventListSchema)['_zod']['output']>;

export const organisationList = /*#__PURE__*/ listResponse(
  {
    name: 'string',
    kind: ORGANISATION_KINDS,
    description: text,
    logo: image,
    website: text,
    email: text,
    phone: text,
    address: { fields: { streetAddress: text, postalCode: text, locality: text } },
    regions,
    topics,
    targetGroups: strings,
    languages: strings,
  },
  /*#__PURE__*/ facetedListMeta(ORGANISATION_FACET_GROUPS),
) as Shape<(typeof organisationListSchema)['_zod']['output']>;

export const postList = /*#__PURE__*/ listResponse({
  title: 'string',
  lead: text,
  heroImage: image,
  authors: { list: { fields: { slug: 'string', name: 'string', roleTitle: text } } },
  blog: { nullable: { fields: { slug: 'string', name: 'string' } } },
  tags: strings,
  topics,
  publishedDate: instant,
  canonicalUrl: text,
}) as Shape<(typeof postListSchema)['_zod']['output']>;

export const programmeList = /*#__PURE__*/ listResponse({
  name: 'string',
  description: text,
  administrator: { nullable: itemRef },
  partners: { list: itemRef },
  regions,
  topics,
  startDate: { nullable: date },
  endDate: { nullable: date },
  status: PROGRAMME_STATUSES,
  website: text,
}) as Shape<(typeof programmeListSchema)['_zod']['output']>;
