import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ATTENDANCE_MODES, MAX_TEXT_QUERY, type EventListMeta, type EventSummary } from '@kumppani/contract';
import { fillItemHref, splitList } from '../shared/attributes.js';
import { KumppaniElement } from '../shared/base-element.js';
import { formatDayHeading, formatDeadline, formatMonthHeading, formatTimeRange, helsinkiDate, helsinkiPeriodEnd } from '../shared/dates.js';
import { filterStyles } from '../shared/filter-styles.js';
import {
  facetValues,
  FilterDisclosure,
  focusedCheckbox,
  refocusCheckbox,
  renderFacetGroup,
  renderSearchField,
  SearchText,
} from '../shared/filters.js';
import { fill, formatNumber } from '../shared/i18n.js';
import { ListController } from '../shared/list-controller.js';
import { LazyPart } from '../shared/lazy-part.js';
import { apiUrl } from '../shared/load.js';
import { eventList } from '../shared/shapes.js';
import { baseStyles } from '../shared/styles.js';
import { StructuredData } from '../shared/structured-data-script.js';
import { renderEmpty, renderHiddenTitle, renderShowMore } from '../shared/templates.js';
import { readUrlState, writeUrlState } from '../shared/url-state.js';
import { MESSAGES } from './event-list.messages.js';
import { styles } from './event-list.styles.js';

const PRESETS = ['region', 'programme', 'organiser', 'topic', 'mode'] as const;
/** The date choices: all upcoming (''), today, this week, this month, or a range of days. */
const PERIODS = ['', 'today', 'week', 'month', 'range'] as const;
export type Period = (typeof PERIODS)[number];
/** What the reader chose, as kept in the page's URL (`url-state`) and reported by kumppani-filter-change. */
const STATE = ['q', 'topic', 'mode', 'free', 'when', 'from', 'to'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Each event shows its attendance mode in words (in person, online, both), the place or the online link,
 * the registration link with its deadline (after the deadline, that registration has closed), its status in words when it is cancelled, postponed, rescheduled
 * (with the earlier time) or moved online, and an "add to calendar" (.ics) link. Times are on the Helsinki
 * clock (`Europe/Helsinki`) in the UI language's conventions, with `<time datetime>`. An occurrence of a recurring
 * event says its rule in words ("joka tiistai klo 17–19"); with `series-once` a series is one card, at its next
 * date, listing the dates after it. The whole filtered list
 * can be added to a calendar too, and a "show more" button loads the next events. Readers can filter by text,
 * dates (today, this week, this month, a range), topic, price and attendance mode (`filters`), and the
 * choices can be kept in the page's URL (`url-state`).
 *
 * @tag event-list
 * @summary Upcoming events from a Kumppani CMS, grouped by day or month, with times on the Helsinki clock,
 * attendance mode and status in words, registration, calendar (.ics) links and "show more".
 *
 * @event {CustomEvent<{ item: EventSummary }>} kumppani-select - An event's title link was activated (a link
 *   needs `item-href` or the event's public page). `detail.item` is the EventSummary. Cancelable: preventDefault() stops the navigation.
 * @event {CustomEvent<{ q: string; filters: { topic: string[]; mode: string[]; free: string[]; when: string[]; from: string[]; to: string[] } }>} kumppani-filter-change -
 *   The reader changed a visible filter: the search text (after a pause in typing, or Enter), a topic, mode or
 *   "free only" box, the dates (`when`: today, week, month or range, with `from` and `to`). The list starts
 *   again from its first page.
 * @event {CustomEvent<{ page: number }>} kumppani-page-change - "Show more" was pressed. `detail.page` is the
 *   page being loaded (from 2). Focus moves to the first new event.
 *
 * @slot header - Content above the list, e.g. a heading or an introduction.
 * @slot empty - Replaces the text shown when there are no events.
 * @slot error - Replaces the text shown when loading fails (the retry button stays).
 *
 * @csspart filters - The form of the visible filters.
 * @csspart filter-group - The fieldset of one filter (dates, topic, mode).
 * @csspart filter-toggle - The button that shows or hides the filters when the element is narrow (under about 40em).
 * @csspart status - The line that announces the number of events.
 * @csspart results-heading - The heading of the list.
 * @csspart list-calendar-link - The link to the whole filtered list as an .ics calendar file.
 * @csspart subscribe - With `subscribe`: the paragraph of the subscription links.
 * @csspart subscribe-link - With `subscribe`: a link that subscribes to the filtered list in a calendar app,
 *   Google Calendar or Outlook.com.
 * @csspart series - A recurring event's rule in words, e.g. "Joka tiistai klo 17–19".
 * @csspart series-next - With `series-once`: the next dates of a recurring event (a cancelled one marked).
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
 * @cssproperty [--kumppani-color-text=#1f2328] - Text colour.
 * @cssproperty [--kumppani-color-muted=#545b64] - Secondary text colour.
 * @cssproperty [--kumppani-color-surface=#fff] - Card and control background.
 * @cssproperty [--kumppani-color-border=#767676] - Borders of cards and controls (3:1 or more).
 * @cssproperty [--kumppani-color-accent=#0b5394] - Links and buttons.
 * @cssproperty [--kumppani-color-on-accent=#fff] - Text on accent buttons.
 * @cssproperty [--kumppani-color-focus=#b3400b] - Focus outline.
 * @cssproperty [--kumppani-color-error=#8a1c1c] - Error text and border.
 * @cssproperty [--kumppani-color-error-surface=#fdecec] - Error background.
 * @cssproperty [--kumppani-color-notice=#5c3d00] - Notice text and border; also the status of an event.
 * @cssproperty [--kumppani-color-notice-surface=#fff4d6] - Notice background; also of the status of an event.
 * @cssproperty [--kumppani-font-family=inherit] - Font; by default the font of the page.
 * @cssproperty [--kumppani-radius=0.375em] - Corner radius.
 * @cssproperty [--kumppani-spacing=1em] - Base spacing.
 */
export class EventList extends KumppaniElement {
  static override styles = [baseStyles, filterStyles, styles];

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
    urlState: { attribute: 'url-state' },
    subscribe: { type: Boolean },
    seriesOnce: { type: Boolean, attribute: 'series-once' },
    searchQuery: { state: true },
    topics: { state: true },
    selectedModes: { state: true },
    free: { state: true },
    when: { state: true },
    from: { state: true },
    to: { state: true },
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

  /**
   * Visible filters, separated by spaces or commas: `text` (a search field), `dates` (today, this week, this
   * month or a range of days), `topic` (checkboxes with counts, unless `topic` is preset), `free` (free events
   * only) and `mode` (attendance mode, unless `mode` is preset). Empty: no visible filters. The dates fieldset
   * (like the `subscribe` links) is a module of its own, fetched beside the first page.
   */
  filters = '';

  /** A heading per `day` (default) or per `month`. Under a month heading each event shows its day. */
  groupBy: 'day' | 'month' = 'day';

  /** Events per request (1–100); "show more" loads the next as many. */
  limit = 10;

  /**
   * URL template of an event's page on the host site, e.g. `/tapahtumat/{slug}` (also `{id}`, `{locale}`).
   * Without it the title links to the event's public page (`url` from the CMS), else it is not a link.
   */
  itemHref = '';

  /**
   * When present, the visible filters' choices are kept in the page's query string so a view can be linked.
   * Its value prefixes the parameter names (`url-state="ev"` gives `ev-q`, `ev-topic`, `ev-when`, ...).
   */
  urlState: string | null = null;

  /**
   * When present, the list offers to subscribe to its events as they are filtered (the presets and the
   * reader's choices): a `webcal:` link that opens the reader's calendar app, and links that add the same
   * calendar to Google Calendar and Outlook.com. A subscribed calendar follows changes to the events.
   */
  subscribe = false;

  /**
   * When present, a recurring event is one card at its next date (in the chosen dates) that lists the dates
   * after it; else each of its dates is a card. Either way the card says the rule in words.
   */
  seriesOnce = false;

  private searchQuery = '';
  private topics: string[] = [];
  private selectedModes: string[] = [];
  private free = false;
  private when: Period = '';
  /** The days of a range (YYYY-MM-DD); either may be empty. */
  private from = '';
  private to = '';
  /** When the current date choice was made: a period starts then (ended events are not shown). */
  #since = '';
  #focusedFilter: [string, string] | undefined;
  /** With `subscribe`, and with the dates filter: parts in modules of their own, fetched beside the first page. */
  readonly #subscription = new LazyPart(this, () => import('./event-list.subscribe.js'));
  readonly #dateFilter = new LazyPart(this, () => import('./event-list.dates.js'));
  /** A series' rule and next dates, a moved event's previous time: fetched with the first page that has one. */
  readonly #whenLines = new LazyPart(this, () => import('./event-list.when.js'));
  /** Topic names seen so far, so a ticked topic keeps its name when new counts leave it out. */
  readonly #topicLabels = new Map<string, string>();
  readonly #search = new SearchText(this, (text) => text !== this.searchQuery && this.#change({ searchQuery: text }));
  readonly #filterDisclosure = new FilterDisclosure(this);

  /** The events shown (every page "show more" loaded) as an ItemList; none when an error replaces them. */
  protected readonly structuredData = new StructuredData(this, () => {
    const items = this.#list.current?.items;
    return (
      !!items?.length &&
      import('../shared/structured-data-event.js').then((builders) => builders.itemListStructuredData(items, builders.eventStructuredData))
    );
  });

  /** Pages 1..n of one query, appended by "show more"; another query starts again from its first page. */
  readonly #list = new ListController(this, {
    shape: eventList,
    // Counts for the topic filter come with the list.
    url: () =>
      apiUrl(this.api, '/events', { ...this.#query(), pageSize: this.limit, facets: this.#visible().includes('topic') || undefined }),
    // The first new event (tabindex -1), from where a screen reader continues reading.
    newItem: (index) => this.renderRoot.querySelectorAll<HTMLElement>('.card')[index],
    onLoad: ({ meta }) => {
      for (const facet of meta.facets?.topic ?? []) this.#topicLabels.set(facet.value, facet.label);
    },
  });

  /** The events shown, kept while the next page or query loads. */
  private get shown() {
    return this.#list.shown;
  }

  /** Loads the last requested page again (the one that failed, after an error). */
  reload(): void {
    this.#list.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState === null) return;
    const saved = readUrlState(this.urlState, STATE);
    const shown = this.#visible();
    // Only what the reader can see and change; a longer search is refused by the API (400): keep what fits.
    if (shown.includes('text')) this.searchQuery = (saved.q ?? '').slice(0, MAX_TEXT_QUERY);
    if (shown.includes('topic')) this.topics = splitList(saved.topic);
    if (shown.includes('mode'))
      this.selectedModes = splitList(saved.mode).filter((mode) => (ATTENDANCE_MODES as readonly string[]).includes(mode));
    if (shown.includes('free')) this.free = saved.free === 'true';
    if (shown.includes('dates') && PERIODS.includes(saved.when as Period)) {
      this.when = saved.when as Period;
      [this.from, this.to] = [saved.from, saved.to].map((day) => (DAY.test(day ?? '') ? day! : ''));
    }
  }

  /** The visible filters: those `filters` names, but topic and mode when they are preset. */
  #visible(): string[] {
    return splitList(this.filters).filter((name) => !(name === 'topic' || name === 'mode') || !this[name]);
  }

  /** The reader's choices, as kept in the URL (empty values are left out there). */
  #state(): Record<(typeof STATE)[number], string> {
    return {
      q: this.searchQuery,
      topic: this.topics.join(),
      mode: this.selectedModes.join(),
      free: this.free ? 'true' : '',
      when: this.when,
      from: this.when === 'range' ? this.from : '',
      to: this.when === 'range' ? this.to : '',
    };
  }

  /**
   * `start` and `end` of the chosen dates. A period runs from the moment it was chosen (to the minute) to the
   * end of its last Helsinki day; a range from its first day (or that moment) to the end of its last.
   */
  #dates(): { start?: string; end?: string } {
    const { when, from, to } = this;
    if (!when) return {};
    const since = (this.#since ||= new Date(Math.floor(Date.now() / 6e4) * 6e4).toISOString());
    if (when !== 'range') return { start: since, end: helsinkiPeriodEnd(when, since) };
    const [first, last] = from && to && from > to ? [to, from] : [from, to];
    return { start: first || (last && since), end: last };
  }

  /** The query of the list (the same for the JSON pages and the calendar file), without paging. */
  #query(): Record<string, string[] | string> {
    const query: Record<string, string[] | string> = { locale: this.contentLocale, q: this.searchQuery, ...this.#dates() };
    for (const group of PRESETS) query[group] = splitList(this[group]);
    if (!this.topic) query.topic = this.topics;
    if (!this.mode) query.mode = this.selectedModes;
    if (this.free) query.free = 'true';
    if (this.seriesOnce) query.expand = 'false';
    return query;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#focusedFilter = focusedCheckbox(this.renderRoot);
  }

  protected override updated(): void {
    refocusCheckbox(this.renderRoot, this.#focusedFilter);
    if (this.urlState !== null) writeUrlState(this.urlState, this.#state());
  }

  /** Applies a reader's choice and reports all of them. */
  #change(
    choice: Partial<{
      searchQuery: string;
      topics: string[];
      selectedModes: string[];
      free: boolean;
      when: Period;
      from: string;
      to: string;
    }>,
  ): void {
    Object.assign(this, choice);
    if ('when' in choice) this.#since = '';
    const { q, ...filters } = this.#state();
    this.emit('kumppani-filter-change', {
      q,
      filters: Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, splitList(value)])),
    });
  }

  #toggle(group: 'topics' | 'selectedModes', value: string, checked: boolean): void {
    const values = this[group].filter((selected) => selected !== value);
    this.#change({ [group]: checked ? [...values, value] : values });
  }

  /** The visible filters, behind a disclosure when narrow. */
  #renderFilters(): TemplateResult | typeof nothing {
    const shown = this.#visible();
    if (!shown.length) return nothing;
    const text = MESSAGES[this.uiLocale];
    const locale = this.uiLocale;
    const topics = facetValues(this.shown?.meta.facets?.topic ?? [], this.topics, (value) => this.#topicLabels.get(value) ?? value, locale);
    const active = this.topics.length + this.selectedModes.length + Number(this.free) + Number(!!this.when) + Number(!!this.searchQuery);
    return html`${this.#filterDisclosure.render(
      text.filters,
      active,
      this.#list.failed ? '' : this.#list.status(locale, (shown) => this.#counted(shown)),
      locale,
    )}
      <form id="filters" part="filters" role="search" aria-label=${text.filters} lang=${this.uiLang} @submit=${this.#search.submit}>
      ${shown.includes('text') ? renderSearchField(text.searchLabel, text.searchButton, this.searchQuery, this.#search) : nothing}
      ${shown.includes('dates') ? this.#dateFilter.get()?.renderDates({ when: this.when, from: this.from, to: this.to }, this.uiLocale, (choice) => this.#change(choice)) : nothing}
      ${
        shown.includes('topic') && topics.length
          ? renderFacetGroup('topic', text.topic, topics, this.topics, (value, checked) => this.#toggle('topics', value, checked), locale)
          : nothing
      }
      ${
        shown.includes('mode')
          ? renderFacetGroup(
              'mode',
              text.mode,
              ATTENDANCE_MODES.map((mode) => ({ value: mode, label: text[mode] })),
              this.selectedModes,
              (value, checked) => this.#toggle('selectedModes', value, checked),
              locale,
            )
          : nothing
      }
      ${
        shown.includes('free')
          ? html`<label class="option"
              ><input type="checkbox" name="free" .checked=${this.free} @change=${(event: Event) => this.#change({ free: (event.target as HTMLInputElement).checked })} />${text.freeOnly}</label
            >`
          : nothing
      }
    </form>`;
  }

  #renderCard(item: EventSummary): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const locale = this.uiLocale;
    // UI words inside an item whose text is in another language carry the UI language, and the item's own
    // text inside those (the title in hidden link text) carries the item's.
    const [own, ui] = this.itemLangs(item.locale);
    const href = this.itemHref ? fillItemHref(this.itemHref, item) : item.url;
    const { place, registration, status } = item;
    const live = status !== 'cancelled';
    const placeText =
      place && [place.name, place.streetAddress, [place.postalCode, place.locality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const deadline = registration?.deadline;
    const { start, end, sameDay } = formatTimeRange(item.startsAt, item.endsAt, locale, this.groupBy === 'month');
    const hidden = renderHiddenTitle(item.title, own);
    return html`<li>
      <article class="card" part="card" tabindex="-1" lang=${own}>
        <h4 class="title" part="title" aria-level=${this.level(2)}>
          ${status === 'scheduled' ? nothing : html`<span part="event-status" lang=${ui}>${text[status]}<span class="visually-hidden">:</span></span> `}${
            href ? html`<a href=${href} @click=${(event: MouseEvent) => this.select(event, item)}>${item.title}</a>` : item.title
          }
        </h4>
        <p part="time" lang=${ui}>
          <time datetime=${item.startsAt}>${start}</time
          >${end ? html`${sameDay ? '–' : ' – '}<time datetime=${item.endsAt!}>${end}</time>` : nothing}
        </p>
        ${item.series || item.previousStartsAt ? this.#whenLines.get()?.renderWhen(item, locale, ui, this.seriesOnce) : nothing}
        <p class="muted">
          <span part="mode" lang=${ui}>${text[item.attendanceMode]}</span
          >${placeText ? html`, <span part="place">${placeText}</span>` : nothing}
        </p>
        <p class="actions" lang=${ui}>
          ${item.onlineUrl && live ? html`<a part="online-link" href=${item.onlineUrl}>${text.joinOnline}${hidden}</a>` : nothing}${
            registration && live
              ? html`<span part="registration"
                  >${
                    deadline && Date.parse(deadline) < Date.now()
                      ? text.registrationClosed
                      : html`${registration.url ? html`<a href=${registration.url}>${text.register}${hidden}</a>` : text.register}${
                          deadline ? html` ${text.deadline} <time datetime=${deadline}>${formatDeadline(deadline, locale)}</time>` : nothing
                        }`
                  }</span
                >`
              : nothing
          }<a part="calendar-link" href=${item.calendarUrl}>${text.addToCalendar}${hidden}</a>
        </p>
      </article>
    </li>`;
  }

  #groupKey(instant: string): string {
    const day = helsinkiDate(instant);
    return this.groupBy === 'month' ? day.slice(0, 7) : day;
  }

  #renderGroups(items: EventSummary[]): TemplateResult[] {
    // Long as a whole, though each day is short (see baseStyles).
    const listClass = items.length > 50 ? 'list long' : 'list';
    const groups: [string, EventSummary[]][] = [];
    for (const item of items) {
      const key = this.#groupKey(item.startsAt);
      if (groups.at(-1)?.[0] === key) groups.at(-1)![1].push(item);
      else groups.push([key, [item]]);
    }
    return groups.map(
      ([key, events]) =>
        html`<div part="group">
          <h3 part="group-heading" aria-level=${this.level(1)}>
            <time datetime=${key}
              >${(this.groupBy === 'month' ? formatMonthHeading : formatDayHeading)(events[0]!.startsAt, this.uiLocale)}</time
            >
          </h3>
          <ul class=${listClass} part="list" role="list">
            ${events.map((item) => this.#renderCard(item))}
          </ul>
        </div>`,
    );
  }

  #counted({ meta: { total }, items }: { meta: EventListMeta; items: EventSummary[] }): string {
    const text = MESSAGES[this.uiLocale];
    const count = items.length;
    if (total === 0) return text.noResults;
    if (count < total)
      return fill(text.showingOf, { shown: formatNumber(count, this.uiLocale), total: formatNumber(total, this.uiLocale) });
    return total === 1 ? text.eventCountOne : fill(text.eventCount, { count: formatNumber(total, this.uiLocale) });
  }

  /**
   * Subscriptions to the .ics of the filtered list, without the chosen dates: a subscription outlives the
   * moment, and "this week" written as dates would stay on this week; the calendar follows the upcoming events
   * instead. Shown once their module has loaded.
   */
  #renderSubscribe(): unknown {
    const { start: _start, end: _end, ...lasting } = this.#query();
    return this.#subscription
      .get()
      ?.renderSubscribe(apiUrl(this.api, '/events.ics', lasting), MESSAGES[this.uiLocale].results, this.uiLocale);
  }

  protected override render(): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    // Asked for beside the first page, so the links are there when the list is.
    if (this.subscribe) this.#subscription.get();
    const calendar = apiUrl(this.api, '/events.ics', this.#query());
    return html`<slot name="header"></slot>
      <div class="layout" lang=${this.uiLang}>
        ${this.#renderFilters()}
        ${this.#list.render(
          this.uiLocale,
          this.level(),
          text.results,
          (shown) => this.#counted(shown),
          ({ items }) =>
            html`${items.length ? html`<p part="list-calendar-link"><a href=${calendar}>${text.listCalendar}</a></p>` : nothing}
          ${this.subscribe ? this.#renderSubscribe() : nothing}
          ${items.length ? this.#renderGroups(items) : renderEmpty(text.noResults)}`,
          ({ meta }) =>
            meta.page < meta.pageCount ? renderShowMore(text.showMore, this.#list.pending, () => this.#list.goTo(meta.page + 1)) : nothing,
          this.uiLang,
        )}
      </div>`;
  }
}
