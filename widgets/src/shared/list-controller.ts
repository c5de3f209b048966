import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ListMeta } from '@kumppani/contract';
import { Task, TaskStatus } from '@lit/task';
import { emit } from './events.js';
import { fill, type UiLocale } from './i18n.js';
import { loadParsed } from './load.js';
import { COMMON_MESSAGES } from './messages.js';
import type { Shape } from './shape.js';
import { errorMessage, renderError, renderPlaceholder, renderStaleNotice } from './templates.js';

type ListData = { data: unknown[]; meta: ListMeta };

/** What a list shows: the last response, and in `items` its items after those of the pages "show more" loaded before it. */
export interface ShownList<Data extends ListData> {
  /** The request URL without its page. */
  base: string;
  data: Data;
  meta: Data['meta'];
  items: Data['data'];
  /** Kept from before an outage (shared/load.ts). */
  stale: boolean;
}

export interface ListOptions<Data extends ListData> {
  shape: Shape<Data>;
  /** The request URL without its page; another URL starts again from the first page. */
  url: () => string;
  /**
   * With "show more": the node to focus among the items, given the index of the first new one. Without it,
   * pages replace each other and focus goes to the results heading after paging.
   */
  newItem?: (index: number) => HTMLElement | null | undefined;
  /** Called with each response before it is shown, e.g. to remember facet labels. */
  onLoad?: (data: Data) => void;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * What the four lists share (a Lit reactive controller around `@lit/task`): loading page by page through
 * `loadParsed`, the response shown kept while the next loads, "show more" (pages appended) or paging (pages
 * replace each other), the stale state, focus after paging or "show more", and the text of the one status
 * line that announces the results.
 */
export class ListController<Data extends ListData> implements ReactiveController {
  /** The page asked for (from 1). */
  page = 1;
  shown: ShownList<Data> | undefined;
  readonly task;
  readonly #host: Host;
  readonly #options: ListOptions<Data>;
  #base: string | undefined;
  /**
   * What to focus after the next update: a selector (the results heading after paging or a retry; the error's
   * retry button when the button pressed has gone), or after "show more" the first new item (its index).
   */
  #focus: number | string | undefined;

  constructor(host: Host, options: ListOptions<Data>) {
    this.#host = host;
    this.#options = options;
    // Before the task's own hostUpdate, so that it reads the page reset below.
    host.addController(this);
    this.task = new Task(host, {
      task: async ([base, page]: readonly [string, number], { signal }) => {
        const url = new URL(base);
        url.searchParams.set('page', String(page));
        return { ...(await loadParsed(url.href, options.shape, signal)), base, page };
      },
      args: () => [this.#base!, this.page] as const,
      onComplete: ({ data, stale, base, page }) => {
        options.onLoad?.(data);
        // "Show more" keeps the pages before this one (a page loaded again replaces itself).
        const kept =
          options.newItem && page > 1 && this.shown?.base === base ? this.shown.items.slice(0, (page - 1) * data.meta.pageSize) : [];
        if (kept.length) this.#focus = kept.length;
        this.shown = {
          base,
          data,
          meta: data.meta,
          items: [...kept, ...data.data],
          // Stale while any item shown came from the tab's copy (the notice's retry then starts again from page 1).
          stale: stale || (kept.length > 0 && this.shown!.stale),
        };
      },
      onError: () => {
        // "Show more" or a retry button pressed is replaced by the error block: focus its retry button.
        if ((this.#host.renderRoot as ShadowRoot).activeElement?.matches('[part=show-more],[part=retry-button]'))
          this.#focus = '[part=error] button';
      },
    });
  }

  hostUpdate(): void {
    const base = this.#options.url();
    if (this.#base !== undefined && base !== this.#base) this.page = 1;
    this.#base = base;
  }

  hostUpdated(): void {
    const target = this.#focus;
    if (target === undefined) return;
    this.#focus = undefined;
    (typeof target == 'string' ? this.#host.renderRoot.querySelector<HTMLElement>(target) : this.#options.newItem!(target))?.focus();
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR;
  }

  /** What is on screen: the shown list, unless an error replaces it (a failed "show more" keeps it). */
  get current(): ShownList<Data> | undefined {
    return this.failed && !(this.#options.newItem && this.page > 1 && this.shown?.base === this.#base) ? undefined : this.shown;
  }

  /** Loads the page asked for again, e.g. after an error. */
  reload = (): void => void this.task.run();

  /** A retry button's: reloads, and focus goes to the results heading, as the button goes with what it retried. */
  #retry = (): void => {
    this.#focus = '#results-heading';
    this.reload();
  };

  /** The stale notice's retry: with "show more", from the first page, since the pages before may be old too. */
  #refresh = (): void => {
    if (!(this.#options.newItem && this.page > 1)) return this.#retry();
    this.#focus = '#results-heading';
    this.page = 1;
    this.#host.requestUpdate();
  };

  /**
   * Asks for `page` and reports it (kumppani-page-change). After paging, focus goes to the results heading:
   * the button pressed may be disabled on the new page, and a screen reader continues reading from there.
   * While "show more" loads, presses are ignored.
   */
  goTo = (page: number): void => {
    const append = this.#options.newItem;
    if (append && this.pending) return;
    this.page = page;
    if (!append) this.#focus = '#results-heading';
    this.#host.requestUpdate();
    emit(this.#host, 'kumppani-page-change', { page });
  };

  /**
   * The text of the status line (see `render`); the narrow layout also shows it above the filters.
   */
  status(locale: UiLocale, counted: (shown: ShownList<Data>) => string): string {
    const text = COMMON_MESSAGES[locale];
    const { shown } = this;
    return this.failed
      ? errorMessage(this.task.error, locale)
      : !shown
        ? text.loading
        : shown.stale
          ? fill(text.staleStatus, { status: counted(shown) })
          : counted(shown);
  }

  /**
   * The results of an element: a heading at `level` (focused after paging, hence tabindex -1); the status
   * line, the element's one live region, present from the first render so that its changes are announced;
   * then the placeholder before the first response, the error (with retry), or the stale notice, the
   * element's `body` of what is shown and its `pager` (show more or paging). `lang` marks the UI language when
   * it differs from the element's (KumppaniElement.uiLang).
   *
   * The status line says the failure (visually hidden: the error block shows it), else "loading" until the
   * first response, else what `counted` says about the list shown, and that it may be out of date (the stale
   * notice is not a live region). While the next page or query loads it keeps saying what is shown, so each
   * change is announced once, when it arrives.
   */
  render(
    locale: UiLocale,
    level: number,
    heading: unknown,
    counted: (shown: ShownList<Data>) => string,
    body: (shown: ShownList<Data>) => unknown,
    pager: (shown: ShownList<Data>) => unknown,
    lang: string | typeof nothing = nothing,
  ): TemplateResult {
    const { current } = this;
    const reload = this.#retry;
    const error = this.failed && this.task.error;
    const status = this.status(locale, counted);
    return html`<section class="results" lang=${lang} aria-labelledby="results-heading" aria-busy=${String(this.pending)}>
      <h2 id="results-heading" part="results-heading" tabindex="-1" aria-level=${level}>${heading}</h2>
      <p class=${error ? 'status visually-hidden' : 'status'} part="status" role="status">${status}</p>
      ${
        current
          ? html`${current.stale ? renderStaleNotice(locale, this.#refresh) : nothing}${body(current)}${
              error ? renderError(error, locale, reload) : pager(current)
            }`
          : error
            ? renderError(error, locale, reload)
            : renderPlaceholder()
      }
    </section>`;
  }
}
