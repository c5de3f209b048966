/**
 * Items as the API answers them, for the element tests: `organisationSummary(n)` and `eventSummary(n)` differ
 * by `n` in every id, slug, name and link; `overrides` sets what a test is about.
 */
import type { EventSummary, OrganisationSummary } from '@kumppani/contract';

export function organisationSummary(n: number, overrides: Partial<OrganisationSummary> = {}): OrganisationSummary {
  return {
    id: `id-${n}`,
    slug: `jarjesto-${n}`,
    locale: 'fi',
    name: `Järjestö ${n}`,
    kind: 'association',
    description: `Kuvaus ${n}`,
    logo: { url: `https://cms.test/uploads/logo-${n}.png`, alt: `Järjestö ${n} logo`, width: 120, height: 60 },
    website: `https://jarjesto-${n}.test/`,
    email: null,
    phone: null,
    address: { streetAddress: null, postalCode: null, locality: null },
    regions: [{ slug: 'vantaa-kerava', code: '01', kind: 'wellbeing_services_county', name: 'Vantaa ja Kerava' }],
    topics: [],
    targetGroups: [],
    languages: ['fi'],
    url: null,
    updatedAt: '2026-05-01T10:00:00+03:00',
    ...overrides,
  };
}

export function eventSummary(n: number, overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    id: `id-${n}`,
    slug: `tapahtuma-${n}`,
    locale: 'fi',
    title: `Tapahtuma ${n}`,
    description: `Kuvaus ${n}`,
    startsAt: '2030-06-01T14:30:00Z',
    endsAt: '2030-06-01T16:00:00Z',
    timeZone: 'Europe/Helsinki',
    attendanceMode: 'offline',
    place: { name: 'Kulttuuritalo', streetAddress: 'Sturenkatu 4', postalCode: '00510', locality: 'Helsinki' },
    onlineUrl: null,
    registration: null,
    organisers: [{ slug: 'jarjesto-1', name: 'Järjestö 1', locale: 'fi', url: null }],
    programme: null,
    regions: [],
    topics: [],
    audience: null,
    languages: ['fi'],
    isFree: true,
    price: null,
    status: 'scheduled',
    previousStartsAt: null,
    series: null,
    calendarUrl: `https://cms.test/api/kumppani/events/tapahtuma-${n}.ics`,
    url: null,
    updatedAt: '2026-05-01T10:00:00+03:00',
    ...overrides,
  };
}
