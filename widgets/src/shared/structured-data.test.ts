import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import type { EventSummary, OrganisationDetail, OrganisationSummary, PostSummary, ProgrammeSummary } from '@kumppani/contract';
import { KumppaniElement } from './base-element.js';
import { helsinkiDateTime, itemListStructuredData, type Thing } from './structured-data.js';
import { jsonForScript, StructuredData } from './structured-data-script.js';
import { eventStructuredData } from './structured-data-event.js';
import { organisationStructuredData } from './structured-data-organisation.js';
import { postStructuredData } from './structured-data-post.js';
import { programmeStructuredData } from './structured-data-programme.js';

// ---- items as the API gives them -------------------------------------------------------------------

const organisation = (overrides: Partial<OrganisationSummary> = {}): OrganisationSummary => ({
  id: 'o1',
  slug: 'hyvinvointiyhdistys',
  locale: 'fi',
  name: 'Hyvinvointiyhdistys',
  kind: 'association',
  description: 'Vertaistukea Vantaalla.',
  logo: { url: 'https://cms.test/uploads/logo.png', alt: 'Hyvinvointiyhdistyksen logo', width: 120, height: 60 },
  website: 'https://hyvinvointi.test/',
  email: 'info@hyvinvointi.test',
  phone: '+358 40 123 4567',
  address: { streetAddress: 'Asematie 1', postalCode: '01300', locality: 'Vantaa' },
  regions: [{ slug: 'vantaa-kerava', code: '01', kind: 'wellbeing_services_county', name: 'Vantaa ja Kerava' }],
  topics: [],
  targetGroups: [],
  languages: ['fi', 'sv'],
  url: 'https://www.vakehyva.test/fi/jarjestot/hyvinvointiyhdistys',
  updatedAt: '2026-05-01T10:00:00+03:00',
  ...overrides,
});

const event = (overrides: Partial<EventSummary> = {}): EventSummary => ({
  id: 'e1',
  slug: 'vertaisilta',
  locale: 'fi',
  title: 'Vertaisilta',
  description: 'Avoin ilta kaikille.',
  startsAt: '2026-05-12T14:00:00Z',
  endsAt: '2026-05-12T16:00:00Z',
  timeZone: 'Europe/Helsinki',
  attendanceMode: 'offline',
  place: { name: 'Kulttuuritalo', streetAddress: 'Sturenkatu 4', postalCode: '00510', locality: 'Helsinki' },
  onlineUrl: null,
  registration: { url: 'https://ilmo.test/vertaisilta', deadline: '2026-05-10T20:59:00Z' },
  organisers: [
    {
      slug: 'hyvinvointiyhdistys',
      name: 'Hyvinvointiyhdistys',
      locale: 'fi',
      url: 'https://www.vakehyva.test/fi/jarjestot/hyvinvointiyhdistys',
    },
  ],
  programme: null,
  regions: [],
  topics: [],
  audience: null,
  languages: ['fi'],
  isFree: true,
  price: null,
  status: 'scheduled',
  previousStartsAt: null,
  series: null,
  calendarUrl: 'https://cms.test/api/kumppani/events/vertaisilta.ics',
  url: 'https://www.vakehyva.test/fi/tapahtumat/vertaisilta',
  updatedAt: '2026-05-01T10:00:00+03:00',
  ...overrides,
});

const post = (overrides: Partial<PostSummary> = {}): PostSummary => ({
  id: 'p1',
  slug: 'kumppanuus-kannattaa',
  locale: 'fi',
  title: 'Kumppanuus kannattaa',
  lead: 'Miksi järjestöt ja hyvinvointialue tekevät yhdessä.',
  heroImage: { url: 'https://cms.test/uploads/hero.jpg', alt: 'Kädet yhdessä', width: 1200, height: 675 },
  authors: [
    { slug: 'anna-aho', name: 'Anna Aho', roleTitle: 'Suunnittelija' },
    { slug: 'bo-berg', name: 'Bo Berg', roleTitle: null },
  ],
  blog: { slug: 'kadet-sotessa', name: 'Kädet Sotessa', url: 'https://blogi.test/' },
  tags: ['kumppanuus'],
  topics: [],
  publishedDate: '2026-01-15T07:00:00Z',
  canonicalUrl: null,
  source: null,
  url: 'https://blogi.test/kumppanuus-kannattaa',
  updatedAt: '2026-05-04T06:00:00Z',
  ...overrides,
});

const programme = (overrides: Partial<ProgrammeSummary> = {}): ProgrammeSummary => ({
  id: 'g1',
  slug: 'yhdessa',
  locale: 'fi',
  name: 'Yhdessä-hanke',
  description: 'Kumppanuuden kehittämishanke.',
  administrator: { slug: 'hyvinvointiyhdistys', name: 'Hyvinvointiyhdistys', locale: 'fi', url: null },
  partners: [{ slug: 'toinen', name: 'Toinen yhdistys', locale: 'fi', url: 'https://www.vakehyva.test/fi/jarjestot/toinen' }],
  regions: [{ slug: 'vantaa-kerava', code: '01', kind: 'wellbeing_services_county', name: 'Vantaa ja Kerava' }],
  topics: [],
  startDate: '2025-01-01',
  endDate: null,
  status: 'active',
  website: 'https://yhdessa.test/',
  url: null,
  updatedAt: '2026-05-01T10:00:00+03:00',
  ...overrides,
});

// ---- schema.org and Google's rich results ---------------------------------------------------------

/**
 * The properties schema.org defines for the types we write (an excerpt of https://schema.org, inherited ones
 * included): a misspelt or invented property fails here, which a search engine would ignore silently.
 */
const THING = ['name', 'description', 'url', 'image', 'sameAs', 'alternateName', 'identifier', 'mainEntityOfPage'];
const ORGANIZATION = [
  ...THING,
  'logo',
  'email',
  'telephone',
  'address',
  'areaServed',
  'parentOrganization',
  'member',
  'funder',
  'knowsLanguage',
  'foundingDate',
  'dissolutionDate',
];
const CREATIVE_WORK = [...THING, 'headline', 'author', 'datePublished', 'dateModified', 'isPartOf', 'keywords', 'inLanguage', 'publisher'];
const SCHEMA_ORG: Record<string, string[]> = {
  Organization: ORGANIZATION,
  Project: ORGANIZATION,
  Event: [
    ...THING,
    'startDate',
    'endDate',
    'previousStartDate',
    'eventStatus',
    'eventAttendanceMode',
    'location',
    'organizer',
    'offers',
    'inLanguage',
  ],
  Place: [...THING, 'address'],
  VirtualLocation: THING,
  PostalAddress: [...THING, 'streetAddress', 'postalCode', 'addressLocality', 'addressCountry'],
  AdministrativeArea: THING,
  Offer: [...THING, 'price', 'priceCurrency', 'availability', 'validThrough', 'validFrom'],
  ImageObject: [...CREATIVE_WORK, 'width', 'height', 'caption', 'contentUrl'],
  BlogPosting: CREATIVE_WORK,
  Blog: CREATIVE_WORK,
  Person: [...THING, 'jobTitle'],
  ItemList: [...THING, 'itemListElement', 'numberOfItems'],
  ListItem: [...THING, 'position', 'item'],
};

/** Every node of `node` has a known @type and only properties schema.org defines for it. */
function expectSchemaOrg(node: unknown, path = '$'): void {
  if (Array.isArray(node)) return node.forEach((each, index) => expectSchemaOrg(each, `${path}[${index}]`));
  if (typeof node !== 'object' || node === null) return;
  const { '@type': type, '@context': _context, ...properties } = node as Thing;
  const known = SCHEMA_ORG[type];
  expect(known, `${path}: schema.org type ${type}`).to.exist;
  for (const [name, value] of Object.entries(properties)) {
    expect(known, `${path}: ${type} has ${name}`).to.include(name);
    expect(value, `${path}.${name} has a value`).to.not.be.oneOf([null, undefined, '']);
    if (Array.isArray(value)) expect(value, `${path}.${name} is not empty`).to.not.be.empty;
    expectSchemaOrg(value, `${path}.${name}`);
  }
}

const has = (thing: Thing, names: string[]) => expect(Object.keys(thing)).to.include.members(names);
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

describe('shared/structured-data', () => {
  describe('helsinkiDateTime', () => {
    it('writes the Helsinki wall clock with the offset of that moment, in summer and winter time', () => {
      expect(helsinkiDateTime('2026-05-12T14:00:00Z')).to.equal('2026-05-12T17:00:00+03:00');
      expect(helsinkiDateTime('2026-12-01T14:30:00Z')).to.equal('2026-12-01T16:30:00+02:00');
      // An instant written with another offset is the same moment.
      expect(helsinkiDateTime('2026-05-12T16:00:00+02:00')).to.equal('2026-05-12T17:00:00+03:00');
      // Midnight is 00, not 24; the day is Helsinki's.
      expect(helsinkiDateTime('2026-05-11T21:00:00Z')).to.equal('2026-05-12T00:00:00+03:00');
      // Summer time begins at 03.00 on 29 March 2026 and ends at 04.00 on 25 October 2026.
      expect(helsinkiDateTime('2026-03-29T00:59:59Z')).to.equal('2026-03-29T02:59:59+02:00');
      expect(helsinkiDateTime('2026-03-29T01:00:00Z')).to.equal('2026-03-29T04:00:00+03:00');
      expect(helsinkiDateTime('2026-10-25T00:30:00Z')).to.equal('2026-10-25T03:30:00+03:00');
      expect(helsinkiDateTime('2026-10-25T01:30:00Z')).to.equal('2026-10-25T03:30:00+02:00');
    });
  });

  describe('Event', () => {
    it("has Google's required and recommended properties, with Helsinki offsets and a free offer", () => {
      const thing = eventStructuredData(event());
      expectSchemaOrg(thing);
      // Required: name, startDate, location. Recommended: description, endDate, eventStatus, image, offers,
      // organizer, eventAttendanceMode. An event in the contract has no image, so none is written.
      has(thing, ['name', 'startDate', 'location', 'description', 'endDate', 'eventStatus', 'offers', 'organizer', 'eventAttendanceMode']);
      expect(thing).to.deep.include({
        name: 'Vertaisilta',
        startDate: '2026-05-12T17:00:00+03:00',
        endDate: '2026-05-12T19:00:00+03:00',
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        url: 'https://www.vakehyva.test/fi/tapahtumat/vertaisilta',
        inLanguage: ['fi'],
      });
      expect(thing.location).to.deep.equal([
        {
          '@type': 'Place',
          name: 'Kulttuuritalo',
          address: {
            '@type': 'PostalAddress',
            streetAddress: 'Sturenkatu 4',
            postalCode: '00510',
            addressLocality: 'Helsinki',
            addressCountry: 'FI',
          },
        },
      ]);
      expect(thing.organizer).to.deep.equal([
        { '@type': 'Organization', name: 'Hyvinvointiyhdistys', url: 'https://www.vakehyva.test/fi/jarjestot/hyvinvointiyhdistys' },
      ]);
      expect(thing.offers).to.deep.equal({
        '@type': 'Offer',
        price: 0,
        priceCurrency: 'EUR',
        availability: 'https://schema.org/InStock',
        url: 'https://ilmo.test/vertaisilta',
        validThrough: '2026-05-10T23:59:00+03:00',
      });
    });

    it('writes winter times with +02:00, and no offer for an event that is not free', () => {
      const thing = eventStructuredData(event({ startsAt: '2026-12-03T15:00:00Z', endsAt: null, isFree: false, price: '10 €' }));
      expect(thing.startDate).to.equal('2026-12-03T17:00:00+02:00');
      expect(thing).to.not.have.property('endDate');
      expect(thing).to.not.have.property('offers');
      expect(thing.startDate).to.match(ISO_WITH_OFFSET);
    });

    it('says a cancelled, postponed or rescheduled event in eventStatus, with the earlier start', () => {
      expect(eventStructuredData(event({ status: 'cancelled' })).eventStatus).to.equal('https://schema.org/EventCancelled');
      expect(eventStructuredData(event({ status: 'postponed' })).eventStatus).to.equal('https://schema.org/EventPostponed');
      const rescheduled = eventStructuredData(event({ status: 'rescheduled', previousStartsAt: '2026-04-28T14:00:00Z' }));
      expect(rescheduled.eventStatus).to.equal('https://schema.org/EventRescheduled');
      expect(rescheduled.previousStartDate).to.equal('2026-04-28T17:00:00+03:00');
      expect(eventStructuredData(event())).to.not.have.property('previousStartDate');
    });

    it('puts an online event at a VirtualLocation, and a mixed one at both', () => {
      const online = eventStructuredData(event({ attendanceMode: 'online', place: null, onlineUrl: 'https://meet.test/ilta' }));
      expectSchemaOrg(online);
      expect(online.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
      expect(online.location).to.deep.equal([{ '@type': 'VirtualLocation', url: 'https://meet.test/ilta' }]);
      // Without its link (yet), the event's page is where the link will be.
      const unlinked = eventStructuredData(event({ attendanceMode: 'online', place: null }));
      expect(unlinked.location).to.deep.equal([{ '@type': 'VirtualLocation', url: 'https://www.vakehyva.test/fi/tapahtumat/vertaisilta' }]);
      const mixed = eventStructuredData(event({ attendanceMode: 'mixed', onlineUrl: 'https://meet.test/ilta' }));
      expect(mixed.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
      expect((mixed.location as Thing[]).map((location) => location['@type'])).to.deep.equal(['Place', 'VirtualLocation']);
    });

    it('gives a cancelled event no way to join or register, and an online event without any link no VirtualLocation', () => {
      const cancelled = eventStructuredData(
        event({ status: 'cancelled', attendanceMode: 'mixed', onlineUrl: 'https://meet.test/ilta', url: 'https://www.vakehyva.test/e' }),
      );
      expect(JSON.stringify(cancelled)).to.not.include('meet.test').and.not.include('ilmo.test');
      expect((cancelled.location as Thing[]).find((location) => location['@type'] === 'VirtualLocation')).to.deep.equal({
        '@type': 'VirtualLocation',
        url: 'https://www.vakehyva.test/e',
      });
      expect((cancelled.offers as Thing).url).to.equal('https://www.vakehyva.test/e');
      const nowhere = eventStructuredData(event({ attendanceMode: 'online', place: null, onlineUrl: null, url: null }));
      expect(nowhere).to.not.have.property('location');
    });

    it('makes an event moved online an online event at a VirtualLocation', () => {
      const moved = eventStructuredData(event({ status: 'moved_online', onlineUrl: 'https://meet.test/ilta' }));
      expect(moved.eventStatus).to.equal('https://schema.org/EventMovedOnline');
      expect(moved.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
      expect(moved.location).to.deep.equal([{ '@type': 'VirtualLocation', url: 'https://meet.test/ilta' }]);
    });
  });

  describe('BlogPosting', () => {
    it("has Google's recommended Article properties: headline, image, dates with offsets, authors with names", () => {
      const thing = postStructuredData(post());
      expectSchemaOrg(thing);
      has(thing, ['headline', 'image', 'datePublished', 'dateModified', 'author']);
      expect(thing).to.deep.include({
        headline: 'Kumppanuus kannattaa',
        description: 'Miksi järjestöt ja hyvinvointialue tekevät yhdessä.',
        datePublished: '2026-01-15T09:00:00+02:00',
        dateModified: '2026-05-04T09:00:00+03:00',
        url: 'https://blogi.test/kumppanuus-kannattaa',
        mainEntityOfPage: 'https://blogi.test/kumppanuus-kannattaa',
        inLanguage: 'fi',
        isPartOf: { '@type': 'Blog', name: 'Kädet Sotessa', url: 'https://blogi.test/' },
      });
      expect(thing.author).to.deep.equal([
        { '@type': 'Person', name: 'Anna Aho', jobTitle: 'Suunnittelija' },
        { '@type': 'Person', name: 'Bo Berg' },
      ]);
      expect(thing.image).to.deep.include({ '@type': 'ImageObject', url: 'https://cms.test/uploads/hero.jpg', width: 1200, height: 675 });
    });

    it("takes the post's canonical URL as its address", () => {
      const thing = postStructuredData(post({ canonicalUrl: 'https://alkuperainen.test/kirjoitus', url: 'https://blogi.test/x' }));
      expect(thing.url).to.equal('https://alkuperainen.test/kirjoitus');
      expect(thing.mainEntityOfPage).to.equal('https://alkuperainen.test/kirjoitus');
    });
  });

  describe('Organization', () => {
    it('has name, url (its page), logo, contacts, PostalAddress, areaServed and its website as sameAs', () => {
      const thing = organisationStructuredData(organisation());
      expectSchemaOrg(thing);
      has(thing, ['name', 'url', 'logo', 'description', 'email', 'telephone', 'address', 'areaServed', 'sameAs']);
      expect(thing).to.deep.include({
        url: 'https://www.vakehyva.test/fi/jarjestot/hyvinvointiyhdistys',
        sameAs: 'https://hyvinvointi.test/',
        email: 'info@hyvinvointi.test',
        telephone: '+358 40 123 4567',
        knowsLanguage: ['fi', 'sv'],
        areaServed: [{ '@type': 'AdministrativeArea', name: 'Vantaa ja Kerava' }],
      });
      expect(thing.address).to.deep.equal({
        '@type': 'PostalAddress',
        streetAddress: 'Asematie 1',
        postalCode: '01300',
        addressLocality: 'Vantaa',
        addressCountry: 'FI',
      });
    });

    it('leaves out contacts and an address it does not have, and takes the website as url without a page', () => {
      const thing = organisationStructuredData(
        organisation({
          url: null,
          email: null,
          phone: null,
          logo: null,
          address: { streetAddress: null, postalCode: null, locality: null },
        }),
      );
      expectSchemaOrg(thing);
      expect(thing.url).to.equal('https://hyvinvointi.test/');
      for (const name of ['email', 'telephone', 'address', 'logo', 'sameAs']) expect(thing, name).to.not.have.property(name);
    });

    it("adds a detail's other names and parent organisation", () => {
      const detail: OrganisationDetail = {
        ...organisation(),
        alternateNames: ['HVY'],
        businessId: '1234567-8',
        coordinates: null,
        parent: { slug: 'liitto', name: 'Liitto ry', locale: 'fi', url: 'https://liitto.test/' },
        members: [],
        programmes: [],
      };
      const thing = organisationStructuredData(detail);
      expectSchemaOrg(thing);
      expect(thing.alternateName).to.deep.equal(['HVY']);
      expect(thing.parentOrganization).to.deep.equal({ '@type': 'Organization', name: 'Liitto ry', url: 'https://liitto.test/' });
    });
  });

  describe('Project', () => {
    it('is a programme with its administrator, partners, regions and period', () => {
      const thing = programmeStructuredData(programme());
      expectSchemaOrg(thing);
      expect(thing).to.deep.include({
        '@type': 'Project',
        name: 'Yhdessä-hanke',
        url: 'https://yhdessa.test/',
        foundingDate: '2025-01-01',
        parentOrganization: { '@type': 'Organization', name: 'Hyvinvointiyhdistys' },
      });
      expect(thing).to.not.have.property('dissolutionDate');
      expect(thing.member).to.have.length(1);
    });
  });

  describe('ItemList', () => {
    it('lists things as ListItems with positions from `first`', () => {
      const list = itemListStructuredData([event(), event({ slug: 'toinen', title: 'Toinen' })], eventStructuredData, 11);
      expectSchemaOrg(list);
      expect(list['@type']).to.equal('ItemList');
      const elements = list.itemListElement as { position: number; item: Thing }[];
      expect(elements.map((element) => element.position)).to.deep.equal([11, 12]);
      expect(elements.map((element) => element.item.name)).to.deep.equal(['Vertaisilta', 'Toinen']);
    });
  });

  describe('jsonForScript', () => {
    it('escapes < so that a </script> in a title cannot end the script, and parses back to the same text', () => {
      const title = 'Ilta </script><script>alert(1)</script> <!-- ja muuta';
      const text = jsonForScript(eventStructuredData(event({ title })));
      expect(text).to.not.contain('<');
      expect(JSON.parse(text)).to.deep.include({ '@context': 'https://schema.org', name: title });
      // In a page as the HTML parser reads it: one script, which holds the whole JSON.
      const page = new DOMParser().parseFromString(`<body><script type="application/ld+json">${text}</script></body>`, 'text/html');
      const scripts = page.querySelectorAll('script');
      expect(scripts).to.have.length(1);
      expect(JSON.parse(scripts[0]!.textContent!).name).to.equal(title);
    });
  });
});

// ---- the controller --------------------------------------------------------------------------------

class StructuredDataProbe extends KumppaniElement {
  static override properties = { ...KumppaniElement.properties, events: { attribute: false } };
  events: EventSummary[] = [];
  /** What the builders' import waits for: resolved at once unless a test holds it. */
  loaded: Promise<unknown> = Promise.resolve();
  readonly structuredData = new StructuredData(this, () => {
    const { events } = this;
    return events.length > 0 && this.loaded.then(() => itemListStructuredData(events, eventStructuredData));
  });
  protected override render() {
    return html`<p>${this.events.length}</p>`;
  }
}
customElements.define('structured-data-probe', StructuredDataProbe);

const scriptsOf = (el: Element) => [...el.querySelectorAll('script[type="application/ld+json"]')];
const dataOf = (el: Element) => {
  const scripts = scriptsOf(el);
  expect(scripts, 'one JSON-LD script').to.have.length(1);
  return JSON.parse(scripts[0]!.textContent!) as Thing;
};
/** After an update: the script is written once the builders are in (StructuredData.written). */
const settled = async (el: StructuredDataProbe) => {
  await el.updateComplete;
  await el.structuredData.written;
};
const names = (el: Element) => (dataOf(el).itemListElement as { item: Thing }[]).map((element) => element.item.name);

describe('StructuredData (controller)', () => {
  it('writes one script into the light DOM, replaces it when the data changes and writes none without data', async () => {
    const el = await fixture<StructuredDataProbe>(testHtml`<structured-data-probe></structured-data-probe>`);
    expect(scriptsOf(el), 'nothing without data').to.be.empty;
    el.events = [event()];
    await settled(el);
    const script = scriptsOf(el)[0]!;
    expect(script.parentNode, 'a child of the element, in its light DOM').to.equal(el);
    expect(el.shadowRoot!.querySelector('script'), 'nothing in the shadow DOM').to.be.null;
    expect(dataOf(el)['@context']).to.equal('https://schema.org');
    expect(names(el)).to.deep.equal(['Vertaisilta']);
    el.events = [event({ title: 'Toinen' }), event({ title: 'Kolmas' })];
    await settled(el);
    expect(names(el)).to.deep.equal(['Toinen', 'Kolmas']);
    el.lang = 'sv'; // an update that does not change the data
    await settled(el);
    expect(scriptsOf(el)).to.have.length(1);
    expect(scriptsOf(el)[0], 'the same script, not rewritten').to.equal(script);
    el.events = [];
    await settled(el);
    expect(scriptsOf(el), 'removed when there is nothing to describe').to.be.empty;
  });

  it('removes its script when the element leaves the page, and writes it again when it comes back', async () => {
    const el = await fixture<StructuredDataProbe>(testHtml`<structured-data-probe .events=${[event()]}></structured-data-probe>`);
    await settled(el);
    expect(scriptsOf(el)).to.have.length(1);
    const parent = el.parentElement!;
    el.remove();
    expect(scriptsOf(el), 'removed on disconnect').to.be.empty;
    parent.append(el);
    await el.structuredData.written;
    expect(names(el)).to.deep.equal(['Vertaisilta']);
  });

  it('writes nothing with no-structured-data, and follows the attribute when it changes', async () => {
    const el = await fixture<StructuredDataProbe>(
      testHtml`<structured-data-probe no-structured-data .events=${[event()]}></structured-data-probe>`,
    );
    expect(el.shadowRoot!.textContent).to.contain('1'); // rendered its data
    expect(scriptsOf(el)).to.be.empty;
    el.removeAttribute('no-structured-data');
    await settled(el);
    expect(scriptsOf(el)).to.have.length(1);
    el.setAttribute('no-structured-data', '');
    await settled(el);
    expect(scriptsOf(el)).to.be.empty;
  });

  it('writes only the answer of the latest update: a slower, older one that arrives later is dropped', async () => {
    const el = await fixture<StructuredDataProbe>(testHtml`<structured-data-probe></structured-data-probe>`);
    let release!: () => void;
    el.loaded = new Promise<void>((resolve) => (release = resolve));
    el.events = [event({ title: 'Vanha' })];
    await el.updateComplete;
    const older = el.structuredData.written;
    el.loaded = Promise.resolve();
    el.events = [event({ title: 'Uusi' })];
    await settled(el);
    expect(names(el)).to.deep.equal(['Uusi']);
    release();
    await older;
    expect(names(el), 'the older answer came last and was dropped').to.deep.equal(['Uusi']);
  });

  it('renders its data before the builders are in, and writes nothing when they cannot be loaded', async () => {
    const el = await fixture<StructuredDataProbe>(testHtml`<structured-data-probe></structured-data-probe>`);
    el.loaded = Promise.reject(new Error('the CMS went away'));
    el.events = [event()];
    await el.updateComplete;
    expect(el.shadowRoot!.textContent, 'rendered without waiting').to.contain('1');
    await el.structuredData.written;
    expect(scriptsOf(el)).to.be.empty;
  });
});
