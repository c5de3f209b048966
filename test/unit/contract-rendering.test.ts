/** The contract's query parsing, search folding and the blocks → HTML renderer, without a server. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventListQuery, invalidParamsOf, organisationListQuery } from '@kumppani/contract';
import { blocksToHtml } from '../../cms/server/src/render/blocks-html';
import { blocksToPlainText, fold } from '../../cms/server/src/search/fold';
import { parseQuery } from '../../cms/server/src/search/tokens';

describe('query contract', () => {
  it('takes lists repeated or comma-separated and applies defaults', () => {
    const repeated = organisationListQuery.parse({ region: ['helsinki', 'vantaa-kerava'], kind: 'association,foundation' });
    assert.deepEqual(repeated.region, ['helsinki', 'vantaa-kerava']);
    assert.deepEqual(repeated.kind, ['association', 'foundation']);
    assert.equal(repeated.locale, 'fi');
    assert.equal(repeated.page, 1);
    assert.equal(repeated.pageSize, 20);
    assert.equal(repeated.facets, false);
  });

  it('names every bad parameter with a reason', () => {
    const result = organisationListQuery.safeParse({ pageSize: '101', page: 'two', locale: 'de', unknown: 'x', q: ['a', 'b'] });
    assert.equal(result.success, false);
    const params = invalidParamsOf(result.error!);
    assert.deepEqual(params.map((param) => param.name).sort(), ['locale', 'page', 'pageSize', 'q', 'unknown']);
    assert.match(params.find((param) => param.name === 'pageSize')!.reason, /at most 100/);
    assert.match(params.find((param) => param.name === 'unknown')!.reason, /not a parameter/);
    assert.match(params.find((param) => param.name === 'q')!.reason, /once/);
  });

  it('accepts dates and offset date-times for event ranges, and nothing else', () => {
    assert.equal(eventListQuery.parse({ start: '2026-06-01' }).start, '2026-06-01');
    assert.equal(eventListQuery.parse({ end: '2026-06-01T12:00:00+03:00' }).end, '2026-06-01T12:00:00+03:00');
    for (const bad of ['2026-13-01', '1.6.2026', '2026-06-01T12:00:00', 'tomorrow'])
      assert.equal(eventListQuery.safeParse({ start: bad }).success, false, bad);
  });
});

describe('search folding', () => {
  it('ignores case and accents, and splits words', () => {
    assert.equal(fold('Yhteistyö ÅBO Ärrä'), 'yhteistyo abo arra');
    assert.deepEqual(
      parseQuery('  Vantaan   A-kilta ', 'fi').map((word) => word.word),
      ['vantaan', 'a', 'kilta'],
    );
    assert.deepEqual(parseQuery('%_\\', 'fi'), []);
  });

  it('extracts the text of blocks', () => {
    assert.equal(
      blocksToPlainText([
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Hei ' },
            { type: 'link', url: 'https://x.fi', children: [{ type: 'text', text: 'maailma' }] },
          ],
        },
      ]),
      'Hei maailma',
    );
  });
});

describe('blocks to HTML', () => {
  const base = 'https://cms.example.fi';
  it('renders the block types editors use', () => {
    const html = blocksToHtml(
      [
        { type: 'heading', level: 1, children: [{ type: 'text', text: 'Otsikko' }] },
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Lihava', bold: true },
            { type: 'text', text: ' ja ' },
            { type: 'link', url: 'https://www.soste.fi/', children: [{ type: 'text', text: 'linkki' }] },
          ],
        },
        { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'yksi' }] }] },
        { type: 'quote', children: [{ type: 'text', text: 'Nyt on paikka' }] },
        { type: 'image', image: { url: '/uploads/kuva.jpg', alternativeText: 'Kuvaus', width: 800, height: 600 } },
      ],
      base,
    );
    assert.equal(
      html,
      '<h2>Otsikko</h2><p><strong>Lihava</strong> ja <a href="https://www.soste.fi/">linkki</a></p><ol><li>yksi</li></ol><blockquote>Nyt on paikka</blockquote><p><img src="https://cms.example.fi/uploads/kuva.jpg" alt="Kuvaus" width="800" height="600"></p>',
    );
  });

  it('lets nothing through that a browser would run', () => {
    const html = blocksToHtml(
      [
        { type: 'paragraph', children: [{ type: 'text', text: '<script>alert(1)</script>' }] },
        { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'klikkaa' }] }] },
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'data:text/html,<script>alert(1)</script>', children: [{ type: 'text', text: 'data' }] }],
        },
        { type: 'image', image: { url: 'javascript:alert(1)', alternativeText: 'x' } },
        { type: 'image', image: { url: '/a.png', alternativeText: '" onerror="alert(1)' } },
        { type: 'html', children: [{ type: 'text', text: '<iframe src=x>' }] },
        { type: 'heading', level: '2 onclick=alert(1)', children: [{ type: 'text', text: 't' }] },
      ],
      base,
    );
    assert.doesNotMatch(html, /<script|<iframe|javascript:|data:text|onerror="|onclick/i);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /<p>klikkaa<\/p>/);
    assert.match(html, /alt="&quot; onerror=&quot;alert\(1\)"/);
  });

  it('survives malformed bodies', () => {
    assert.equal(blocksToHtml(null, base), '');
    assert.equal(blocksToHtml('not json', base), '');
    assert.equal(blocksToHtml([{ children: 'x' }, 5, null], base), '');
  });
});
