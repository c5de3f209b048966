import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventSummary } from '@kumppani/contract';
import { formatDayHeading, formatMonthHeading, formatTimeRange, helsinkiDate, helsinkiPeriodEnd } from '../shared/dates.js';
import type { UiLocale } from '../shared/i18n.js';
import './event-list.js';
import type { EventList } from './event-list.component.js';
import { MESSAGES } from './event-list.messages.js';
import { $, $$, calls, focused, json, langOf, restoreFetch, settled, stubFetch } from '../shared/testing/fetch-stub.js';
import { jsonLdOf, ldScripts, listedThings } from '../shared/testing/json-ld.js';
import { eventSummary } from '../shared/testing/items.js';
import { describeListElement } from '../shared/testing/list-suite.js';

// ---- a stubbed API ---------------------------------------------------------------------------------

const event = eventSummary;

function listBody(items: EventSummary[], meta: { page?: number; pageCount?: number; total?: number; pageSize?: number } = {}) {
  return {
    data: items,
    meta: { page: meta.page ?? 1, pageSize: meta.pageSize ?? 10, total: meta.total ?? items.length, pageCount: meta.pageCount ?? 1 },
  };
}

const TOPIC_FACETS = [
  { value: 'vertaistuki', label: 'Vertaistuki', count: 3 },
  { value: 'kumppanuus', label: 'Kumppanuus', count: 5 },
];

/** A list with facet counts, as `/events?facets=true` answers. */
function facetedBody(items: EventSummary[], total = items.length, topic = TOPIC_FACETS) {
  const body = listBody(items, { total, pageCount: Math.ceil(total / 10) });
  return { ...body, meta: { ...body.meta, facets: { region: [], topic, mode: [], language: [], free: [] } } };
}

// ---- helpers ---------------------------------------------------------------------------------------

const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
const statusText = (el: EventList) => text($(el, '[role="status"]'));
const titles = (el: EventList) => $$(el, '[part="title"]').map((title) => text(title));

async function mount(template = html`<event-list api="https://cms.test" lang="fi"></event-list>`): Promise<EventList> {
  const el = await fixture<EventList>(template);
  await settled(el);
  // Parts in modules of their own (the dates filter, the subscription links) arrive just after the first render.
  if (el.filters.includes('dates')) await waitUntil(() => $(el, 'input[name="when"]'), 'the dates filter', { timeout: 3000 });
  if (el.subscribe) await waitUntil(() => $(el, '[part="subscribe"]'), 'the subscription links', { timeout: 3000 });
  return el;
}

beforeEach(() => {
  sessionStorage.clear();
});
afterEach(() => {
  restoreFetch();
});

// ---- dates ------------------------------------------------------------------------------------------

describe('shared/dates', () => {
  it('formats on the Helsinki clock in summer and winter time', () => {
    expect(formatTimeRange('2022-06-01T14:30:00Z', null, 'fi', false).start).to.equal('17.30');
    expect(formatTimeRange('2022-12-01T14:30:00Z', null, 'fi', false).start).to.equal('16.30');
    expect(formatTimeRange('2022-06-01T14:30:00Z', null, 'en', false).start).to.equal('17:30');
    // 22.30 UTC on 31 May is already 1 June in Helsinki.
    expect(helsinkiDate('2022-05-31T22:30:00Z')).to.equal('2022-06-01');
    expect(formatDayHeading('2022-06-01T14:30:00Z', 'fi')).to.equal('Keskiviikko 1. kesäkuuta 2022');
    expect(formatDayHeading('2022-06-01T14:30:00Z', 'sv')).to.equal('Onsdag 1 juni 2022');
    expect(formatMonthHeading('2022-06-01T14:30:00Z', 'en')).to.equal('June 2022');
  });

  it('ends today, this week (on Sunday) and this month on the Helsinki clock', () => {
    // Sunday 29 March 2026 23.30 UTC is Monday 30 March 02.30 in Helsinki (summer time began that night).
    expect(helsinkiPeriodEnd('today', '2026-03-29T23:30:00Z')).to.equal('2026-03-30');
    expect(helsinkiPeriodEnd('week', '2026-03-29T23:30:00Z')).to.equal('2026-04-05');
    expect(helsinkiPeriodEnd('week', '2026-03-29T20:00:00Z')).to.equal('2026-03-29');
    expect(helsinkiPeriodEnd('month', '2026-03-29T23:30:00Z')).to.equal('2026-03-31');
    // 31 January 22.30 UTC is already February in Helsinki; 2028 is a leap year.
    expect(helsinkiPeriodEnd('month', '2028-01-31T22:30:00Z')).to.equal('2028-02-29');
    expect(helsinkiPeriodEnd('week', '2026-12-31T12:00:00Z')).to.equal('2027-01-03');
  });

  it('collapses a same-day range and keeps both days of a longer one', () => {
    expect(formatTimeRange('2022-06-01T14:30:00Z', '2022-06-01T16:00:00Z', 'fi', false)).to.deep.equal({
      start: '17.30',
      end: '19.00',
      sameDay: true,
    });
    expect(formatTimeRange('2022-06-01T14:30:00Z', '2022-06-01T16:00:00Z', 'fi', true).start).to.equal('ke 1.6. klo 17.30');
    const long = formatTimeRange('2022-06-01T14:30:00Z', '2022-06-02T10:00:00Z', 'fi', false);
    expect(long).to.deep.equal({ start: 'ke 1.6. klo 17.30', end: 'to 2.6. klo 13.00', sameDay: false });
  });
});

// ---- the element --------------------------------------------------------------------------------------

describe('<event-list>', () => {
  it('requests upcoming events and renders them grouped by Helsinki day with <time>', async () => {
    stubFetch(() =>
      json(
        listBody([
          event(1, { startsAt: '2022-06-01T14:30:00Z', endsAt: '2022-06-01T16:00:00Z' }),
          // 21.30 UTC is 00.30 on 2 June in Helsinki: the next day, not the same one.
          event(2, {
            startsAt: '2022-06-01T18:00:00Z',
            endsAt: null,
            attendanceMode: 'online',
            place: null,
            onlineUrl: 'https://meet.test/2',
          }),
          event(3, { startsAt: '2022-06-01T21:30:00Z', endsAt: '2022-06-01T22:30:00Z', attendanceMode: 'mixed' }),
          event(4, { startsAt: '2022-12-01T14:30:00Z', endsAt: '2022-12-01T16:00:00Z' }),
        ]),
      ),
    );
    const el = await mount();
    const request = calls[0]!.url;
    expect(request.origin + request.pathname).to.equal('https://cms.test/api/kumppani/events');
    expect(request.searchParams.get('locale')).to.equal('fi');
    expect(request.searchParams.get('page')).to.equal('1');
    expect(request.searchParams.get('pageSize')).to.equal('10');
    expect(statusText(el)).to.equal('4 tapahtumaa');

    const groups = $$(el, '[part="group"]');
    expect(groups.map((group) => text(group.querySelector('h3')))).to.deep.equal([
      'Keskiviikko 1. kesäkuuta 2022',
      'Torstai 2. kesäkuuta 2022',
      'Torstai 1. joulukuuta 2022',
    ]);
    expect(groups[0]!.querySelector('h3 time')!.getAttribute('datetime')).to.equal('2022-06-01');
    expect(groups[0]!.querySelectorAll('[part="card"]')).to.have.length(2);

    const times = $$(el, '[part="time"]');
    expect(text(times[0]!)).to.equal('17.30–19.00'); // summer time, UTC+3
    expect(times[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2022-06-01T14:30:00Z');
    expect(times[0]!.querySelectorAll('time')[1]!.getAttribute('datetime')).to.equal('2022-06-01T16:00:00Z');
    expect(text(times[1]!)).to.equal('21.00');
    expect(text(times[3]!)).to.equal('16.30–18.00'); // winter time, UTC+2

    // Attendance mode in words; place or online link.
    const cards = $$(el, '[part="card"]');
    expect(text(cards[0]!.querySelector('[part="mode"]'))).to.equal('Paikan päällä');
    expect(text(cards[0]!.querySelector('[part="place"]'))).to.equal('Kulttuuritalo, Sturenkatu 4, 00510 Helsinki');
    expect(text(cards[1]!.querySelector('[part="mode"]'))).to.equal('Verkossa');
    expect(cards[1]!.querySelector<HTMLAnchorElement>('[part="online-link"]')!.href).to.equal('https://meet.test/2');
    expect(text(cards[2]!.querySelector('[part="mode"]'))).to.equal('Paikan päällä ja verkossa');
    await expect(el).to.be.accessible();
  });

  it('groups by month with the day in each card', async () => {
    stubFetch(() =>
      json(
        listBody([
          event(1, { startsAt: '2022-06-01T14:30:00Z', endsAt: '2022-06-01T16:00:00Z' }),
          event(2, { startsAt: '2022-06-20T09:00:00Z', endsAt: null }),
          event(3, { startsAt: '2022-07-02T09:00:00Z', endsAt: null }),
        ]),
      ),
    );
    const el = await mount(html`<event-list api="https://cms.test" lang="sv" group-by="month"></event-list>`);
    expect($$(el, '[part="group-heading"]').map(text)).to.deep.equal(['Juni 2022', 'Juli 2022']);
    expect($(el, '[part="group-heading"] time')!.getAttribute('datetime')).to.equal('2022-06');
    expect(text($(el, '[part="time"]'))).to.equal('ons 1 juni 17.30–19.00');
  });

  it('marks cancelled, postponed, rescheduled and moved-online events in words', async () => {
    stubFetch(() =>
      json(
        listBody([
          event(1, { status: 'cancelled', registration: { url: 'https://reg.test/1', deadline: null } }),
          event(2, { status: 'postponed' }),
          event(3, { status: 'rescheduled', previousStartsAt: '2022-05-20T14:30:00Z' }),
          event(4, { status: 'moved_online', attendanceMode: 'online', place: null, onlineUrl: 'https://meet.test/4' }),
          event(5),
        ]),
      ),
    );
    const el = await mount();
    const status = $$(el, '[part="card"]').map(
      (card) => card.querySelector('[part="event-status"]')?.textContent?.replace(':', '') ?? null,
    );
    expect(status).to.deep.equal(['Peruttu', 'Lykätty', 'Uusi aika', 'Siirretty verkkoon', null]);
    // The status is part of the heading, so heading navigation hears it too.
    expect(titles(el)[0]).to.equal('Peruttu: Tapahtuma 1');
    const rescheduled = $$(el, '[part="card"]')[2]!;
    // The earlier time is in a module of its own (event-list.when.ts), fetched with a page that needs it.
    await waitUntil(() => text(rescheduled).includes('Aiempi aika'), 'the earlier time', { timeout: 3000 });
    expect(text(rescheduled)).to.contain('Aiempi aika: pe 20.5. klo 17.30');
    expect(rescheduled.querySelector('time[datetime="2022-05-20T14:30:00Z"]')).to.exist;
    // No registration for a cancelled event.
    expect($$(el, '[part="card"]')[0]!.querySelector('[part="registration"]')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('shows the registration link with its deadline', async () => {
    // A deadline far ahead (a Saturday, like 25.5.2030 before it): after it, the card says registration has closed.
    stubFetch(() => json(listBody([event(1, { registration: { url: 'https://reg.test/1', deadline: '2097-05-25T20:59:00Z' } })])));
    const el = await mount(html`<event-list api="https://cms.test" lang="en"></event-list>`);
    const registration = $(el, '[part="registration"]')!;
    expect(registration.querySelector('a')!.getAttribute('href')).to.equal('https://reg.test/1');
    expect(text(registration)).to.equal('Register: Tapahtuma 1 by Sat 25 May, 23:59');
    expect(registration.querySelector('time')!.getAttribute('datetime')).to.equal('2097-05-25T20:59:00Z');
  });

  it('says registration has closed, without the link, once the deadline has passed', async () => {
    const passed = new Date(Date.now() - 60_000).toISOString();
    stubFetch(() => json(listBody([event(1, { registration: { url: 'https://reg.test/1', deadline: passed } })])));
    for (const [lang, words] of [
      ['fi', 'Ilmoittautuminen on päättynyt'],
      ['sv', 'Anmälan har stängt'],
      ['en', 'Registration has closed'],
    ] as const) {
      const el = await mount(html`<event-list api="https://cms.test" lang=${lang}></event-list>`);
      const registration = $(el, '[part="registration"]')!;
      expect(text(registration)).to.equal(words);
      expect(registration.querySelector('a')).to.not.exist;
    }
  });

  it('links each event and the whole filtered list to .ics calendar files', async () => {
    stubFetch(() => json(listBody([event(1)])));
    const el = await mount(
      html`<event-list
        api="https://cms.test"
        lang="fi"
        region="vantaa-kerava"
        topic="mielenterveys"
        programme="hanke-1"
        organiser="jarjesto-1,jarjesto-2"
        mode="online"
      ></event-list>`,
    );
    const request = calls[0]!.url.searchParams;
    expect([
      request.get('region'),
      request.get('topic'),
      request.get('programme'),
      request.get('organiser'),
      request.get('mode'),
    ]).to.deep.equal(['vantaa-kerava', 'mielenterveys', 'hanke-1', 'jarjesto-1,jarjesto-2', 'online']);
    expect($<HTMLAnchorElement>(el, '[part="calendar-link"]')!.href).to.equal('https://cms.test/api/kumppani/events/tapahtuma-1.ics');
    const list = new URL($<HTMLAnchorElement>(el, '[part="list-calendar-link"] a')!.href);
    expect(list.origin + list.pathname).to.equal('https://cms.test/api/kumppani/events.ics');
    expect(Object.fromEntries(list.searchParams)).to.deep.equal({
      locale: 'fi',
      region: 'vantaa-kerava',
      programme: 'hanke-1',
      organiser: 'jarjesto-1,jarjesto-2',
      topic: 'mielenterveys',
      mode: 'online',
    });
  });

  it('changes the visible mode filter with the keyboard, queries it, keeps focus, and is accessible filtered', async () => {
    stubFetch(() => json(listBody([event(1)])));
    const el = await mount(html`<event-list api="https://cms.test" lang="fi" filters="mode"></event-list>`);
    expect(text($(el, 'fieldset legend'))).to.equal('Osallistumistapa');
    expect($$(el, 'fieldset label').map(text)).to.deep.equal(['Paikan päällä', 'Verkossa', 'Paikan päällä ja verkossa']);
    const online = $<HTMLInputElement>(el, 'input[value="online"]')!;
    online.focus();
    const filterChange = oneEvent(el, 'kumppani-filter-change');
    await sendKeys({ press: 'Space' });
    expect((await filterChange).detail.filters.mode).to.deep.equal(['online']);
    await settled(el);
    expect(calls.at(-1)!.url.searchParams.get('mode')).to.equal('online');
    expect(calls.at(-1)!.url.searchParams.get('page')).to.equal('1');
    expect(new URL($<HTMLAnchorElement>(el, '[part="list-calendar-link"] a')!.href).searchParams.get('mode')).to.equal('online');
    expect(focused(el)).to.equal(online);
    expect(online.checked).to.be.true;
    await expect(el).to.be.accessible();
  });

  describe('filters for readers', () => {
    const request = () => calls.at(-1)!.url.searchParams;
    const check = async (el: EventList, input: HTMLInputElement) => {
      input.focus();
      await sendKeys({ press: 'Space' });
      await settled(el);
    };

    it('shows no filters and asks for no facets without the filters attribute', async () => {
      stubFetch(() => json(listBody([event(1)])));
      const el = await mount();
      expect($(el, 'form')).to.not.exist;
      expect(request().has('facets')).to.be.false;
    });

    it('searches text on Enter, filters by topic (from the facets), free and dates, and announces the count', async () => {
      stubFetch((url) => json(facetedBody([event(1)], url.searchParams.has('q') ? 12 : 30)));
      const el = await mount(html`<event-list api="https://cms.test" lang="fi" filters="text dates topic free"></event-list>`);
      expect(request().get('facets')).to.equal('true');
      expect($(el, 'form[role="search"]')!.getAttribute('aria-label')).to.equal('Rajaa tapahtumia');
      expect($$(el, 'fieldset legend').map(text)).to.deep.equal(['Ajankohta', 'Aihe']);
      // Topics in the collation of the UI language, with their counts.
      expect($$(el, 'input[name="topic"]').map((input) => text(input.closest('label')))).to.deep.equal([
        'Kumppanuus (5)',
        'Vertaistuki (3)',
      ]);
      const changes: { q: string; filters: Record<string, string[]> }[] = [];
      el.addEventListener('kumppani-filter-change', (e) => changes.push(e.detail));

      const search = $<HTMLInputElement>(el, '#search')!;
      search.focus();
      await sendKeys({ type: 'akatemia' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(request().get('q')).to.equal('akatemia');
      expect(request().get('page')).to.equal('1');
      expect(statusText(el)).to.equal('Näytetään 1/12 tapahtumaa');
      expect(focused(el)).to.equal(search);

      await check(el, $<HTMLInputElement>(el, 'input[name="topic"][value="vertaistuki"]')!);
      expect(request().get('topic')).to.equal('vertaistuki');
      expect(focused(el)).to.equal($(el, 'input[value="vertaistuki"]'));
      await check(el, $<HTMLInputElement>(el, 'input[name="free"]')!);
      expect(request().get('free')).to.equal('true');

      // The dates: arrow keys move between the periods; today runs from now to the end of the Helsinki day.
      $<HTMLInputElement>(el, 'input[name="when"][value=""]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settled(el);
      const start = request().get('start')!;
      expect(start, 'an instant, to the minute').to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
      expect(request().get('end')).to.equal(helsinkiPeriodEnd('today', start));
      await sendKeys({ press: 'ArrowDown' });
      await settled(el);
      expect(request().get('end')).to.equal(helsinkiPeriodEnd('week', start));
      await sendKeys({ press: 'ArrowDown' });
      await settled(el);
      expect(request().get('end')).to.equal(helsinkiPeriodEnd('month', start));
      expect(changes.at(-1)).to.deep.equal({
        q: 'akatemia',
        filters: { topic: ['vertaistuki'], mode: [], free: ['true'], when: ['month'], from: [], to: [] },
      });
      // The calendar file has the same filters.
      const calendar = new URL($<HTMLAnchorElement>(el, '[part="list-calendar-link"] a')!.href).searchParams;
      expect([calendar.get('q'), calendar.get('topic'), calendar.get('free'), calendar.get('end')]).to.deep.equal([
        'akatemia',
        'vertaistuki',
        'true',
        helsinkiPeriodEnd('month', start),
      ]);
      expect(calendar.has('facets')).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('filters by a range of days, in either order, and by its first day alone', async () => {
      stubFetch(() => json(facetedBody([event(1)])));
      const el = await mount(html`<event-list api="https://cms.test" lang="en" filters="dates"></event-list>`);
      expect($(el, 'input[type="date"]')).to.not.exist;
      $<HTMLInputElement>(el, 'input[value="range"]')!.click();
      await el.updateComplete;
      const [from, to] = $$(el, 'input[type="date"]') as HTMLInputElement[];
      expect([text(from!.closest('label')), text(to!.closest('label'))]).to.deep.equal(['From', 'To']);
      from!.value = '2030-06-10';
      from!.dispatchEvent(new Event('change'));
      await settled(el);
      expect([request().get('start'), request().get('end')]).to.deep.equal(['2030-06-10', null]);
      to!.value = '2030-06-01';
      to!.dispatchEvent(new Event('change'));
      await settled(el);
      expect([request().get('start'), request().get('end')]).to.deep.equal(['2030-06-01', '2030-06-10']);
      await expect(el).to.be.accessible();
      $<HTMLInputElement>(el, 'input[value=""]')!.click();
      await settled(el);
      expect([request().has('start'), request().has('end')]).to.deep.equal([false, false]);
    });

    it('keeps the choices in the URL with url-state and restores them, and a ticked topic the counts leave out', async () => {
      const before = location.href;
      history.replaceState(null, '', '?ev-q=kerho&ev-topic=kumppanuus&ev-when=range&ev-from=2030-06-01&ev-to=nope&ev-free=true&other=1');
      try {
        stubFetch(() => json(facetedBody([event(1)], 1, [{ value: 'vertaistuki', label: 'Vertaistuki', count: 1 }])));
        const el = await mount(
          html`<event-list api="https://cms.test" lang="fi" filters="text dates topic free" url-state="ev"></event-list>`,
        );
        expect([
          request().get('q'),
          request().get('topic'),
          request().get('free'),
          request().get('start'),
          request().get('end'),
        ]).to.deep.equal(['kerho', 'kumppanuus', 'true', '2030-06-01', null]);
        expect($<HTMLInputElement>(el, '#search')!.value).to.equal('kerho');
        expect($<HTMLInputElement>(el, 'input[value="range"]')!.checked).to.be.true;
        expect($<HTMLInputElement>(el, 'input[name="from"]')!.value).to.equal('2030-06-01');
        const kept = $<HTMLInputElement>(el, 'input[name="topic"][value="kumppanuus"]')!;
        expect(kept.checked, 'the ticked topic stays, with no count').to.be.true;
        await check(el, kept);
        const params = new URLSearchParams(location.search);
        expect(params.has('ev-topic')).to.be.false;
        expect([params.get('ev-q'), params.get('ev-when'), params.get('ev-from'), params.get('other')]).to.deep.equal([
          'kerho',
          'range',
          '2030-06-01',
          '1',
        ]);
        expect(params.has('ev-to'), 'a malformed day is dropped').to.be.false;
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('hides the topic filter when topics are preset and restores only visible filters', async () => {
      const before = location.href;
      history.replaceState(null, '', '?topic=vertaistuki&free=true');
      try {
        stubFetch(() => json(facetedBody([event(1)])));
        const el = await mount(
          html`<event-list api="https://cms.test" lang="fi" filters="topic" topic="kumppanuus" url-state=""></event-list>`,
        );
        expect($(el, 'form')).to.not.exist;
        expect([request().get('topic'), request().has('free'), request().has('facets')]).to.deep.equal(['kumppanuus', false, false]);
      } finally {
        history.replaceState(null, '', before);
      }
    });
  });

  it('hides the mode filter when the mode is preset', async () => {
    stubFetch(() => json(listBody([event(1)])));
    const el = await mount(html`<event-list api="https://cms.test" lang="fi" filters="mode" mode="offline"></event-list>`);
    expect($(el, 'fieldset')).to.not.exist;
  });

  it('starts again from page 1 when a filter changes after "show more"', async () => {
    stubFetch((url) => {
      const page = Number(url.searchParams.get('page'));
      return json(listBody([event(page * 10)], { page, pageCount: 3, total: 3, pageSize: 1 }));
    });
    const el = await mount(html`<event-list api="https://cms.test" lang="fi" limit="1" filters="mode"></event-list>`);
    $<HTMLButtonElement>(el, '[part="show-more"]')!.click();
    await settled(el);
    expect(titles(el)).to.deep.equal(['Tapahtuma 10', 'Tapahtuma 20']);
    $<HTMLInputElement>(el, 'input[value="mixed"]')!.click();
    await settled(el);
    expect(calls.at(-1)!.url.searchParams.get('page')).to.equal('1');
    expect(titles(el)).to.deep.equal(['Tapahtuma 10']);
  });

  it('links titles with item-href and fires a cancelable kumppani-select', async () => {
    stubFetch(() => json(listBody([event(1)])));
    const el = await mount(html`<event-list api="https://cms.test" lang="fi" item-href="#event-{slug}"></event-list>`);
    const link = $<HTMLAnchorElement>(el, '[part="title"] a')!;
    expect(link.getAttribute('href')).to.equal('#event-tapahtuma-1');
    link.focus();
    let selected: EventSummary | undefined;
    el.addEventListener('kumppani-select', (e) => {
      selected = e.detail.item as EventSummary;
      e.preventDefault();
    });
    await sendKeys({ press: 'Enter' });
    expect(selected?.slug).to.equal('tapahtuma-1');
    expect(location.hash).to.equal('');
  });

  it('marks items whose language differs from the UI language', async () => {
    stubFetch(() => json(listBody([event(1, { locale: 'fi' }), event(2, { locale: 'sv' })])));
    const el = await mount(html`<event-list api="https://cms.test" lang="sv"></event-list>`);
    const cards = $$(el, '[part="card"]');
    expect(cards[0]!.getAttribute('lang')).to.equal('fi');
    expect(cards[0]!.querySelector('[part="mode"]')!.getAttribute('lang')).to.equal('sv');
    expect(cards[1]!.hasAttribute('lang')).to.be.false;
    expect(calls[0]!.url.searchParams.get('locale')).to.equal('sv');
  });

  it("marks the title in a link's hidden text with the item's language, inside UI words in the UI language", async () => {
    stubFetch(() =>
      json(
        listBody([
          event(1, {
            registration: { url: 'https://reg.test/1', deadline: null },
            onlineUrl: 'https://meet.test/1',
            attendanceMode: 'mixed',
          }),
          event(2, { locale: 'sv', title: 'Evenemang 2', registration: { url: 'https://reg.test/2', deadline: null } }),
        ]),
      ),
    );
    const el = await mount();
    const [finnish, swedish] = $$(el, '[part="card"]');
    const swedishLinks = [...swedish!.querySelectorAll('[part="calendar-link"], [part="registration"] a')];
    expect(swedishLinks, 'calendar and registration links').to.have.length(2);
    for (const link of swedishLinks) {
      expect(link.textContent).to.match(/: Evenemang 2$/);
      expect(langOf(link)).to.equal('fi');
      expect(langOf(link.querySelector('.visually-hidden > *'))).to.equal('sv');
    }
    const finnishLinks = [...finnish!.querySelectorAll('[part="calendar-link"], [part="registration"] a, [part="online-link"]')];
    expect(finnishLinks, 'calendar, registration and online links').to.have.length(3);
    for (const link of finnishLinks) expect(langOf(link.querySelector('.visually-hidden > *'))).to.be.null;
  });

  it('marks its Finnish texts as Finnish on a page in another language, and items relative to them', async () => {
    stubFetch(() => json(listBody([event(1), event(2, { locale: 'sv' })])));
    const wrapper = await fixture(
      html`<div lang="se">
        <event-list api="https://cms.test" filters="mode"><p slot="header">Dáhpáhusat</p></event-list>
      </div>`,
    );
    const el = wrapper.querySelector('event-list')!;
    await settled(el);
    for (const selector of [
      'fieldset legend',
      '#results-heading',
      '[role="status"]',
      '[part="group-heading"]',
      '[part="list-calendar-link"]',
    ])
      expect(langOf($(el, selector)), selector).to.equal('fi');
    expect(langOf($(el, 'slot[name="header"]'))).to.be.null;
    const cards = $$(el, '[part="card"]');
    expect(langOf(cards[0]!)).to.equal('fi');
    expect(cards[1]!.getAttribute('lang')).to.equal('sv');
    expect(langOf(cards[1]!.querySelector('[part="mode"]'))).to.equal('fi');
  });

  describe('recurring events', () => {
    // Tuesdays 17–19 from 16 March 2027: the one shown, then 30 March, 6 April (cancelled) and 13 April (moved).
    const occurrence = (n: number) =>
      event(n, {
        title: 'Vertaistukiryhmä',
        startsAt: '2027-03-16T15:00:00Z',
        endsAt: '2027-03-16T17:00:00Z',
        series: {
          recurrence: {
            frequency: 'weekly',
            interval: 1,
            weekdays: ['TU'],
            monthlyBy: 'weekday',
            until: null,
            count: 6,
            exceptions: ['2027-03-23'],
          },
          firstStartsAt: '2027-03-16T15:00:00Z',
          firstEndsAt: '2027-03-16T17:00:00Z',
          next: [
            { startsAt: '2027-03-30T14:00:00Z', endsAt: '2027-03-30T16:00:00Z', status: 'scheduled' },
            { startsAt: '2027-04-06T14:00:00Z', endsAt: '2027-04-06T16:00:00Z', status: 'cancelled' },
            { startsAt: '2027-04-13T15:00:00Z', endsAt: '2027-04-13T17:00:00Z', status: 'rescheduled' },
          ],
        },
      });
    const seriesLine = async (el: EventList) => {
      await waitUntil(() => $(el, '[part="series"]'), 'the rule in words', { timeout: 3000 });
      return text($(el, '[part="series"]'));
    };

    for (const [lang, words] of [
      ['fi', 'Joka tiistai klo 17–19'],
      ['sv', 'Varje tisdag kl. 17–19'],
      ['en', 'Every Tuesday, 17:00–19:00'],
    ] as const)
      it(`says the rule of a series in words (${lang}), once per occurrence, and asks for every occurrence`, async () => {
        stubFetch(() => json(listBody([occurrence(1), event(2)])));
        const el = await mount(html`<event-list api="https://cms.test" lang=${lang}></event-list>`);
        expect(await seriesLine(el)).to.equal(words);
        expect($$(el, '[part="series"]'), 'a single event has no rule').to.have.length(1);
        expect($(el, '[part="series-next"]'), 'each occurrence is a card of its own').to.not.exist;
        expect(calls.at(-1)!.url.searchParams.has('expand')).to.equal(false);
        await expect(el).to.be.accessible();
      });

    it('with series-once asks for one row per series and lists its next dates, the cancelled one marked', async () => {
      stubFetch(() => json(listBody([occurrence(1)])));
      const el = await mount(html`<event-list api="https://cms.test" lang="fi" series-once></event-list>`);
      expect(calls.at(-1)!.url.searchParams.get('expand')).to.equal('false');
      expect(await seriesLine(el)).to.equal('Joka tiistai klo 17–19');
      const next = $(el, '[part="series-next"]')!;
      expect(text(next)).to.equal('Seuraavat kerrat: ti 30.3. klo 17.00, ti 6.4. klo 17.00 (peruttu), ti 13.4. klo 18.00 (uusi aika)');
      expect([...next.querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
        '2027-03-30T14:00:00Z',
        '2027-04-06T14:00:00Z',
        '2027-04-13T15:00:00Z',
      ]);
      await expect(el).to.be.accessible();
    });
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    stubFetch(() =>
      json(
        listBody(
          [
            event(1, {
              title: 'Hyvinvointialueiden ja järjestöjen yhteistyöfoorumi',
              status: 'rescheduled',
              previousStartsAt: '2030-05-20T14:30:00Z',
              registration: { url: 'https://reg.test/1', deadline: '2097-05-25T20:59:00Z' },
            }),
          ],
          { pageCount: 2, total: 2, pageSize: 1 },
        ),
      ),
    );
    const el = await mount(html`<event-list api="https://cms.test" lang="fi" filters="mode" style="width: 320px"></event-list>`);
    await waitUntil(() => text($(el, '[part="card"]')).includes('Aiempi aika'), 'the earlier time', { timeout: 3000 });
    const parts = $$(el, '[part="card"], fieldset, [part="pagination"]');
    expect(
      parts.filter((node) => node.getAttribute('part') === 'card'),
      'the card',
    ).to.have.length(1);
    expect(
      parts.filter((node) => node.localName === 'fieldset'),
      'the mode filter',
    ).to.not.be.empty;
    expect(
      parts.filter((node) => node.getAttribute('part') === 'pagination'),
      'show more',
    ).to.have.length(1);
    for (const node of [el, ...parts])
      expect(node.scrollWidth, node.getAttribute('part') ?? node.localName).to.be.at.most(node.clientWidth);
  });
});

describe('<event-list> structured data, links and subscriptions', () => {
  it('describes the events shown as an ItemList of Events in its light DOM, one script through "show more"', async () => {
    stubFetch((url) => {
      const page = Number(url.searchParams.get('page'));
      const items =
        page === 1
          ? [event(1, { status: 'cancelled', url: 'https://www.test/tapahtumat/tapahtuma-1' }), event(2)]
          : [event(3, { attendanceMode: 'online', place: null, onlineUrl: 'https://meet.test/3' })];
      return json(listBody(items, { page, pageCount: 2, total: 3, pageSize: 2 }));
    });
    const el = await mount(html`<event-list api="https://cms.test" lang="fi" limit="2"></event-list>`);
    let data = await jsonLdOf(el);
    expect(data['@type']).to.equal('ItemList');
    expect(await listedThings(el)).to.deep.equal([
      [1, 'Event', 'Tapahtuma 1'],
      [2, 'Event', 'Tapahtuma 2'],
    ]);
    const cancelled = data.itemListElement[0]!.item;
    expect(cancelled.eventStatus).to.equal('https://schema.org/EventCancelled');
    expect(cancelled.url).to.equal('https://www.test/tapahtumat/tapahtuma-1');
    // 14.30 UTC on 1 June is 17.30 in Helsinki (summer time).
    expect(cancelled.startDate).to.equal('2030-06-01T17:30:00+03:00');
    $<HTMLButtonElement>(el, '[part="show-more"]')!.click();
    await settled(el);
    data = await jsonLdOf(el);
    expect(data.itemListElement.map(({ position }) => position)).to.deep.equal([1, 2, 3]);
    expect(data.itemListElement[2]!.item.location).to.deep.equal([{ '@type': 'VirtualLocation', url: 'https://meet.test/3' }]);
    el.reload();
    await settled(el);
    expect(await ldScripts(el), 'replaced, not duplicated, on reload').to.have.length(1);
    el.remove();
    expect(await ldScripts(el), 'removed with the element').to.be.empty;
  });

  it('writes no structured data with no-structured-data, nor for an empty list', async () => {
    stubFetch(() => json(listBody([event(1)])));
    const el = await mount(html`<event-list api="https://cms.test" lang="fi" no-structured-data></event-list>`);
    expect(titles(el)).to.deep.equal(['Tapahtuma 1']);
    expect(await ldScripts(el)).to.be.empty;
    restoreFetch();
    stubFetch(() => json(listBody([], { total: 0, pageCount: 0 })));
    const empty = await mount();
    expect($(empty, '[part="empty"]')).to.exist;
    expect(await ldScripts(empty)).to.be.empty;
  });

  it('links a title through item-href, else through the public page url, else not at all', async () => {
    const page = 'https://www.test/tapahtumat/tapahtuma-1';
    stubFetch(() => json(listBody([event(1, { url: page }), event(2)])));
    const withTemplate = await mount(html`<event-list api="https://cms.test" lang="fi" item-href="/omat/{slug}"></event-list>`);
    expect($$(withTemplate, '[part="title"] a').map((link) => link.getAttribute('href'))).to.deep.equal([
      '/omat/tapahtuma-1',
      '/omat/tapahtuma-2',
    ]);
    const withoutTemplate = await mount();
    const [first, second] = $$(withoutTemplate, '[part="title"]');
    expect(first!.querySelector('a')!.getAttribute('href')).to.equal(page);
    expect(second!.querySelector('a'), 'no page, no link').to.be.null;
    expect(text(second!)).to.equal('Tapahtuma 2');
  });

  describe('subscriptions', () => {
    const pageTitle = document.title;
    afterEach(() => {
      document.title = pageTitle;
    });
    const subscribeLinks = (el: EventList) => $$(el, '[part="subscribe-link"]') as HTMLAnchorElement[];
    /** The query of a URL without paging and facet counts, which a calendar file does not take. */
    const filtersOf = (url: URL) => {
      const query = Object.fromEntries(url.searchParams);
      for (const name of ['page', 'pageSize', 'facets']) delete query[name];
      return query;
    };

    it('offers none without the subscribe attribute', async () => {
      stubFetch(() => json(listBody([event(1)])));
      const el = await mount();
      expect($(el, '[part="subscribe"]')).to.not.exist;
    });

    it("subscribes to the list's own filters but its dates: webcal:, Google Calendar and Outlook.com links with the list request's query", async () => {
      stubFetch(() => json(facetedBody([event(1)])));
      document.title = 'Tapahtumat – Vantaan järjestöt';
      const el = await mount(
        html`<event-list
          api="https://cms.test"
          lang="fi"
          region="vantaa-kerava"
          organiser="jarjesto-1,jarjesto-2"
          filters="text dates topic free mode"
          subscribe
        ></event-list>`,
      );
      // The reader's choices too: a search, a topic, free only, online, this month.
      const search = $<HTMLInputElement>(el, '#search')!;
      search.focus();
      await sendKeys({ type: 'ilta' });
      await sendKeys({ press: 'Enter' });
      await settled(el);
      for (const selector of [
        'input[name="topic"][value="vertaistuki"]',
        'input[name="free"]',
        'input[value="online"]',
        'input[value="month"]',
      ]) {
        $<HTMLInputElement>(el, selector)!.click();
        await settled(el);
      }
      const request = calls.at(-1)!.url;
      expect(request.searchParams.get('page')).to.equal('1');
      const [app, google, outlook] = subscribeLinks(el);
      expect(app!.getAttribute('href')).to.match(/^webcal:\/\/cms\.test\/api\/kumppani\/events\.ics\?/);
      const webcal = new URL(app!.href.replace(/^webcal:/, 'https:'));
      const listFilters = filtersOf(request);
      expect(Object.keys(listFilters)).to.include.members(['locale', 'q', 'region', 'organiser', 'topic', 'free', 'mode', 'start', 'end']);
      // A subscription outlives "this month": it follows the upcoming events with every other filter.
      const { start: _start, end: _end, ...lasting } = listFilters;
      expect(filtersOf(webcal)).to.deep.equal(lasting);
      // The download link of the whole list keeps the dates: it is the list as shown now.
      expect(filtersOf(new URL($<HTMLAnchorElement>(el, '[part="list-calendar-link"] a')!.href))).to.deep.equal(listFilters);

      const googleUrl = new URL(google!.href);
      expect(googleUrl.origin + googleUrl.pathname).to.equal('https://calendar.google.com/calendar/r');
      expect(googleUrl.searchParams.get('cid')).to.equal(app!.getAttribute('href'));
      const outlookUrl = new URL(outlook!.href);
      expect(outlookUrl.origin + outlookUrl.pathname).to.equal('https://outlook.live.com/calendar/0/addfromweb');
      expect(outlookUrl.searchParams.get('url')).to.equal(webcal.href);
      expect(outlookUrl.searchParams.get('name')).to.equal('Tapahtumat – Vantaan järjestöt');

      // A changed filter changes the subscription with it.
      $<HTMLInputElement>(el, 'input[value="online"]')!.click();
      await settled(el);
      const changed = new URL(subscribeLinks(el)[0]!.href.replace(/^webcal:/, 'https:'));
      expect(changed.searchParams.has('mode')).to.be.false;
      const { start: _from, end: _to, ...changedList } = filtersOf(calls.at(-1)!.url);
      expect(filtersOf(changed)).to.deep.equal(changedList);
    });

    const LABELS: Record<UiLocale, string[]> = {
      fi: ['Avaa kalenterisovelluksessa', 'Lisää Google-kalenteriin', 'Lisää Outlook.com-kalenteriin'],
      sv: ['Öppna i kalenderappen', 'Lägg till i Google Kalender', 'Lägg till i Outlook.com-kalendern'],
      en: ['Open in your calendar app', 'Add to Google Calendar', 'Add to Outlook.com'],
    };
    it('reflows with the subscription links at 320 px, the longest labels (Swedish) included', async () => {
      stubFetch(() => json(listBody([event(1)])));
      const el = await mount(html`<event-list api="https://cms.test" lang="sv" subscribe style="width: 320px"></event-list>`);
      const subscribe = $(el, '[part="subscribe"]')!;
      for (const node of [el, subscribe]) expect(node.scrollWidth, node.localName).to.be.at.most(node.clientWidth);
    });

    for (const lang of ['fi', 'sv', 'en'] satisfies UiLocale[]) {
      it(`labels the subscription links in ${lang} and is accessible with them, also when nothing matches`, async () => {
        stubFetch(() => json(listBody([event(1)])));
        const el = await mount(html`<event-list api="https://cms.test" lang=${lang} subscribe></event-list>`);
        expect(subscribeLinks(el).map((link) => text(link))).to.deep.equal(LABELS[lang]);
        expect(text($(el, '[part="subscribe"]'))).to.match(/:/); // the sentence that says what they do
        await expect(el).to.be.accessible();
        restoreFetch();
        stubFetch(() => json(listBody([], { total: 0, pageCount: 0 })));
        el.limit = 3;
        await settled(el);
        expect($(el, '[part="empty"]')).to.exist;
        expect(subscribeLinks(el)).to.have.length(3);
        await expect(el).to.be.accessible();
      });
    }
  });
});

describeListElement({
  tag: 'event-list',
  route: 'events',
  item: (n) => event(n),
  title: (n) => `Tapahtuma ${n}`,
  paging: 'show-more',
  // The first new event itself (tabindex -1), from where a screen reader reads on.
  focusedItem: (el, index) => $$(el, '[part="card"]')[index],
  attributes: 'limit="12"',
  requery: ['region', 'uusimaa'],
  announcements: {
    fi: { first: 'Näytetään 12/57 tapahtumaa', next: 'Näytetään 24/57 tapahtumaa', requery: '3 tapahtumaa', empty: MESSAGES.fi.noResults },
    sv: { first: 'Visar 12 av 57 evenemang', next: 'Visar 24 av 57 evenemang', requery: '3 evenemang', empty: MESSAGES.sv.noResults },
    en: { first: 'Showing 12 of 57 events', next: 'Showing 24 of 57 events', requery: '3 events', empty: MESSAGES.en.noResults },
  },
  titleDepth: 2,
  importAgain: () => import('./event-list.js?again' as string),
});
