/**
 * Public page addresses without a server: the template rules (shared by the config file and the admin page),
 * the config validator naming the setting, which template gives an item its address, the config file winning
 * locale by locale, and what the admin's settings form saves.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageTemplateProblem, publicPagesSettings } from '@kumppani/contract';
import pluginConfig from '../../cms/server/src/config';
import { mergePublicPages, PublicPages } from '../../cms/server/src/public-pages/public-pages';
import { formFromSettings, settingsFromForm } from '../../cms/admin/src/settings/public-pages-form';

describe('public page templates', () => {
  it('take absolute http(s) addresses with {slug} and, optionally, {locale}', () => {
    for (const template of [
      'https://www.vakehyva.fi/{locale}/jarjestot/{slug}',
      'http://127.0.0.1:1337/sites/event.html?slug={slug}',
      'https://kadetsotessa.fi/blogi/{slug}#sisalto',
    ]) {
      assert.equal(pageTemplateProblem(template), null, template);
    }
  });

  it('refuse anything else, each with its reason', () => {
    const cases: [string, RegExp][] = [
      ['https://www.vakehyva.fi/jarjestot/', /must contain \{slug\}/],
      ['/jarjestot/{slug}', /absolute http\(s\)/],
      ['javascript:alert(1)//{slug}', /absolute http\(s\)/],
      ['ftp://example.fi/{slug}', /absolute http\(s\)/],
      ['https://user:secret@example.fi/{slug}', /absolute http\(s\)/],
      ['https://example.fi/{slug} x', /absolute http\(s\)/],
      ['https://example.fi/{id}/{slug}', /unknown placeholder \{id\}/],
      ['https://example.fi/{slug}}', /unmatched/],
      ['https://example.fi:99999/{slug}', /port \(99999\) above 65535/],
    ];
    for (const [template, reason] of cases) assert.match(pageTemplateProblem(template) ?? 'accepted', reason, template);
  });

  it('stop start-up with the setting named when the config file holds a bad one', () => {
    assert.doesNotThrow(() =>
      pluginConfig.validator({
        publicPages: {
          organisation: 'https://www.vakehyva.fi/{locale}/jarjestot/{slug}',
          event: { fi: 'https://www.vakehyva.fi/tapahtumat/{slug}', sv: 'https://www.vakehyva.fi/sv/evenemang/{slug}' },
          blogs: { 'kadet-sotessa': 'https://kadetsotessa.fi/blogi/{slug}' },
        },
      }),
    );
    assert.throws(
      () => pluginConfig.validator({ publicPages: { event: { sv: 'https://www.vakehyva.fi/sv/evenemang/' } } }),
      /must contain \{slug\}\s+→ at publicPages\.event\.sv/,
    );
    assert.throws(
      () => pluginConfig.validator({ publicPages: { organisation: 'www.vakehyva.fi/{slug}' } }),
      /at publicPages\.organisation/,
    );
    assert.throws(
      () => pluginConfig.validator({ publicPages: { event: { de: 'https://x.fi/{slug}' } } }),
      /not a locale[\s\S]*publicPages\.event\.de/,
    );
    assert.throws(() => pluginConfig.validator({ publicPages: { person: 'https://x.fi/{slug}' } }), /person/);
    assert.equal(publicPagesSettings.safeParse({ blogs: { 'Not A Slug': 'https://x.fi/{slug}' } }).success, false);
  });
});

describe('an item’s page address', () => {
  const pages = new PublicPages({
    organisation: 'https://www.vakehyva.fi/{locale}/jarjestot/{slug}',
    event: { fi: 'https://www.vakehyva.fi/tapahtumat/{slug}' },
    post: 'https://www.vakehyva.fi/{locale}/blogi/{slug}',
    blogs: { 'kadet-sotessa': 'https://kadetsotessa.fi/blogi/{slug}' },
  });

  it('fills the template of its type and locale, or is null where none applies', () => {
    assert.equal(pages.urlOf('organisation', 'sv', 'soste'), 'https://www.vakehyva.fi/sv/jarjestot/soste');
    assert.equal(pages.urlOf('event', 'fi', 'vertaisryhma'), 'https://www.vakehyva.fi/tapahtumat/vertaisryhma');
    assert.equal(pages.urlOf('event', 'en', 'vertaisryhma'), null, 'no English template');
    assert.equal(pages.urlOf('programme', 'fi', 'miepa'), null, 'no template for programmes');
    assert.equal(pages.urlOf('person', 'fi', 'eila'), null, 'people have no pages');
  });

  it("of a post: its canonical URL, else its blog's site, else the posts' template", () => {
    const post = { slug: 'kumppanuus', locale: 'fi' as const, canonicalUrl: null, blogSlug: null };
    assert.equal(pages.postUrl(post), 'https://www.vakehyva.fi/fi/blogi/kumppanuus');
    assert.equal(pages.postUrl({ ...post, blogSlug: 'kadet-sotessa' }), 'https://kadetsotessa.fi/blogi/kumppanuus');
    assert.equal(pages.postUrl({ ...post, blogSlug: 'hyva-digi' }), 'https://www.vakehyva.fi/fi/blogi/kumppanuus');
    assert.equal(
      pages.postUrl({ ...post, blogSlug: 'kadet-sotessa', canonicalUrl: 'https://www.soste.fi/blogi/x/' }),
      'https://www.soste.fi/blogi/x/',
    );
  });

  it('takes the config file’s templates over the admin’s, locale by locale and blog by blog', () => {
    const merged = mergePublicPages(
      {
        organisation: 'https://admin.example/{slug}',
        event: 'https://admin.example/e/{slug}',
        blogs: { a: 'https://a.example/{slug}', b: { fi: 'https://b.example/{slug}', sv: 'https://b.example/sv/{slug}' } },
      },
      { event: { fi: 'https://config.example/e/{slug}' }, blogs: { b: { fi: 'https://config.example/b/{slug}' } } },
    );
    const admin = (template: string) => ({ fi: template, sv: template, en: template });
    assert.deepEqual(merged, {
      organisation: admin('https://admin.example/{slug}'),
      // The file sets Finnish only: the admin's Swedish and English stay.
      event: { fi: 'https://config.example/e/{slug}', sv: 'https://admin.example/e/{slug}', en: 'https://admin.example/e/{slug}' },
      blogs: { a: admin('https://a.example/{slug}'), b: { fi: 'https://config.example/b/{slug}', sv: 'https://b.example/sv/{slug}' } },
    });
  });

  it('a key the config file gives without a value (an unset environment variable) leaves the admin’s template', () => {
    const merged = mergePublicPages({ organisation: 'https://admin.example/{slug}' }, { organisation: undefined, post: undefined });
    assert.equal(new PublicPages(merged).urlOf('organisation', 'sv', 'soste'), 'https://admin.example/soste');
    assert.equal(new PublicPages(merged).urlOf('post', 'fi', 'x'), null);
  });

  it('gives a feed the folder where a site lists its posts, or nothing when the template has none', () => {
    const listOf = (post: string) => new PublicPages({ post }).postListUrl('sv', null);
    assert.equal(listOf('https://www.vakehyva.fi/{locale}/blogi/{slug}'), 'https://www.vakehyva.fi/sv/blogi/');
    assert.equal(
      listOf('https://www.vakehyva.fi/{locale}/blogi/{slug}/'),
      'https://www.vakehyva.fi/sv/blogi/',
      'a WordPress-style trailing slash',
    );
    assert.equal(listOf('http://127.0.0.1:1337/sites/post.html?slug={slug}'), 'http://127.0.0.1:1337/sites/');
    assert.equal(listOf('https://www.example.fi/?p={slug}'), 'https://www.example.fi/');
    assert.equal(listOf('https://{slug}.blogit.example.fi/'), null, 'the slug in the host name: no list page');
    const pages = new PublicPages({
      post: 'https://www.vakehyva.fi/blogi/{slug}',
      blogs: { k: 'https://kadet.example/kirjoitukset/{slug}' },
    });
    assert.equal(pages.postListUrl('fi', 'k'), 'https://kadet.example/kirjoitukset/');
    assert.equal(pages.postListUrl('fi', 'other'), 'https://www.vakehyva.fi/blogi/');
    assert.equal(new PublicPages({}).postListUrl('fi', null), null);
  });
});

describe('the settings form', () => {
  it('saves the filled fields, one template where every locale has the same, and nothing the config file sets', () => {
    const form = formFromSettings({ organisation: 'https://x.fi/{locale}/{slug}', event: { fi: 'https://x.fi/e/{slug}' } });
    assert.deepEqual(form.types.organisation, {
      fi: 'https://x.fi/{locale}/{slug}',
      sv: 'https://x.fi/{locale}/{slug}',
      en: 'https://x.fi/{locale}/{slug}',
    });
    form.types.event.sv = ' https://x.fi/sv/e/{slug} ';
    form.types.programme.fi = '';
    form.blogs.push(
      { slug: 'kadet-sotessa', template: 'https://k.fi/{slug}' },
      { slug: 'config-blog', template: 'https://c.fi/{slug}' },
      { slug: '', template: '' },
    );
    assert.deepEqual(settingsFromForm(form, { post: 'https://config.fi/{slug}', blogs: { 'config-blog': 'https://c.fi/{slug}' } }), {
      organisation: 'https://x.fi/{locale}/{slug}',
      event: { fi: 'https://x.fi/e/{slug}', sv: 'https://x.fi/sv/e/{slug}' },
      blogs: { 'kadet-sotessa': 'https://k.fi/{slug}' },
    });
    const fromConfig = { organisation: 'https://config.fi/{slug}' };
    assert.equal(settingsFromForm(form, fromConfig).organisation, undefined, 'a key of the config file is not stored');
    // The file sets Finnish only: the Swedish and English fields are the editor's, and are saved.
    assert.deepEqual(settingsFromForm(form, { organisation: { fi: 'https://config.fi/{slug}' } }).organisation, {
      sv: 'https://x.fi/{locale}/{slug}',
      en: 'https://x.fi/{locale}/{slug}',
    });
  });
});
