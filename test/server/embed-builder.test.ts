/**
 * The embed builder's server side: the `embed` admin permission, and the options it offers (the CMS's real,
 * published data and its CORS allow-list) only to admins whose role has that permission.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { embedOptionsResponse } from '@kumppani/contract';
import { adminToken, privateTexts, seededCms, type SeededCms } from '../helpers/api';

const DEMO_ADMIN = { email: 'demo@kumppani.example', password: 'Kumppani-demo-2026' };
const EDITOR = { email: 'editor@kumppani.example', password: 'Editor-without-embed-1' };

describe('embed builder options behind the embed permission', () => {
  let cms: SeededCms;

  before(async () => {
    cms = await seededCms({
      env: { KUMPPANI_DEMO_ADMIN: 'on', KUMPPANI_CORS_ORIGINS: 'https://www.vakehyva.fi,https://jarjesto.example.fi' },
    });
    const editorRole = await cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    await cms.strapi
      .service('admin::user')
      .create({ ...EDITOR, firstname: 'Eila', lastname: 'Editori', isActive: true, roles: [editorRole.id] });
  });
  after(async () => {
    await cms?.close();
  });

  const login = (account: { email: string; password: string }) => adminToken(cms, account);
  const options = (token?: string) =>
    fetch(`${cms.baseUrl}/kumppani/embed-options`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('registers the embed permission, which the super admin has and the editor role has not', async () => {
    const action = cms.strapi.service('admin::permission').actionProvider.get('plugin::kumppani.embed');
    assert.equal(action?.displayName, 'Use the embed builder');
    const holders = await cms.strapi.db
      .query('admin::permission')
      .findMany({ where: { action: 'plugin::kumppani.embed' }, populate: ['role'] });
    assert.deepEqual(
      holders.map((permission: { role: { code: string } }) => permission.role.code),
      ['strapi-super-admin'],
    );
  });

  it('refuses anonymous requests and admins without the permission', async () => {
    assert.equal((await options()).status, 401);
    assert.equal((await options(await login(EDITOR))).status, 403);
  });

  it('offers the real published data to pick from, nothing from drafts, and the CORS allow-list', async () => {
    const response = await options(await login(DEMO_ADMIN));
    assert.equal(response.status, 200);
    // The admin reads this response by the contract's type: what the server sends must be that shape.
    const body = embedOptionsResponse.parse(await response.json());
    const values = (list: { value: string }[]) => list.map((choice) => choice.value);

    // 21 counties, the City of Helsinki and the five collaborative areas.
    assert.equal(body.regions.length, 27);
    assert.ok(values(body.regions).includes('vantaa-kerava'));
    assert.ok(values(body.topics).includes('mielenterveys-ja-paihteet'));
    assert.ok(values(body.blogs).includes('kadet-sotessa'));
    const published = (await cms.get('programmes?locale=fi&pageSize=100')).json();
    assert.ok(published.data.length > 0);
    assert.deepEqual(values(body.programmes).sort(), published.data.map((item: { slug: string }) => item.slug).sort());
    const organisations = (await cms.get('organisations?locale=fi&pageSize=100')).json();
    assert.ok(organisations.data.length > 0);
    assert.deepEqual(values(body.organisations).sort(), organisations.data.map((item: { slug: string }) => item.slug).sort());
    const { secrets } = await privateTexts(cms);
    assert.ok(secrets.size > 0, 'drafts and private contact details to look for');
    const text = JSON.stringify(body);
    for (const [secret, what] of secrets) assert.ok(!text.includes(secret), `embed options show ${what}`);
    assert.ok(body.tags.length > 0);
    assert.deepEqual(body.cors.origins, ['https://www.vakehyva.fi', 'https://jarjesto.example.fi']);
    assert.equal(body.bundle.path, '/kumppani/kumppani.js');
    assert.match(body.bundle.hashedPath ?? '', /^\/kumppani\/kumppani\.[0-9a-f]{12}\.js$/);
  });
});
