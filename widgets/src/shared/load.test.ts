import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { LoadError, loadParsed } from './load.js';
import { COMMON_MESSAGES } from './messages.js';
import { renderError } from './templates.js';
import { calls, json, networkFailure, restoreFetch, stubFetch } from './testing/fetch-stub.js';
import type { Shape } from './shape.js';

const anything: Shape = { fields: {} };

/** What a browser gives a `no-cors` request to another origin: a response whose type is `opaque`. */
const opaqueResponse = () => Object.defineProperty(new Response(null), 'type', { value: 'opaque' });

/** A CMS that answers every request, but whose CORS allow-list leaves this page out: the browser hides its answer. */
const refusingCms = () =>
  stubFetch((_url, _signal, init) => (init?.mode === 'no-cors' ? Promise.resolve(opaqueResponse()) : networkFailure()));

async function failureOf(url: string): Promise<LoadError> {
  try {
    await loadParsed(url, anything, new AbortController().signal);
  } catch (error) {
    expect(error).to.be.instanceOf(LoadError);
    return error as LoadError;
  }
  throw new Error('the load did not fail');
}

describe('loadParsed when no response reaches the page', () => {
  const consoleError = console.error;
  let logged: string[];
  beforeEach(() => {
    sessionStorage.clear();
    logged = [];
    console.error = (...parts: unknown[]) => void logged.push(parts.join(' '));
  });
  afterEach(() => {
    console.error = consoleError;
    restoreFetch();
  });

  it('tells a refusal (the CMS answers a no-cors request) from an outage, and asks only after a failure', async () => {
    refusingCms();
    expect((await failureOf('https://refusing.test/api/kumppani/organisations')).failure).to.equal('refused');
    expect(calls.map((call) => call.url.origin)).to.deep.equal(['https://refusing.test', 'https://refusing.test']);
    restoreFetch();

    stubFetch(() => networkFailure());
    expect((await failureOf('https://down.test/api/kumppani/organisations')).failure).to.equal('network');
    restoreFetch();

    stubFetch(() => json({}));
    await loadParsed('https://up.test/api/kumppani/organisations', anything, new AbortController().signal);
    expect(calls, 'one request when the CMS answers').to.have.length(1);
  });

  it('calls it an outage when the no-cors answer is not opaque (a same-origin API cannot be refused by CORS)', async () => {
    stubFetch((_url, _signal, init) => (init?.mode === 'no-cors' ? Promise.resolve(new Response(null)) : networkFailure()));
    expect((await failureOf(`${location.origin}/api/kumppani/organisations`)).failure).to.equal('network');
    expect(logged).to.deep.equal([]);
  });

  it('names a refusal once for the page, though each element file bundles its own copy of the loader', async () => {
    // A second instance of this module, as another element's self-contained file would carry.
    const specifier = './load.ts?another-element-file';
    const otherCopy = (await import(specifier)) as typeof import('./load.js');
    expect(otherCopy.loadParsed).not.to.equal(loadParsed);
    refusingCms();
    await failureOf('https://cms-shared.test/api/kumppani/events');
    await otherCopy.loadParsed('https://cms-shared.test/api/kumppani/events', anything, new AbortController().signal).catch(() => {});
    expect(logged).to.have.length(1);
  });

  it("names this page's origin and the setting to change in the console, once per CMS", async () => {
    refusingCms();
    await failureOf('https://cms-a.test/api/kumppani/organisations');
    await failureOf('https://cms-a.test/api/kumppani/events');
    await failureOf('https://cms-b.test/api/kumppani/events');
    expect(logged).to.have.length(2);
    expect(logged[0]).to.contain('https://cms-a.test').and.contain(location.origin).and.contain('KUMPPANI_CORS_ORIGINS');
    expect(logged[1]).to.contain('https://cms-b.test');
  });

  it('still shows the copy this tab kept: a proxy error page without CORS headers looks the same', async () => {
    const url = 'https://kept.test/api/kumppani/organisations';
    sessionStorage.setItem(`kumppani:${url}`, JSON.stringify({ data: ['kept'] }));
    refusingCms();
    expect(await loadParsed(url, anything, new AbortController().signal)).to.deep.equal({ data: { data: ['kept'] }, stale: true });
  });
});

describe('renderError of a refusal', () => {
  for (const locale of ['fi', 'sv', 'en'] as const) {
    it(`says in ${locale} that this site is not allowed, not that the service is down`, () => {
      const box = document.createElement('div');
      render(
        renderError(new LoadError('refused'), locale, () => {}),
        box,
      );
      const text = COMMON_MESSAGES[locale];
      expect(box.textContent).to.contain(text.errorRefused).and.not.contain(text.errorNetwork);
    });
  }
});
