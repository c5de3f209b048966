import type { Dictionary, UiLocale } from '../shared/i18n.js';

type Key =
  | 'results'
  | 'eventCount'
  | 'eventCountOne'
  | 'showingOf'
  | 'noResults'
  | 'showMore'
  | 'mode'
  | 'offline'
  | 'online'
  | 'mixed'
  | 'cancelled'
  | 'postponed'
  | 'rescheduled'
  | 'moved_online'
  | 'joinOnline'
  | 'register'
  | 'deadline'
  | 'registrationClosed'
  | 'addToCalendar'
  | 'listCalendar'
  | 'filters'
  | 'searchLabel'
  | 'searchButton'
  | 'topic'
  | 'freeOnly';

export const MESSAGES = {
  fi: {
    results: 'Tulevat tapahtumat',
    eventCount: '{count} tapahtumaa',
    eventCountOne: '1 tapahtuma',
    showingOf: 'Näytetään {shown}/{total} tapahtumaa',
    noResults: 'Tulevia tapahtumia ei löytynyt.',
    showMore: 'Näytä lisää',
    mode: 'Osallistumistapa',
    offline: 'Paikan päällä',
    online: 'Verkossa',
    mixed: 'Paikan päällä ja verkossa',
    cancelled: 'Peruttu',
    postponed: 'Lykätty',
    rescheduled: 'Uusi aika',
    moved_online: 'Siirretty verkkoon',
    joinOnline: 'Osallistumislinkki',
    register: 'Ilmoittaudu',
    deadline: 'viimeistään',
    registrationClosed: 'Ilmoittautuminen on päättynyt',
    addToCalendar: 'Lisää kalenteriin',
    listCalendar: 'Kaikki tapahtumat kalenteriin (.ics)',
    filters: 'Rajaa tapahtumia',
    searchLabel: 'Hae tapahtumia',
    searchButton: 'Hae',
    topic: 'Aihe',
    freeOnly: 'Vain maksuttomat',
  },
  sv: {
    results: 'Kommande evenemang',
    eventCount: '{count} evenemang',
    eventCountOne: '1 evenemang',
    showingOf: 'Visar {shown} av {total} evenemang',
    noResults: 'Inga kommande evenemang hittades.',
    showMore: 'Visa fler',
    mode: 'Deltagarsätt',
    offline: 'På plats',
    online: 'Online',
    mixed: 'På plats och online',
    cancelled: 'Inställt',
    postponed: 'Uppskjutet',
    rescheduled: 'Ny tid',
    moved_online: 'Flyttat online',
    joinOnline: 'Länk för att delta',
    register: 'Anmäl dig',
    deadline: 'senast',
    registrationClosed: 'Anmälan har stängt',
    addToCalendar: 'Lägg till i kalendern',
    listCalendar: 'Alla evenemang till kalendern (.ics)',
    filters: 'Avgränsa evenemangen',
    searchLabel: 'Sök evenemang',
    searchButton: 'Sök',
    topic: 'Tema',
    freeOnly: 'Endast avgiftsfria',
  },
  en: {
    results: 'Upcoming events',
    eventCount: '{count} events',
    eventCountOne: '1 event',
    showingOf: 'Showing {shown} of {total} events',
    noResults: 'No upcoming events found.',
    showMore: 'Show more',
    mode: 'How to attend',
    offline: 'In person',
    online: 'Online',
    mixed: 'In person and online',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    rescheduled: 'New time',
    moved_online: 'Moved online',
    joinOnline: 'Join online',
    register: 'Register',
    deadline: 'by',
    registrationClosed: 'Registration has closed',
    addToCalendar: 'Add to calendar',
    listCalendar: 'All events to your calendar (.ics)',
    filters: 'Filter events',
    searchLabel: 'Search events',
    searchButton: 'Search',
    topic: 'Topic',
    freeOnly: 'Free events only',
  },
} satisfies Record<UiLocale, Dictionary<Key>>;
