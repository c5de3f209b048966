/**
 * The search index follows every write of the Document Service (create, publish, update, unpublish,
 * delete, a new translation), is built at start-up for data written without it, and rebuilds with progress.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Knex } from 'knex';
import { PLUGIN_ID } from '@kumppani/contract';
import type { RebuildProgress, SearchIndex } from '../../cms/server/src/search/search-index';
import { seededCms, type SeededCms } from '../helpers/api';

type Docs = {
  create(params: unknown): Promise<{ documentId: string }>;
  update(params: unknown): Promise<unknown>;
  publish(params: unknown): Promise<unknown>;
  unpublish(params: unknown): Promise<unknown>;
  delete(params: unknown): Promise<unknown>;
};

describe('search index', () => {
  let cms: SeededCms;
  const organisations = () => cms.strapi.documents(`plugin::${PLUGIN_ID}.organisation` as never) as unknown as Docs;
  const index = () => cms.strapi.plugin(PLUGIN_ID).service('search-index') as SearchIndex;
  // Each request a new page size: the index changes below without the content changing, so the response cache would answer.
  let pageSize = 100;
  const found = async (q: string, locale = 'fi'): Promise<string[]> => {
    pageSize -= 1;
    const response = await cms.get(`organisations?q=${encodeURIComponent(q)}&locale=${locale}&pageSize=${pageSize}`);
    assert.equal(response.status, 200, response.text);
    return response.json().data.map((organisation: { slug: string }) => organisation.slug);
  };

  before(async () => {
    cms = await seededCms();
  });
  after(async () => {
    await cms?.close();
  });

  it('finds a document once published, by inflected forms, and loses it on unpublish and delete', async () => {
    const { documentId } = await organisations().create({
      data: {
        name: 'Kuusamon Kehrääjät ry',
        slug: 'kuusamon-kehraajat-ry',
        kind: 'association',
        description: 'Käsityöharrastajien kerho.',
      },
    });
    assert.deepEqual(await found('kehrääjät'), [], 'a draft is not indexed');
    await organisations().publish({ documentId, locale: 'fi' });
    for (const form of ['kehrääjät', 'kehraajille', 'käsityöharrastajien', 'kasityoharrastajat', 'kehr'])
      assert.deepEqual(await found(form), ['kuusamon-kehraajat-ry'], form);

    await organisations().update({ documentId, locale: 'fi', data: { description: 'Lankojen värjäys ja kudonta.' } });
    assert.deepEqual(await found('kudonta'), [], 'an edited draft is not searched before it is published');
    assert.deepEqual(await found('käsityöharrastajien'), ['kuusamon-kehraajat-ry']);
    await organisations().publish({ documentId, locale: 'fi' });
    assert.deepEqual(await found('kudontaa'), ['kuusamon-kehraajat-ry']);
    assert.deepEqual(await found('käsityöharrastajien'), [], 'the old text is gone from the index');

    await organisations().update({
      documentId,
      locale: 'sv',
      data: { name: 'Kuusamo spinnare rf', slug: 'kuusamo-spinnare-rf', kind: 'association', description: 'Vävning och färgning.' },
    });
    await organisations().publish({ documentId, locale: 'sv' });
    assert.deepEqual(await found('vävningen', 'sv'), ['kuusamo-spinnare-rf'], 'a new translation is indexed in its language');
    assert.deepEqual(await found('kudonta', 'sv'), [], 'the Swedish reader sees the translation, not the Finnish text');

    await organisations().unpublish({ documentId, locale: 'sv' });
    assert.deepEqual(await found('vävningen', 'sv'), []);
    assert.deepEqual(await found('kudonta', 'sv'), ['kuusamon-kehraajat-ry'], 'back to the Finnish text');

    await organisations().delete({ documentId, locale: '*' });
    assert.deepEqual(await found('kudonta'), []);
    const rowsLeft = await index().rowIdsOf('organisation', [documentId]);
    assert.deepEqual(rowsLeft, []);
  });

  it('builds an index that is missing or incomplete at start-up, and rebuilds with progress', async () => {
    const knex = cms.strapi.db.connection as unknown as Knex;
    const before = await found('seudulla');
    assert.ok(before.length >= 3, before.join());
    const table = index().tableOf('organisation');
    await knex.raw(`delete from ??`, [table]);
    assert.deepEqual(await found('seudulla'), [], 'the API searches the index');
    await index().ensure();
    assert.deepEqual(await found('seudulla'), before);

    const progress: RebuildProgress[] = [];
    const { entries } = await index().rebuild({ onProgress: (step) => progress.push(step) });
    const types = new Set(progress.map((step) => step.type));
    assert.deepEqual([...types].sort(), ['event', 'organisation', 'post', 'programme']);
    assert.ok(progress.every((step) => step.done <= step.total));
    assert.equal(
      entries,
      [...types].reduce((sum, type) => sum + progress.filter((step) => step.type === type).at(-1)!.total, 0),
    );
    assert.deepEqual(await found('seudulla'), before);
    assert.ok((await index().sizeBytes()) > 0);
  });
});
