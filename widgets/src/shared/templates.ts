import { html, nothing, type TemplateResult } from 'lit';
import { fill, formatNumber, type UiLocale } from './i18n.js';
import { LoadError } from './load.js';
import { TaskStatus } from '@lit/task';
import { COMMON_MESSAGES, PAGINATION_MESSAGES } from './messages.js';

/**
 * Render blocks every element shares. Styles for their classes are in `baseStyles` (shared/styles.ts).
 */

/**
 * The results of an element: a heading (focused after paging, hence tabindex -1), the `role="status"`
 * line, present from the first render so that its changes are announced, and the body below them.
 * `lang` marks the UI language when it differs from the element's (KumppaniElement.uiLang).
 */
export function renderResultsSection(
  busy: boolean,
  heading: unknown,
  status: string,
  body: unknown,
  lang: string | typeof nothing = nothing,
): TemplateResult {
  return html`<section class="results" lang=${lang} aria-labelledby="results-heading" aria-busy=${busy ? 'true' : 'false'}>
    <h2 id="results-heading" part="results-heading" tabindex="-1">${heading}</h2>
    <p class="status" part="status" role="status">${status}</p>
    ${body}
  </section>`;
}

/**
 * The text of the status line: that loading failed, that it is under way (also before the first
 * response), else what `counted` says about the results shown, and that they may be out of date when
 * they are `stale` (kept from before an outage): the notice above the list is not a live region.
 */
export function statusText<Shown>(
  status: TaskStatus,
  locale: UiLocale,
  shown: Shown | undefined,
  counted: (shown: Shown) => string,
  stale?: boolean,
): string {
  const text = COMMON_MESSAGES[locale];
  if (status === TaskStatus.ERROR) return text.errorTitle;
  if (status === TaskStatus.PENDING || !shown) return text.loading;
  return stale ? fill(text.staleStatus, { status: counted(shown) }) : counted(shown);
}

/**
 * An item's title as visually hidden text after the UI words of a link ("Verkkosivut: <name>"), so that
 * repeated link texts say which item they are for. The title is in the item's language: `lang` (from
 * KumppaniElement.itemLangs) marks it when that differs from the UI language of the link.
 */
export const renderHiddenTitle = (title: string, lang: string | typeof nothing): TemplateResult =>
  html`<span class="visually-hidden">: <span lang=${lang}>${title}</span></span>`;

/** Reserves the height of a few cards while the first page loads, so the page does not jump. */
export const renderPlaceholder = (): TemplateResult => html`<div class="placeholder" aria-hidden="true"></div>`;

/** Nothing to show: the element's text, or what the host put in the `empty` slot. */
export const renderEmpty = (text: string): TemplateResult =>
  html`<div class="empty" part="empty">
    <slot name="empty"><p>${text}</p></slot>
  </div>`;

/** The error block: a text that says what failed (not only a colour) and a real retry button. */
export function renderError(error: unknown, locale: UiLocale, retry: () => void): TemplateResult {
  const text = COMMON_MESSAGES[locale];
  const reason =
    error instanceof LoadError
      ? error.failure === 'http'
        ? fill(text.errorHttp, { status: error.status ?? '' })
        : error.failure === 'malformed'
          ? text.errorMalformed
          : error.failure === 'refused'
            ? text.errorRefused
            : text.errorNetwork
      : text.errorNetwork;
  return html`<div class="error" part="error">
    <slot name="error"
      ><p><strong>${text.errorTitle}</strong> ${reason}</p></slot
    >
    <button type="button" part="retry-button" @click=${retry}>${text.retry}</button>
  </div>`;
}

export function renderStaleNotice(locale: UiLocale, retry: () => void): TemplateResult {
  const text = COMMON_MESSAGES[locale];
  return html`<div class="notice" part="stale-notice">
    <p>${text.staleNotice}</p>
    <button type="button" part="retry-button" @click=${retry}>${text.retry}</button>
  </div>`;
}

/**
 * Previous / next buttons with the current page in words. Disabled ends stay in place, so the layout
 * does not jump; the caller moves focus after paging because a button may become disabled under it.
 */
export function renderPagination(
  page: number,
  pageCount: number,
  locale: UiLocale,
  goTo: (page: number) => void,
): TemplateResult | typeof nothing {
  if (pageCount <= 1) return nothing;
  const text = PAGINATION_MESSAGES[locale];
  return html`<nav class="pagination" part="pagination" aria-label=${text.pagination}>
    <button type="button" part="page-button" data-page="previous" ?disabled=${page <= 1} @click=${() => goTo(page - 1)}>
      ${text.previousPage}
    </button>
    <span>${fill(text.pageOf, { page: formatNumber(page, locale), pageCount: formatNumber(pageCount, locale) })}</span>
    <button type="button" part="page-button" data-page="next" ?disabled=${page >= pageCount} @click=${() => goTo(page + 1)}>
      ${text.nextPage}
    </button>
  </nav>`;
}

/**
 * The "show more" button. While the next page loads it stays in place and focusable, marked
 * `aria-disabled`; the caller ignores presses then.
 */
export const renderShowMore = (label: string, pending: boolean, showMore: () => void): TemplateResult =>
  html`<div class="pagination" part="pagination">
    <button type="button" part="show-more" aria-disabled=${pending ? 'true' : 'false'} @click=${showMore}>${label}</button>
  </div>`;
