/** The embed builder's logic without a browser: snippet, contrast warnings and CORS advice. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { contrastProblems, contrastRatio, corsAdvice, overfullFilters } from '../../cms/admin/src/embed/checks';
import { organisationListQuery } from '@kumppani/contract';
import { DEFAULT_THEME, ELEMENT_NAMES, ELEMENTS, defaultTheme, paletteOn } from '../../cms/admin/src/embed/elements';
import { buildSnippet, type Composition } from '../../cms/admin/src/embed/snippet';

const directory = (overrides: Partial<Composition> = {}): Composition => ({
  element: 'partner-directory',
  lang: 'fi',
  filters: {},
  theme: DEFAULT_THEME,
  ...overrides,
});

describe('embed snippet', () => {
  it('is the CMS bundle script plus the element with its api, language and preset filters', () => {
    const snippet = buildSnippet(
      directory({ filters: { region: ['vantaa-kerava'], topic: ['mielenterveys-ja-paihteet', 'vertaistuki'], kind: [] } }),
      'https://cms.example.fi/',
    );
    assert.equal(snippet.script, '<script type="module" src="https://cms.example.fi/kumppani/kumppani.js"></script>');
    assert.equal(
      snippet.element,
      '<partner-directory api="https://cms.example.fi" lang="fi" region="vantaa-kerava" topic="mielenterveys-ja-paihteet,vertaistuki"></partner-directory>',
    );
    assert.equal(
      snippet.html,
      `${snippet.script}\n${snippet.element.replace('></', `>\n  ${snippet.fallback}\n</`)}`,
      'the element holds its fallback content',
    );
  });

  it('puts inside the element a fallback in its language: a calendar or feed link where one exists, else a sentence', () => {
    const fallback = (composition: Partial<Composition> & Pick<Composition, 'element'>) =>
      buildSnippet(directory(composition), 'https://cms.example.fi').fallback;
    assert.equal(
      fallback({ element: 'event-list', lang: 'sv', filters: { region: ['pohjanmaa'], mode: ['online', 'mixed'] } }),
      '<a href="https://cms.example.fi/api/kumppani/events.ics?region=pohjanmaa&amp;mode=online%2Cmixed&amp;locale=sv">Evenemangen i din kalender (iCalendar)</a>',
    );
    assert.equal(
      fallback({ element: 'event-detail', lang: 'en', slug: 'kumppanuuspoyta' }),
      '<a href="https://cms.example.fi/api/kumppani/events/kumppanuuspoyta.ics?locale=en">The event in your calendar (iCalendar)</a>',
    );
    assert.equal(
      fallback({ element: 'event-detail' }),
      '<a href="https://cms.example.fi/api/kumppani/events.ics?locale=fi">Tapahtumat kalenteriisi (iCalendar)</a>',
    );
    assert.equal(
      fallback({ element: 'blog-feed', filters: { blog: ['kadet-sotessa'] } }),
      '<a href="https://cms.example.fi/api/kumppani/feeds/posts.rss?blog=kadet-sotessa&amp;locale=fi">Blogikirjoitukset RSS-syötteenä</a>',
    );
    assert.equal(
      fallback({ element: 'post-article', lang: 'sv', slug: 'x' }),
      '<a href="https://cms.example.fi/api/kumppani/feeds/posts.rss?locale=sv">Blogginläggen som RSS-flöde</a>',
    );
    assert.equal(
      fallback({ element: 'partner-directory' }),
      '<p>Kumppanihakemisto latautuu. Jos se ei tule näkyviin, lataa sivu myöhemmin uudelleen.</p>',
    );
    for (const element of ELEMENT_NAMES)
      for (const lang of ['fi', 'sv', 'en'] as const)
        assert.match(fallback({ element, lang }), /^<(a href="https:\/\/cms\.example\.fi\/api\/kumppani\/|p>)[^<]+<\/(a|p)>$/);
  });

  it('loads the bundle from the path the options document gives', () => {
    const snippet = buildSnippet(directory(), 'https://cms.example.fi', '/kumppani/kumppani.0123456789ab.js');
    assert.equal(snippet.script, '<script type="module" src="https://cms.example.fi/kumppani/kumppani.0123456789ab.js"></script>');
  });

  it('uses the attributes of each element and leaves out filters the element does not have', () => {
    const events = buildSnippet(
      {
        element: 'event-list',
        lang: 'sv',
        filters: { region: ['pohjanmaa'], programme: ['vanskapsnatet'], blog: ['kadet-sotessa'] },
        layout: 'month',
        count: 5,
        theme: DEFAULT_THEME,
      },
      'https://cms.example.fi',
    );
    assert.equal(
      events.element,
      '<event-list api="https://cms.example.fi" lang="sv" region="pohjanmaa" programme="vanskapsnatet" group-by="month" limit="5" subscribe></event-list>',
    );
    const readers = buildSnippet(
      // In the element's order whatever the order chosen; an element without reader filters takes none.
      { element: 'event-list', lang: 'fi', filters: {}, readerFilters: ['free', 'text', 'dates'], theme: DEFAULT_THEME },
      'https://cms.example.fi',
    );
    assert.equal(readers.element, '<event-list api="https://cms.example.fi" lang="fi" filters="text dates free" subscribe></event-list>');
    // Calendar subscription links are on for a new event list, as a bare boolean attribute, and can be turned off.
    assert.equal(
      buildSnippet({ element: 'event-list', lang: 'fi', filters: {}, switches: [], theme: DEFAULT_THEME }, 'https://cms.example.fi')
        .element,
      '<event-list api="https://cms.example.fi" lang="fi"></event-list>',
    );
    // A series once with its next dates is off for a new list (each date a card), and can be turned on.
    assert.equal(
      buildSnippet(
        { element: 'event-list', lang: 'fi', filters: {}, switches: ['subscribe', 'series-once'], theme: DEFAULT_THEME },
        'https://cms.example.fi',
      ).element,
      '<event-list api="https://cms.example.fi" lang="fi" subscribe series-once></event-list>',
    );
    assert.equal(
      buildSnippet(
        { element: 'blog-feed', lang: 'fi', filters: {}, switches: ['subscribe'], theme: DEFAULT_THEME },
        'https://cms.example.fi',
      ).element,
      '<blog-feed api="https://cms.example.fi" lang="fi"></blog-feed>',
      'an element without the switch takes none',
    );
    assert.equal(
      buildSnippet(directory({ readerFilters: ['text'] }), 'https://cms.example.fi').element,
      '<partner-directory api="https://cms.example.fi" lang="fi"></partner-directory>',
    );
    const blog = buildSnippet(
      { element: 'blog-feed', lang: 'en', filters: { blog: ['kadet-sotessa'] }, layout: 'grid', count: 3, theme: DEFAULT_THEME },
      'https://cms.example.fi',
    );
    assert.equal(
      blog.element,
      '<blog-feed api="https://cms.example.fi" lang="en" blog="kadet-sotessa" layout="grid" limit="3"></blog-feed>',
    );
    assert.equal(
      buildSnippet(directory({ count: 24 }), 'https://cms.example.fi').element,
      '<partner-directory api="https://cms.example.fi" lang="fi" page-size="24"></partner-directory>',
    );
  });

  it("offers a blog feed with only, or without, the posts from partners' feeds, and its fallback feed link follows", () => {
    const feed = (syndicated?: string) =>
      buildSnippet(
        { element: 'blog-feed', lang: 'fi', filters: {}, selects: syndicated ? { syndicated } : {}, theme: DEFAULT_THEME },
        'https://cms.example.fi',
      );
    assert.deepEqual(
      ELEMENTS['blog-feed'].selects?.find((select) => select.attribute === 'syndicated')?.values.map((choice) => choice.value),
      ['all', 'only', 'exclude'],
    );
    assert.equal(feed('only').element, '<blog-feed api="https://cms.example.fi" lang="fi" syndicated="only"></blog-feed>');
    assert.match(feed('only').fallback, /posts\.rss\?syndicated=true&amp;locale=fi/);
    assert.equal(feed('exclude').element, '<blog-feed api="https://cms.example.fi" lang="fi" syndicated="exclude"></blog-feed>');
    assert.match(feed('exclude').fallback, /posts\.rss\?syndicated=false&amp;locale=fi/);
    for (const value of [undefined, 'all', 'something-else']) {
      assert.equal(feed(value).element, '<blog-feed api="https://cms.example.fi" lang="fi"></blog-feed>', String(value));
      assert.ok(!feed(value).fallback.includes('syndicated'));
    }
  });

  it('names the item of a detail element by its slug, or else by the query parameter of the page address', () => {
    const fromAddress = buildSnippet({ element: 'event-detail', lang: 'fi', filters: {}, theme: DEFAULT_THEME }, 'https://cms.example.fi');
    assert.equal(fromAddress.element, '<event-detail api="https://cms.example.fi" lang="fi" slug-param="slug"></event-detail>');
    const ownParameter = buildSnippet(
      { element: 'post-article', lang: 'sv', filters: {}, slug: ' ', slugParam: ' inlagg ', theme: DEFAULT_THEME },
      'https://cms.example.fi',
    );
    assert.equal(ownParameter.element, '<post-article api="https://cms.example.fi" lang="sv" slug-param="inlagg"></post-article>');
    // A chosen slug wins; a count or filters that only lists take are left out.
    const fixed = buildSnippet(
      {
        element: 'organisation-detail',
        lang: 'en',
        filters: { region: ['vantaa-kerava'] },
        slug: 'vantaan-a-kilta-ry',
        slugParam: 'kohde',
        count: 5,
        theme: DEFAULT_THEME,
      },
      'https://cms.example.fi',
    );
    assert.equal(
      fixed.element,
      '<organisation-detail api="https://cms.example.fi" lang="en" slug="vantaan-a-kilta-ry"></organisation-detail>',
    );
    // A list element takes no slug.
    assert.equal(
      buildSnippet(directory({ slug: 'x', slugParam: 'y' }), 'https://cms.example.fi').element,
      '<partner-directory api="https://cms.example.fi" lang="fi"></partner-directory>',
    );
  });

  it('offers every element the widgets define, each detail element with its item and no count', () => {
    const widgetsPackage = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'widgets', 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const exported = Object.keys(widgetsPackage.exports)
      .map((key) => /^\.\/([a-z-]+)\.js$/.exec(key)?.[1])
      .filter(Boolean)
      .sort();
    assert.deepEqual([...ELEMENT_NAMES].sort(), exported);
    for (const name of ['organisation-detail', 'event-detail', 'post-article'] as const) {
      assert.ok(ELEMENTS[name].item, name);
      assert.equal(ELEMENTS[name].countAttribute, undefined, name);
    }
    assert.equal(ELEMENTS['organisation-detail'].item?.source, 'organisations');
  });

  it('writes only the colours that differ from the defaults, as custom properties, and escapes values', () => {
    const snippet = buildSnippet(
      directory({ theme: { ...DEFAULT_THEME, accent: '#006073', onAccent: '#FFFFFF' }, filters: { tag: ['x'], region: ['a"b<c&d'] } }),
      'https://cms.example.fi',
    );
    assert.equal(
      snippet.element,
      '<partner-directory api="https://cms.example.fi" lang="fi" region="a&quot;b&lt;c&amp;d" style="--kumppani-color-accent: #006073"></partner-directory>',
    );
  });
});

describe('colour scheme', () => {
  it('picks the palette the widget picks: by the page background for auto, else the chosen one', () => {
    assert.equal(paletteOn('auto', '#ffffff'), 'light');
    assert.equal(paletteOn('auto', '#121212'), 'dark');
    assert.equal(paletteOn('auto', '#1a3a6b'), 'dark');
    assert.equal(paletteOn('auto', '#f4f0fa'), 'light');
    assert.equal(paletteOn('light', '#121212'), 'light');
    assert.equal(paletteOn('dark', '#ffffff'), 'dark');
  });

  it('writes theme="light" or "dark", never the default auto', () => {
    assert.ok(!buildSnippet(directory({ scheme: 'auto' }), 'https://cms.example.fi').element.includes('theme='));
    for (const scheme of ['light', 'dark'] as const) {
      const theme = defaultTheme(scheme);
      assert.equal(
        buildSnippet(directory({ scheme, theme }), 'https://cms.example.fi').element,
        `<partner-directory api="https://cms.example.fi" lang="fi" theme="${scheme}"></partner-directory>`,
      );
    }
  });

  it('writes only the colours that differ from the palette the widget takes by itself on the page', () => {
    const dark = defaultTheme('dark');
    assert.deepEqual(contrastProblems(dark), [], 'the dark defaults pass on the dark page');
    assert.equal(
      buildSnippet(directory({ theme: { ...dark, accent: '#9ecbff' } }), 'https://cms.example.fi').element,
      '<partner-directory api="https://cms.example.fi" lang="fi" style="--kumppani-color-accent: #9ecbff"></partner-directory>',
    );
    // The light colours on a dark page are not what the widget would take there: they are written.
    assert.match(
      buildSnippet(directory({ theme: { ...DEFAULT_THEME, page: '#121212' } }), 'https://cms.example.fi').element,
      /style="--kumppani-color-text: #1f2328; --kumppani-color-surface: #ffffff; --kumppani-color-accent: #0b5394; --kumppani-color-on-accent: #ffffff"/,
    );
  });
});

describe('contrast warnings', () => {
  it('computes WCAG contrast ratios', () => {
    assert.equal(contrastRatio('#000000', '#ffffff').toFixed(1), '21.0');
    assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
  });

  it('passes the defaults and names each pair that fails 4.5:1', () => {
    assert.deepEqual(contrastProblems(DEFAULT_THEME), []);
    const problems = contrastProblems({ ...DEFAULT_THEME, accent: '#7fb2e5' });
    assert.deepEqual(
      problems.map((problem) => problem.pair),
      ['Links on the card background', 'Button text on the button colour', 'Links on your page background'],
    );
    assert.ok(problems.every((problem) => problem.ratio < 4.5 && problem.required === 4.5));
  });

  it('checks the text on the host page too: light text on dark cards is unreadable on a white page', () => {
    const darkCards = { ...DEFAULT_THEME, text: '#f5f5f5', surface: '#1f2328', accent: '#8ec5ff', onAccent: '#1f2328' };
    assert.deepEqual(
      contrastProblems(darkCards).map((problem) => problem.pair),
      ['Text on your page background', 'Links on your page background'],
    );
    assert.deepEqual(contrastProblems({ ...darkCards, page: '#121212' }), []);
  });

  it('never writes the page background into the snippet: the widget takes it from the page', () => {
    const snippet = buildSnippet(directory({ theme: { ...DEFAULT_THEME, page: '#fdf8f1' } }), 'https://cms.example.fi');
    assert.ok(!snippet.element.includes('style='), snippet.element);
  });
});

describe('CORS advice', () => {
  it('accepts a listed origin whatever the path, and any origin under "*"', () => {
    assert.deepEqual(corsAdvice('https://www.vakehyva.fi/jarjestot?x=1', ['https://www.vakehyva.fi']), {
      status: 'allowed',
      origin: 'https://www.vakehyva.fi',
    });
    assert.equal(corsAdvice('https://any.example.org', '*').status, 'allowed');
  });

  it('gives the config lines that add a missing origin to the existing ones', () => {
    assert.deepEqual(corsAdvice('https://jarjesto.example.fi/sivu', ['https://www.vakehyva.fi']), {
      status: 'blocked',
      origin: 'https://jarjesto.example.fi',
      envLine: 'KUMPPANI_CORS_ORIGINS=https://www.vakehyva.fi,https://jarjesto.example.fi',
      configLine: "kumppani: { config: { cors: { origins: ['https://www.vakehyva.fi', 'https://jarjesto.example.fi'] } } }",
    });
  });

  it('says what to write when the address is not a web address', () => {
    assert.equal(corsAdvice('', []).status, 'empty');
    assert.equal(corsAdvice('www.example.fi', []).status, 'invalid');
    assert.equal(corsAdvice('ftp://example.fi', []).status, 'invalid');
  });
});

describe('list limit', () => {
  it('flags exactly the filters the API would refuse for having too many values', () => {
    const slugs = (count: number) => Array.from({ length: count }, (_, index) => `alue-${index}`);
    for (const count of [1, 29, 30, 31, 60]) {
      const flagged = overfullFilters({ region: slugs(count), topic: ['vertaistuki'] });
      const refused = !organisationListQuery.safeParse({ region: slugs(count).join(','), topic: 'vertaistuki' }).success;
      assert.equal(flagged.includes('region'), refused, `${count} regions`);
      assert.ok(!flagged.includes('topic'));
    }
  });
});
