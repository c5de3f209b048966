import { html, nothing, type TemplateResult } from 'lit';
import { fill, formatNumber, type UiLocale } from './i18n.js';
import { LoadError } from './load.js';
import { COMMON_MESSAGES } from './messages.js';

/** The error block: a text that says what failed (not only a colour) and a real retry button. */
export function renderError(error: unknown, locale: UiLocale, retry: () => void): TemplateResult {
  const text = COMMON_MESSAGES[locale];
  const reason =
    error instanceof LoadError
      ? error.failure === 'http'
        ? fill(text.errorHttp, { status: error.status ?? '' })
        : error.failure === 'malformed'
          ? text.errorMalformed
          : text.errorNetwork
      : text.errorNetwork;
  return html`<div class="error" part="error">
    <slot name="error"><p><strong>${text.errorTitle}</strong> ${reason}</p></slot>
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
export function renderPagination(page: number, pageCount: number, locale: UiLocale, goTo: (page: number) => void): TemplateResult | typeof nothing {
  if (pageCount <= 1) return nothing;
  const text = COMMON_MESSAGES[locale];
  return html`<nav class="pagination" part="pagination" aria-label=${text.pagination}>
    <button type="button" part="page-button" data-page="previous" ?disabled=${page <= 1} @click=${() => goTo(page - 1)}>${text.previousPage}</button>
    <span>${fill(text.pageOf, { page: formatNumber(page, locale), pageCount: formatNumber(pageCount, locale) })}</span>
    <button type="button" part="page-button" data-page="next" ?disabled=${page >= pageCount} @click=${() => goTo(page + 1)}>${text.nextPage}</button>
  </nav>`;
}
