import type { Dictionary, UiLocale } from '../shared/i18n.js';

type Key =
  | 'notFound'
  | 'cancelled'
  | 'postponed'
  | 'rescheduled'
  | 'moved_online'
  | 'previousTime'
  | 'time'
  | 'repeats'
  | 'nextDates'
  | 'dateCancelled'
  | 'dateMoved'
  | 'mode'
  | 'offline'
  | 'online'
  | 'mixed'
  | 'place'
  | 'joinOnline'
  | 'registration'
  | 'register'
  | 'deadline'
  | 'registrationClosed'
  | 'addToCalendar'
  | 'organisers'
  | 'programme'
  | 'regions'
  | 'topics'
  | 'audience'
  | 'languages'
  | 'price'
  | 'free'
  | 'paid';

export const MESSAGES = {
  fi: {
    notFound: 'Tapahtumaa ei löytynyt. Se on ehkä poistettu, tai osoite on väärä.',
    cancelled: 'Tapahtuma on peruttu.',
    postponed: 'Tapahtuma on lykätty. Uusi ajankohta ilmoitetaan myöhemmin.',
    rescheduled: 'Tapahtuman aika on muuttunut.',
    moved_online: 'Tapahtuma on siirretty verkkoon.',
    previousTime: 'Aiempi aika',
    time: 'Aika',
    repeats: 'Toistuu',
    nextDates: 'Seuraavat kerrat',
    dateCancelled: 'peruttu',
    dateMoved: 'uusi aika',
    mode: 'Osallistumistapa',
    offline: 'Paikan päällä',
    online: 'Verkossa',
    mixed: 'Paikan päällä ja verkossa',
    place: 'Paikka',
    joinOnline: 'Osallistumislinkki',
    registration: 'Ilmoittautuminen',
    register: 'Ilmoittaudu',
    deadline: 'viimeistään',
    registrationClosed: 'Ilmoittautuminen on päättynyt',
    addToCalendar: 'Lisää kalenteriin',
    organisers: 'Järjestäjät',
    programme: 'Hanke tai ohjelma',
    regions: 'Alueet',
    topics: 'Aiheet',
    audience: 'Kenelle',
    languages: 'Kielet',
    price: 'Hinta',
    free: 'Maksuton',
    paid: 'Maksullinen',
  },
  sv: {
    notFound: 'Evenemanget hittades inte. Det kan ha tagits bort, eller så är adressen fel.',
    cancelled: 'Evenemanget är inställt.',
    postponed: 'Evenemanget är uppskjutet. Den nya tiden meddelas senare.',
    rescheduled: 'Evenemanget har fått en ny tid.',
    moved_online: 'Evenemanget har flyttats online.',
    previousTime: 'Tidigare tid',
    time: 'Tid',
    repeats: 'Återkommer',
    nextDates: 'Följande tillfällen',
    dateCancelled: 'inställt',
    dateMoved: 'ny tid',
    mode: 'Deltagarsätt',
    offline: 'På plats',
    online: 'Online',
    mixed: 'På plats och online',
    place: 'Plats',
    joinOnline: 'Länk för att delta',
    registration: 'Anmälan',
    register: 'Anmäl dig',
    deadline: 'senast',
    registrationClosed: 'Anmälan har stängt',
    addToCalendar: 'Lägg till i kalendern',
    organisers: 'Arrangörer',
    programme: 'Projekt eller program',
    regions: 'Områden',
    topics: 'Teman',
    audience: 'För vem',
    languages: 'Språk',
    price: 'Pris',
    free: 'Avgiftsfritt',
    paid: 'Avgiftsbelagt',
  },
  en: {
    notFound: 'Event not found. It may have been removed, or the address is wrong.',
    cancelled: 'This event has been cancelled.',
    postponed: 'This event has been postponed. The new date will be announced later.',
    rescheduled: 'This event has a new time.',
    moved_online: 'This event has moved online.',
    previousTime: 'Previously',
    time: 'When',
    repeats: 'Repeats',
    nextDates: 'Next dates',
    dateCancelled: 'cancelled',
    dateMoved: 'new time',
    mode: 'How to attend',
    offline: 'In person',
    online: 'Online',
    mixed: 'In person and online',
    place: 'Where',
    joinOnline: 'Join online',
    registration: 'Registration',
    register: 'Register',
    deadline: 'by',
    registrationClosed: 'Registration has closed',
    addToCalendar: 'Add to calendar',
    organisers: 'Organisers',
    programme: 'Project or programme',
    regions: 'Regions',
    topics: 'Topics',
    audience: 'For whom',
    languages: 'Languages',
    price: 'Price',
    free: 'Free',
    paid: 'Fee charged',
  },
} satisfies Record<UiLocale, Dictionary<Key>>;
