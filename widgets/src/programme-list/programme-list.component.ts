import { html, nothing, type TemplateResult } from 'lit';
import { MAX_PAGE_SIZE, type ProgrammeSummary } from '@kumppani/contract';
import { fillItemHref, splitList } from '../shared/attributes.js';
import { KumppaniElement } from '../shared/base-element.js';
import { formatDate } from '../shared/dates.js';
import { fill, formatList, formatNumber, type UiLocale } from '../shared/i18n.js';
import { ListController } from '../shared/list-controller.js';
import { apiUrl } from '../shared/load.js';
import { programmeList } from '../shared/shapes.js';
import { descriptionStyles } from '../shared/description-styles.js';
import { baseStyles } from '../shared/styles.js';
import { StructuredData } from '../shared/structured-data-script.js';
import { renderHiddenTitle, renderShowMore, renderList } from '../shared/templates.js';
import { MESSAGES } from './programme-list.messages.js';
import { styles } from './programme-list.styles.js';

const FILTERS = ['region', 'organisation', 'status', 'topic'] as const;

/**
 * A calendar day (YYYY-MM-DD) in words of the UI locale. Read at noon UTC, which is the same day in
 * Helsinki (UTC+2/+3), and formatted in Helsinki time whatever the reader's device is set to.
 */
export function formatDay(day: string, locale: UiLocale): string {
  return formatDate(`${day}T12:00:00Z`, locale, 'medium');
}

/**
 * Each programme shows its status in words, its period (start–end, or "ongoing" when there is no end) in
 * Helsinki time, its administering organisation, partners and regions. Changing a filter attribute starts
 * again from the first programmes.
 *
 * @tag programme-list
 * @summary Programmes and projects (hanke / ohjelma) from a Kumppani CMS, with their administering
 * organisation, partners, regions, period and status, and a "show more" button.
 *
 * @event {CustomEvent<{ item: ProgrammeSummary }>} kumppani-select - A programme's link was activated.
 *   `detail.item` is the ProgrammeSummary. Cancelable: preventDefault() stops the navigation.
 * @event {CustomEvent<{ page: number }>} kumppani-page-change - "Show more" asked for the next page.
 *   `detail.page` is that page (from 2). When it arrives, focus moves to the first new programme.
 *
 * @slot header - Content above the list, e.g. a heading or an introduction.
 * @slot empty - Replaces the text shown when nothing matches.
 * @slot error - Replaces the text shown when loading fails (the retry button stays).
 *
 * @csspart results-heading - The heading above the list.
 * @csspart status - The line that announces the number of programmes.
 * @csspart list - The list of cards.
 * @csspart card - One programme.
 * @csspart title - The programme's name (a heading).
 * @csspart facts - The list of status, period, administrator, partners and regions.
 * @csspart programme-status - The status in words.
 * @csspart period - The start and end dates.
 * @csspart description - The short description.
 * @csspart website - The website link (when `item-href` is set).
 * @csspart empty - The no-results message.
 * @csspart error - The error message block.
 * @csspart stale-notice - The notice shown with earlier data when the CMS cannot be reached.
 * @csspart retry-button - The retry button of the error block and the stale notice.
 * @csspart pagination - The container of the "show more" button.
 * @csspart show-more - The "show more" button.
 *
 * @cssproperty [--kumppani-color-text=#1f2328] - Text colour.
 * @cssproperty [--kumppani-color-muted=#545b64] - Secondary text colour.
 * @cssproperty [--kumppani-color-surface=#fff] - Card background.
 * @cssproperty [--kumppani-color-border=#767676] - Borders of cards (3:1 or more).
 * @cssproperty [--kumppani-color-accent=#0b5394] - Links and buttons.
 * @cssproperty [--kumppani-color-on-accent=#fff] - Text on accent buttons.
 * @cssproperty [--kumppani-color-focus=#b3400b] - Focus outline.
 * @cssproperty [--kumppani-color-error=#8a1c1c] - Error text and border.
 * @cssproperty [--kumppani-color-error-surface=#fdecec] - Error background.
 * @cssproperty [--kumppani-color-notice=#5c3d00] - Notice text and border.
 * @cssproperty [--kumppani-color-notice-surface=#fff4d6] - Notice background.
 * @cssproperty [--kumppani-font-family=inherit] - Font; by default the font of the page.
 * @cssproperty [--kumppani-radius=0.375em] - Corner radius.
 * @cssproperty [--kumppani-spacing=1em] - Base spacing.
 */
export class ProgrammeList extends KumppaniElement {
  static override styles = [baseStyles, descriptionStyles, styles];

  static override properties = {
    region: {},
    organisation: {},
    status: {},
    topic: {},
    itemHref: { attribute: 'item-href' },
    limit: { type: Number },
    heading: {},
  };

  /** Region slugs (comma-separated); a collaborative area includes its counties. */
  region = '';

  /** Organisation slugs (comma-separated): programmes they administer, partner in or fund. */
  organisation = '';

  /** Statuses (comma-separated): `planned`, `active`, `completed`, `cancelled`. */
  status = '';

  /** Topic slugs (comma-separated). */
  topic = '';

  /**
   * URL template of a programme's page on the host site, e.g. `/hankkeet/{slug}` (also `{id}`,
   * `{locale}`). Without it the name links to the programme's public page (`url` from the CMS), else to its
   * website, else to nothing. A website the name does not link to is a link of its own.
   */
  itemHref = '';

  /** Programmes shown at first and added by each "show more" (1–100). */
  limit = 10;

  /**
   * Text of the heading above the list. Empty: "Hankkeet ja ohjelmat" / "Projekt och program" / "Programmes
   * and projects" in the UI language.
   */
  heading = '';

  /** The programmes shown (every page "show more" loaded) as an ItemList; none when an error replaces them. */
  protected readonly structuredData = new StructuredData(this, () => {
    const items = this.#list.current?.items;
    return (
      !!items?.length &&
      import('../shared/structured-data-programme.js').then((builders) =>
        builders.itemListStructuredData(items, builders.programmeStructuredData),
      )
    );
  });

  /** Pages appended by "show more"; another selection starts again from the first. */
  readonly #list = new ListController(this, {
    shape: programmeList,
    url: () => this.#requestUrl(),
    newItem: (index) => {
      const title = this.renderRoot.querySelectorAll<HTMLElement>('[part="title"]')[index];
      // The link when there is one, so Enter opens it; else the heading itself (tabindex -1).
      return title?.querySelector('a') ?? title;
    },
  });

  /** Reloads the current view (the last page requested), e.g. after an error. */
  reload(): void {
    this.#list.reload();
  }

  #requestUrl(): string {
    return apiUrl(this.api, '/programmes', {
      ...Object.fromEntries(FILTERS.map((name) => [name, splitList(this[name])])),
      locale: this.contentLocale,
      pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, this.limit || 10)),
    });
  }

  #itemLink(item: ProgrammeSummary): string | null {
    return this.itemHref ? fillItemHref(this.itemHref, item) : (item.url ?? item.website);
  }

  /** Dates in the UI language: the row takes the UI `lang`, also inside a card in another language. */
  #renderPeriod(item: ProgrammeSummary, lang: string | typeof nothing): TemplateResult | typeof nothing {
    const text = MESSAGES[this.uiLocale];
    const day = (date: string) => html`<time datetime=${date}>${formatDay(date, this.uiLocale)}</time>`;
    if (!item.startDate && !item.endDate) return nothing;
    const [before, after] = text.until.split('{end}');
    const period = item.startDate
      ? html`${day(item.startDate)} – ${item.endDate ? day(item.endDate) : text.ongoing}`
      : html`${before}${day(item.endDate!)}${after}`;
    return html`<div lang=${lang}>
      <dt>${text.period}</dt>
      <dd part="period">${period}</dd>
    </div>`;
  }

  #renderCard(item: ProgrammeSummary): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const href = this.#itemLink(item);
    const showWebsite = Boolean(item.website && href !== item.website);
    const [own, ui] = this.itemLangs(item.locale);
    const names = (refs: { name: string }[]) =>
      formatList(
        refs.map((ref) => ref.name),
        this.uiLocale,
        'unit',
      );
    // On one line with the heading's tags: white space around it would be part of the heading's text.
    const name = href ? html`<a href=${href} @click=${(event: MouseEvent) => this.select(event, item)}>${item.name}</a>` : item.name;
    return html`<li>
      <article class="card" part="card" lang=${own}>
        <h3 class="title" part="title" tabindex="-1" aria-level=${this.level(1)}>${name}</h3>
        <dl class="facts" part="facts">
          <div lang=${ui}>
            <dt>${text.status}</dt>
            <dd part="programme-status" class="status-${item.status}">${text[item.status]}</dd>
          </div>
          ${this.#renderPeriod(item, ui)}
          ${
            item.administrator
              ? html`<div>
                  <dt lang=${ui}>${text.administrator}</dt>
                  <dd>${item.administrator.name}</dd>
                </div>`
              : nothing
          }
          ${
            item.partners.length
              ? html`<div>
                  <dt lang=${ui}>${text.partners}</dt>
                  <dd>${names(item.partners)}</dd>
                </div>`
              : nothing
          }
          ${
            item.regions.length
              ? html`<div lang=${ui}>
                  <dt>${text.regions}</dt>
                  <dd>${names(item.regions)}</dd>
                </div>`
              : nothing
          }
        </dl>
        ${item.description ? html`<p class="description" part="description">${item.description}</p>` : nothing}
        ${
          showWebsite
            ? html`<p><a part="website" href=${item.website!} lang=${ui}>${text.website}${renderHiddenTitle(item.name, own)}</a></p>`
            : nothing
        }
      </article>
    </li>`;
  }

  protected override render(): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    return html`<slot name="header"></slot> ${this.#list.render(
      this.uiLocale,
      this.level(),
      this.heading ? html`<span lang=${this.hostLang}>${this.heading}</span>` : text.heading,
      ({ meta: { total }, items }) => {
        const count = formatNumber(total, this.uiLocale);
        if (total === 0) return text.noResults;
        if (items.length < total) return fill(text.shownOf, { shown: formatNumber(items.length, this.uiLocale), count });
        return total === 1 ? text.countOne : fill(text.count, { count });
      },
      ({ items }) => renderList(items, text.noResults, (item) => this.#renderCard(item)),
      ({ meta }) =>
        meta.page < meta.pageCount ? renderShowMore(text.showMore, this.#list.pending, () => this.#list.goTo(meta.page + 1)) : nothing,
      this.uiLang,
    )}`;
  }
}
