/**
 * Reading a partner's feed (cms/server/src/feed-import/parse-feed.ts): RSS 2.0 as WordPress writes it, Atom and
 * JSON Feed into the same items; plain-text summaries; malformed XML and an XML bomb refused with a message.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FeedParseError, SUMMARY_LENGTH, parsePartnerFeed, plainText } from '../../cms/server/src/feed-import/parse-feed';

const WORDPRESS_RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>A-kiltojen Liitto &#8211; Blogi</title>
  <link>https://www.a-kiltojenliitto.fi</link>
  <item>
    <title>Vertaistuki kantaa &amp; kannattelee</title>
    <link>https://www.a-kiltojenliitto.fi/blogi/vertaistuki-kantaa/</link>
    <dc:creator><![CDATA[Maija Meikäläinen]]></dc:creator>
    <pubDate>Tue, 01 Dec 2026 10:00:00 +0000</pubDate>
    <guid isPermaLink="false">https://www.a-kiltojenliitto.fi/?p=123</guid>
    <description><![CDATA[<p>Kiltatoiminta on p&auml;ihdetoipujien vertaistukea.</p><script>alert(1)</script>]]></description>
    <content:encoded><![CDATA[<p>Koko teksti kiltatoiminnasta.</p>]]></content:encoded>
  </item>
  <item>
    <description>An item with neither GUID nor link cannot be found again, so it is left out.</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Miepä-verkosto</title>
  <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
  <link href="https://miepa.fi/" rel="alternate"/>
  <updated>2026-12-02T08:00:00Z</updated>
  <entry>
    <title type="html">Verkoston &lt;em&gt;tapaaminen&lt;/em&gt;</title>
    <id>tag:miepa.fi,2026:1</id>
    <link rel="alternate" href="https://miepa.fi/2026/tapaaminen"/>
    <published>2026-12-01T09:00:00+02:00</published>
    <updated>2026-12-02T08:00:00Z</updated>
    <summary>Tapasimme Teamsissa.</summary>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Sosiaalialan järjestöt',
  home_page_url: 'https://jarjestot.example/',
  items: [
    {
      id: 'j-1',
      url: 'https://jarjestot.example/1',
      title: 'Otsikko',
      content_html: '<p>Sisältö</p>',
      date_published: '2026-11-30T12:00:00Z',
    },
  ],
});

describe('reading a partner feed', () => {
  it('reads RSS 2.0 as WordPress writes it: GUID, link, plain-text summary, full text and date', () => {
    const feed = parsePartnerFeed(WORDPRESS_RSS);
    assert.deepEqual([feed.format, feed.title, feed.link], ['rss', 'A-kiltojen Liitto – Blogi', 'https://www.a-kiltojenliitto.fi/']);
    assert.deepEqual(feed.items, [
      {
        key: 'https://www.a-kiltojenliitto.fi/?p=123',
        url: 'https://www.a-kiltojenliitto.fi/blogi/vertaistuki-kantaa/',
        title: 'Vertaistuki kantaa & kannattelee',
        summary: 'Kiltatoiminta on päihdetoipujien vertaistukea.',
        content: '<p>Koko teksti kiltatoiminnasta.</p>',
        publishedAt: '2026-12-01T10:00:00.000Z',
        updatedAt: null,
      },
    ]);
  });

  it('reads Atom and JSON Feed into the same items', () => {
    const atom = parsePartnerFeed(ATOM);
    assert.deepEqual([atom.format, atom.title, atom.link], ['atom', 'Miepä-verkosto', 'https://miepa.fi/']);
    assert.deepEqual(atom.items[0], {
      key: 'tag:miepa.fi,2026:1',
      url: 'https://miepa.fi/2026/tapaaminen',
      title: 'Verkoston tapaaminen',
      summary: 'Tapasimme Teamsissa.',
      content: null,
      publishedAt: '2026-12-01T07:00:00.000Z',
      updatedAt: '2026-12-02T08:00:00.000Z',
    });
    const json = parsePartnerFeed(JSON_FEED);
    assert.deepEqual(
      [json.format, json.link, json.items[0]!.key, json.items[0]!.summary, json.items[0]!.content],
      ['json', 'https://jarjestot.example/', 'j-1', 'Sisältö', '<p>Sisältö</p>'],
    );
  });

  it('cuts a long summary at a word, and keeps at most the first items asked for', () => {
    const long = Array.from({ length: 120 }, (_, n) => `sana${n}`).join(' ');
    const items = Array.from({ length: 5 }, (_, n) => `<item><guid>g${n}</guid><description>${long}</description></item>`).join('');
    const feed = parsePartnerFeed(`<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`, 3);
    assert.equal(feed.items.length, 3);
    const summary = feed.items[0]!.summary;
    assert.ok(summary.length <= SUMMARY_LENGTH && summary.endsWith('…') && long.startsWith(summary.slice(0, -1)), summary);
  });

  it('refuses malformed XML and a feed that declares entities (an XML bomb), saying why', () => {
    assert.throws(() => parsePartnerFeed('<rss version="2.0"><channel><title>Katkesi</chan'), FeedParseError);
    assert.throws(() => parsePartnerFeed('{"not": "a feed"}'), /Not an RSS, Atom or JSON feed/);
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss version="2.0"><channel><title>&lol2;</title></channel></rss>`;
    assert.throws(() => parsePartnerFeed(bomb), /declares XML entities/);
  });

  it('gives the text of HTML without scripts or styles', () => {
    assert.equal(plainText('<p>Yksi</p><p>kaksi&nbsp;&amp; <b>kolme</b></p><style>p{}</style><script>x()</script>'), 'Yksi kaksi & kolme');
  });
});
