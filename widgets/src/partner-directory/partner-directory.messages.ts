import type { Dictionary, UiLocale } from '../shared/i18n.js';

type Key =
  | 'searchLabel'
  | 'searchButton'
  | 'filters'
  | 'region'
  | 'areas'
  | 'counties'
  | 'topic'
  | 'kind'
  | 'results'
  | 'resultCount'
  | 'resultCountOne'
  | 'noResults'
  | 'website';

export const MESSAGES = {
  fi: {
    searchLabel: 'Hae järjestöjä',
    searchButton: 'Hae',
    filters: 'Rajaa hakua',
    region: 'Alue',
    areas: 'Yhteistyöalueet',
    counties: 'Hyvinvointialueet ja Helsinki',
    topic: 'Aihe',
    kind: 'Toimijan tyyppi',
    results: 'Hakutulokset',
    resultCount: '{count} toimijaa',
    resultCountOne: '1 toimija',
    noResults: 'Hakuehdoilla ei löytynyt yhtään toimijaa. Kokeile toista hakusanaa tai poista rajauksia.',
    website: 'Verkkosivut',
  },
  sv: {
    searchLabel: 'Sök organisationer',
    searchButton: 'Sök',
    filters: 'Avgränsa sökningen',
    region: 'Område',
    areas: 'Samarbetsområden',
    counties: 'Välfärdsområden och Helsingfors',
    topic: 'Tema',
    kind: 'Typ av aktör',
    results: 'Sökresultat',
    resultCount: '{count} aktörer',
    resultCountOne: '1 aktör',
    noResults: 'Inga aktörer matchade sökningen. Pröva ett annat sökord eller ta bort avgränsningar.',
    website: 'Webbplats',
  },
  en: {
    searchLabel: 'Search organisations',
    searchButton: 'Search',
    filters: 'Narrow the search',
    region: 'Region',
    areas: 'Collaborative areas',
    counties: 'Wellbeing services counties and Helsinki',
    topic: 'Topic',
    kind: 'Type of organisation',
    results: 'Results',
    resultCount: '{count} organisations',
    resultCountOne: '1 organisation',
    noResults: 'No organisations matched. Try another search word or remove filters.',
    website: 'Website',
  },
} satisfies Record<UiLocale, Dictionary<Key>>;
