/**
 * Test support shared by the element tests (never bundled): a stubbed window.fetch that records every
 * request, JSON and slow abortable responses, shadow-DOM queries, and waiting for a load to render.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';

export interface FetchCall {
  url: URL;
  signal: AbortSignal;
}

export type Responder = (url: URL, signal: AbortSignal, init?: RequestInit) => Promise<Response>;

export const json = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

const originalFetch = window.fetch;

/** Every request made through the stub, oldest first; emptied by `restoreFetch`. */
export const calls: FetchCall[] = [];

export function stubFetch(respond: Responder): void {
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const signal = init?.signal ?? new AbortController().signal;
    calls.push({ url, signal });
    return respond(url, signal, init);
  }) as typeof fetch;
}

export function restoreFetch(): void {
  window.fetch = originalFetch;
  calls.length = 0;
}

/** A response that arrives after `delayMs`, or rejects when aborted, like a real fetch. */
export function deferred(signal: AbortSignal, body: unknown, delayMs: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(new Response(JSON.stringify(body))), delayMs);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });
}

export const shadow = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
export const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
export const focused = (el: Element) => shadow(el).activeElement;
/** The `lang` a node has inside its shadow tree (its own or an ancestor's there); null when it inherits the host's. */
export const langOf = (node: Element | null) => node!.closest('[lang]')?.getAttribute('lang') ?? null;

/** Waits for the update that started loading, then for the load to finish and render. */
export async function settled(el: LitElement): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => $(el, 'section')?.getAttribute('aria-busy') === 'false', 'still loading', { timeout: 3000 });
  await el.updateComplete;
}

/** A request that never reaches the CMS, as fetch reports it. */
export const networkFailure = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch'));

/** A problem document with `status`, as the CMS (or a proxy in front of it) answers. */
export const problemAnswer = (status: number): Promise<Response> => json({ type: 'about:blank', title: `HTTP ${status}`, status }, status);

/** Answers that say the CMS is down or overloaded, not that the request was wrong: the kept data is better. */
export const OUTAGES: { name: string; answer: () => Promise<Response> }[] = [
  { name: 'a network failure', answer: networkFailure },
  { name: '500 Internal Server Error', answer: () => problemAnswer(500) },
  { name: '502 Bad Gateway', answer: () => problemAnswer(502) },
  { name: '503 Service Unavailable', answer: () => problemAnswer(503) },
  { name: '429 Too Many Requests', answer: () => problemAnswer(429) },
];

/**
 * The CMS goes down: `el` loads its view again, through a fetch that gives `answer` (by default a network
 * failure), and shows the last good response with a notice. The stub it had is back afterwards.
 */
export async function goStale(el: LitElement & { reload(): void }, answer: () => Promise<Response> = networkFailure): Promise<void> {
  await aTimeout(0); // the widget writes its copy in a task of its own
  const stub = window.fetch;
  window.fetch = answer;
  try {
    el.reload();
    await settled(el);
    expect($(el, '[part="stale-notice"]'), 'the stale-data notice').to.exist;
  } finally {
    window.fetch = stub;
  }
}

/**
 * `el` shows a good response (read by `shown`, e.g. its card titles). Each outage answer then shows that
 * same response with the stale notice and no error; a good answer clears the notice; a 400, which says the
 * request is wrong (older data would hide a real fault), shows the error and no stale notice.
 */
export async function expectOutagesToKeepData(el: LitElement & { reload(): void }, shown: () => unknown[]): Promise<void> {
  const good = shown();
  expect(good, 'items before the outage').to.not.be.empty;
  for (const { name, answer } of OUTAGES) {
    await goStale(el, answer);
    expect(shown(), `kept items after ${name}`).to.deep.equal(good);
    expect($(el, '[part="error"]'), `no error after ${name}`).to.not.exist;
    el.reload();
    await settled(el);
    expect($(el, '[part="stale-notice"]'), `no stale notice once the CMS answers again after ${name}`).to.not.exist;
  }
  await aTimeout(0);
  const stub = window.fetch;
  window.fetch = () => problemAnswer(400);
  try {
    el.reload();
    await settled(el);
    expect($(el, '[part="error"]')?.textContent, 'the error of a 400').to.contain('400');
    expect($(el, '[part="stale-notice"]'), 'no stale notice after a 400').to.not.exist;
  } finally {
    window.fetch = stub;
  }
}

/** The heading level the browser gives the heading named `name`: its accessibility tree, not our attributes. */
export async function headingLevel(name: string): Promise<number | undefined> {
  const headings = (await executeServerCommand('kumppani-headings')) as { name: string; level: number }[];
  return headings.find((heading) => heading.name === name)?.level;
}

/**
 * An error is said once: `text` (its title) is visible once, in the error block, and read once, by the
 * status line (the one live region), which is visually hidden.
 */
export function expectSaidOnce(el: Element, text: string): void {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const nodes: Element[] = [];
  while (walker.nextNode()) if ((walker.currentNode as Text).data.includes(text)) nodes.push(walker.currentNode.parentElement!);
  const seen = nodes.filter((node) => node.getBoundingClientRect().height > 1);
  const heard = nodes.filter((node) => !node.closest('[aria-hidden="true"]'));
  expect(seen, 'visible once').to.have.length(1);
  expect(seen[0]!.closest('[part~="error"]'), 'in the error block').to.exist;
  expect(heard, 'read once').to.have.length(1);
  expect(heard[0]!.closest('[role="status"]'), 'by the status line').to.exist;
}

/**
 * Where a test mounts its element: the test page itself (white), or a dark host section as a site pastes the
 * plain snippet into, with no `--kumppani-*` colours; the element takes the dark palette from it (theme.ts).
 */
export function hostPage(scheme: 'light' | 'dark'): HTMLElement | undefined {
  if (scheme === 'light') return undefined; // open-wc's own container on the white test page
  const page = document.createElement('main');
  page.style.cssText = 'background: #121212; color: #eee; padding: 1em';
  return document.body.appendChild(page);
}

/** A test that `tag` stays the same class when its module runs twice (a page with the loader and a copy of the element file). */
export function itRegistersOnce(tag: string, importAgain: () => Promise<unknown>): void {
  it('is registered once even when its module runs twice', async () => {
    const registered = customElements.get(tag);
    expect(registered).to.exist;
    await importAgain();
    expect(customElements.get(tag)).to.equal(registered);
  });
}
