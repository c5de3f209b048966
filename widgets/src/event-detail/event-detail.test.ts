import { expect, fixture, html } from '@open-wc/testing';
import type { EventDetail as EventData } from '@kumppani/contract';
import './event-detail.js';
import type { EventDetail } from './event-detail.component.js';
import { MESSAGES } from './event-detail.messages.js';
import { $, $$, json, restoreFetch, settled, stubFetch } from '../shared/testing/fetch-stub.js';
import { describeDetailElement, facts } from '../shared/testing/detail-suite.js';

function event(slug: string, title: string, overrides: Partial<EventData> = {}): EventData {
  return {
    id: `id-${slug}`,
    slug,
    locale: 'fi',
    title,
    description: 'Järjestöt ja hyvinvointialue tapaavat.',
    // 14.30 UTC is 17.30 in Helsinki in summer.
    startsAt: '2026-06-03T14:30:00Z',
    endsAt: '2026-06-03T16:00:00Z',
    timeZone: 'Europe/Helsinki',
    attendanceMode: 'mixed',
    place: { name: 'Tikkurilan terveysasema', streetAddress: 'Kielotie 11', postalCode: '01300', locality: 'Vantaa' },
    onlineUrl: 'https://teams.example.fi/tapaaminen',
    registration: { url: 'https://ilmo.example.fi/tapaaminen', deadline: '2099-05-30T20:59:00Z' },
    organisers: [
      { slug: 'vantaan-a-kilta-ry', name: 'Vantaan A-kilta ry', locale: 'fi', url: 'https://sivusto.test/jarjestot/vantaan-a-kilta-ry' },
      { slug: 'vva-ry', name: 'VVA ry', locale: 'fi', url: null },
    ],
    programme: { slug: 'miepa', name: 'Miepä-verkosto', locale: 'fi', url: 'https://sivusto.test/hankkeet/miepa' },
    regions: [{ slug: 'vantaa-kerava', code: 'wsc-vantaa-kerava', kind: 'wellbeing_services_county', name: 'Vantaa ja Kerava' }],
    topics: [{ slug: 'vertaistuki', name: 'Vertaistuki' }],
    audience: 'Järjestöjen työntekijät',
    languages: ['fi', 'sv'],
    isFree: true,
    price: null,
    status: 'scheduled',
    previousStartsAt: null,
    series: null,
    calendarUrl: `https://cms.test/api/kumppani/events/${slug}.ics?locale=fi`,
    url: `https://sivusto.test/tapahtumat/${slug}`,
    updatedAt: '2026-04-01T10:00:00Z',
    ...overrides,
  };
}

describeDetailElement<EventData>({
  tag: 'event-detail',
  schemaType: 'Event',
  route: 'events',
  item: event,
  notFound: { fi: MESSAGES.fi.notFound, sv: MESSAGES.sv.notFound, en: MESSAGES.en.notFound },
  importAgain: () => import('./event-detail.js?again' as string),
});

async function show(data: EventData, lang = 'fi'): Promise<EventDetail> {
  stubFetch(() => json({ data }));
  const el = await fixture<EventDetail>(html`<event-detail api="https://cms.test" lang=${lang} slug=${data.slug}></event-detail>`);
  await settled(el);
  return el;
}

const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();

describe('<event-detail>', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => restoreFetch());

  it('gives the time on the Helsinki clock in the UI language, with <time datetime>', async () => {
    for (const [lang, expected] of [
      ['fi', 'Keskiviikko 3. kesäkuuta 2026, 17.30–19.00'],
      ['sv', 'Onsdag 3 juni 2026, 17.30–19.00'],
      ['en', 'Wednesday 3 June 2026, 17:30–19:00'],
    ] as const) {
      const el = await show(event('a', 'Tapaaminen'), lang);
      expect(text($(el, '[part="time"]')), lang).to.equal(expected);
      expect($$(el, '[part="time"] time').map((time) => time.getAttribute('datetime'))).to.deep.equal([
        '2026-06-03T14:30:00Z',
        '2026-06-03T16:00:00Z',
      ]);
    }
    // Over midnight in Helsinki (21.30 UTC is 00.30 the next day): both days.
    const late = await show(event('b', 'Yö', { startsAt: '2026-06-03T18:00:00Z', endsAt: '2026-06-03T21:30:00Z' }), 'en');
    expect(text($(late, '[part="time"]'))).to.equal('Wed 3 Jun, 21:00 – Thu 4 Jun, 0:30');
  });

  it('lists mode, place, online link, registration, organisers, programme, regions, topics, audience, languages and price', async () => {
    const el = await show(event('a', 'Tapaaminen'));
    expect(facts(el)).to.deep.include({
      Osallistumistapa: 'Paikan päällä ja verkossa',
      Paikka: 'Tikkurilan terveysasema, Kielotie 11, 01300 Vantaa',
      Verkossa: 'Osallistumislinkki',
      Järjestäjät: 'Vantaan A-kilta ry | VVA ry',
      'Hanke tai ohjelma': 'Miepä-verkosto',
      Alueet: 'Vantaa ja Kerava',
      Aiheet: 'Vertaistuki',
      Kenelle: 'Järjestöjen työntekijät',
      Kielet: 'suomi ja ruotsi',
      Hinta: 'Maksuton',
    });
    expect(facts(el).Ilmoittautuminen).to.match(/^Ilmoittaudu viimeistään /);
    expect($(el, '[part="registration"] a')!.getAttribute('href')).to.equal('https://ilmo.example.fi/tapaaminen');
    expect($(el, '[part="registration"] time')!.getAttribute('datetime')).to.equal('2099-05-30T20:59:00Z');
    expect($(el, '[part="online-link"]')!.getAttribute('href')).to.equal('https://teams.example.fi/tapaaminen');
    // Organisers and the programme link to their public pages; one without a page is named only.
    expect($$(el, '[part="refs"] a').map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://sivusto.test/jarjestot/vantaan-a-kilta-ry',
      'https://sivusto.test/hankkeet/miepa',
    ]);
    const calendar = $<HTMLAnchorElement>(el, '[part="calendar-link"]')!;
    expect(calendar.textContent).to.equal('Lisää kalenteriin');
    expect(calendar.getAttribute('href')).to.equal('https://cms.test/api/kumppani/events/a.ics?locale=fi');
    expect($(el, '[part="event-status"]')).to.not.exist;
  });

  it('gives a price when there is one, and says a closed registration has closed', async () => {
    const el = await show(
      event('a', 'Kurssi', {
        isFree: false,
        price: '30 € (jäsenille 15 €)',
        registration: { url: 'https://ilmo.example.fi/kurssi', deadline: '2000-01-01T00:00:00Z' },
      }),
      'en',
    );
    expect(facts(el).Price).to.equal('30 € (jäsenille 15 €)');
    expect(facts(el).Registration).to.equal('Registration has closed');
    expect($(el, '[part="registration"] a')).to.not.exist;
    const paid = await show(event('b', 'Kurssi', { isFree: false, price: null }), 'en');
    expect(facts(paid).Price).to.equal('Fee charged');
  });

  it('states a cancelled event in words and offers neither registration nor online link', async () => {
    const el = await show(event('a', 'Peruttu tapahtuma', { status: 'cancelled' }));
    expect(text($(el, '[part="event-status"]'))).to.equal('Tapahtuma on peruttu.');
    // Right after the heading, so it is read with the title.
    expect($(el, 'h2')!.nextElementSibling!.getAttribute('part')).to.equal('event-status');
    expect($(el, '[part="registration"]')).to.not.exist;
    expect($(el, '[part="online-link"]')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('states postponed, moved-online and rescheduled events in words, the last with its earlier time', async () => {
    const postponed = await show(event('a', 'A', { status: 'postponed' }), 'sv');
    expect(text($(postponed, '[part="event-status"]'))).to.equal('Evenemanget är uppskjutet. Den nya tiden meddelas senare.');
    const online = await show(event('a', 'A', { status: 'moved_online' }), 'en');
    expect(text($(online, '[part="event-status"]'))).to.equal('This event has moved online.');
    expect($(online, '[part="online-link"]')).to.exist;
    const moved = await show(event('a', 'A', { status: 'rescheduled', previousStartsAt: '2026-05-27T14:30:00Z' }), 'en');
    expect(text($(moved, '[part="event-status"]'))).to.equal('This event has a new time. Previously: Wed 27 May, 17:30');
    expect($(moved, '[part="event-status"] time')!.getAttribute('datetime')).to.equal('2026-05-27T14:30:00Z');
    await expect(moved).to.be.accessible();
  });

  it('says the rule of a recurring event in words, with its next dates, in fi, sv and en', async () => {
    const series: EventData['series'] = {
      recurrence: { frequency: 'monthly', interval: 1, weekdays: [], monthlyBy: 'weekday', until: null, count: 10, exceptions: [] },
      firstStartsAt: '2027-01-07T11:00:00Z',
      firstEndsAt: '2027-01-07T12:30:00Z',
      next: [
        { startsAt: '2027-02-04T11:00:00Z', endsAt: '2027-02-04T12:30:00Z', status: 'cancelled' },
        { startsAt: '2027-03-04T11:00:00Z', endsAt: '2027-03-04T12:30:00Z', status: 'scheduled' },
      ],
    };
    const shown = { startsAt: '2027-01-07T11:00:00Z', endsAt: '2027-01-07T12:30:00Z', series };
    for (const [lang, rule, next] of [
      ['fi', 'Kuukauden ensimmäinen torstai klo 13.00–14.30', 'Seuraavat kerrat: to 4.2. klo 13.00 (peruttu), to 4.3. klo 13.00'],
      ['sv', 'Första torsdagen i månaden kl. 13.00–14.30', 'Följande tillfällen:'],
      ['en', 'The first Thursday of the month, 13:00–14:30', 'Next dates:'],
    ] as const) {
      const el = await show(event('a', 'A', shown), lang);
      expect(text($(el, '[part="series"]'))).to.equal(rule);
      expect(text($(el, '[part="series-next"]'))).to.contain(next);
      expect([...el.shadowRoot!.querySelectorAll('[part="series-next"] time')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
        '2027-02-04T11:00:00Z',
        '2027-03-04T11:00:00Z',
      ]);
      await expect(el).to.be.accessible();
    }
    const single = await show(event('a', 'A'));
    expect($(single, '[part="series"]'), 'a single event has no rule').to.not.exist;
  });

  it('marks the UI words inside an event in another language', async () => {
    const el = await show(event('a', 'Dialog', { locale: 'sv' }), 'fi');
    expect($(el, '[part="article"]')!.getAttribute('lang')).to.equal('sv');
    expect($(el, '[part="calendar-link"]')!.closest('[lang]')!.getAttribute('lang')).to.equal('fi');
    expect($(el, '[part="time"]')!.closest('[lang]')!.getAttribute('lang')).to.equal('fi');
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    stubFetch(() => json({ data: event('a', 'Hyvinvointialueen ja järjestöjen yhteistyörakenteiden kehittämistilaisuus') }));
    const wrapper = await fixture(
      html`<div style="width: 320px; font-size: 16px; overflow: auto"><event-detail api="https://cms.test" slug="a" lang="fi"></event-detail></div>`,
    );
    await settled(wrapper.firstElementChild as EventDetail);
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
  });
});
