/**
 * The fallback content of a snippet: what the page shows inside the tag until the element is defined, and for
 * good when its script cannot load (JavaScript off or blocked, the bundle's server down). The elements render
 * only named slots, so it is not shown beside a working widget.
 *
 * Only what a reader can use without JavaScript is linked: the iCalendar file of the events (a browser hands it
 * to the calendar app) and the RSS feed of the posts (a feed reader follows it). The API's JSON is no use to a
 * reader, and the builder does not know the site's own page that lists organisations or programmes: those
 * elements get a sentence instead, which the site may replace with a link to such a page.
 */
import { PUBLIC_API_PREFIX } from '@kumppani/contract';
import type { UiLanguage } from './elements';
import { escapeAttribute, type Composition } from './snippet';

type Texts = Record<UiLanguage, string>;

const CALENDAR: Texts = {
  fi: 'Tapahtumat kalenteriisi (iCalendar)',
  sv: 'Evenemangen i din kalender (iCalendar)',
  en: 'The events in your calendar (iCalendar)',
};
const ONE_EVENT: Texts = {
  fi: 'Tapahtuma kalenteriisi (iCalendar)',
  sv: 'Evenemanget i din kalender (iCalendar)',
  en: 'The event in your calendar (iCalendar)',
};
const FEED: Texts = {
  fi: 'Blogikirjoitukset RSS-syötteenä',
  sv: 'Blogginläggen som RSS-flöde',
  en: 'The blog posts as an RSS feed',
};
/** True while the element loads and after it failed to. */
const LOADING: Record<'partner-directory' | 'programme-list' | 'organisation-detail', Texts> = {
  'partner-directory': {
    fi: 'Kumppanihakemisto latautuu. Jos se ei tule näkyviin, lataa sivu myöhemmin uudelleen.',
    sv: 'Partnerkatalogen laddas. Om den inte visas, ladda om sidan senare.',
    en: 'The partner directory is loading. If it does not appear, reload the page later.',
  },
  'programme-list': {
    fi: 'Hankeluettelo latautuu. Jos se ei tule näkyviin, lataa sivu myöhemmin uudelleen.',
    sv: 'Projektlistan laddas. Om den inte visas, ladda om sidan senare.',
    en: 'The list of projects is loading. If it does not appear, reload the page later.',
  },
  'organisation-detail': {
    fi: 'Toimijan tiedot latautuvat. Jos ne eivät tule näkyviin, lataa sivu myöhemmin uudelleen.',
    sv: 'Aktörens uppgifter laddas. Om de inte visas, ladda om sidan senare.',
    en: "The organisation's details are loading. If they do not appear, reload the page later.",
  },
};

/** The fallback markup of `composition`, in its language; `origin` is the CMS's, which serves the calendars and feeds. */
export function fallbackOf(composition: Composition, origin: string): string {
  const { element, lang, filters } = composition;
  const link = (route: string, text: Texts, query: Record<string, string[] | undefined> = {}) => {
    const url = new URL(origin + PUBLIC_API_PREFIX + route);
    for (const [name, values] of Object.entries(query)) if (values?.length) url.searchParams.set(name, values.join(','));
    url.searchParams.set('locale', lang);
    return `<a href="${escapeAttribute(url.href)}">${escapeAttribute(text[lang])}</a>`;
  };
  const slug = composition.slug?.trim();
  switch (element) {
    case 'event-list':
      return link('/events.ics', CALENDAR, filters);
    case 'event-detail':
      return slug ? link(`/events/${encodeURIComponent(slug)}.ics`, ONE_EVENT) : link('/events.ics', CALENDAR);
    case 'blog-feed': {
      // The feed of the same posts: `syndicated="only"` is syndicated=true, `exclude` syndicated=false.
      const syndicated = { only: ['true'], exclude: ['false'] }[composition.selects?.syndicated ?? ''];
      return link('/feeds/posts.rss', FEED, { ...filters, syndicated });
    }
    case 'post-article':
      return link('/feeds/posts.rss', FEED);
    default:
      return `<p>${escapeAttribute(LOADING[element][lang])}</p>`;
  }
}
