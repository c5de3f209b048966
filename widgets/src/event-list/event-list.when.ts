/**
 * The lines about when that only some `<event-list>` cards have, in a module of their own: a recurring event's rule
 * in words and next dates, and a moved event's previous time. The element imports it when a page holds such an
 * event, so a list of plain events does not carry them (docs/performance.md).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventSummary } from '@kumppani/contract';
import { formatDateTimeShort } from '../shared/dates.js';
import type { Dictionary, UiLocale } from '../shared/i18n.js';
import { renderNextDates, seriesSentence } from '../shared/series-dates.js';

const MESSAGES: Record<UiLocale, Dictionary<'next' | 'cancelled' | 'rescheduled' | 'previousTime'>> = {
  fi: { next: 'Seuraavat kerrat', cancelled: 'peruttu', rescheduled: 'uusi aika', previousTime: 'Aiempi aika' },
  sv: { next: 'Följande tillfällen', cancelled: 'inställt', rescheduled: 'ny tid', previousTime: 'Tidigare tid' },
  en: { next: 'Next dates', cancelled: 'cancelled', rescheduled: 'new time', previousTime: 'Previously' },
};

/**
 * The lines of `event` that only some events have, in UI language `locale` (`lang`: its tag, as the card's own
 * text may be in another): a series' rule in words ("Joka tiistai klo 17–19") and, with `withNext`, the dates
 * after the one shown, a cancelled or moved one marked (a list that shows a series once still tells when it
 * meets); a rescheduled event's earlier start, so that people notice the change.
 */
export function renderWhen(event: EventSummary, locale: UiLocale, lang: string | typeof nothing, withNext: boolean): TemplateResult {
  const text = MESSAGES[locale];
  const { series, status, previousStartsAt } = event;
  return html`${series ? html`<p part="series" lang=${lang}>${seriesSentence(series, locale)}</p>` : nothing}
  ${
    withNext && series?.next.length
      ? html`<p part="series-next" class="muted" lang=${lang}>
        ${text.next}:
        ${renderNextDates(series.next, locale, text)}
      </p>`
      : nothing
  }
  ${
    status === 'rescheduled' && previousStartsAt
      ? html`<p class="muted" lang=${lang}>
        ${text.previousTime}: <time datetime=${previousStartsAt}>${formatDateTimeShort(previousStartsAt, locale)}</time>
      </p>`
      : nothing
  }`;
}
