/**
 * The rules run inside the Document Service, which is what the Content Manager calls: an invalid document
 * is refused with a message that names the field, and nothing is saved.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bootCms, type TestCms } from '../helpers/strapi';

type ValidationFailure = { name: string; message: string; details?: { errors?: { path: string[]; message: string }[] } };
type Docs = {
  create(params: unknown): Promise<{ documentId: string }>;
  update(params: unknown): Promise<unknown>;
  findMany(params?: unknown): Promise<unknown[]>;
  count(params?: unknown): Promise<number>;
};

describe('validation through the Document Service', () => {
  let cms: TestCms;
  const docs = (name: string) => cms.strapi.documents(`plugin::kumppani.${name}` as never) as unknown as Docs;
  const rowCount = (name: string) => cms.strapi.db.query(`plugin::kumppani.${name}` as never).count();

  before(async () => {
    cms = await bootCms();
  });
  after(async () => {
    await cms?.close();
  });

  /** Asserts that the action is refused with a ValidationError naming `field`, and that nothing was written. */
  async function assertRefused(name: string, action: () => Promise<unknown>, field: string, message: RegExp): Promise<void> {
    const before = await rowCount(name);
    await assert.rejects(action, (error: ValidationFailure) => {
      assert.equal(error.name, 'ValidationError');
      const problem = error.details?.errors?.find((entry) => entry.path.join('.') === field);
      assert.ok(problem, `an error for ${field} in ${JSON.stringify(error.details)}`);
      assert.match(problem.message, message);
      return true;
    });
    assert.equal(await rowCount(name), before, 'no row was written');
  }

  const organisation = (extra: Record<string, unknown> = {}) => ({
    data: { name: 'Testiyhdistys ry', slug: `testiyhdistys-${Math.random().toString(36).slice(2, 8)}`, kind: 'association', ...extra },
  });

  it('saves a valid organisation', async () => {
    const saved = await docs('organisation').create(
      organisation({
        businessId: '0737546-2',
        website: 'https://www.example.fi/',
        email: 'info@example.fi',
        languages: ['fi', 'sv'],
        targetGroups: ['families'],
      }),
    );
    assert.ok(saved.documentId);
  });

  it('refuses a Y-tunnus with a wrong check digit', async () => {
    await assertRefused(
      'organisation',
      () => docs('organisation').create(organisation({ businessId: '0737546-3' })),
      'businessId',
      /wrong check digit: expected 2/,
    );
  });

  it('refuses a non-http website and a malformed e-mail', async () => {
    await assertRefused(
      'organisation',
      () => docs('organisation').create(organisation({ website: 'javascript:alert(1)' })),
      'website',
      /Only http/,
    );
    await assertRefused(
      'organisation',
      () => docs('organisation').create(organisation({ email: 'info-at-example.fi' })),
      'email',
      /e-mail/,
    );
  });

  it('refuses unknown target groups and malformed language codes', async () => {
    await assertRefused(
      'organisation',
      () => docs('organisation').create(organisation({ targetGroups: ['aliens'] })),
      'targetGroups',
      /Unknown target groups: aliens/,
    );
    await assertRefused(
      'organisation',
      () => docs('organisation').create(organisation({ languages: ['Finnish'] })),
      'languages',
      /Unknown language codes/,
    );
  });

  it('refuses an event that ends before it starts, also when only the end is updated', async () => {
    const base = { title: 'Kumppanuuspäivä', attendanceMode: 'offline', startsAt: '2026-05-12T09:00:00.000Z' };
    await assertRefused(
      'event',
      () => docs('event').create({ data: { ...base, slug: 'kumppanuuspaiva-a', endsAt: '2026-05-12T08:00:00.000Z' } }),
      'endsAt',
      /ends before it starts/,
    );
    const saved = await docs('event').create({ data: { ...base, slug: 'kumppanuuspaiva-b', endsAt: '2026-05-12T12:00:00.000Z' } });
    await assertRefused(
      'event',
      () => docs('event').update({ documentId: saved.documentId, data: { endsAt: '2026-05-11T12:00:00.000Z' } }),
      'endsAt',
      /ends before it starts/,
    );
    const [stored] = (await docs('event').findMany({ filters: { documentId: saved.documentId } })) as { endsAt: string }[];
    assert.equal(new Date(stored.endsAt).toISOString(), '2026-05-12T12:00:00.000Z', 'the stored end is unchanged');
  });

  it('refuses a registration deadline after the start', async () => {
    await assertRefused(
      'event',
      () =>
        docs('event').create({
          data: {
            title: 'Webinaari',
            slug: 'webinaari-x',
            attendanceMode: 'online',
            startsAt: '2026-05-12T09:00:00.000Z',
            registrationDeadline: '2026-05-13T09:00:00.000Z',
          },
        }),
      'registrationDeadline',
      /deadline is after the event starts/,
    );
  });

  it('keeps slugs unique per locale, but lets a translation reuse the slug in another locale', async () => {
    const first = await docs('organisation').create({
      locale: 'fi',
      data: { name: 'Folkhälsan', slug: 'folkhalsan', kind: 'association' },
    });
    await assertRefused(
      'organisation',
      () => docs('organisation').create({ locale: 'fi', data: { name: 'Toinen', slug: 'folkhalsan', kind: 'association' } }),
      'slug',
      /already used by another organisation in locale "fi"/,
    );
    // The Swedish version of the same document may use the same slug; a different document may use it in sv once.
    await docs('organisation').update({ documentId: first.documentId, locale: 'sv', data: { name: 'Folkhälsan', slug: 'folkhalsan' } });
    await assertRefused(
      'organisation',
      () => docs('organisation').create({ locale: 'sv', data: { name: 'Annan', slug: 'folkhalsan', kind: 'association' } }),
      'slug',
      /locale "sv"/,
    );
    const saved = await docs('organisation').create({ locale: 'en', data: { name: 'Other', slug: 'folkhalsan', kind: 'association' } });
    assert.ok(saved.documentId, 'the slug is free in en');
  });

  it('refuses slugs that are not url-safe', async () => {
    await assertRefused(
      'organisation',
      () => docs('organisation').create(organisation({ slug: 'Ääkköset ja välit' })),
      'slug',
      /lowercase letters/,
    );
  });

  it('lists every problem at once', async () => {
    await assert.rejects(
      () => docs('organisation').create(organisation({ businessId: '123', website: 'x', email: 'y' })),
      (error: ValidationFailure) => {
        assert.deepEqual(error.details?.errors?.map((problem) => problem.path[0]).sort(), ['businessId', 'email', 'website']);
        assert.match(error.message, /3 fields need attention/);
        return true;
      },
    );
  });
});
