/**
 * schema.org structured data (JSON-LD) for what an element shows: the parts every type uses and an ItemList of
 * things for a list. The things themselves are built in one module per type (structured-data-event.ts,
 * -organisation, -post, -programme), which re-exports what an element needs from here. Elements import that
 * module only when they have something to describe, after their first render (structured-data-script.ts): the
 * JSON-LD is for search engines, and a reader's first view of the list does not wait for its code.
 */
import type { Address, Image, OrganisationRef } from '@kumppani/contract';
import { HELSINKI_TIME_ZONE } from '@kumppani/contract';

/** A schema.org node: `@type` and its properties. */
export type Thing = { '@type': string } & Record<string, unknown>;

export const SCHEMA = 'https://schema.org/';

/** Leaves out properties without a value (null, undefined, '', an empty list): schema.org has no use for them. */
export function thing(type: string, properties: Record<string, unknown>): Thing {
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
export function postalAddress(address: Address | null): Thing | undefined {
  if (!address || !(address.streetAddress || address.postalCode || address.locality)) return undefined;
  return thing('PostalAddress', {
    streetAddress: address.streetAddress,
    postalCode: address.postalCode,
    addressLocality: address.locality,
    addressCountry: 'FI',
  });
}

export const imageObject = (image: Image | null): Thing | undefined =>
  image
    ? thing('ImageObject', { url: image.url, width: image.width, height: image.height, caption: image.caption || image.alt })
    : undefined;

/** The regions an organisation or programme serves. */
export const areaServed = (regions: { name: string }[]) => regions.map((region) => thing('AdministrativeArea', { name: region.name }));

export const organisationRef = (ref: OrganisationRef): Thing => thing('Organization', { name: ref.name, url: ref.url });

/** A list of things in the order shown; `first` is the position of the first (a later page starts further on). */
export function itemListStructuredData<Item>(items: readonly Item[], toThing: (item: Item) => Thing, first = 1): Thing {
  return {
    '@type': 'ItemList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: first + index, item: toThing(item) })),
  };
}
