/**
 * A series in words and its next dates, as `<event-list>` (in its chunk event-list.when.ts) and `<event-detail>`
 * show them: the rule as a sentence ("Joka tiistai klo 17–19"), and the dates, a cancelled or moved one marked
 * in the element's own words.
 */
import { html, type TemplateResult } from 'lit';
import type { EventSeries } from '@kumppani/contract';
import { formatDateTimeShort } from './dates.js';
import type { UiLocale } from './i18n.js';
import { describeRule } from './recurrence-text.js';

/** The rule in words, capitalised as a sentence. */
export function seriesSentence(series: EventSeries, locale: UiLocale): string {
  const rule = describeRule(series.recurrence, series.firstStartsAt, series.firstEndsAt, locale);
  return rule.charAt(0).toUpperCase() + rule.slice(1);
}

/** The next dates, separated by commas, each a `<time>`; `marks` says a cancelled or moved one. */
export const renderNextDates = (
  next: EventSeries['next'],
  locale: UiLocale,
  marks: { cancelled: string; rescheduled: string },
): TemplateResult[] =>
  next.map(
    ({ startsAt, status }, index) =>
      html`${index ? ', ' : ''}<time datetime=${startsAt}>${formatDateTimeShort(startsAt, locale)}</time>${
        status === 'cancelled' || status === 'rescheduled' ? ` (${marks[status]})` : ''
      }`,
  );
