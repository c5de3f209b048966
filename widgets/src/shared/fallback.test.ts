import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../index.js';
import { networkFailure, restoreFetch, settled, stubFetch } from './testing/fetch-stub.js';

/**
 * What a host puts inside a tag (a link to the same content elsewhere) is the fallback: the page shows it until
 * the element is defined, and for good when the bundle cannot load. Once defined, the element's shadow root
 * has only named slots, so the fallback is no longer rendered: it would sit beside the widget showing the
 * same thing.
 */
const TAGS = ['partner-directory', 'event-list', 'blog-feed', 'programme-list', 'organisation-detail', 'event-detail', 'post-article'];

/** Whether `node` is rendered: an element without a box (not slotted, or display: none) has no client rects. */
const rendered = (node: Element) => node.getClientRects().length > 0;

describe('fallback content inside a tag', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => restoreFetch());

  it('shows while the tag is not defined (the bundle did not load)', async () => {
    const host = await fixture(
      `<kumppani-never-defined><a href="https://www.example.fi/">Katso kumppanihakemisto</a></kumppani-never-defined>`,
    );
    expect(rendered(host.querySelector('a')!)).to.be.true;
  });

  for (const tag of TAGS) {
    it(`is not rendered once <${tag}> is defined, in its error state too`, async () => {
      stubFetch(() => networkFailure());
      const el = await fixture<LitElement>(
        `<${tag} api="https://cms.test" slug="a"><a href="https://www.example.fi/">Fallback</a></${tag}>`,
      );
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part~="error"]'), 'the error state, where the fallback would matter most').to.exist;
      expect(rendered(el.querySelector('a')!)).to.be.false;
      expect(rendered(el), 'the element itself is').to.be.true;
    });
  }
});
