'use strict';
/**
 * Text for the API benchmark: organisation names and descriptions in Finnish and Swedish, and the search
 * terms people type. Descriptions are sentences over a vocabulary of word families, each family used in
 * several inflected forms (as running text uses them), and the families drawn with Zipf-like frequencies:
 * a few are in most descriptions, most in a few percent, some in well under one percent. Deterministic
 * (a seeded generator), so two runs build the same data.
 */

/** mulberry32: a small seeded generator, [0, 1). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Word families, most frequent first. Finnish: nominative | genitive | partitive | illative or allative
 * (järjestöt | järjestöjen | järjestöjä | järjestöille). Swedish: indefinite | definite | plural | plural
 * definite, or the nearest forms for words that do not inflect so.
 */
const FINNISH = [
  'toiminta|toiminnan|toimintaa|toimintaan',
  'hyvinvointi|hyvinvoinnin|hyvinvointia|hyvinvointiin',
  'yhteistyö|yhteistyön|yhteistyötä|yhteistyöhön',
  'vertaistuki|vertaistuen|vertaistukea|vertaistukeen',
  'järjestöt|järjestöjen|järjestöjä|järjestöille',
  'vapaaehtoistoiminta|vapaaehtoistoiminnan|vapaaehtoistoimintaa|vapaaehtoistoimintaan',
  'lapsiperheet|lapsiperheiden|lapsiperheitä|lapsiperheille',
  'ikäihmiset|ikäihmisten|ikäihmisiä|ikäihmisille',
  'mielenterveys|mielenterveyden|mielenterveyttä|mielenterveyteen',
  'osallisuus|osallisuuden|osallisuutta|osallisuuteen',
  'nuoret|nuorten|nuoria|nuorille',
  'omaishoitajat|omaishoitajien|omaishoitajia|omaishoitajille',
  'yksinäisyys|yksinäisyyden|yksinäisyyttä|yksinäisyyteen',
  'neuvonta|neuvonnan|neuvontaa|neuvontaan',
  'liikunta|liikunnan|liikuntaa|liikuntaan',
  'kulttuuri|kulttuurin|kulttuuria|kulttuuriin',
  'kotoutuminen|kotoutumisen|kotoutumista|kotoutumiseen',
  'maahanmuuttajat|maahanmuuttajien|maahanmuuttajia|maahanmuuttajille',
  'päihdetyö|päihdetyön|päihdetyötä|päihdetyöhön',
  'työllisyys|työllisyyden|työllisyyttä|työllisyyteen',
  'kumppanuus|kumppanuuden|kumppanuutta|kumppanuuteen',
  'harrastukset|harrastusten|harrastuksia|harrastuksiin',
  'vammaiset|vammaisten|vammaisia|vammaisille',
  'eläkeläiset|eläkeläisten|eläkeläisiä|eläkeläisille',
  'kuntoutus|kuntoutuksen|kuntoutusta|kuntoutukseen',
  'asuminen|asumisen|asumista|asumiseen',
  'muistisairaudet|muistisairauksien|muistisairauksia|muistisairauksiin',
  'kriisityö|kriisityön|kriisityötä|kriisityöhön',
  'digituki|digituen|digitukea|digitukeen',
  'ruoka-apu|ruoka-avun|ruoka-apua|ruoka-apuun',
  'luonto|luonnon|luontoa|luontoon',
  'ympäristö|ympäristön|ympäristöä|ympäristöön',
  'kylätoiminta|kylätoiminnan|kylätoimintaa|kylätoimintaan',
  'opiskelijat|opiskelijoiden|opiskelijoita|opiskelijoille',
  'työkyky|työkyvyn|työkykyä|työkykyyn',
  'veteraanit|veteraanien|veteraaneja|veteraaneille',
  'kehitysvammaiset|kehitysvammaisten|kehitysvammaisia|kehitysvammaisille',
  'mielenterveyskuntoutujat|mielenterveyskuntoutujien|mielenterveyskuntoutujia|mielenterveyskuntoutujille',
  'asunnottomuus|asunnottomuuden|asunnottomuutta|asunnottomuuteen',
  'velkaneuvonta|velkaneuvonnan|velkaneuvontaa|velkaneuvontaan',
  'ensiapu|ensiavun|ensiapua|ensiapuun',
  'sateenkaarinuoret|sateenkaarinuorten|sateenkaarinuoria|sateenkaarinuorille',
  'syöpäpotilaat|syöpäpotilaiden|syöpäpotilaita|syöpäpotilaille',
  'lähisuhdeväkivalta|lähisuhdeväkivallan|lähisuhdeväkivaltaa|lähisuhdeväkivaltaan',
  'romanit|romanien|romaneja|romaneille',
  'saamelaiset|saamelaisten|saamelaisia|saamelaisille',
  'diabetes|diabeteksen|diabetesta|diabetekseen',
  'perhehoito|perhehoidon|perhehoitoa|perhehoitoon',
].map((line) => line.split('|'));

const SWEDISH = [
  'verksamhet|verksamheten|verksamheter|verksamheterna',
  'förening|föreningen|föreningar|föreningarna',
  'gemenskap|gemenskapen|gemenskaper|gemenskaperna',
  'samarbete|samarbetet|samarbeten|samarbetena',
  'stöd|stödet|stödgrupper|stödgrupperna',
  'frivillig|frivilliga|frivilligarbete|frivilligverksamheten',
  'barnfamilj|barnfamiljen|barnfamiljer|barnfamiljerna',
  'äldre|de äldre|äldreomsorg|seniorerna',
  'ungdom|ungdomen|ungdomar|ungdomarna',
  'psykisk hälsa|den psykiska hälsan|psykiska problem|psykiskt välmående',
  'kamratstöd|kamratstödet|kamratstödsgrupper|kamratstödsgrupperna',
  'närståendevårdare|närståendevårdaren|närståendevårdarna|närståendevårdares',
  'ensamhet|ensamheten|ensamma|de ensamma',
  'kultur|kulturen|kulturevenemang|kulturevenemangen',
  'familj|familjen|familjer|familjerna',
  'välfärd|välfärden|välfärdsområde|välfärdsområdet',
  'integration|integrationen|integrationsarbete|integrationsarbetet',
  'invandrare|invandraren|invandrarna|inflyttade',
  'motion|motionen|idrott|idrotten',
  'rådgivning|rådgivningen|rådgivare|rådgivarna',
  'funktionsnedsättning|funktionsnedsättningen|funktionsnedsättningar|funktionsnedsättningarna',
  'missbruk|missbruket|missbrukare|missbrukarna',
  'by|byn|byar|byarna',
].map((line) => line.split('|'));

const PLACES_FI = [
  'Vantaan',
  'Keravan',
  'Helsingin',
  'Espoon',
  'Porvoon',
  'Tampereen',
  'Jyväskylän',
  'Oulun',
  'Turun',
  'Kuopion',
  'Joensuun',
  'Vaasan',
  'Rovaniemen',
  'Lahden',
  'Kotkan',
  'Seinäjoen',
  'Kajaanin',
  'Mikkelin',
  'Hämeenlinnan',
  'Porin',
];
const PLACES_SV = [
  'Vanda',
  'Kervo',
  'Helsingfors',
  'Esbo',
  'Borgå',
  'Tammerfors',
  'Jyväskylä',
  'Uleåborg',
  'Åbo',
  'Kuopio',
  'Joensuu',
  'Vasa',
  'Rovaniemi',
  'Lahtis',
  'Kotka',
  'Seinäjoki',
  'Kajana',
  'S:t Michel',
  'Tavastehus',
  'Björneborg',
];
const DISTRICT_STEMS =
  'Koivu Mänty Kuusi Pihlaja Leppä Haapa Kallio Kivi Hiekka Järvi Joki Lampi Salmi Saari Niitty Pelto Metsä Kangas Suo Vuori'.split(' ');
const DISTRICT_ENDS = ['mäen', 'niemen', 'lahden', 'rannan', 'kylän', 'harjun', 'laakson', 'puiston'];
const KINDS_FI = [
  'Mielenterveysyhdistys',
  'Omaishoitajat',
  'Yhteistyöverkosto',
  'Setlementti',
  'Martat',
  'Nuorisoseura',
  'Vammaisyhdistys',
  'Eläkeläiset',
  'Perhekeskus',
  'Kumppanuuspöytä',
  'A-kilta',
  'Kylätoimikunta',
  'Kyläyhdistys',
  'Sydänyhdistys',
  'Muistiyhdistys',
  'Reumayhdistys',
  'Urheiluseura',
  'Partiolaiset',
  'Vertaistukiyhdistys',
  'Työttömien yhdistys',
  'Asukasyhdistys',
  'Kotiseutuyhdistys',
  'Invalidiyhdistys',
  'Monikulttuurinen yhdistys',
  'Lapsiperheyhdistys',
  'Näkövammaiset',
  'Kuurojen yhdistys',
  'Mannerheimin Lastensuojeluliiton paikallisyhdistys',
];
const KINDS_SV = [
  'Marthaföreningen',
  'Ungdomsföreningen',
  'Hembygdsföreningen',
  'Byaföreningen',
  'Idrottsföreningen',
  'Scoutkåren',
  'Pensionärsföreningen',
  'Närståendevårdarföreningen',
  'Föreningen för psykisk hälsa',
  'Folkhälsan',
  'Svenska hörselförbundets lokalförening',
  'Familjeföreningen',
];

const TEMPLATES_FI = [
  (w, p) => `Tarjoamme ${w(2)} ja ${w(2)} ${p} alueella.`,
  (w) => `Toimintamme tavoitteena on vahvistaa ${w(1)} ja ${w(1)} asemaa.`,
  (w) => `Järjestämme ryhmiä, retkiä ja tapahtumia ${w(3)}.`,
  (w, p) => `Teemme yhteistyötä ${w(1)} kanssa ${p} seudulla.`,
  (w) => `${capital(w(0))} on meille sydämen asia.`,
  (w) => `Vapaaehtoisemme tuovat ${w(2)} arkeen.`,
  (w) => `Kohderyhmäämme ovat erityisesti ${w(0)} ja ${w(0)}.`,
  (w) => `Hankkeemme edistää ${w(2)} ja tukee ${w(2)}.`,
  (w) => `Kokoonnumme viikoittain, ja mukaan ovat tervetulleita kaikki ${w(1)} asioista kiinnostuneet.`,
  (w) => `Vaikutamme ${w(1)} puolesta ja tiedotamme ajankohtaisista asioista.`,
  (w) => `Koulutamme vapaaehtoisia ja ohjaamme ${w(3)}.`,
];
const BOILERPLATE_FI = [
  'Toimimme yhdessä hyvinvointialueen ja kunnan kanssa.',
  'Jäseneksi voi liittyä kuka tahansa.',
  'Toiminta on maksutonta.',
  'Yhdistys on poliittisesti ja uskonnollisesti sitoutumaton.',
];
const TEMPLATES_SV = [
  (w, p) => `Vi erbjuder ${w(0)} och ${w(0)} i ${p}.`,
  (w) => `Föreningen arbetar för ${w(1)} och ${w(3)}.`,
  (w) => `Vi ordnar träffar och evenemang kring ${w(2)}.`,
  (w, p) => `Vi samarbetar med ${w(3)} i ${p} med omnejd.`,
  (w) => `Verksamheten bygger på ${w(0)} och ${w(1)}.`,
  (w) => `${capital(w(1))} är viktig för oss.`,
];
const BOILERPLATE_SV = ['Alla är välkomna med.', 'Verksamheten är avgiftsfri.', 'Vi samarbetar med välfärdsområdet.'];

const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Draws an index in [0, n) with probability ∝ 1 / (rank + 1)^exponent. */
function zipf(n, exponent, rand) {
  const cumulative = [];
  let sum = 0;
  for (let rank = 0; rank < n; rank += 1) {
    sum += 1 / (rank + 1) ** exponent;
    cumulative.push(sum);
  }
  return () => {
    const target = rand() * sum;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** A generator of organisations and event texts; the same seed gives the same sequence. */
function createCorpus(seed = 13) {
  const rand = random(seed);
  const int = (n) => Math.floor(rand() * n);
  const pickFrom = (list) => list[int(list.length)];
  const finnishFamily = zipf(FINNISH.length, 1, rand);
  const swedishFamily = zipf(SWEDISH.length, 1, rand);
  // A word of a family in one of its forms: the template's case most of the time, another form otherwise.
  const word = (families, draw) => (form) => {
    const family = families[draw()];
    return family[rand() < 0.75 ? form : int(family.length)];
  };
  const paragraph = (templates, boilerplate, families, draw, place, sentences) => {
    const parts = [];
    for (let index = 0; index < sentences; index += 1) parts.push(pickFrom(templates)(word(families, draw), place));
    if (rand() < 0.4) parts.push(pickFrom(boilerplate));
    return parts.join(' ');
  };
  const finnish = (place, sentences) => paragraph(TEMPLATES_FI, BOILERPLATE_FI, FINNISH, finnishFamily, place, sentences);
  const swedish = (place, sentences) => paragraph(TEMPLATES_SV, BOILERPLATE_SV, SWEDISH, swedishFamily, place, sentences);

  return {
    /** One organisation: 78 % Finnish, 12 % Swedish, 10 % bilingual (Finnish, then Swedish). */
    organisation() {
      const placeIndex = int(PLACES_FI.length);
      const roll = rand();
      const language = roll < 0.78 ? 'fi' : roll < 0.9 ? 'sv' : 'fi+sv';
      const district = rand() < 0.5 ? `${pickFrom(DISTRICT_STEMS)}${pickFrom(DISTRICT_ENDS)} ` : '';
      const name =
        language === 'sv'
          ? `${pickFrom(KINDS_SV)} i ${PLACES_SV[placeIndex]} rf`
          : `${PLACES_FI[placeIndex]} ${district}${pickFrom(KINDS_FI)} ry`;
      const sentences = 2 + int(5);
      const description =
        language === 'fi'
          ? finnish(PLACES_FI[placeIndex], sentences)
          : language === 'sv'
            ? swedish(PLACES_SV[placeIndex], sentences)
            : `${finnish(PLACES_FI[placeIndex], Math.ceil(sentences / 2))}\n\n${swedish(PLACES_SV[placeIndex], Math.ceil(sentences / 2))}`;
      return { name, description, languages: language === 'fi' ? ['fi'] : language === 'sv' ? ['sv'] : ['fi', 'sv'] };
    },
    /** One event: a title and a one- or two-sentence description, Finnish or (15 %) Swedish. */
    event(index) {
      const placeIndex = int(PLACES_FI.length);
      if (rand() < 0.15) {
        const topic = SWEDISH[swedishFamily()];
        return {
          title: `${capital(topic[0])}: träff i ${PLACES_SV[placeIndex]} ${index}`,
          description: swedish(PLACES_SV[placeIndex], 1 + int(2)),
        };
      }
      const topic = FINNISH[finnishFamily()];
      return {
        title: `${capital(topic[0])}: ${PLACES_FI[placeIndex]} ${pickFrom(KINDS_FI)} tapaaminen ${index}`,
        description: finnish(PLACES_FI[placeIndex], 1 + int(2)),
      };
    },
  };
}

/**
 * What people type: for every family, its base form, its other forms and a prefix (as while typing), in
 * Finnish and Swedish, plus the parts of compound names and a few two-word queries. Taken uniformly, so
 * rare and common terms come up alike; the benchmark reports how much each query kind matches.
 */
function queryTerms() {
  const terms = new Set();
  for (const family of [...FINNISH, ...SWEDISH]) {
    for (const form of family) terms.add(form);
    const base = family[0].split(' ')[0];
    if (base.length >= 6) terms.add(base.slice(0, Math.max(4, Math.ceil(base.length * 0.6))));
  }
  for (const extra of ['yhdistys', 'yhdistyksen', 'yhdistyksiä', 'martat', 'nuorisoseura', 'setlementti', 'kylä', 'föreningens'])
    terms.add(extra);
  const twoWords = [
    'vertaistukea nuorille',
    'mielenterveys helsinki',
    'omaishoitajien tuki',
    'ikäihmisten yksinäisyys',
    'kamratstöd ungdomar',
    'psykisk hälsa',
    'päihdetyö vantaa',
    'lapsiperheiden neuvonta',
    'föreningen vasa',
    'liikuntaa eläkeläisille',
  ];
  for (const query of twoWords) terms.add(query);
  return [...terms];
}

module.exports = { createCorpus, queryTerms, random, PLACES_FI, FAMILIES: { finnish: FINNISH.length, swedish: SWEDISH.length } };
