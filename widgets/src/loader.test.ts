/**
 * The CDN loader as built (dist/cdn/kumppani.js: run `npm run build --workspace widgets` first), in a page that
 * starts with one element tag: the browser must request the loader and that element's self-contained file only;
 * a second kind of element then comes as its chunked module. The tests share the page (a module loads once per
 * page), so they run in order.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { autoload } from './loader.js';
import { restoreFetch, stubFetch } from './shared/testing/fetch-stub.js';

interface CdnGraph {
  /** The folders of src/ but shared/. */
  elements: string[];
  /** Tag → the files its module needs (itself first), paths relative to dist/cdn. */
  modules: Record<string, string[]>;
}

const CDN = '/dist/cdn/';
const LOADER = `${CDN}kumppani.js`;

/** Every file under dist/cdn/ this page has fetched, as a path relative to it (with any query). */
function requested(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname.startsWith(CDN))
    .map((url) => url.pathname.slice(CDN.length) + url.search);
}

// A boolean: chai's report of a failed assertion on an element class does not reach the runner.
const isDefined = (tag: string) => customElements.get(tag) !== undefined;
const distinct = (files: string[]) => [...new Set(files)].sort();
const defined = (tag: string) => waitUntil(() => customElements.get(tag), `<${tag}> was not defined`, { timeout: 5000 });

describe('kumppani.js, the loader', () => {
  let graph: CdnGraph;
  const definitions: string[] = [];
  const originalDefine = customElements.define;
  const container = document.createElement('div');

  before(async () => {
    graph = (await executeServerCommand('kumppani-cdn-graph')) as CdnGraph;
    // The test runner's own modules fill the default buffer of 250 entries.
    performance.setResourceTimingBufferSize(10_000);
    customElements.define = function (this: CustomElementRegistry, name, constructor, options) {
      definitions.push(name);
      originalDefine.call(this, name, constructor, options);
    };
    // The elements fetch their data when they connect; these stay loading, which is all this test needs.
    stubFetch(() => new Promise<Response>(() => {}));
    document.body.append(container);
  });

  after(() => {
    customElements.define = originalDefine;
    restoreFetch();
    container.remove();
  });

  it('knows every element of src/', () => {
    expect(Object.keys(graph.modules).sort()).to.deep.equal([...graph.elements].sort());
  });

  it('imports only the self-contained file of the one kind of tag on the page', async () => {
    container.innerHTML = '<partner-directory lang="fi"></partner-directory><partner-directory lang="sv"></partner-directory>';
    expect(requested()).to.deep.equal([]);
    await import(LOADER);
    await defined('partner-directory');

    expect(distinct(requested())).to.deep.equal(['kumppani.js', 'partner-directory.js']);
    expect(container.querySelector('partner-directory')!.shadowRoot, 'the tag on the page is upgraded').to.exist;
    for (const tag of graph.elements.filter((tag) => tag !== 'partner-directory')) {
      expect(isDefined(tag), `<${tag}> is defined`).to.equal(false);
      expect(requested(), tag).not.to.include(graph.modules[tag]![0]);
    }
  });

  it('upgrades a second kind of tag added later, deep inside added markup, from its module and the shared chunks', async () => {
    const before = requested();
    const section = document.createElement('section');
    section.innerHTML = '<div><article><event-list lang="fi"></event-list></article></div>';
    container.append(section);
    await defined('event-list');

    expect(distinct(requested())).to.deep.equal(distinct([...before, ...graph.modules['event-list']!]));
    expect(section.querySelector('event-list')!.shadowRoot).to.exist;
    expect(isDefined('blog-feed')).to.equal(false);
  });

  it('leaves tags it does not know alone', async () => {
    const before = requested();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const unknown = ['kumppani-directory', 'partner-directory-map', 'event-lists', 'x-blog-feed'];
    container.insertAdjacentHTML('beforeend', unknown.map((tag) => `<${tag}></${tag}>`).join(''));
    await aTimeout(300);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);

    expect(requested()).to.deep.equal(before);
    for (const tag of unknown) expect(isDefined(tag), `<${tag}> is defined`).to.equal(false);
    expect(errors).to.deep.equal([]);
  });

  it('loaded twice, or next to a per-element file, defines every element once', async () => {
    // The same URL is the same module; another URL of the same file is a second loader watching the page.
    await import(LOADER);
    await import(`${LOADER}?second-copy`);
    // A host that also loads one element's self-contained file: the loaders leave that tag to it.
    await import(`${CDN}programme-list.js`);
    container.insertAdjacentHTML('beforeend', '<blog-feed lang="fi"></blog-feed><programme-list lang="fi"></programme-list>');
    await defined('blog-feed');
    await aTimeout(300);

    expect(definitions.filter((name) => name === 'blog-feed')).to.have.length(1);
    expect(definitions.filter((name) => name === 'programme-list')).to.have.length(1);
    expect(new Set(definitions).size).to.equal(definitions.length);
    const files = requested();
    expect(files.filter((file) => file === graph.modules['blog-feed']![0])).to.have.length(1);
    expect(files, 'the self-contained file defined <programme-list>').not.to.include(graph.modules['programme-list']![0]);
    expect(container.querySelector('programme-list')!.shadowRoot).to.exist;
  });

  it('loads every element it knows, each defining the tag of its folder', async () => {
    container.insertAdjacentHTML('beforeend', graph.elements.map((tag) => `<${tag} lang="fi"></${tag}>`).join(''));
    for (const tag of graph.elements) await defined(tag);
    expect(new Set(definitions).size).to.equal(definitions.length);
  });
});

describe('autoload', () => {
  it("with two kinds on the page, imports a tag's self-contained file next to the loader when its module cannot be imported", async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    let attempts = 0;
    const base = new URL('./shared/testing/loader-fallback/kumppani.js', import.meta.url).href;
    autoload(
      {
        'loader-fallback-test': () => {
          attempts += 1;
          return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
        },
        'loader-fallback-other': () => {
          customElements.define('loader-fallback-other', class extends HTMLElement {});
          return Promise.resolve();
        },
      },
      base,
      root,
    );
    root.innerHTML = '<loader-fallback-test></loader-fallback-test><loader-fallback-other></loader-fallback-other>';
    await defined('loader-fallback-test');
    await defined('loader-fallback-other');
    expect(attempts, 'the module was tried first').to.equal(1);
    host.remove();
  });

  it('with one kind on the page, imports its self-contained file first, and its module when that file cannot be imported', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const imports: string[] = [];
    autoload(
      {
        'loader-alone-test': () => {
          imports.push('module');
          customElements.define('loader-alone-test', class extends HTMLElement {});
          return Promise.resolve();
        },
      },
      // No self-contained file here: the import fails, and the module is the fallback.
      new URL('./shared/testing/no-such-folder/kumppani.js', import.meta.url).href,
      root,
    );
    root.innerHTML = '<loader-alone-test></loader-alone-test><loader-alone-test></loader-alone-test>';
    await defined('loader-alone-test');
    expect(imports).to.deep.equal(['module']);
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(
      fetched.some((name) => name.includes('/no-such-folder/loader-alone-test.js')),
      'the self-contained file was tried first',
    ).to.equal(true);
    host.remove();
  });

  it('finds tags in a root given to discover(), and tries again after both imports failed', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<loader-retry-test></loader-retry-test>';
    document.body.append(host);
    const imports: string[] = [];
    const errors: unknown[][] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      let fail = true;
      const discover = autoload(
        {
          'loader-retry-test': () => {
            imports.push('loader-retry-test');
            if (fail) return Promise.reject(new Error('offline'));
            customElements.define('loader-retry-test', class extends HTMLElement {});
            return Promise.resolve();
          },
        },
        'http://127.0.0.1:9/nothing/kumppani.js',
        document.createElement('div').attachShadow({ mode: 'open' }),
      );
      // The tag is inside a shadow root the document's observer cannot see.
      expect(imports).to.deep.equal([]);
      discover(host.shadowRoot!);
      await waitUntil(() => errors.length === 1, 'no error logged');
      expect(String(errors[0]![0])).to.include('<loader-retry-test>');
      fail = false;
      discover(host.shadowRoot!);
      await defined('loader-retry-test');
      expect(imports).to.deep.equal(['loader-retry-test', 'loader-retry-test']);
    } finally {
      console.error = originalError;
      host.remove();
    }
  });
});
