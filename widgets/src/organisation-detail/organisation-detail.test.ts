import { expect, fixture, html } from '@open-wc/testing';
import type { OrganisationDetail as OrganisationData } from '@kumppani/contract';
import './organisation-detail.js';
import type { OrganisationDetail } from './organisation-detail.component.js';
import { MESSAGES } from './organisation-detail.messages.js';
import { $, $$, json, restoreFetch, settled, stubFetch } from '../shared/testing/fetch-stub.js';
import { describeDetailElement, facts } from '../shared/testing/detail-suite.js';

function organisation(slug: string, name: string, overrides: Partial<OrganisationData> = {}): OrganisationData {
  return {
    id: `id-${slug}`,
    slug,
    locale: 'fi',
    name,
    kind: 'association',
    description: 'Päihdetoipujien vertaistukiyhdistys Vantaalla.',
    logo: { url: 'https://cms.test/uploads/logo.png', alt: `${name}: logo`, width: 200, height: 100 },
    website: 'https://vantaan-a-kilta.example.fi/',
    email: 'info@vantaan-a-kilta.example.fi',
    phone: '+358 40 000 0122',
    address: { streetAddress: 'Kielotie 13', postalCode: '01300', locality: 'Vantaa' },
    regions: [{ slug: 'vantaa-kerava', code: 'wsc-vantaa-kerava', kind: 'wellbeing_services_county', name: 'Vantaa ja Kerava' }],
    topics: [
      { slug: 'vertaistuki', name: 'Vertaistuki' },
      { slug: 'mielenterveys-ja-paihteet', name: 'Mielenterveys ja päihteet' },
    ],
    targetGroups: ['working_age'],
    languages: ['fi'],
    url: `https://sivusto.test/jarjestot/${slug}`,
    updatedAt: '2026-04-01T10:00:00Z',
    alternateNames: ['A-kilta'],
    businessId: '9905070-1',
    coordinates: { latitude: 60.29, longitude: 25.04 },
    parent: {
      slug: 'a-kiltojen-liitto',
      name: 'A-kiltojen liitto ry',
      locale: 'fi',
      url: 'https://sivusto.test/jarjestot/a-kiltojen-liitto',
    },
    members: [
      { slug: 'jasen-1', name: 'Jäsen Yksi ry', locale: 'fi', url: 'https://sivusto.test/jarjestot/jasen-1' },
      { slug: 'member-2', name: 'Member Two', locale: 'en', url: null },
    ],
    programmes: [{ slug: 'miepa', name: 'Miepä-verkosto', locale: 'fi', url: 'https://sivusto.test/hankkeet/miepa' }],
    ...overrides,
  };
}

describeDetailElement<OrganisationData>({
  tag: 'organisation-detail',
  schemaType: 'Organization',
  route: 'organisations',
  item: organisation,
  notFound: { fi: MESSAGES.fi.notFound, sv: MESSAGES.sv.notFound, en: MESSAGES.en.notFound },
  importAgain: () => import('./organisation-detail.js?again' as string),
});

async function show(data: OrganisationData, lang = 'fi'): Promise<OrganisationDetail> {
  stubFetch(() => json({ data }));
  const el = await fixture<OrganisationDetail>(
    html`<organisation-detail api="https://cms.test" lang=${lang} slug=${data.slug}></organisation-detail>`,
  );
  await settled(el);
  return el;
}

describe('<organisation-detail>', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => restoreFetch());

  it('shows the name as the heading, the kind in words, the logo with its alt text and the description', async () => {
    const el = await show(organisation('vantaan-a-kilta-ry', 'Vantaan A-kilta ry'));
    expect($(el, 'h2[part="title"]')!.textContent).to.equal('Vantaan A-kilta ry');
    expect($(el, '[part="kind"]')!.textContent).to.equal('Yhdistys');
    const logo = $<HTMLImageElement>(el, '[part="logo"]')!;
    expect(logo.alt).to.equal('Vantaan A-kilta ry: logo');
    expect(logo.getAttribute('src')).to.equal('https://cms.test/uploads/logo.png');
    expect($(el, '[part="description"]')!.textContent).to.equal('Päihdetoipujien vertaistukiyhdistys Vantaalla.');
  });

  it('lists the contact details, address, regions, topics and related organisations, linking those that have a page', async () => {
    const el = await show(organisation('vantaan-a-kilta-ry', 'Vantaan A-kilta ry'), 'en');
    expect(facts(el)).to.deep.equal({
      'Also known as': 'A-kilta',
      Website: 'vantaan-a-kilta.example.fi',
      Email: 'info@vantaan-a-kilta.example.fi',
      Phone: '+358 40 000 0122',
      Address: 'Kielotie 13, 01300 Vantaa',
      Regions: 'Vantaa ja Kerava',
      Topics: 'Vertaistuki | Mielenterveys ja päihteet',
      'Umbrella organisation': 'A-kiltojen liitto ry',
      Members: 'Jäsen Yksi ry | Member Two',
      'Projects and programmes': 'Miepä-verkosto',
      'Business ID': '9905070-1',
    });
    const hrefs = $$(el, '[part="facts"] a').map((link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      'https://vantaan-a-kilta.example.fi/',
      'mailto:info@vantaan-a-kilta.example.fi',
      'tel:+358400000122',
      'https://sivusto.test/jarjestot/a-kiltojen-liitto',
      'https://sivusto.test/jarjestot/jasen-1',
      'https://sivusto.test/hankkeet/miepa',
    ]);
    // A member without a public page is named, not linked; one in another language is marked.
    const members = $$(el, '[part="refs"] li').filter((item) => item.textContent!.includes('Member Two'));
    expect(members[0]!.querySelector('a')).to.not.exist;
    expect(members[0]!.getAttribute('lang')).to.equal('en');
    // The labels are in the UI language inside a Finnish organisation.
    expect($(el, '[part="article"]')!.getAttribute('lang')).to.equal('fi');
    expect($(el, 'dt')!.getAttribute('lang')).to.equal('en');
  });

  it('shows no e-mail or phone that the API left out (not public), and no empty rows', async () => {
    const el = await show(
      organisation('yksityinen', 'Yksityinen ry', {
        email: null,
        phone: null,
        website: null,
        logo: null,
        description: null,
        alternateNames: [],
        businessId: null,
        parent: null,
        members: [],
        programmes: [],
        regions: [],
        topics: [],
        address: { streetAddress: null, postalCode: null, locality: 'Vantaa' },
      }),
    );
    expect(facts(el)).to.deep.equal({ Osoite: 'Vantaa' });
    expect($(el, 'a[href^="mailto:"], a[href^="tel:"]')).to.not.exist;
    expect(el.shadowRoot!.textContent).to.not.match(/Sähköposti|Puhelin|@/);
    expect($(el, '[part="logo"]')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('gives the kind in every UI language', async () => {
    for (const [lang, expected] of [
      ['fi', 'Hyvinvointialue'],
      ['sv', 'Välfärdsområde'],
      ['en', 'Wellbeing services county'],
    ] as const) {
      const el = await show(organisation('alue', 'Alue', { kind: 'wellbeing_services_county' }), lang);
      expect($(el, '[part="kind"]')!.textContent).to.equal(expected);
    }
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    stubFetch(() =>
      json({
        data: organisation('pitka', 'Vantaan ja Keravan hyvinvointialueen järjestöyhteistyön kumppanuusverkosto ry', {
          website: 'https://www.erittain-pitka-verkko-osoite-jarjestolle.example.fi/polku/alasivu',
        }),
      }),
    );
    const wrapper = await fixture(
      html`<div style="width: 320px; font-size: 16px; overflow: auto"><organisation-detail api="https://cms.test" slug="pitka" lang="fi"></organisation-detail></div>`,
    );
    await settled(wrapper.firstElementChild as OrganisationDetail);
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
  });
});

describe('<organisation-detail> regions', () => {
  const area = (slug: string) => ({ slug, code: slug, kind: 'collaborative_area', name: slug });
  const areas = ['yta-etela-suomi', 'yta-ita-suomi', 'yta-sisa-suomi', 'yta-lansi-suomi', 'yta-pohjois-suomi'].map(area);
  const county = { slug: 'pirkanmaa', code: '06', kind: 'wellbeing_services_county', name: 'Pirkanmaa' };
  afterEach(() => restoreFetch());

  for (const [lang, country] of [
    ['fi', 'Koko Suomi'],
    ['sv', 'Hela Finland'],
    ['en', 'All of Finland'],
  ] as const) {
    it(`are "${country}" in ${lang} when they include every collaborative area, else each region`, async () => {
      const national = await show(organisation('mieli-ry', 'MIELI ry', { regions: [county, ...areas] }), lang);
      expect(facts(national)[MESSAGES[lang].regions]).to.equal(country);
      const regional = await show(organisation('alueellinen', 'Alueellinen ry', { regions: [county, ...areas.slice(0, 4)] }), lang);
      expect(facts(regional)[MESSAGES[lang].regions]).to.equal(
        'Pirkanmaa | yta-etela-suomi | yta-ita-suomi | yta-sisa-suomi | yta-lansi-suomi',
      );
    });
  }
});
