import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ATTENDANCE_MODES, eventList, type EventSummary, type ListMeta } from 'strapi-plugin-kumppani/contract';
import { KumppaniElement } from '../shared/base-element.js';
import { formatDateTimeShort, formatDayHeading, formatDeadline, formatMonthHeading, formatTimeRange, helsinkiDate } from '../shared/dates.js';
import { fill, formatNumber } from '../shared/i18n.js';
import { apiUrl, loadParsed } from '../shared/load.js';
import { COMMON_MESSAGES } from '../shared/messages.js';
import { baseStyles } from '../shared/styles.js';
import { renderError, renderStaleNotice } from '../shared/templates.js';
import { MESSAGES } from './event-list.messages.js';
import { styles } from './event-list.styles.js';

const PRESETS = ['region', 'programme', 'organiser', 'topic', 'mode'] as const;

const splitList = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);

/** Events shown so far: pages 1..n of one query (`base`, the request URL without its page). */
interface Shown {
  base: string;
  items: EventSummary[];
  meta: ListMeta;
  stale: boolean;
}

/**
 * @tag event-list
 * @summary Upcoming events from a Kumppani CMS, grouped by day or month, with times on the Helsinki clock,
 * attendance mode and status in words, registration, calendar (.ics) links and "show more".
 *
 * @event kumppani-select - An event's title link was activated (needs `item-href`). `detail.item` is the
 *   EventSummary. Cancelable: preventDefault() stops the navigation.
 * @event kumppani-filter-change - The visible mode filter changed. `detail` is `{ q: '', filters: { mode } }`.
 * @event kumppani-page-change - "Show more" was pressed. `detail.page` is the page being loaded (from 2).
 *
 * @slot header - Content above the list, e.g. a heading or an introduction.
 * @slot empty - Replaces the text shown when there are no events.
 * @slot error - Replaces the text shown when loading fails (the retry button stays).
 *
 * @csspart filters - The visible filters (a fieldset).
 * @csspart filter-group - The fieldset of one filter.
 * @csspart status - The line that announces the number of events.
 * @csspart results-heading - The heading of the list.
 * @csspart list-calendar-link - The link to the whole filtered list as an .ics calendar file.
 * @csspart group - The events of one day or month.
 * @csspart group-heading - The heading of a day or month.
 * @csspart list - The list of cards of one group.
 * @csspart card - One event; focused after "show more" when it is the first new one.
 * @csspart title - The event's title (a heading).
 * @csspart event-status - Cancelled, postponed, rescheduled or moved online, in words.
 * @csspart time - The date and time range.
 * @csspart mode - In person, online, or both, in words.
 * @csspart place - The place.
 * @csspart online-link - The link for joining online.
 * @csspart registration - The registration link and its deadline.
 * @csspart calendar-link - The event's "add to calendar" (.ics) link.
 * @csspart empty - The no-events message.
 * @csspart error - The error message block.
 * @csspart stale-notice - The notice shown with earlier data when the CMS cannot be reached.
 * @csspart retry-button - The retry button of the error block and the stale notice.
 * @csspart pagination - The container of the "show more" button.
 * @csspart show-more - The "show more" button.
 *
 * @cssproperty --kumppani-color-text - Text colour. Default #1f2328.
 * @cssproperty --kumppani-color-muted - Secondary text colour. Default #545b64.
 * @cssproperty --kumppani-color-surface - Card and control background. Default #ffffff.
 * @cssproperty --kumppani-color-border - Borders of cards and controls (3:1 or more). Default #767676.
 * @cssproperty --kumppani-color-accent - Links and buttons. Default #0b5394.
 * @cssproperty --kumppani-color-on-accent - Text on accent buttons. Default #ffffff.
 * @cssproperty --kumppani-color-focus - Focus outline. Default #b3400b.
 * @cssproperty --kumppani-color-error - Error text and border. Default #8a1c1c.
 * @cssproperty --kumppani-color-error-surface - Error background. Default #fdecec.
 * @cssproperty --kumppani-color-notice - Notice text and border; also the status of an event. Default #5c3d00.
 * @cssproperty --kumppani-color-notice-surface - Notice background. Default #fff4d6.
 * @cssproperty --kumppani-font-family - Font. Default: inherited from the page.
 * @cssproperty --kumppani-radius - Corner radius. Default 0.375em.
 * @cssproperty --kumppani-spacing - Base spacing. Default 1em.
 */
export class EventList extends KumppaniElement {
  static override styles = [baseStyles, styles];

  static override properties = {
    region: {},
    programme: {},
    organiser: {},
    topic: {},
    mode: {},
    filters: {},
    groupBy: { attribute: 'group-by' },
    limit: { type: Number },
    itemHref: { attribute: 'item-href' },
    selectedModes: { state: true },
    page: { state: true },
    shown: { state: true },
  };

  /** Preset region slugs (comma-separated). Restricts every query, including the calendar file. */
  region = '';

  /** Preset programme slugs (comma-separated). */
  programme = '';

  /** Preset organiser (organisation) slugs (comma-separated). */
  organiser = '';

  /** Preset topic slugs (comma-separated). */
  topic = '';

  /** Preset attendance modes (comma-separated: `offline`, `online`, `mixed`); the mode filter is then not shown. */
  mode = '';

  /** Visible filters: `mode` shows checkboxes for the attendance mode. Empty: no visible filters. */
  filters = '';

  /** Heading per `day` (default) or per `month`. */
  groupBy: 'day' | 'month' = 'day';

  /** Events per request (1–100); "show more" loads the next as many. */
  limit = 10;

  /**
   * URL template of an event's page on the host site, e.g. `/tapahtumat/{slug}` (also `{id}`, `{locale}`).
   * Without it the title is not a link.
   */
  itemHref = '';

  private selectedModes: string[] = [];
  /** Pages loaded so far in the current query. */
  private page = 1;
  private shown: Shown | undefined;
  private lastBase: string | undefined;
  /** Index of the first event added by "show more", focused once rendered. */
  private focusIndex = -1;

  private readonly loader = new Task(this, {
    task: async ([base, page], { signal }) => {
      const url = new URL(base);
      url.searchParams.set('page', String(page));
      return { ...(await loadParsed(url.href, eventList, signal)), base, page };
    },
    args: () => [this.lastBase!, this.page] as const,
    onComplete: ({ data, stale, base, page }) => {
      // The pages before this one stay (a page loaded again replaces itself); a first page starts afresh.
      const kept = this.shown?.base === base && page > 1 ? this.shown.items.slice(0, (page - 1) * data.meta.pageSize) : [];
      this.focusIndex = kept.length || -1;
      this.shown = { base, meta: data.meta, items: [...kept, ...data.data], stale: stale || (kept.length > 0 && this.shown!.stale) };
    },
  });

  /** Loads the last requested page again (the one that failed, after an error). */
  reload(): void {
    void this.loader.run();
  }

  /** The query of the list (the same for the JSON pages and the calendar file), without paging. */
  private query(): Record<string, string[] | string> {
    const query: Record<string, string[] | string> = { locale: this.contentLocale };
    for (const group of PRESETS) query[group] = splitList(this[group]);
    if (!this.mode) query.mode = this.selectedModes;
    return query;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const base = apiUrl(this.api, '/events', { ...this.query(), pageSize: this.limit });
    // Another query (filters, language, limit) starts again from its first page.
    if (base !== this.lastBase) this.page = 1;
    this.lastBase = base;
  }

  protected override updated(): void {
    if (this.focusIndex >= 0) {
      this.renderRoot.querySelectorAll<HTMLElement>('.card')[this.focusIndex]?.focus();
      this.focusIndex = -1;
    }
  }

  private toggleMode(value: string, checked: boolean): void {
    const values = this.selectedModes.filter((selected) => selected !== value);
    this.selectedModes = checked ? [...values, value] : values;
    this.emit('kumppani-filter-change', { q: '', filters: { mode: this.selectedModes } });
  }

  private showMore(): void {
    if (this.loader.status === TaskStatus.PENDING) return;
    this.page = this.shown!.meta.page + 1;
    this.emit('kumppani-page-change', { page: this.page });
  }

  private renderFilters(): TemplateResult | typeof nothing {
    if (!splitList(this.filters).includes('mode') || this.mode) return nothing;
    const text = MESSAGES[this.uiLocale];
    return html`<fieldset part="filters filter-group">
      <legend>${text.mode}</legend>
      ${ATTENDANCE_MODES.map(
        (mode) =>
          html`<label class="option"><input type="checkbox" name="mode" value=${mode} .checked=${this.selectedModes.includes(mode)} @change=${(event: Event) => this.toggleMode(mode, (event.target as HTMLInputElement).checked)} />${text[mode]}</label>`,
      )}
    </fieldset>`;
  }

  private renderCard(item: EventSummary): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const locale = this.uiLocale;
    // UI words inside an item whose text is in another language carry the UI language, and the other way round.
    const ui = item.locale === locale ? nothing : locale;
    const own = ui === nothing ? nothing : item.locale;
    const href = this.itemHref && this.itemHref.replace(/\{(slug|id|locale)\}/g, (_, key: 'slug' | 'id' | 'locale') => encodeURIComponent(item[key]));
    const { place, registration, status } = item;
    const live = status !== 'cancelled';
    const placeText = place && [place.name, place.streetAddress, [place.postalCode, place.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const deadline = registration?.deadline;
    const { start, end, sameDay } = formatTimeRange(item.startsAt, item.endsAt, locale, this.groupBy === 'month');
    const hidden = html`<span class="visually-hidden">: ${item.title}</span>`;
    return html`<li><article class="card" part="card" tabindex="-1" lang=${own}>
      <h4 part="title">${status === 'scheduled' ? nothing : html`<span part="event-status" lang=${ui}>${text[status]}<span class="visually-hidden">:</span></span> `}${href
        ? html`<a href=${href} @click=${(event: MouseEvent) => this.emit('kumppani-select', { item }) || event.preventDefault()}>${item.title}</a>`
        : item.title}</h4>
      <p part="time" lang=${ui}><time datetime=${item.startsAt}>${start}</time>${end ? html`${sameDay ? '–' : ' – '}<time datetime=${item.endsAt!}>${end}</time>` : nothing}</p>
      ${status === 'rescheduled' && item.previousStartsAt
        ? html`<p class="muted" lang=${ui}>${text.previousTime}: <time datetime=${item.previousStartsAt}>${formatDateTimeShort(item.previousStartsAt, locale)}</time></p>`
        : nothing}
      <p class="muted"><span part="mode" lang=${ui}>${text[item.attendanceMode]}</span>${placeText ? html`, <span part="place">${placeText}</span>` : nothing}</p>
      <p class="actions" lang=${ui}>${item.onlineUrl && live ? html`<a part="online-link" href=${item.onlineUrl}>${text.joinOnline}${hidden}</a>` : nothing}${registration && live
        ? html`<span part="registration">${registration.url ? html`<a href=${registration.url}>${text.register}${hidden}</a>` : text.register}${deadline
            ? html` ${text.deadline} <time datetime=${deadline}>${formatDeadline(deadline, locale)}</time>`
            : nothing}</span>`
        : nothing}<a part="calendar-link" href=${item.calendarUrl}>${text.addToCalendar}${hidden}</a></p>
    </article></li>`;
  }

  private groupKey(instant: string): string {
    const day = helsinkiDate(instant);
    return this.groupBy === 'month' ? day.slice(0, 7) : day;
  }

  private renderGroups(items: EventSummary[]): TemplateResult[] {
    const groups: [string, EventSummary[]][] = [];
    for (const item of items) {
      const key = this.groupKey(item.startsAt);
      if (groups.at(-1)?.[0] === key) groups.at(-1)![1].push(item);
      else groups.push([key, [item]]);
    }
    return groups.map(
      ([key, events]) => html`<div part="group">
        <h3 part="group-heading"><time datetime=${key}>${(this.groupBy === 'month' ? formatMonthHeading : formatDayHeading)(events[0]!.startsAt, this.uiLocale)}</time></h3>
        <ul class="list" part="list" role="list">${events.map((item) => this.renderCard(item))}</ul>
      </div>`,
    );
  }

  private statusText(): string {
    const text = MESSAGES[this.uiLocale];
    if (this.loader.status === TaskStatus.ERROR) return COMMON_MESSAGES[this.uiLocale].errorTitle;
    if (this.loader.status === TaskStatus.PENDING || !this.shown) return COMMON_MESSAGES[this.uiLocale].loading;
    const { total } = this.shown.meta;
    const count = this.shown.items.length;
    if (total === 0) return text.noResults;
    if (count < total) return fill(text.showingOf, { shown: formatNumber(count, this.uiLocale), total: formatNumber(total, this.uiLocale) });
    return total === 1 ? text.eventCountOne : fill(text.eventCount, { count: formatNumber(total, this.uiLocale) });
  }

  private renderResults(): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const retry = () => this.reload();
    const shown = this.shown;
    const failed = this.loader.status === TaskStatus.ERROR;
    // A failed "show more" keeps the events already shown; a failed new query shows only the error.
    if (failed && shown?.base !== this.lastBase) return renderError(this.loader.error, this.uiLocale, retry);
    if (!shown) return html`<div class="placeholder" aria-hidden="true"></div>`;
    const more = shown.meta.page < shown.meta.pageCount;
    return html`${shown.stale ? renderStaleNotice(this.uiLocale, retry) : nothing}
      ${shown.items.length
        ? html`<p part="list-calendar-link"><a href=${apiUrl(this.api, '/events.ics', this.query())}>${text.listCalendar}</a></p>
            ${this.renderGroups(shown.items)}`
        : html`<div class="empty" part="empty"><slot name="empty"><p>${text.noResults}</p></slot></div>`}
      ${failed
        ? renderError(this.loader.error, this.uiLocale, retry)
        : more
          ? html`<div class="pagination" part="pagination"><button type="button" part="show-more" @click=${this.showMore}>${text.showMore}</button></div>`
          : nothing}`;
  }

  protected override render(): TemplateResult {
    const busy = this.loader.status === TaskStatus.PENDING;
    return html`<slot name="header"></slot>
      ${this.renderFilters()}
      <section class="results" aria-labelledby="results-heading" aria-busy=${busy ? 'true' : 'false'}>
        <h2 id="results-heading" part="results-heading" tabindex="-1">${MESSAGES[this.uiLocale].results}</h2>
        <p class="status" part="status" role="status">${this.statusText()}</p>
        ${this.renderResults()}
      </section>`;
  }
}
