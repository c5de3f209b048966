import { html, nothing, type TemplateResult } from 'lit';
import type { EventDetail as EventData } from '@kumppani/contract';
import { formatDateTimeShort, formatDayHeading, formatDeadline, formatTimeRange } from '../shared/dates.js';
import { DetailElement, formatAddress, renderFacts, renderNames, renderRefs } from '../shared/detail-element.js';
import { detailStyles } from '../shared/detail-styles.js';
import { StructuredData } from '../shared/structured-data-script.js';
import { cachedIntl, INTL_LOCALE, formatList, type UiLocale } from '../shared/i18n.js';
import { eventResponse } from '../shared/shapes.js';
import { baseStyles } from '../shared/styles.js';
import { renderNextDates, seriesSentence } from '../shared/series-dates.js';
import { MESSAGES } from './event-detail.messages.js';
import { styles } from './event-detail.styles.js';

/** Language codes ("fi", "sv") as names in the UI language ("suomi, ruotsi"); an unknown code stays as it is. */
function languageNames(codes: string[], locale: UiLocale): string {
  const names = cachedIntl(`languages ${locale}`, () => new Intl.DisplayNames(INTL_LOCALE[locale], { type: 'language', fallback: 'code' }));
  return formatList(
    codes.map((code) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    }),
    locale,
  );
}

/**
 * The title (a heading), status, time on the Helsinki clock, attendance mode, place or online link,
 * registration and its deadline, organisers, programme, regions, topics, audience, languages, price and an
 * "add to calendar" (.ics) link of one event. A recurring event is shown at its next date, with its rule in words
 * and the dates after it; its calendar link adds the whole series. A cancelled, postponed, rescheduled (with the earlier time) or
 * moved-online event says so in words under its title; a cancelled one offers no registration or online
 * link. The event comes from `slug`, or from the page's address (`slug-param`); with neither, or for an
 * unknown slug, a message says it was not found.
 *
 * States: while loading, space is reserved and the status line says so; on an error, a message and a retry
 * button; when the CMS cannot be reached, the event this tab loaded before, with a notice; when there is no
 * such event, an announced "not found" message (and the `not-found` slot).
 *
 * @tag event-detail
 * @summary One event from a Kumppani CMS, with its time on the Helsinki clock, place or online link,
 * registration, status in words and an "add to calendar" link: for the host site's event page.
 *
 * @slot not-found - Shown below the "not found" message, e.g. a link back to the event list.
 * @slot error - Replaces the text shown when loading fails (the retry button stays).
 *
 * @csspart status - The status line: loading, not found, or (read by screen readers only) the event's title.
 * @csspart not-found - The status line when there is no such event.
 * @csspart article - The event.
 * @csspart title - The event's title (a heading).
 * @csspart event-status - Cancelled, postponed, rescheduled (with the earlier time) or moved online, in words.
 * @csspart time - The date and time range (of a recurring event, its next date).
 * @csspart series - A recurring event's rule in words, e.g. "Joka tiistai klo 17–19".
 * @csspart series-next - A recurring event's next dates after the one shown, a cancelled or moved one marked.
 * @csspart description - The description.
 * @csspart facts - The list of time, place, registration, organisers and the rest.
 * @csspart online-link - The link for joining online.
 * @csspart registration - The registration link and its deadline.
 * @csspart refs - The list of linked organisers or the programme.
 * @csspart calendar-link - The "add to calendar" (.ics) link.
 * @csspart error - The error message block.
 * @csspart stale-notice - The notice shown with earlier data when the CMS cannot be reached.
 * @csspart retry-button - The retry button of the error block and the stale notice.
 *
 * @cssproperty [--kumppani-color-text=#1f2328] - Text colour.
 * @cssproperty [--kumppani-color-muted=#545b64] - Secondary text colour.
 * @cssproperty [--kumppani-color-border=#767676] - Border of the not-found message.
 * @cssproperty [--kumppani-color-accent=#0b5394] - Links and buttons.
 * @cssproperty [--kumppani-color-on-accent=#fff] - Text on accent buttons.
 * @cssproperty [--kumppani-color-focus=#b3400b] - Focus outline.
 * @cssproperty [--kumppani-color-error=#8a1c1c] - Error text and border.
 * @cssproperty [--kumppani-color-error-surface=#fdecec] - Error background.
 * @cssproperty [--kumppani-color-notice=#5c3d00] - Notice text and border; also the status of the event.
 * @cssproperty [--kumppani-color-notice-surface=#fff4d6] - Notice background; also of the status of the event.
 * @cssproperty [--kumppani-font-family=inherit] - Font; by default the font of the page.
 * @cssproperty [--kumppani-radius=0.375em] - Corner radius.
 * @cssproperty [--kumppani-spacing=1em] - Base spacing.
 */
export class EventDetail extends DetailElement<EventData> {
  static override styles = [baseStyles, detailStyles, styles];

  protected readonly route = '/events';
  protected readonly shape = eventResponse;

  /** schema.org JSON-LD of the item on screen, in the light DOM for search engines (shared/structured-data-script.ts). */
  protected readonly structuredData = new StructuredData(this, () => {
    const { item } = this;
    return item && import('../shared/structured-data-event.js').then((builders) => builders.eventStructuredData(item));
  });

  protected notFoundText(): string {
    return MESSAGES[this.uiLocale].notFound;
  }

  protected titleOf(item: EventData): string {
    return item.title;
  }

  /** "Keskiviikko 1. kesäkuuta 2022, 17.30–19.00"; an event over several days gives both days and times. */
  #renderTime(item: EventData): TemplateResult {
    const locale = this.uiLocale;
    const { start, end, sameDay } = formatTimeRange(item.startsAt, item.endsAt, locale, false);
    const day = sameDay ? `${formatDayHeading(item.startsAt, locale)}, ` : '';
    return html`<span part="time"
      ><time datetime=${item.startsAt}>${day}${start}</time
      >${end ? html`${sameDay ? '–' : ' – '}<time datetime=${item.endsAt!}>${end}</time>` : nothing}</span
    >`;
  }

  /** A series' rule in words ("Joka tiistai klo 17–19") and its next dates, a cancelled or moved one marked. */
  #renderSeries(series: NonNullable<EventData['series']>): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const locale = this.uiLocale;
    return html`<span part="series">${seriesSentence(series, locale)}</span>${
      series.next.length
        ? html`<br /><span part="series-next"
              >${text.nextDates}:
              ${renderNextDates(series.next, locale, { cancelled: text.dateCancelled, rescheduled: text.dateMoved })}</span
            >`
        : nothing
    }`;
  }

  #renderRegistration(registration: NonNullable<EventData['registration']>): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const deadline = registration.deadline;
    return html`<span part="registration"
      >${
        deadline && Date.parse(deadline) < Date.now()
          ? text.registrationClosed
          : html`${registration.url ? html`<a href=${registration.url}>${text.register}</a>` : text.register}${
              deadline ? html` ${text.deadline} <time datetime=${deadline}>${formatDeadline(deadline, this.uiLocale)}</time>` : nothing
            }`
      }</span
    >`;
  }

  protected renderItem(item: EventData): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const locale = this.uiLocale;
    const [own, ui] = this.itemLangs(item.locale);
    const { status, place, registration } = item;
    // A cancelled event takes no registrations and has nothing to join.
    const live = status !== 'cancelled';
    const previous = status === 'rescheduled' ? item.previousStartsAt : null;
    return html`<article part="article" lang=${own}>
      <h2 part="title" aria-level=${this.level()}>${item.title}</h2>
      ${
        status === 'scheduled'
          ? nothing
          : html`<p class="event-status" part="event-status" lang=${ui}>
              ${text[status]}${
                previous
                  ? html` <span>${text.previousTime}: <time datetime=${previous}>${formatDateTimeShort(previous, locale)}</time></span>`
                  : nothing
              }
            </p>`
      }
      ${item.description ? html`<p class="description" part="description">${item.description}</p>` : nothing}
      ${renderFacts(
        [
          [text.time, html`<span lang=${ui}>${this.#renderTime(item)}</span>`],
          [text.repeats, item.series && html`<span lang=${ui}>${this.#renderSeries(item.series)}</span>`],
          [text.mode, html`<span lang=${ui}>${text[item.attendanceMode]}</span>`],
          [text.place, place && [place.name, formatAddress(place)].filter(Boolean).join(', ')],
          [text.online, item.onlineUrl && live && html`<a part="online-link" href=${item.onlineUrl} lang=${ui}>${text.joinOnline}</a>`],
          [text.registration, registration && live && html`<span lang=${ui}>${this.#renderRegistration(registration)}</span>`],
          [text.organisers, renderRefs(item.organisers, item.locale)],
          [text.programme, item.programme && renderRefs([item.programme], item.locale)],
          [text.regions, renderNames(item.regions, ui)],
          [text.topics, renderNames(item.topics, ui)],
          [text.audience, item.audience],
          [text.languages, item.languages.length && html`<span lang=${ui}>${languageNames(item.languages, locale)}</span>`],
          [
            text.price,
            item.isFree ? html`<span lang=${ui}>${text.free}</span>` : (item.price ?? html`<span lang=${ui}>${text.paid}</span>`),
          ],
        ],
        ui,
      )}
      <p class="actions" lang=${ui}><a part="calendar-link" href=${item.calendarUrl}>${text.addToCalendar}</a></p>
    </article>`;
  }
}
