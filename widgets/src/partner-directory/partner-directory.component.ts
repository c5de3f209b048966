import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { MAX_TEXT_QUERY, type OrganisationSummary, type organisationList as organisationListSchema } from '@kumppani/contract';
import { KumppaniElement } from '../shared/base-element.js';
import { fillItemHref, splitList } from '../shared/attributes.js';
import { fill, formatNumber } from '../shared/i18n.js';
import { ListController } from '../shared/list-controller.js';
import { apiUrl } from '../shared/load.js';
import { organisationList } from '../shared/shapes.js';
import { descriptionStyles } from '../shared/description-styles.js';
import { filterStyles } from '../shared/filter-styles.js';
import {
  facetValues,
  FilterDisclosure,
  focusedCheckbox,
  refocusCheckbox,
  renderFacetGroup,
  renderFacetOptions,
  renderSearchField,
  SearchText,
} from '../shared/filters.js';
import { baseStyles } from '../shared/styles.js';
import { StructuredData } from '../shared/structured-data-script.js';
import { pagedStatus, renderHiddenTitle, renderPagination, renderList } from '../shared/templates.js';
import { readUrlState, writeUrlState } from '../shared/url-state.js';
import { servedRegions } from '../shared/regions.js';
import { MESSAGES } from './partner-directory.messages.js';
import { styles } from './partner-directory.styles.js';

type OrganisationList = (typeof organisationListSchema)['_zod']['output'];

const FILTER_GROUPS = ['region', 'topic', 'kind'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

export { SEARCH_DEBOUNCE_MS } from '../shared/filters.js';

/**
 * Organisations (associations, foundations, municipalities, wellbeing services counties, …) with a
 * labelled search field, filters for region, topic and kind with counts, cards, paging, and a status line
 * that announces the number of results. Search, filters and page can be kept in the page's query string
 * (`url-state`) so that a view can be linked.
 *
 * @tag partner-directory
 * @summary A searchable, filterable directory of organisations (NGOs, municipalities, wellbeing services
 * counties) from a Kumppani CMS.
 *
 * @event {CustomEvent<{ item: OrganisationSummary }>} kumppani-select - An organisation's link was activated.
 *   `detail.item` is the OrganisationSummary. Cancelable: preventDefault() stops the navigation, e.g. to open it
 *   in a single-page app.
 * @event {CustomEvent<{ q: string; filters: { region: string[]; topic: string[]; kind: string[] } }>} kumppani-filter-change -
 *   The search text (after a 300 ms pause in typing, or Enter) or a filter changed.
 * @event {CustomEvent<{ page: number }>} kumppani-page-change - The user moved to another page. `detail.page` is
 *   the new page (from 1). Focus moves to the results heading.
 *
 * @slot header - Content above the search form, e.g. a heading or an introduction.
 * @slot empty - Replaces the text shown when nothing matches.
 * @slot error - Replaces the text shown when loading fails (the retry button stays).
 *
 * @csspart search - The search form.
 * @csspart filters - The container of the filter groups.
 * @csspart filter-group - One fieldset of filters.
 * @csspart filter-toggle - The button that shows or hides the filters when the element is narrow (under about 40em).
 * @csspart status - The line that announces the number of results.
 * @csspart results-heading - The heading of the results, focused after paging.
 * @csspart list - The list of cards.
 * @csspart card - One organisation.
 * @csspart title - The organisation's name (a heading).
 * @csspart logo - The organisation's logo.
 * @csspart kind - The type of organisation.
 * @csspart description - The short description.
 * @csspart website - The website link.
 * @csspart empty - The no-results message.
 * @csspart error - The error message block.
 * @csspart stale-notice - The notice shown with earlier data when the CMS cannot be reached.
 * @csspart retry-button - The retry button of the error block and the stale notice.
 * @csspart pagination - The pagination navigation.
 * @csspart page-button - The previous and next buttons.
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
 * @cssproperty [--kumppani-color-notice=#5c3d00] - Notice text and border.
 * @cssproperty [--kumppani-color-notice-surface=#fff4d6] - Notice background.
 * @cssproperty [--kumppani-font-family=inherit] - Font; by default the font of the page.
 * @cssproperty [--kumppani-radius=0.375em] - Corner radius.
 * @cssproperty [--kumppani-spacing=1em] - Base spacing.
 */
export class PartnerDirectory extends KumppaniElement {
  static override styles = [baseStyles, descriptionStyles, filterStyles, styles];

  static override properties = {
    region: {},
    topic: {},
    kind: {},
    itemHref: { attribute: 'item-href' },
    urlState: { attribute: 'url-state' },
    pageSize: { type: Number, attribute: 'page-size' },
    searchQuery: { state: true },
    selected: { state: true },
  };

  /** Preset region slugs (comma-separated). Restricts every query; the region filters are then not shown. */
  region = '';

  /** Preset topic slugs (comma-separated). Restricts every query; the topic filters are then not shown. */
  topic = '';

  /**
   * Preset organisation kinds (comma-separated): `association`, `foundation`, `municipality`,
   * `wellbeing_services_county`, `state_agency`, `parish`, `company`, `other`. Restricts every query; the kind
   * filters are then not shown.
   */
  kind = '';

  /**
   * URL template of an organisation's page on the host site, e.g. `/jarjestot/{slug}` (also `{id}`,
   * `{locale}`). Without it the name links to the organisation's public page (`url` from the CMS), else to
   * its website, else to nothing. A website the name does not link to is a link of its own.
   */
  itemHref = '';

  /**
   * When present, the search, filters and page are kept in the page's query string so a view can be
   * linked. Its value prefixes the parameter names (`url-state="pd"` gives `pd-q`, `pd-region`, ...).
   */
  urlState: string | null = null;

  /** Organisations per page (1–100). */
  pageSize = 12;

  /** The search text in effect (the input's value applies after a pause in typing). */
  private searchQuery = '';
  private selected: Record<FilterGroup, string[]> = { region: [], topic: [], kind: [] };

  /** The checkbox focused before an update, as `name` and `value`, to give focus back to the same filter. */
  #focusedFilter: [string, string] | undefined;
  /**
   * Facet labels seen so far, in the UI language: a ticked value keeps its label when new counts leave it
   * out, and cards take the name of their kind from here (the API is the one source of those names).
   */
  readonly #facetLabels = new Map<string, string>();
  /** The kinds of the regions counted so far, so that a ticked region keeps its group when new counts leave it out. */
  readonly #regionKinds = new Map<string, string>();
  readonly #filterDisclosure = new FilterDisclosure(this);
  readonly #search = new SearchText(this, (text) => {
    if (text === this.searchQuery) return;
    this.searchQuery = text;
    this.#filterChanged();
  });

  /** The page shown as an ItemList; positions count from the first organisation of the first page. */
  protected readonly structuredData = new StructuredData(this, () => {
    const shown = this.#list.current;
    return (
      !!shown?.items.length &&
      import('../shared/structured-data-organisation.js').then((builders) =>
        builders.itemListStructuredData(shown.items, builders.organisationStructuredData, (shown.meta.page - 1) * shown.meta.pageSize + 1),
      )
    );
  });

  /** Pages that replace each other; another search or filter starts again from the first. */
  readonly #list = new ListController(this, {
    shape: organisationList,
    url: () => this.#requestUrl(),
    onLoad: (data: OrganisationList) => {
      for (const group of FILTER_GROUPS)
        for (const facet of data.meta.facets?.[group] ?? []) this.#facetLabels.set(`${group}:${facet.value}`, facet.label);
    },
  });

  /** The response shown, kept while the next one loads so the layout and the filters stay put. */
  private get shown() {
    return this.#list.shown;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlState !== null) this.#restoreUrlState();
  }

  /** Reloads the current view, e.g. after an error. */
  reload(): void {
    this.#list.reload();
  }

  #presets(group: FilterGroup): string[] {
    return splitList(this[group]);
  }

  #requestUrl(): string {
    const filters = Object.fromEntries(
      FILTER_GROUPS.map((group) => [group, this.#presets(group).length ? this.#presets(group) : this.selected[group]]),
    );
    return apiUrl(this.api, '/organisations', {
      q: this.searchQuery,
      ...filters,
      locale: this.contentLocale,
      pageSize: this.pageSize,
      facets: true,
    });
  }

  #restoreUrlState(): void {
    const saved = readUrlState(this.urlState ?? '', ['q', ...FILTER_GROUPS, 'page']);
    // A longer search is refused by the API (400): keep what fits, as the field does.
    this.searchQuery = (saved.q ?? '').slice(0, MAX_TEXT_QUERY);
    this.selected = { region: splitList(saved.region), topic: splitList(saved.topic), kind: splitList(saved.kind) };
    this.#list.page = Math.max(1, Number.parseInt(saved.page ?? '1', 10) || 1);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#focusedFilter = focusedCheckbox(this.renderRoot);
  }

  protected override updated(): void {
    refocusCheckbox(this.renderRoot, this.#focusedFilter);
    const page = this.#list.page;
    if (this.urlState !== null)
      writeUrlState(this.urlState, {
        q: this.searchQuery,
        ...Object.fromEntries(FILTER_GROUPS.map((group) => [group, this.selected[group].join(',')])),
        page: page > 1 ? String(page) : '',
      });
  }

  #filterChanged(): void {
    this.emit('kumppani-filter-change', { q: this.searchQuery, filters: { ...this.selected } });
  }

  #toggleFilter(group: FilterGroup, value: string, checked: boolean): void {
    const values = this.selected[group].filter((selected) => selected !== value);
    this.selected = { ...this.selected, [group]: checked ? [...values, value] : values };
    this.#filterChanged();
  }

  #itemLink(item: OrganisationSummary): string | null {
    return this.itemHref ? fillItemHref(this.itemHref, item) : (item.url ?? item.website);
  }

  /**
   * The filters, behind a disclosure when narrow. Regions are grouped: collaborative areas first, then the
   * counties and Helsinki (when the API says the regions' kinds).
   */
  #renderFilters(): TemplateResult | typeof nothing {
    const text = MESSAGES[this.uiLocale];
    const facets = this.shown?.data.meta.facets;
    for (const { value, kind } of facets?.region ?? []) if (kind) this.#regionKinds.set(value, kind);
    const isArea = (facet: { value: string }) => this.#regionKinds.get(facet.value) === 'collaborative_area';
    const groups = FILTER_GROUPS.filter((group) => this.#presets(group).length === 0)
      .map((group) => ({
        group,
        values: facetValues(
          facets?.[group] ?? [],
          this.selected[group],
          (value) => this.#facetLabels.get(`${group}:${value}`) ?? value,
          this.uiLocale,
        ),
      }))
      .filter(({ values }) => values.length > 0);
    if (groups.length === 0) return nothing;
    const active = groups.reduce((count, { group }) => count + this.selected[group].length, 0);
    return html`${this.#filterDisclosure.render(
      text.filters,
      active,
      this.#list.failed ? '' : this.#list.status(this.uiLocale, ({ meta }) => this.#counted(meta)),
      this.uiLocale,
    )}
      <div class="filters" id="filters" part="filters" role="group" aria-label=${text.filters}>
        ${groups.map(({ group, values }) => {
          const toggle = (value: string, checked: boolean) => this.#toggleFilter(group, value, checked);
          if (group !== 'region' || !values.some(isArea))
            return renderFacetGroup(group, text[group], values, this.selected[group], toggle, this.uiLocale);
          const subgroup = (legend: string, area: boolean) => {
            const options = values.filter((facet) => isArea(facet) === area);
            return options.length
              ? html`<fieldset class="subgroup">
                  <legend>${legend}</legend>
                  ${renderFacetOptions(group, options, this.selected.region, toggle, this.uiLocale)}
                </fieldset>`
              : nothing;
          };
          return html`<fieldset part="filter-group">
            <legend>${text.region}</legend>
            ${subgroup(text.areas, true)} ${subgroup(text.counties, false)}
          </fieldset>`;
        })}
      </div>`;
  }

  #renderCard(item: OrganisationSummary): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    const href = this.#itemLink(item);
    const showWebsite = Boolean(item.website && href !== item.website);
    const [own, ui] = this.itemLangs(item.locale);
    // On one line with the heading's tags: white space around it would be part of the heading's text.
    const name = href ? html`<a href=${href} @click=${(event: MouseEvent) => this.select(event, item)}>${item.name}</a>` : item.name;
    return html`<li>
      <article class="card" part="card" lang=${own}>
        ${item.logo ? html`<img part="logo" class="logo" src=${item.logo.url} alt=${item.logo.alt} width=${item.logo.width ?? nothing} height=${item.logo.height ?? nothing} loading="lazy" />` : nothing}
        <h3 class="title" part="title" aria-level=${this.level(1)}>${name}</h3>
        <p class="kind" part="kind" lang=${ui}>${this.#facetLabels.get(`kind:${item.kind}`) ?? item.kind}</p>
        ${
          item.regions.length
            ? html`<p class="regions" lang=${ui}>${servedRegions(item.regions, this.uiLocale)
                .map((region) => region.name)
                .join(', ')}</p>`
            : nothing
        }
        ${item.description ? html`<p class="description" part="description">${item.description}</p>` : nothing}
        ${
          showWebsite
            ? html`<p><a part="website" href=${item.website!} lang=${ui}>${text.website}${renderHiddenTitle(item.name, own)}</a></p>`
            : nothing
        }
      </article>
    </li>`;
  }

  /** The number of organisations, and the page when there are several ("57 toimijaa, sivu 2 / 5"). */
  #counted(meta: OrganisationList['meta']): string {
    const text = MESSAGES[this.uiLocale];
    const { total } = meta;
    const count =
      total === 0
        ? text.noResults
        : total === 1
          ? text.resultCountOne
          : fill(text.resultCount, { count: formatNumber(total, this.uiLocale) });
    return pagedStatus(count, meta, this.uiLocale);
  }

  protected override render(): TemplateResult {
    const text = MESSAGES[this.uiLocale];
    return html`<slot name="header"></slot>
      <form class="search" part="search" role="search" lang=${this.uiLang} @submit=${this.#search.submit}>
        ${renderSearchField(text.searchLabel, text.searchButton, this.searchQuery, this.#search)}
      </form>
      <div class="layout" lang=${this.uiLang}>
        ${this.#renderFilters()}
        ${this.#list.render(
          this.uiLocale,
          this.level(),
          text.results,
          ({ meta }) => this.#counted(meta),
          ({ items }) => renderList(items, text.noResults, (item) => this.#renderCard(item)),
          ({ meta }) => renderPagination(meta.page, meta.pageCount, this.uiLocale, this.#list.goTo),
        )}
      </div>`;
  }
}
