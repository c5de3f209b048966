/** A partner's full text as a post's blocks (feed-import/html-blocks.ts), and the slug of an imported post. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToBlocks } from '../../cms/server/src/feed-import/html-blocks';
import { errorMessage, slugOfTitle } from '../../cms/server/src/feed-import/import-source';
import { FeedFetchError } from '../../cms/server/src/feed-import/fetch-feed';
import { FeedParseError } from '../../cms/server/src/feed-import/parse-feed';
import { blocksToHtml } from '../../cms/server/src/render/blocks-html';

const text = (value: string, marks: Record<string, true> = {}) => ({ type: 'text', text: value, ...marks });

describe('full text as blocks', () => {
  it('keeps paragraphs, headings (never h1), lists, quotes, code and marked text', () => {
    const blocks = htmlToBlocks(
      '<h1>Otsikko</h1><p>Yksi <strong>vahva</strong> ja <em>kalteva</em>.</p><ul><li>A</li><li>B <b>b</b></li></ul>' +
        '<ol><li>Eka</li></ol><blockquote>Lainaus</blockquote><pre>koodi  rivi\n2</pre>',
    );
    assert.deepEqual(blocks, [
      { type: 'heading', level: 2, children: [text('Otsikko')] },
      {
        type: 'paragraph',
        children: [text('Yksi '), text('vahva', { bold: true }), text(' ja '), text('kalteva', { italic: true }), text('.')],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('A')] },
          { type: 'list-item', children: [text('B '), text('b', { bold: true })] },
        ],
      },
      { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('Eka')] }] },
      { type: 'quote', children: [text('Lainaus')] },
      { type: 'code', children: [text('koodi  rivi\n2')] },
    ]);
  });

  it('resolves links against the item, keeps only http(s) and mailto ones, and drops scripts, styles and images', () => {
    const blocks = htmlToBlocks(
      '<p><a href="/sivu">suhteellinen</a> <a href="javascript:alert(1)">vaarallinen</a><img src="x.png" alt="kuva"></p>' +
        '<script>alert(1)</script><style>p{}</style><iframe src="https://x"></iframe>Irrallinen teksti',
      'https://kumppani.example.org/blogi/kirjoitus',
    );
    assert.deepEqual(blocks, [
      {
        type: 'paragraph',
        children: [{ type: 'link', url: 'https://kumppani.example.org/sivu', children: [text('suhteellinen')] }, text(' vaarallinen')],
      },
      { type: 'paragraph', children: [text('Irrallinen teksti')] },
    ]);
    const html = blocksToHtml(blocks, 'https://cms.example');
    assert.ok(!/script|javascript|img|iframe/.test(html), html);
  });

  it('gives nothing for an empty or text-less fragment', () => {
    assert.deepEqual(htmlToBlocks(''), []);
    assert.deepEqual(htmlToBlocks('<p> </p><div><img src="a.png"></div>'), []);
  });
});

describe('an imported post', () => {
  it('takes a slug of its title: ASCII letters and digits, hyphens between words', () => {
    assert.equal(slugOfTitle('Järjestöjen yhteistyö – Vantaa & Kerava 2026!'), 'jarjestojen-yhteistyo-vantaa-kerava-2026');
    assert.equal(slugOfTitle('???'), 'post');
    assert.ok(slugOfTitle('a'.repeat(300)).length <= 90);
  });

  it('explains a failure in words for editors', () => {
    assert.equal(
      errorMessage(new FeedFetchError('timeout', 'No complete answer within 15 s.')),
      'Fetch failed (timeout): No complete answer within 15 s.',
    );
    assert.equal(errorMessage(new FeedParseError('Not an RSS feed.')), 'The feed could not be read: Not an RSS feed.');
    assert.equal(
      errorMessage({ details: { errors: [{ path: ['title'], message: 'Too long.' }] } }),
      'A post was refused: title: Too long.',
    );
  });
});
