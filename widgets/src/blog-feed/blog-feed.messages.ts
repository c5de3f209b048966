import type { Dictionary, UiLocale } from '../shared/i18n.js';

type Key =
  | 'heading'
  | 'postCount'
  | 'postCountOne'
  | 'postsShown'
  | 'noPosts'
  | 'readMore'
  | 'by'
  | 'published'
  | 'source'
  | 'toPartnerSite'
  | 'subscribe'
  | 'rss'
  | 'atom';

export const MESSAGES = {
  fi: {
    heading: 'Uusimmat kirjoitukset',
    postCount: '{count} kirjoitusta',
    postCountOne: '1 kirjoitus',
    postsShown: 'Näytetään {shown} uusinta kirjoitusta, yhteensä {count}',
    noPosts: 'Julkaistuja kirjoituksia ei vielä ole.',
    readMore: 'Lue lisää',
    by: 'Kirjoittajat',
    published: 'Julkaistu',
    source: 'Lähde',
    toPartnerSite: 'siirtyy kumppanin sivustolle',
    subscribe: 'Tilaa syöte',
    rss: 'RSS-syöte',
    atom: 'Atom-syöte',
  },
  sv: {
    heading: 'Senaste inläggen',
    postCount: '{count} inlägg',
    postCountOne: '1 inlägg',
    postsShown: 'Visar de {shown} senaste av {count} inlägg',
    noPosts: 'Det finns inga publicerade inlägg ännu.',
    readMore: 'Läs mer',
    by: 'Skribenter',
    published: 'Publicerad',
    source: 'Källa',
    toPartnerSite: 'leder till partnerns webbplats',
    subscribe: 'Prenumerera',
    rss: 'RSS-flöde',
    atom: 'Atom-flöde',
  },
  en: {
    heading: 'Latest posts',
    postCount: '{count} posts',
    postCountOne: '1 post',
    postsShown: 'Showing the latest {shown} of {count} posts',
    noPosts: 'No posts have been published yet.',
    readMore: 'Read more',
    by: 'Authors',
    published: 'Published',
    source: 'Source',
    toPartnerSite: "leads to the partner's site",
    subscribe: 'Subscribe',
    rss: 'RSS feed',
    atom: 'Atom feed',
  },
} satisfies Record<UiLocale, Dictionary<Key>>;
