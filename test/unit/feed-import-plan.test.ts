/** One run of a feed source, planned (cms/server/src/feed-import/plan-import.ts): new, changed, duplicate and removed items. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeedItem } from '../../cms/server/src/feed-import/parse-feed';
import { fingerprintOf, planImport, type SyndicatedPost } from '../../cms/server/src/feed-import/plan-import';

const item = (n: number, more: Partial<FeedItem> = {}): FeedItem => ({
  key: `guid-${n}`,
  url: `https://kumppani.example/blogi/${n}`,
  title: `Kirjoitus ${n}`,
  summary: `Tiivistelmä ${n}`,
  content: `<p>Teksti ${n}</p>`,
  publishedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: null,
  ...more,
});
const postOf = (feedItem: FeedItem, id = feedItem.key, fullText = false): SyndicatedPost => ({
  id,
  key: feedItem.key,
  url: feedItem.url,
  fingerprint: fingerprintOf(feedItem, fullText),
});

describe('planning an import', () => {
  it('creates posts of new items and leaves those written from the same item alone', () => {
    const plan = planImport([item(1), item(2)], [postOf(item(1))], false);
    assert.deepEqual(
      plan.create.map((entry) => entry.key),
      ['guid-2'],
    );
    assert.deepEqual([plan.update, plan.unchanged], [[], 1]);
  });

  it('updates a post whose item changed its title or summary; a changed body counts only with the full text', () => {
    const edited = item(1, { title: 'Kirjoitus 1 (korjattu)' });
    assert.deepEqual(planImport([edited], [postOf(item(1))], false).update, [{ post: postOf(item(1)), item: edited }]);
    const newBody = item(1, { content: '<p>Uusi teksti</p>' });
    assert.equal(planImport([newBody], [postOf(item(1))], false).unchanged, 1);
    assert.equal(planImport([newBody], [postOf(item(1), 'p1', true)], true).update.length, 1);
  });

  it('knows an item by its link when its GUID changed, and takes an item repeated in one feed once', () => {
    const moved = item(1, { key: 'https://kumppani.example/?p=1' });
    const plan = planImport([moved, item(3), item(3)], [postOf(item(1))], false);
    assert.deepEqual(
      plan.create.map((entry) => entry.key),
      ['guid-3'],
    );
    assert.equal(plan.update.length, 0);
    assert.equal(plan.unchanged, 1);
  });

  it('leaves the post of an item that has left the feed as it is', () => {
    const plan = planImport([item(2)], [postOf(item(1)), postOf(item(2))], false);
    assert.deepEqual([plan.create.length, plan.update.length, plan.unchanged], [0, 0, 1]);
  });
});
