import type { Dictionary, UiLocale } from './i18n.js';

/** Strings every element needs. Element-specific strings live beside each element. */
type CommonKey =
  'loading' | 'errorTitle' | 'errorNetwork' | 'errorRefused' | 'errorHttp' | 'errorMalformed' | 'retry' | 'staleNotice' | 'staleStatus';

/** Strings of the previous / next pagination, apart so that the elements with "show more" do not carry them. */
type PaginationKey = 'pagination' | 'previousPage' | 'nextPage' | 'pageOf' | 'pageStatus';

export const COMMON_MESSAGES = {
  fi: {
    loading: 'Ladataan…',
    errorTitle: 'Tietojen haku epäonnistui.',
    errorNetwork: 'Palveluun ei saatu yhteyttä.',
    errorRefused: 'Tämä sivusto ei saa näyttää näitä tietoja.',
    errorHttp: 'Palvelu vastasi virheellä {status}.',
    errorMalformed: 'Palvelun vastaus oli odottamattoman muotoinen.',
    retry: 'Yritä uudelleen',
    staleNotice: 'Palveluun ei juuri nyt saada yhteyttä. Näytetään aiemmin haetut, mahdollisesti vanhentuneet tiedot.',
    staleStatus: '{status} (tiedot voivat olla vanhentuneita)',
  },
  sv: {
    loading: 'Laddar…',
    errorTitle: 'Det gick inte att hämta uppgifterna.',
    errorNetwork: 'Ingen anslutning till tjänsten.',
    errorRefused: 'Den här webbplatsen får inte visa uppgifterna.',
    errorHttp: 'Tjänsten svarade med fel {status}.',
    errorMalformed: 'Tjänstens svar hade ett oväntat format.',
    retry: 'Försök igen',
    staleNotice: 'Tjänsten kan inte nås just nu. Tidigare hämtade, möjligen föråldrade uppgifter visas.',
    staleStatus: '{status} (uppgifterna kan vara föråldrade)',
  },
  en: {
    loading: 'Loading…',
    errorTitle: 'Could not load the information.',
    errorNetwork: 'The service could not be reached.',
    errorRefused: 'This site is not allowed to show this information.',
    errorHttp: 'The service answered with error {status}.',
    errorMalformed: 'The service sent a response in an unexpected format.',
    retry: 'Try again',
    staleNotice: 'The service cannot be reached right now. Showing earlier, possibly out-of-date information.',
    staleStatus: '{status} (the information may be out of date)',
  },
} satisfies Record<UiLocale, Dictionary<CommonKey>>;

export const PAGINATION_MESSAGES = {
  fi: {
    pagination: 'Sivutus',
    previousPage: 'Edellinen sivu',
    nextPage: 'Seuraava sivu',
    pageOf: 'Sivu {page} / {pageCount}',
    pageStatus: '{status}, sivu {page} / {pageCount}',
  },
  sv: {
    pagination: 'Sidnumrering',
    previousPage: 'Föregående sida',
    nextPage: 'Nästa sida',
    pageOf: 'Sida {page} av {pageCount}',
    pageStatus: '{status}, sida {page} av {pageCount}',
  },
  en: {
    pagination: 'Pagination',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageOf: 'Page {page} of {pageCount}',
    pageStatus: '{status}, page {page} of {pageCount}',
  },
} satisfies Record<UiLocale, Dictionary<PaginationKey>>;

/** What an organisation that serves the whole country serves (shared/regions.ts). */
export const WHOLE_COUNTRY: Record<UiLocale, string> = { fi: 'Koko Suomi', sv: 'Hela Finland', en: 'All of Finland' };
