/**
 * The reader's filters that <partner-directory> and <event-list> share: the search field (applied after a
 * pause in typing or on Enter), checkboxes of facet values with their counts, and keeping focus on the
 * checkbox a reader was on when new counts reorder the list. Styles: filter-styles.ts.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { MAX_TEXT_QUERY, type FacetCount } from '@kumppani/contract';
import { collatorFor, formatNumber, type UiLocale } from './i18n.js';

/** Long enough to skip requests while someone types a word, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The search text of a form: `apply` gets the trimmed text after a pause in typing (`input`) or at once on
 * Enter (`submit`, on the form). A pending pause is dropped when the element leaves the page.
 */
export class SearchText implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly apply: (text: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  readonly input = (event: Event): void => {
    const { value } = event.target as HTMLInputElement;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.apply(value.trim()), SEARCH_DEBOUNCE_MS);
  };

  readonly submit = (event: SubmitEvent): void => {
    event.preventDefault();
    clearTimeout(this.#timer);
    this.apply((event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('#search')!.value.trim());
  };
}

/** The labelled search field (`#search`) and its submit button; the form around it takes SearchText.submit. */
export const renderSearchField = (label: string, button: string, value: string, search: SearchText): TemplateResult =>
  html`<label for="search">${label}</label>
    <div class="search-row">
      <input id="search" type="search" maxlength=${MAX_TEXT_QUERY} .value=${value} @input=${search.input} />
      <button type="submit">${button}</button>
    </div>`;

/**
 * The values of one facet group to offer: the response's counts above zero, plus ticked values it no
 * longer counts (with the label seen before, from `labels`), in the collation of the UI language.
 */
export function facetValues(counted: FacetCount[], selected: string[], label: (value: string) => string, locale: UiLocale): FacetCount[] {
  const shown = counted.filter((facet) => facet.count > 0 || selected.includes(facet.value));
  const missing = selected
    .filter((value) => !shown.some((facet) => facet.value === value))
    .map((value) => ({ value, label: label(value), count: 0 }));
  const collator = collatorFor(locale);
  return [...shown, ...missing].sort((a, b) => collator.compare(a.label, b.label));
}

type FacetValue = Omit<FacetCount, 'count'> & { count?: number };

/** Checkboxes named `name`, one per value (with its count, if it has one); `toggle` gets a value and whether it is now ticked. */
export const renderFacetOptions = (
  name: string,
  values: FacetValue[],
  selected: string[],
  toggle: (value: string, checked: boolean) => void,
  locale: UiLocale,
): TemplateResult[] =>
  values.map(
    (facet) =>
      html`<label class="option">
        <input
          type="checkbox"
          name=${name}
          value=${facet.value}
          .checked=${selected.includes(facet.value)}
          @change=${(event: Event) => toggle(facet.value, (event.target as HTMLInputElement).checked)}
        />
        <span>${facet.label}${facet.count === undefined ? nothing : html` <span class="count">(${formatNumber(facet.count, locale)})</span>`}</span>
      </label>`,
  );

/** A fieldset of the checkboxes of one facet (renderFacetOptions). */
export const renderFacetGroup = (
  name: string,
  legend: string,
  values: FacetValue[],
  selected: string[],
  toggle: (value: string, checked: boolean) => void,
  locale: UiLocale,
): TemplateResult =>
  html`<fieldset part="filter-group">
    <legend>${legend}</legend>
    ${renderFacetOptions(name, values, selected, toggle, locale)}
  </fieldset>`;

/**
 * The narrow layout's disclosure of the filters (filter-styles.ts: in a container under 40em): the text of
 * the results' status line, so that the count comes before the filters (the status line, then visually
 * hidden, is what is heard; empty on a failure, which the error block shows), and a button with the number of active filters that shows or hides the element after
 * the bar, `#filters`. Collapsed at first; when the container is wide the bar is hidden and the filters shown.
 */
export class FilterDisclosure {
  open = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  render(label: string, active: number, status: string, locale: UiLocale): TemplateResult {
    return html`<div class=${this.open ? 'filter-bar open' : 'filter-bar'}>
      <span class="result-count" aria-hidden="true">${status}</span>
      <button
        type="button"
        part="filter-toggle"
        aria-expanded=${this.open}
        aria-controls="filters"
        @click=${() => {
          this.open = !this.open;
          this.host.requestUpdate();
        }}
      >
        ${label}${active ? ` (${formatNumber(active, locale)})` : ''}
      </button>
    </div>`;
  }
}

/** The checkbox focused in `root`, as its name and value, to focus the same filter after an update. */
export function focusedCheckbox(root: HTMLElement | DocumentFragment): [string, string] | undefined {
  const active = root instanceof ShadowRoot ? root.activeElement : null;
  return active instanceof HTMLInputElement && active.type === 'checkbox' ? [active.name, active.value] : undefined;
}

/**
 * Lit reuses list items by position. When new counts add or remove filter values, the focused checkbox may
 * now stand for another value: focus moves back to the one the reader was on. (lit's `repeat` directive
 * would do this by keeping nodes, but costs more than the size budget allows.)
 */
export function refocusCheckbox(root: HTMLElement | DocumentFragment, was: [string, string] | undefined): void {
  if (was && ((root as ShadowRoot).activeElement as HTMLInputElement | null)?.value !== was[1])
    root.querySelector<HTMLElement>(`input[name="${was[0]}"][value="${CSS.escape(was[1])}"]`)?.focus();
}
