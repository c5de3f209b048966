/** schema.org structured data of an event (see structured-data.ts). */
import type { EventSummary } from '@kumppani/contract';
import { helsinkiDateTime, organisationRef, postalAddress, SCHEMA, thing, type Thing } from './structured-data.js';

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
  // A cancelled event gives no way to join or register, as the elements show none; a VirtualLocation needs a url.
  const cancelled = item.status === 'cancelled';
  const joinUrl = (cancelled ? null : item.onlineUrl) ?? item.url;
  const online = mode !== 'offline' && joinUrl ? thing('VirtualLocation', { url: joinUrl }) : undefined;
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
          url: (cancelled ? null : item.registration?.url) ?? page,
          validThrough: item.registration?.deadline && helsinkiDateTime(item.registration.deadline),
        })
      : undefined,
    inLanguage: item.languages,
  });
}
export { itemListStructuredData } from './structured-data.js';
