/** Programmes, events and posts: filters, order, locales and the safe HTML body. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EventSummary, PostDetail, PostSummary, ProgrammeSummary } from '@kumppani/contract';
import { seededCms, type SeededCms } from '../helpers/api';

describe('programmes, events and posts', () => {
  let cms: SeededCms;
  before(async () => {
    cms = await seededCms();
  });
  after(async () => {
    await cms?.close();
  });

  const data = async <T>(query: string): Promise<T[]> => {
    const response = await cms.get(query);
    assert.equal(response.status, 200, `${query}: ${response.text.slice(0, 300)}`);
    return response.json().data;
  };

  describe('GET /programmes', () => {
    it('filters by organisation (administrator or partner), region, status and active date', async () => {
      const kyt = await data<ProgrammeSummary>('programmes?organisation=kyt-keski-suomen-yhteisojen-tuki-ry');
      assert.ok(kyt.some((programme) => programme.administrator?.slug === 'kyt-keski-suomen-yhteisojen-tuki-ry'));
      const all = await data<ProgrammeSummary>('programmes?pageSize=100');
      const partnerOfSoste = all.filter(
        (programme) =>
          programme.partners.some((partner) => partner.slug === 'soste-suomen-sosiaali-ja-terveys-ry') ||
          programme.administrator?.slug === 'soste-suomen-sosiaali-ja-terveys-ry',
      );
      const bySoste = await data<ProgrammeSummary>('programmes?organisation=soste-suomen-sosiaali-ja-terveys-ry&pageSize=100');
      assert.ok(bySoste.length >= partnerOfSoste.length && partnerOfSoste.length > 0);
      const active = await data<ProgrammeSummary>('programmes?status=active&pageSize=100');
      assert.ok(active.length > 0 && active.every((programme) => programme.status === 'active'));
      const on2020 = await data<ProgrammeSummary>('programmes?activeOn=2020-06-01&pageSize=100');
      assert.ok(
        on2020.every(
          (programme) =>
            (!programme.startDate || programme.startDate <= '2020-06-01') && (!programme.endDate || programme.endDate >= '2020-06-01'),
        ),
      );
      assert.ok(on2020.some((programme) => programme.name.includes('vaikuttavat järjestöt')));
      const region = await data<ProgrammeSummary>('programmes?region=vantaa-kerava');
      assert.ok(region.some((programme) => programme.name.startsWith('Vantaa–Kerava-sote')));
    });

    it('shows goals one per line and contacts', async () => {
      const programme = (await data<ProgrammeSummary>('programmes?q=vaikuttavat')).find((found) =>
        found.name.includes('vaikuttavat järjestöt'),
      );
      assert.ok(programme, 'the Keski-Suomen vaikuttavat järjestöt programme');
      const detail = (await cms.get(`programmes/${programme.slug}`)).json().data;
      assert.ok(detail.goals.length >= 3, JSON.stringify(detail.goals));
      assert.deepEqual(
        detail.contacts.map((contact: { name: string }) => contact.name),
        ['Anne Astikainen'],
      );
    });
  });

  describe('GET /events', () => {
    it('lists upcoming events by default, soonest first', async () => {
      const events = await data<EventSummary>('events?pageSize=100');
      assert.ok(events.length >= 10);
      const now = Date.now();
      assert.ok(events.every((event) => Date.parse(event.endsAt ?? event.startsAt) >= now - 60_000));
      const starts = events.map((event) => Date.parse(event.startsAt));
      assert.deepEqual(
        starts,
        [...starts].sort((a, b) => a - b),
      );
    });

    it('returns events that overlap a range given as Helsinki dates', async () => {
      // The SOSTE Akatemia on 1.6.2022 17.30–19.00 Helsinki time.
      const day = await data<EventSummary>('events?start=2022-06-01&end=2022-06-01');
      assert.deepEqual(
        day.map((event) => event.title),
        ['SOSTE Akatemia: Yhteistyöllä lisää hyvinvointia ja terveyttä'],
      );
      assert.deepEqual(await data('events?start=2022-06-02&end=2022-06-30'), []);
      // Overlap, not containment: a range starting during the event still finds it.
      const during = await data<EventSummary>('events?start=2022-06-01T18:00:00%2B03:00&end=2022-06-01T18:30:00%2B03:00');
      assert.equal(during.length, 1);
      const past = await data<EventSummary>('events?end=2023-01-01');
      assert.ok(past.length >= 2 && past.every((event) => Date.parse(event.startsAt) < Date.parse('2023-01-01T00:00:00+02:00')));
    });

    it('filters by mode, language, price, status, organiser, programme, region and text', async () => {
      const all = await data<EventSummary>('events?start=2000-01-01&pageSize=100');
      const check = async (query: string, predicate: (event: EventSummary) => boolean) => {
        const filtered = await data<EventSummary>(`events?start=2000-01-01&pageSize=100&${query}`);
        assert.ok(filtered.length > 0, `${query} finds something`);
        assert.ok(filtered.every(predicate), query);
        assert.equal(filtered.length, all.filter(predicate).length, `${query} finds all`);
      };
      await check('mode=online', (event) => event.attendanceMode === 'online');
      await check('mode=offline,mixed', (event) => event.attendanceMode !== 'online');
      await check('language=sv', (event) => event.languages.includes('sv'));
      await check('free=false', (event) => !event.isFree);
      await check('free=true', (event) => event.isFree);
      await check('status=cancelled', (event) => event.status === 'cancelled');
      await check('organiser=soste-suomen-sosiaali-ja-terveys-ry', (event) =>
        event.organisers.some((organiser) => organiser.slug === 'soste-suomen-sosiaali-ja-terveys-ry'),
      );
      const withProgramme = all.find((event) => event.programme)!;
      await check(`programme=${withProgramme.programme!.slug}`, (event) => event.programme?.slug === withProgramme.programme!.slug);
      await check('q=akatemia', (event) => /akatemia/i.test(event.title + event.description));
    });

    it('shows status changes and registration deadlines', async () => {
      const all = await data<EventSummary>('events?start=2000-01-01&pageSize=100');
      const rescheduled = all.find((event) => event.status === 'rescheduled');
      assert.ok(rescheduled?.previousStartsAt, 'a rescheduled event keeps its previous start');
      assert.ok(all.some((event) => event.status === 'postponed'));
      assert.ok(all.some((event) => event.status === 'moved_online'));
      const registration = all.find((event) => event.registration?.deadline)!;
      assert.ok(Date.parse(registration.registration!.deadline!) <= Date.parse(registration.startsAt));
      assert.match(registration.calendarUrl, /\/api\/kumppani\/events\/[a-z0-9-]+\.ics$/);
    });

    describe('facets', () => {
      type Facets = Record<'region' | 'topic' | 'mode' | 'language' | 'free', { value: string; label: string; count: number }[]>;
      const meta = async (query: string): Promise<{ total: number; facets?: Facets }> => {
        const response = await cms.get(`events?${query}`);
        assert.equal(response.status, 200, `${query}: ${response.text.slice(0, 300)}`);
        return response.json().meta;
      };
      /** Every count of every group is the total of the list filtered by that value (its own group's filter replaced). */
      const expectCountsAreTotals = async (base: string, values: Partial<Record<keyof Facets, string>> = {}) => {
        const filters = (omit?: string) =>
          Object.entries(values)
            .filter(([name]) => name !== omit)
            .map(([name, value]) => `&${name}=${value}`)
            .join('');
        const { facets, total } = await meta(`facets=true&pageSize=1&${base}${filters()}`);
        assert.ok(facets, 'facets when asked');
        for (const group of ['region', 'topic', 'mode', 'language', 'free'] as const) {
          assert.ok(facets[group].length > 0, `${base}: ${group} values to count`);
          const others = filters(group);
          for (const facet of facets[group]) {
            const filtered = await meta(`pageSize=1&${base}${others}&${group}=${encodeURIComponent(facet.value)}`);
            assert.equal(facet.count, filtered.total, `${base}: ${group}=${facet.value} (${facet.label})`);
            assert.ok(facet.label, `${group}=${facet.value} has a label`);
          }
        }
        return { facets, total };
      };

      it('counts upcoming events per region, topic, mode, language and price: each count is the total of the list filtered by it', async () => {
        const { facets, total } = await expectCountsAreTotals('');
        // Every event has one mode and a price: past, draft and hidden events would make the sums larger.
        assert.equal(
          facets.mode.reduce((sum, facet) => sum + facet.count, 0),
          total,
        );
        assert.equal(
          facets.free.reduce((sum, facet) => sum + facet.count, 0),
          total,
        );
        assert.deepEqual(
          facets.free.map((facet) => facet.label).sort(),
          facets.free.map((facet) => ({ true: 'Maksuton', false: 'Maksullinen' })[facet.value]).sort(),
        );
        assert.equal((await meta('pageSize=1')).facets, undefined, 'only when asked');
      });

      it('counts past events within a date range and Swedish texts the same way, with labels in the language asked', async () => {
        const { facets } = await expectCountsAreTotals('start=2000-01-01&locale=sv');
        assert.ok(facets.mode.some((facet) => facet.label === 'Online' || facet.label === 'På plats'));
        const swedish = facets.language.find((facet) => facet.value === 'sv');
        assert.equal(swedish?.label, 'Svenska');
        const english = (await meta('facets=true&start=2000-01-01&locale=en')).facets!;
        assert.equal(english.language.find((facet) => facet.value === 'sv')?.label, 'Swedish');
        assert.ok(english.free.every((facet) => facet.label === 'Free' || facet.label === 'Paid'));
      });

      it('counts each group without its own filter and with the others', async () => {
        const all = (await meta('facets=true&start=2000-01-01')).facets!;
        const mode = all.mode[0].value;
        const topic = all.topic[0].value;
        const { facets: withFilters } = await expectCountsAreTotals('start=2000-01-01&q=a', { mode, topic });
        // The mode group ignores the mode filter: other modes keep their counts.
        assert.deepEqual(withFilters.mode, (await meta(`facets=true&start=2000-01-01&q=a&topic=${topic}`)).facets!.mode);
        assert.deepEqual(withFilters.topic, (await meta(`facets=true&start=2000-01-01&q=a&mode=${mode}`)).facets!.topic);
      });

      it('is no parameter of the calendar file', async () => {
        const response = await cms.get('events.ics?facets=true');
        assert.equal(response.status, 400);
        assert.equal(response.json().invalidParams[0].name, 'facets');
      });
    });

    it('reads organisers from the Finnish version for translated events', async () => {
      const swedish = await data<EventSummary>('events?start=2000-01-01&pageSize=100&locale=sv');
      const translated = swedish.filter((event) => event.locale === 'sv');
      assert.ok(translated.length > 0);
      assert.ok(translated.some((event) => event.organisers.length > 0));
    });
  });

  describe('GET /posts', () => {
    it('lists the newest first and filters by blog, tag, topic, author and text', async () => {
      const posts = await data<PostSummary>('posts?pageSize=100');
      assert.ok(posts.length >= 8, `${posts.length} posts`);
      const dates = posts.map((post) => Date.parse(post.publishedDate));
      assert.deepEqual(
        dates,
        [...dates].sort((a, b) => b - a),
      );
      const blog = await data<PostSummary>('posts?blog=kadet-sotessa');
      assert.ok(blog.length > 0 && blog.every((post) => post.blog?.slug === 'kadet-sotessa'));
      const tag = await data<PostSummary>('posts?tag=tulevaisuustukitrio');
      assert.ok(tag.length > 0 && tag.every((post) => post.tags.includes('tulevaisuustukitrio')));
      const author = posts.find((post) => post.authors.length)!.authors[0];
      const byAuthor = await data<PostSummary>(`posts?author=${author.slug}`);
      assert.ok(byAuthor.length > 0 && byAuthor.every((post) => post.authors.some((a) => a.slug === author.slug)));
      const topic = await data<PostSummary>('posts?topic=sote-uudistus');
      assert.ok(topic.length > 0 && topic.every((post) => post.topics.some((t) => t.slug === 'sote-uudistus')));
      assert.ok((await data<PostSummary>('posts?q=collective impact')).length >= 1);
    });

    it('gives the Swedish translation in sv and the body as safe HTML', async () => {
      const swedish = await data<PostSummary>('posts?locale=sv&pageSize=100');
      const translated = swedish.find((post) => post.locale === 'sv')!;
      assert.ok(translated.title.startsWith('Organisationerna'));
      const detail: PostDetail = (await cms.get(`posts/${translated.slug}?locale=sv`)).json().data;
      assert.match(detail.bodyHtml, /^<(p|h2|ul|ol|blockquote)>/);
      assert.doesNotMatch(detail.bodyHtml, /<script|on\w+=|javascript:/i);
      // The Finnish slug of the same document also finds it.
      const finnish = (await cms.get(`posts/${translated.slug}`)).json().data;
      assert.equal(finnish.id, detail.id);
    });
  });
});
