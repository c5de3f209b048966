/**
 * schema.org structured data (JSON-LD) for what an element shows: Organization, Event, BlogPosting and
 * Project things built from contract items, an ItemList of them for a list, and a controller that writes one
 * `<script type="application/ld+json">` into the element's light DOM, where search engines read it (they do
 * not read shadow DOM). The detail elements call the same builders with their one item.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  Address,
  EventSummary,
  Image,
  OrganisationDetail,
  OrganisationRef,
  OrganisationSummary,
  PostSummary,
  ProgrammeDetail,
  ProgrammeSummary,
} from '@kumppani/contract';
import { HELSINKI_TIME_ZONE } from '@kumppani/contract';

/** A schema.org node: `@type` and its properties. */
export type Thing = { '@type': string } & Record<string, unknown>;

const SCHEMA = 'https://schema.org/';

/** Leaves out properties without a value (null, undefined, '', an empty list): schema.org has no use for them. */
function thing(type: string, properties: Record<string, unknown>): Thing {
  const result: Thing = { '@type': type };
  for (const [name, value] of Object.entries(properties))
    if (value != null && value !== '' && !(Array.isArray(value) && !value.length)) result[name] = value;
  return result;
}

/** sv-SE writes a date and time as "2026-05-12 17:00:00", the shape ISO 8601 wants. */
let helsinkiClock: Intl.DateTimeFormat | undefined;

/**
 * An instant as ISO 8601 with the Helsinki offset of that moment, e.g. 2026-05-12T17:00:00+03:00 in summer
 * time and 2026-12-01T16:30:00+02:00 in winter: what search engines show as the event's local time.
 */
export function helsinkiDateTime(instant: string): string {
  helsinkiClock ??= new Intl.DateTimeFormat('sv-SE', {
    timeZone: HELSINKI_TIME_ZONE,
    dateStyle: 'short',
    timeStyle: 'medium',
  });
  const moment = new Date(instant);
  const local = helsinkiClock.format(moment).replace(' ', 'T');
  // Whole seconds, as written; the offset is how far the Helsinki wall clock is ahead of UTC.
  const minutes = Math.round((Date.parse(`${local}Z`) - Math.floor(moment.getTime() / 1000) * 1000) / 60000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${local}${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** A Finnish address, or nothing when it has no part. */
function postalAddress(address: Address | null): Thing | undefined {
  if (!address || !(address.streetAddress || address.postalCode || address.locality)) return undefined;
  return thing('PostalAddress', {
    streetAddress: address.streetAddress,
    postalCode: address.postalCode,
    addressLocality: address.locality,
    addressCountry: 'FI',
  });
}

const imageObject = (image: Image | null): Thing | undefined =>
  image
    ? thing('ImageObject', { url: image.url, width: image.width, height: image.height, caption: image.caption || image.alt })
    : undefined;

const organisationRef = (ref: OrganisationRef): Thing => thing('Organization', { name: ref.name, url: ref.url });

const areaServed = (regions: { name: string }[]) => regions.map((region) => thing('AdministrativeArea', { name: region.name }));

/** An organisation: its public page as `url` (its own website when it has no page, else `sameAs`). */
export function organisationStructuredData(item: OrganisationSummary | OrganisationDetail): Thing {
  const detail = 'members' in item ? item : undefined;
  return thing('Organization', {
    name: item.name,
    alternateName: detail?.alternateNames,
    url: item.url ?? item.website,
    sameAs: item.url && item.website,
    description: item.description,
    logo: imageObject(item.logo),
    email: item.email,
    telephone: item.phone,
    address: postalAddress(item.address),
    areaServed: areaServed(item.regions),
    parentOrganization: detail?.parent && organisationRef(detail.parent),
    knowsLanguage: item.languages,
  });
}

const STATUS = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  moved_online: 'EventMovedOnline',
} as const;

const MODE = { offline: 'Offline', online: 'Online', mixed: 'Mixed' } as const;

/**
 * An event, with Google's required and recommended properties where the data has them: its Helsinki times,
 * status, attendance mode, a Place and/or a VirtualLocation, organisers and, for a free event, a zero-price
 * offer. An event moved online is online, whatever mode it was entered with.
 */
export function eventStructuredData(item: EventSummary): Thing {
  const mode = item.status === 'moved_online' ? 'online' : item.attendanceMode;
  const place =
    mode !== 'online' && item.place
      ? thing('Place', { name: item.place.name ?? item.place.locality, address: postalAddress(item.place) })
      : undefined;
  const online = mode !== 'offline' ? thing('VirtualLocation', { url: item.onlineUrl ?? item.url }) : undefined;
  const page = item.url ?? undefined;
  return thing('Event', {
    name: item.title,
    description: item.description,
    url: page,
    startDate: helsinkiDateTime(item.startsAt),
    endDate: item.endsAt && helsinkiDateTime(item.endsAt),
    previousStartDate: item.previousStartsAt && helsinkiDateTime(item.previousStartsAt),
    eventStatus: SCHEMA + STATUS[item.status],
    eventAttendanceMode: `${SCHEMA}${MODE[mode]}EventAttendanceMode`,
    location: [place, online].filter(Boolean),
    organizer: item.organisers.map(organisationRef),
    offers: item.isFree
      ? thing('Offer', {
          price: 0,
          priceCurrency: 'EUR',
          availability: SCHEMA + 'InStock',
          url: item.registration?.url ?? page,
          validThrough: item.registration?.deadline && helsinkiDateTime(item.registration.deadline),
        })
      : undefined,
    inLanguage: item.languages,
  });
}

/** A post: its address is its canonical URL or public page. Authors are people; the blog is what it is part of. */
export function postStructuredData(item: PostSummary): Thing {
  const url = item.canonicalUrl ?? item.url;
  return thing('BlogPosting', {
    headline: item.title,
    description: item.lead,
    image: imageObject(item.heroImage),
    datePublished: helsinkiDateTime(item.publishedDate),
    dateModified: helsinkiDateTime(item.updatedAt),
    author: item.authors.map((author) => thing('Person', { name: author.name, jobTitle: author.roleTitle })),
    isPartOf: item.blog && thing('Blog', { name: item.blog.name, url: item.blog.url }),
    keywords: item.tags,
    url,
    mainEntityOfPage: url,
    inLanguage: item.locale,
  });
}

/** A programme (hanke) as a schema.org Project, an Organization of its own under its administrator. */
export function programmeStructuredData(item: ProgrammeSummary | ProgrammeDetail): Thing {
  return thing('Project', {
    name: item.name,
    description: item.description,
    url: item.url ?? item.website,
    sameAs: item.url && item.website,
    parentOrganization: item.administrator && organisationRef(item.administrator),
    member: item.partners.map(organisationRef),
    funder: 'funders' in item ? item.funders.map(organisationRef) : undefined,
    areaServed: areaServed(item.regions),
    foundingDate: item.startDate,
    dissolutionDate: item.endDate,
  });
}

/** A list of things in the order shown; `first` is the position of the first (a later page starts further on). */
export function itemListStructuredData<Item>(items: readonly Item[], toThing: (item: Item) => Thing, first = 1): Thing {
  return {
    '@type': 'ItemList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: first + index, item: toThing(item) })),
  };
}

/**
 * JSON for a `<script>` element: `<` written as \u003c, so that a `</script>` or `<!--` in a title cannot end
 * the script or change how the page parses.
 */
export const jsonForScript = (thing: Thing): string =>
  JSON.stringify({ '@context': 'https://schema.org', ...thing }).replace(/</g, '\\u003c');

type Host = ReactiveControllerHost & HTMLElement & { noStructuredData?: boolean; hasUpdated?: boolean };

/**
 * Writes `data()` (after each update) as one `<script type="application/ld+json">` child of the host, in its
 * light DOM: replaced when the data changes, removed when `data()` gives nothing, when the host has
 * `no-structured-data`, or when it leaves the page.
 */
export class StructuredData implements ReactiveController {
  #script: HTMLScriptElement | undefined;
  #text = '';

  constructor(
    private readonly host: Host,
    private readonly data: () => Thing | undefined | false,
  ) {
    host.addController(this);
  }

  /** Back on the page (moved elsewhere): the script comes back with it. */
  hostConnected(): void {
    if (this.host.hasUpdated) this.hostUpdated();
  }

  hostUpdated(): void {
    const { host } = this;
    const data = !(host.noStructuredData ?? host.hasAttribute('no-structured-data')) && this.data();
    const text = data ? jsonForScript(data) : '';
    if (!text) return this.hostDisconnected();
    if (text !== this.#text || this.#script?.parentNode !== host) {
      this.#script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
      this.#script.textContent = this.#text = text;
      host.append(this.#script);
    }
  }

  hostDisconnected(): void {
    this.#script?.remove();
    this.#text = '';
  }
}
