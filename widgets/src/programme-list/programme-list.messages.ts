import type { ProgrammeStatus } from '@kumppani/contract';
import type { Dictionary, UiLocale } from '../shared/i18n.js';

type Key =
  | 'heading'
  | 'count'
  | 'countOne'
  | 'shownOf'
  | 'noResults'
  | 'showMore'
  | 'administrator'
  | 'partners'
  | 'regions'
  | 'period'
  | 'ongoing'
  | 'until'
  | 'status'
  | 'website'
  | ProgrammeStatus;

export const MESSAGES = {
  fi: {
    heading: 'Hankkeet ja ohjelmat',
    count: '{count} hanketta',
    countOne: '1 hanke',
    shownOf: 'Näytetään {shown} / {count} hanketta',
    noResults: 'Valinnoilla ei löytynyt yhtään hanketta.',
    showMore: 'Näytä lisää',
    administrator: 'Hallinnoija',
    partners: 'Kumppanit',
    regions: 'Alueet',
    period: 'Toteutusaika',
    ongoing: 'toistaiseksi',
    until: '{end} asti',
    status: 'Tila',
    website: 'Verkkosivut',
    planned: 'Suunnitteilla',
    active: 'Käynnissä',
    completed: 'Päättynyt',
    cancelled: 'Peruttu',
  },
  sv: {
    heading: 'Projekt och program',
    count: '{count} projekt',
    countOne: '1 projekt',
    shownOf: 'Visar {shown} av {count} projekt',
    noResults: 'Inga projekt matchade urvalet.',
    showMore: 'Visa fler',
    administrator: 'Huvudman',
    partners: 'Partner',
    regions: 'Områden',
    period: 'Genomförandetid',
    ongoing: 'tills vidare',
    until: 'till och med {end}',
    status: 'Status',
    website: 'Webbplats',
    planned: 'Planeras',
    active: 'Pågår',
    completed: 'Avslutat',
    cancelled: 'Inställt',
  },
  en: {
    heading: 'Programmes and projects',
    count: '{count} programmes',
    countOne: '1 programme',
    shownOf: 'Showing {shown} of {count} programmes',
    noResults: 'No programmes matched the selection.',
    showMore: 'Show more',
    administrator: 'Administered by',
    partners: 'Partners',
    regions: 'Regions',
    period: 'Period',
    ongoing: 'ongoing',
    until: 'until {end}',
    status: 'Status',
    website: 'Website',
    planned: 'Planned',
    active: 'Ongoing',
    completed: 'Completed',
    cancelled: 'Cancelled',
  },
} satisfies Record<UiLocale, Dictionary<Key>>;
