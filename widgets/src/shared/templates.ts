import { html, nothing, type TemplateResult } from 'lit';
import { fill, formatNumber, type UiLocale } from './i18n.js';
import { LoadError } from './load.js';
import { COMMON_MESSAGES, PAGINATION_MESSAGES } from './messages.js';

/**
 * Render blocks every element shares. Styles for their classes are in `baseStyles` (shared/styles.ts).
 */

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

/** The cards of the items shown, or the empty state when there are none. */
export const renderList = <Item>(items: readonly Item[], empty: string, card: (item: Item) => TemplateResult): TemplateResult =>
  items.length
    ? html`<ul class="list" part="list" role="list">
        ${items.map(card)}
      </ul>`
    : renderEmpty(empty);

/** What failed, in words: the title and the reason, as the status line says it (ListController.status). */
export function errorMessage(error: unknown, locale: UiLocale): string {
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
  return `${text.errorTitle} ${reason}`;
}

/**
 * The error block: the message (not only a colour) and a real retry button. The status line announces the
 * same message, visually hidden: here it is seen and not read a second time (aria-hidden). Content the host
 * puts in the `error` slot is read as it is.
 */
export const renderError = (error: unknown, locale: UiLocale, retry: () => void): TemplateResult =>
  html`<div class="error" part="error">
    <slot name="error"><p aria-hidden="true">${errorMessage(error, locale)}</p></slot>
    <button type="button" part="retry-button" @click=${retry}>${COMMON_MESSAGES[locale].retry}</button>
  </div>`;

export function renderStaleNotice(locale: UiLocale, retry: () => void): TemplateResult {
  const text = COMMON_MESSAGES[locale];
  return html`<div class="notice" part="stale-notice">
    <p>${text.staleNotice}</p>
    <button type="button" part="retry-button" @click=${retry}>${text.retry}</button>
  </div>`;
}

/** The status of a paged list: the count, and the page when there are several ("57 toimijaa, sivu 2 / 5"). */
export function pagedStatus(status: string, { page, pageCount }: { page: number; pageCount: number }, locale: UiLocale): string {
  return pageCount > 1
    ? fill(PAGINATION_MESSAGES[locale].pageStatus, { status, page: formatNumber(page, locale), pageCount: formatNumber(pageCount, locale) })
    : status;
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
