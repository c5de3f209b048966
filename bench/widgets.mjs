#!/usr/bin/env node
/**
 * `npm run bench:widgets`: how long each element takes from the arrival of its data to a painted list,
 * with 50, 100 and 500 items, in headless Debian Chromium, and the sizes of the CDN bundles. Writes the
 * `widgets` section of docs/performance.md and prints the same markdown.
 *
 * The page loads the production loader (widgets/dist/cdn/kumppani.js), which imports the element's minified
 * module and the chunks it needs, from a small local HTTP server; window.fetch is replaced by a stub that answers the element's one API request with a generated
 * response that validates against the contract (checked here in Node before the run, and again by the
 * widget itself). Each case gets one warm-up run, then BENCH_RUNS measured runs, each with a fresh element
 * in the same page and a full garbage collection before it. Then up to 7 runs of a "static
 * floor": the element's rendered DOM and stylesheets cloned into a plain shadow root, to separate what the
 * browser needs for the list itself (style, layout, paint) from what the widget code adds.
 *
 * Options (env): BENCH_RUNS (default 15), CHROME_PATH (default /usr/bin/chromium), BENCH_DEBUG=1 (log every
 * sample). Sizes come from widgets/scripts/cdn-graph.mjs, as `npm run size --workspace widgets` measures them.
 * The page sets `kumppani:t0` / `kumppani:t1` performance marks, for reading a DevTools trace.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, machineLine, percentile, writeSection } from './report.mjs';
import { sizeReport } from '../widgets/scripts/cdn-graph.mjs';

const require = createRequire(path.join(REPO_ROOT, 'package.json'));
const puppeteer = require('puppeteer-core');
// Deterministic, so every run of the benchmark renders the same lists.
const { random, PLACES_FI: PLACES } = require('./bench/corpus.cjs');

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** The floor is only reported as a median, and is cheaper to sample: fewer runs keep the bench short. */
const FLOOR_RUNS = Math.min(RUNS, 7);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const SIZES = [50, 100, 500];
const BUDGET_MS = 50;
const CDN_DIR = path.join(REPO_ROOT, 'widgets', 'dist', 'cdn');
const LOADER = path.join(CDN_DIR, 'kumppani.js');
/** The contract as the plugin loads it (contract/dist, CommonJS): the schemas and the limits the widgets are built with. */
const CONTRACT = path.join(REPO_ROOT, 'contract', 'dist', 'index.js');
/** Simulated network time between the request and its response headers (the body follows one task later). */
const NETWORK_MS = 20;
const VIEWPORT = { width: 1280, height: 800 };

function log(message) {
  process.stderr.write(`[bench:widgets] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------------------
// Realistic data: Finnish texts of the lengths editors write, reference data from the plugin's own sources.
// ---------------------------------------------------------------------------------------------------------

/** The wellbeing services counties and Helsinki, and the topics, as the plugin seeds them (read from its TS sources). */
function referenceData() {
  const regionsSource = readFileSync(path.join(REPO_ROOT, 'cms', 'server', 'src', 'reference-data', 'regions.ts'), 'utf8');
  const regions = [...regionsSource.matchAll(/code: '([^']+)',\s*slug: '([^']+)',\s*kind: '([^']+)',\s*nameFi: '([^']+)'/g)]
    .map(([, code, slug, kind, name]) => ({ slug, code, kind, name }))
    .filter((region) => region.kind !== 'collaborative_area');
  const topicsSource = readFileSync(path.join(REPO_ROOT, 'cms', 'server', 'src', 'reference-data', 'topics.ts'), 'utf8');
  const topics = [...topicsSource.matchAll(/slug: '([^']+)', nameFi: '([^']+)'/g)].map(([, slug, name]) => ({ slug, name }));
  if (regions.length < 20 || topics.length < 10)
    throw new Error(`reference data not found (${regions.length} regions, ${topics.length} topics)`);
  return { regions, topics };
}

const SENTENCES = [
  'Järjestämme vertaistukiryhmiä, retkiä ja keskustelutilaisuuksia kaikenikäisille.',
  'Toimintamme perustuu vapaaehtoisuuteen, ja uudet jäsenet ovat aina tervetulleita mukaan.',
  'Teemme tiivistä yhteistyötä hyvinvointialueen, kuntien ja muiden järjestöjen kanssa.',
  'Tarjoamme matalan kynnyksen kohtaamispaikan, jonne voi tulla ilman ajanvarausta.',
  'Hankkeen tavoitteena on vahvistaa järjestöjen ja julkisen sektorin kumppanuutta alueella.',
  'Kehitämme yhdessä asukkaiden kanssa uusia tapoja edistää hyvinvointia ja osallisuutta.',
  'Omaishoitajille järjestetään virkistyspäiviä, koulutusta ja henkilökohtaista ohjausta.',
  'Tilaisuus on maksuton, ja se järjestetään esteettömissä tiloissa keskustan kirjastossa.',
  'Etsivä nuorisotyö tavoittaa nuoria, jotka ovat jääneet koulutuksen ja työelämän ulkopuolelle.',
  'Mielenterveyden ja päihdetyön palveluita kehitetään kokemusasiantuntijoiden kanssa.',
  'Ikäihmisten kotona asumista tuetaan kerhoilla, ystävätoiminnalla ja arjen apuna.',
  'Maahan muuttaneille perheille tarjotaan suomen kielen opetusta ja neuvontaa asioinnissa.',
  'Lisätietoja saat toiminnanjohtajalta arkipäivisin kello yhdeksän ja neljän välillä.',
  'Ilmoittautuminen päättyy viikkoa ennen tilaisuutta, ja paikkoja on rajoitetusti.',
  'Rahoitamme toimintaa Sosiaali- ja terveysjärjestöjen avustuskeskuksen tuella.',
  'Yhdyspintatyössä sovitaan yhteisistä käytännöistä, tiedonkulusta ja vastuunjaosta.',
  'Kerromme blogissamme kokemuksia kumppanuuspöydistä eri puolilta Suomea.',
  'Työkykyä tukevat palvelut kootaan yhteen, jotta asiakkaan ei tarvitse etsiä niitä itse.',
];
const LOCALITIES = [
  'Vantaa',
  'Kerava',
  'Helsinki',
  'Espoo',
  'Porvoo',
  'Tampere',
  'Jyväskylä',
  'Oulu',
  'Turku',
  'Kuopio',
  'Joensuu',
  'Vaasa',
  'Rovaniemi',
  'Lahti',
  'Kotka',
  'Seinäjoki',
  'Kajaani',
  'Mikkeli',
  'Hämeenlinna',
  'Pori',
];
const ORG_KINDS = [
  'Mielenterveysyhdistys',
  'Omaishoitajat',
  'Yhteistyöverkosto',
  'Setlementti',
  'Martat',
  'Nuorisoseura',
  'Vammaisyhdistys',
  'Eläkeläiset',
  'Perhekeskus',
  'A-kilta',
  'Kylätoimikunta',
  'Monikulttuurinen yhdistys',
];
const KIND_LABELS = {
  association: 'Yhdistys',
  foundation: 'Säätiö',
  municipality: 'Kunta',
  wellbeing_services_county: 'Hyvinvointialue',
  state_agency: 'Valtion virasto',
  parish: 'Seurakunta',
  company: 'Yritys',
  other: 'Muu',
};
const PROGRAMME_NAMES = [
  'Kumppanuuspöytä',
  'Yhdessä hyvinvointia',
  'Järjestöyhteistyön vahvistaminen',
  'Osallisuuden polut',
  'Nuorten työkykyä tukemassa',
  'Omaishoitajien arki',
  'Yhdyspinnat kuntoon',
  'Digitaidot kaikille',
  'Mielen hyvinvoinnin verkosto',
  'Kotoutumisen kumppanit',
];
const EVENT_NAMES = [
  'Kumppanuuspöydän kokous',
  'Vertaistukiryhmä omaishoitajille',
  'Järjestöjen verkostotapaaminen',
  'Hyvinvointikahvila',
  'Webinaari: avustusten hakeminen',
  'Mielenterveyden ensiapu® -koulutus',
  'Yhdyspintatyön työpaja',
  'Nuorten kesätapahtuma',
  'Ikäihmisten liikuntapäivä',
  'Vapaaehtoisten perehdytysilta',
];
const POST_TITLES = [
  'Miten kumppanuuspöytä toimii käytännössä?',
  'Järjestöt mukana hyvinvointialueen strategiatyössä',
  'Kokemusasiantuntijat kehittämässä päihdepalveluita',
  'Kolme oppia vuoden yhdyspintatyöstä',
  'Vapaaehtoistoiminta kasvaa uusissa muodoissa',
  'Omaishoitajan jaksaminen on kaikkien asia',
  'Avustushaku alkaa: näin valmistaudut',
  'Osallisuus ei synny itsestään',
];
const FIRST_NAMES = ['Aino', 'Eero', 'Helmi', 'Juha', 'Kaisa', 'Mikko', 'Sanna', 'Ville', 'Leena', 'Pekka', 'Anna-Maija', 'Tuomas'];
const LAST_NAMES = ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen'];
const ROLES = ['järjestösuunnittelija', 'toiminnanjohtaja', 'kehittämispäällikkö', 'hankekoordinaattori', 'erityisasiantuntija'];

function makeGenerator(seed, { regions, topics }, origin) {
  const rand = random(seed);
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const some = (list, min, max) => {
    const count = int(min, max);
    const chosen = new Set();
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  /** Sentences until the text is at least `min` characters long (so lengths vary as real texts do). */
  const text = (min, max) => {
    const target = int(min, max);
    let out = '';
    while (out.length < target) out += (out ? ' ' : '') + pick(SENTENCES);
    return out;
  };
  const id = () => Array.from({ length: 24 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[int(0, 35)]).join('');
  const slugOf = (name, index) =>
    `${name
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}-${index}`;
  const updatedAt = () => new Date(Date.UTC(2026, int(0, 10), int(1, 28), int(6, 18), int(0, 59))).toISOString();
  const orgName = () => `${pick(PLACES)} ${pick(ORG_KINDS)} ry`;
  /** The public page of an item, as the CMS's URL templates give it (the contract's `url`); no random draw. */
  const pageUrl = (section, slug) => `https://www.example.fi/fi/${section}/${slug}`;
  const orgRef = (index) => {
    const name = orgName();
    const slug = slugOf(name, index);
    return { slug, name, locale: 'fi', url: pageUrl('jarjestot', slug) };
  };
  const image = (kind, width, height) => ({
    url: `${origin}/img/${kind}.svg`,
    alt: `${kind === 'logo' ? 'Logo' : 'Kuva'}: ${pick(SENTENCES).slice(0, int(20, 60))}`,
    width,
    height,
  });
  const person = () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;

  return {
    organisation(index) {
      const name = orgName();
      const slug = slugOf(name, index);
      const kind = rand() < 0.75 ? 'association' : pick(['foundation', 'municipality', 'wellbeing_services_county', 'parish', 'other']);
      const locality = pick(LOCALITIES);
      return {
        id: id(),
        slug,
        locale: 'fi',
        url: pageUrl('jarjestot', slug),
        name,
        kind,
        description: rand() < 0.9 ? text(150, 600) : null,
        logo: rand() < 0.4 ? image('logo', 240, 120) : null,
        website: rand() < 0.85 ? `https://www.${slug}.fi/` : null,
        email: rand() < 0.6 ? `info@${slug}.fi` : null,
        phone: rand() < 0.5 ? `040 ${int(100, 999)} ${int(1000, 9999)}` : null,
        address: {
          streetAddress: `${pick(['Asematie', 'Kauppakatu', 'Koulukatu', 'Rantatie'])} ${int(1, 40)}`,
          postalCode: String(int(100, 99999)).padStart(5, '0'),
          locality,
        },
        regions: some(regions, 1, 2),
        topics: some(topics, 1, 3),
        targetGroups: rand() < 0.5 ? ['everyone'] : ['families', 'older_people'].slice(0, int(1, 2)),
        languages: rand() < 0.2 ? ['fi', 'sv'] : ['fi'],
        updatedAt: updatedAt(),
      };
    },
    programme(index) {
      const name = `${pick(PROGRAMME_NAMES)}${rand() < 0.5 ? ` – ${pick(PLACES)} seudun kehittämishanke` : ' -hanke'} ${2024 + (index % 3)}–${2026 + (index % 3)}`;
      const start = new Date(Date.UTC(2023 + int(0, 3), int(0, 11), 1));
      const end = new Date(start.getTime() + int(365, 1100) * 86_400_000);
      const day = (date) => date.toISOString().slice(0, 10);
      return {
        id: id(),
        slug: slugOf(name, index),
        locale: 'fi',
        url: pageUrl('hankkeet', slugOf(name, index)),
        name,
        description: rand() < 0.95 ? text(200, 700) : null,
        administrator: rand() < 0.9 ? orgRef(index) : null,
        partners: Array.from({ length: int(0, 5) }, (_, partner) => orgRef(index * 10 + partner)),
        regions: some(regions, 1, 3),
        topics: some(topics, 1, 3),
        startDate: rand() < 0.95 ? day(start) : null,
        endDate: rand() < 0.8 ? day(end) : null,
        status: pick(['active', 'active', 'active', 'planned', 'completed']),
        website: rand() < 0.8 ? `https://www.${slugOf(name, index)}.fi/` : null,
        updatedAt: updatedAt(),
      };
    },
    /** Events come sorted by start; 500 events spread over about four months, a few a day. */
    event(index, count) {
      const title = `${pick(EVENT_NAMES)}${rand() < 0.5 ? `: ${pick(PLACES)} seutu` : ''}`;
      const slug = slugOf(title, index);
      const dayOffset = Math.floor((index / count) * (count / 4));
      const start = new Date(Date.UTC(2026, 5, 1 + dayOffset, int(5, 15), pick([0, 15, 30])));
      const end = rand() < 0.9 ? new Date(start.getTime() + int(3, 12) * 15 * 60_000) : null;
      const attendanceMode = pick(['offline', 'offline', 'online', 'mixed']);
      const status = rand() < 0.9 ? 'scheduled' : pick(['cancelled', 'postponed', 'rescheduled', 'moved_online']);
      const locality = pick(LOCALITIES);
      return {
        id: id(),
        slug,
        locale: 'fi',
        url: pageUrl('tapahtumat', slug),
        title,
        description: text(200, 900),
        startsAt: start.toISOString(),
        endsAt: end?.toISOString() ?? null,
        timeZone: 'Europe/Helsinki',
        attendanceMode,
        place:
          attendanceMode === 'online'
            ? null
            : {
                name: `${locality}n ${pick(['pääkirjasto', 'järjestötalo', 'nuorisotalo', 'kulttuurikeskus'])}`,
                streetAddress: `${pick(['Asematie', 'Kauppakatu', 'Koulukatu'])} ${int(1, 40)}`,
                postalCode: String(int(100, 99999)).padStart(5, '0'),
                locality,
              },
        onlineUrl: attendanceMode === 'offline' ? null : `https://teams.example.fi/meet/${id()}`,
        registration:
          rand() < 0.6
            ? {
                url: `https://ilmo.example.fi/${slug}`,
                deadline: rand() < 0.7 ? new Date(start.getTime() - 7 * 86_400_000).toISOString() : null,
              }
            : null,
        organisers: Array.from({ length: int(1, 2) }, (_, organiser) => orgRef(index * 10 + organiser)),
        programme:
          rand() < 0.3
            ? { slug: `hanke-${index}`, name: pick(PROGRAMME_NAMES), locale: 'fi', url: pageUrl('hankkeet', `hanke-${index}`) }
            : null,
        regions: some(regions, 1, 2),
        topics: some(topics, 1, 2),
        audience: rand() < 0.5 ? 'Järjestöjen työntekijät ja vapaaehtoiset' : null,
        languages: rand() < 0.15 ? ['fi', 'sv'] : ['fi'],
        isFree: rand() < 0.8,
        price: null,
        status,
        previousStartsAt: status === 'rescheduled' ? new Date(start.getTime() - 14 * 86_400_000).toISOString() : null,
        calendarUrl: `${origin}/api/kumppani/events/${slug}.ics`,
        updatedAt: updatedAt(),
      };
    },
    /** Posts come newest first. */
    post(index) {
      const title = `${pick(POST_TITLES)}${rand() < 0.4 ? ` – ${pick(PLACES)} kokemuksia` : ''}`;
      return {
        id: id(),
        slug: slugOf(title, index),
        locale: 'fi',
        url: pageUrl('blogi', slugOf(title, index)),
        title,
        lead: rand() < 0.95 ? text(150, 320) : null,
        heroImage: rand() < 0.7 ? { ...image('hero', 1200, 675), caption: rand() < 0.5 ? 'Kuva: Kumppani' : null } : null,
        authors: Array.from({ length: int(1, 2) }, () => ({
          slug: `kirjoittaja-${int(1, 40)}`,
          name: person(),
          roleTitle: rand() < 0.8 ? pick(ROLES) : null,
        })),
        blog: rand() < 0.9 ? { slug: 'kadet-sotessa', name: 'Kädet Sotessa', url: 'https://www.example.fi/fi/blogi' } : null,
        tags: some(['kumppanuus', 'järjestöt', 'sote', 'osallisuus', 'vapaaehtoiset'], 1, 3),
        topics: some(topics, 1, 2),
        publishedDate: new Date(Date.UTC(2026, 10, 20) - index * 2 * 86_400_000 + int(0, 36_000_000)).toISOString(),
        canonicalUrl: null,
        source: null,
        updatedAt: updatedAt(),
      };
    },
    facets(items, refData) {
      const count = (values) => values.map(({ value, label }) => ({ value, label, count: int(0, 60) }));
      return {
        region: count(refData.regions.map((region) => ({ value: region.slug, label: region.name }))),
        topic: count(refData.topics.map((topic) => ({ value: topic.slug, label: topic.name }))),
        kind: Object.entries(KIND_LABELS).map(([value, label]) => ({
          value,
          label,
          count: items.filter((item) => item.kind === value).length,
        })),
      };
    },
  };
}

/**
 * The four elements: which attribute sets the number of items, which list schema their responses follow.
 * `item-href` is set as a host site would, so titles render as links.
 */
const ELEMENTS = [
  {
    tag: 'partner-directory',
    sizeAttribute: 'page-size',
    itemHref: '/jarjestot/{slug}',
    schema: 'organisationList',
    make: (gen, i) => gen.organisation(i),
    facets: true,
  },
  { tag: 'event-list', sizeAttribute: 'limit', itemHref: '/tapahtumat/{slug}', schema: 'eventList', make: (gen, i, n) => gen.event(i, n) },
  { tag: 'blog-feed', sizeAttribute: 'limit', itemHref: '/blogi/{slug}', schema: 'postList', make: (gen, i) => gen.post(i) },
  {
    tag: 'programme-list',
    sizeAttribute: 'limit',
    itemHref: '/hankkeet/{slug}',
    schema: 'programmeList',
    make: (gen, i) => gen.programme(i),
  },
];

/**
 * One response of `count` items, all on one page. The response contract puts no cap on `data`; the
 * query contract caps `pageSize` (see the report), so the largest case is one the real API cannot send.
 */
function makeResponse(element, count, refData, origin, contract) {
  const gen = makeGenerator(count * 31 + element.tag.length, refData, origin);
  const data = Array.from({ length: count }, (_, index) => element.make(gen, index, count));
  const meta = { page: 1, pageSize: count, total: count, pageCount: 1, ...(element.facets ? { facets: gen.facets(data, refData) } : {}) };
  const body = { data, meta };
  const parsed = contract[element.schema].safeParse(body);
  if (!parsed.success)
    throw new Error(`generated ${element.tag} response does not validate: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  return JSON.stringify(body);
}

// ---------------------------------------------------------------------------------------------------------
// The page: the bundle, a fetch stub and the timing harness.
// ---------------------------------------------------------------------------------------------------------

/** Runs in the page as a classic script before the bundle, so the stub is in place before any element. */
function harness(NETWORK_MS) {
  const now = () => performance.now();
  const state = { run: null, longtasks: [], bodies: new Map() };
  window.__bench = state;

  const keepTasks = (entries) => {
    for (const entry of entries) state.longtasks.push({ start: entry.startTime, duration: entry.duration });
  };
  const taskObserver = new PerformanceObserver((list) => keepTasks(list.getEntries()));
  taskObserver.observe({ type: 'longtask', buffered: true });
  /** Entries already queued but not yet delivered (observer callbacks come late on a busy machine). */
  state.collect = () => keepTasks(taskObserver.takeRecords());

  // Phase marks: the widget parses the body text with JSON.parse right after it arrives, and stores the text
  // in sessionStorage in a task of its own afterwards (setItem).
  const parse = JSON.parse;
  JSON.parse = function (...args) {
    const run = state.run;
    if (!run?.t0 || run.parseMs !== undefined || args[0] !== run.body) return parse.apply(this, args);
    const start = now();
    try {
      return parse.apply(this, args);
    } finally {
      run.parseMs = now() - start;
    }
  };
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (...args) {
    const run = state.run;
    const start = now();
    try {
      return setItem.apply(this, args);
    } finally {
      if (run?.t0 && !run.tStored) {
        run.tCacheStart = start;
        run.tStored = now();
      }
    }
  };

  const realFetch = window.fetch.bind(window);
  state.load = async (key) => state.bodies.set(key, await (await realFetch(`/data/${key}.json`)).text());

  window.fetch = (input, init = {}) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, location.href);
    const run = state.run;
    if (!run || !url.pathname.startsWith('/api/kumppani/')) return Promise.resolve(new Response('{}', { status: 404 }));
    run.requests.push(url.pathname + url.search);
    const text = run.body;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const response = new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
        // The body "arrives" in a task of its own, as from the network; t0 is when it is handed over.
        response.text = () =>
          new Promise((hand) =>
            setTimeout(() => {
              run.t0 = now();
              performance.mark('kumppani:t0');
              hand(text);
              // Everything after t0 (JSON.parse, the contract's parse, @lit/task completing, Lit's update) runs
              // in microtasks of this same task, so this callback comes in the first frame after it.
              requestAnimationFrame(function frame() {
                if (!run.tRendered) {
                  run.extraFrames += 1;
                  requestAnimationFrame(frame);
                  return;
                }
                run.tFrame = now();
                // t1: a setTimeout(0) queued from rAF runs right after this frame's style, layout, paint and
                // commit to the compositor (in Chromium those follow the rAF callbacks in the same main-thread
                // task), so it approximates "painted" without a second rAF, which would add up to a whole idle
                // frame interval (16.7 ms) of waiting to every sample. Rasterisation on other threads is not
                // included.
                setTimeout(() => {
                  run.t1 = now();
                  performance.mark('kumppani:t1');
                  run.done();
                }, 0);
              });
            }, 0),
          );
        resolve(response);
      }, NETWORK_MS);
      init.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  };

  state.runOnce = async (tag, key, attributes, expected) => {
    const host = document.getElementById('host');
    host.replaceChildren();
    sessionStorage.clear();
    const run = { body: state.bodies.get(key), requests: [], extraFrames: 0, t0: 0 };
    state.run = run;
    const finished = new Promise((resolve, reject) => {
      run.done = resolve;
      setTimeout(() => reject(new Error(`${tag} ${key}: no render within 10 s`)), 10_000);
    });
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    // Marks the end of the first update after the data arrived (the one that renders the items).
    const updated = element.updated;
    element.updated = function (changed) {
      if (run.t0 && !run.tRendered) run.tRendered = now();
      return updated.call(this, changed);
    };
    host.append(element);
    await finished;
    const cards = element.shadowRoot.querySelectorAll('[part~="card"]').length;
    const failed = element.shadowRoot.querySelector('[part~="error"]') !== null;
    // Long task entries are queued after their task and delivered later still: wait a frame, then take them.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    state.collect();
    const overlapping = (entries) => entries.filter((entry) => entry.start < run.t1 && entry.start + entry.duration > run.t0);
    const longest = (entries) => Math.max(0, ...overlapping(entries).map((entry) => entry.duration));
    state.run = null;
    // The element's rendered DOM and its constructed stylesheets, for the static floor below.
    state.snapshot = { html: element.shadowRoot.innerHTML, sheets: element.shadowRoot.adoptedStyleSheets };
    host.replaceChildren();
    return {
      cards,
      expected,
      failed,
      requests: run.requests,
      extraFrames: run.extraFrames,
      total: run.t1 - run.t0,
      parse: run.parseMs ?? NaN,
      // The contract's parse, @lit/task completing and Lit's update: one run of microtasks, not split further.
      render: run.tRendered - run.t0 - (run.parseMs ?? 0),
      // The sessionStorage copy, in a task of its own; whether it came before the paint (t1).
      cache: run.tStored ? run.tStored - run.tCacheStart : NaN,
      cacheBeforePaint: Boolean(run.tStored && run.tStored < run.t1),
      frameWait: run.tFrame - run.tRendered,
      paint: run.t1 - run.tFrame,
      longtask: longest(state.longtasks),
      longtasks: overlapping(state.longtasks).length,
    };
  };

  /**
   * The floor: the same DOM (markup copied from the element's last render) and the same stylesheets, put
   * into a plain shadow root at once by cloning a parsed template: what style, layout and paint of this list
   * cost in this browser with no widget code at all. Timed from the append to the same t1 as above.
   */
  state.floorOnce = async () => {
    const host = document.getElementById('host');
    host.replaceChildren();
    const template = document.createElement('template');
    template.innerHTML = state.snapshot.html;
    const box = document.createElement('div');
    const root = box.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = state.snapshot.sheets;
    host.append(box);
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await painted();
    const t0 = now();
    root.append(document.importNode(template.content, true));
    await painted();
    const total = now() - t0;
    const cards = root.querySelectorAll('[part~="card"]').length;
    host.replaceChildren();
    return { total, cards };
  };
}

function pageHtml() {
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kumppani widgets benchmark</title>
<style>body { font-family: system-ui, sans-serif; margin: 0; } main { max-width: 72em; margin: 0 auto; padding: 1em; }</style>
<script>(${harness.toString()})(${NETWORK_MS});</script>
<script type="module" src="/kumppani.js"></script>
</head>
<body><header><h1>Kumppanuus Vantaalla ja Keravalla</h1></header><main id="host"></main></body>
</html>`;
}

const SVG = {
  logo: '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120"><rect width="240" height="120" fill="#0b5394"/></svg>',
  hero: '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><rect width="1200" height="675" fill="#b3400b"/></svg>',
};

function startServer(bodies) {
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (pathname === '/' || pathname === '/bench.html') return send(200, 'text/html; charset=utf-8', pageHtml());
    // The CDN build: the loader at /kumppani.js, and the chunks it imports relative to it.
    const cdnFile = path.join(CDN_DIR, path.normalize(pathname));
    if (pathname.endsWith('.js') && cdnFile.startsWith(CDN_DIR + path.sep) && existsSync(cdnFile) && statSync(cdnFile).isFile())
      return send(200, 'text/javascript; charset=utf-8', readFileSync(cdnFile));
    const image = /^\/img\/(logo|hero)\.svg$/.exec(pathname);
    if (image) return send(200, 'image/svg+xml', SVG[image[1]]);
    const data = /^\/data\/(.+)\.json$/.exec(pathname);
    if (data && bodies.has(data[1])) return send(200, 'application/json', bodies.get(data[1]));
    return send(404, 'text/plain', 'not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------------------

const SIZES_TEXT =
  'Sizes (`widgets/dist/cdn`, as `npm run size --workspace widgets` checks them: brotli quality 11, each file compressed on its own as the CMS serves it). Budgets: the loader 2 KB; an element alone on a page 15 KB (its self-contained file, which the loader imports then). Below each element, what it imports after the list is on screen (its JSON-LD builders; `<event-list>` its dates filter and subscription links, when it shows them), for information: the element plus those is the most one kind of element on a page fetches. A page with several kinds loads modules and shared chunks instead, reported without a budget:';

/** The size table of docs/performance.md. */
function sizesTable(rows) {
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  return [
    '| what | files | raw KB | brotli KB | budget KB |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ({ label, files, raw, brotli, budget, problem }) =>
        `| ${label.replace(/^(<[^>]+>|\S+\.js)/, '`$1`')} | ${files} | ${kb(raw)} | ${(brotli / 1024).toFixed(2)} | ${budget === null ? '–' : budget / 1024}${problem ? ` **${problem}**` : ''} |`,
    ),
  ].join('\n');
}

const median = (values) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const p95 = (values) =>
  percentile(
    [...values].sort((a, b) => a - b),
    95,
  );

async function main() {
  if (!existsSync(LOADER) || !existsSync(CONTRACT))
    throw new Error('widgets/dist or contract/dist is missing: run `npm run build` (or `npm run bench:widgets`, which builds first)');
  const contract = require(CONTRACT);
  const refData = referenceData();
  /** The server's pageSize cap (the widgets' requests are parsed by it). */
  const cap = contract.MAX_PAGE_SIZE;

  const bodies = new Map();
  const server = await startServer(bodies);
  const origin = `http://127.0.0.1:${server.address().port}`;
  for (const element of ELEMENTS)
    for (const size of SIZES) bodies.set(`${element.tag}/${size}`, makeResponse(element, size, refData, origin, contract));
  log(
    `generated and validated ${bodies.size} responses against the contract (${[...bodies].map(([key, body]) => `${key} ${Math.round(body.length / 1024)} KB`).join(', ')})`,
  );

  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    // The machine has no internet: without these flags Chromium keeps trying Google's services.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const results = [];
  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  try {
    const version = await browser.version();
    for (const element of ELEMENTS) {
      // A fresh page per element, so that one element's garbage and compiled code do not favour another.
      const page = await browser.newPage();
      await page.setViewport(VIEWPORT);
      const problems = [];
      page.on('pageerror', (error) => problems.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      const cdp = await page.createCDPSession();
      // No CPU throttling: the numbers are this machine's.
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.goto(`${origin}/bench.html`, { waitUntil: 'load' });
      // The loader imports the element's module when it finds the tag: here in a detached copy, which is
      // not upgraded, so it makes no request of its own.
      await page.evaluate(async (tag) => {
        const { discover } = await import('/kumppani.js');
        const box = document.createElement('div');
        box.innerHTML = `<${tag}></${tag}>`;
        discover(box);
        await customElements.whenDefined(tag);
      }, element.tag);
      for (const size of SIZES) {
        const key = `${element.tag}/${size}`;
        await page.evaluate((k) => window.__bench.load(k), key);
        const attributes = { api: origin, [element.sizeAttribute]: String(size), 'item-href': element.itemHref };
        const samples = [];
        for (let index = 0; index <= RUNS; index += 1) {
          // A full collection before every run, so garbage of the previous element is not collected inside
          // the measured window (a real page meets this list with a young heap).
          await cdp.send('HeapProfiler.collectGarbage');
          const sample = await page.evaluate(
            (tag, k, attrs, n) => window.__bench.runOnce(tag, k, attrs, n),
            element.tag,
            key,
            attributes,
            size,
          );
          if (sample.failed || sample.cards !== size)
            throw new Error(`${key}: rendered ${sample.cards} cards${sample.failed ? ' and an error' : ''}, expected ${size}`);
          if (process.env.BENCH_DEBUG) log(JSON.stringify({ ...sample, requests: undefined }));
          if (index > 0) samples.push(sample); // run 0 is the warm-up
        }
        const floor = [];
        for (let index = 0; index <= FLOOR_RUNS; index += 1) {
          await cdp.send('HeapProfiler.collectGarbage');
          const sample = await page.evaluate(() => window.__bench.floorOnce());
          if (sample.cards !== size) throw new Error(`${key}: the static copy has ${sample.cards} cards, expected ${size}`);
          if (index > 0) floor.push(sample.total);
        }
        const requested = Number(new URL(samples[0].requests[0], origin).searchParams.get('pageSize'));
        const result = { element, size, samples, floor, requested, problems };
        results.push(result);
        log(
          `${key}: data→paint p50 ${median(samples.map((s) => s.total)).toFixed(1)} ms, p95 ${p95(samples.map((s) => s.total)).toFixed(1)} ms, longest long task p50 ${median(samples.map((s) => s.longtask)).toFixed(1)} ms (asked for pageSize=${requested})`,
        );
      }
      if (problems.length) throw new Error(`${element.tag}: errors in the page: ${problems.join('; ')}`);
      await page.close();
    }

    const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
    const task = (value) => (value > 0 ? value.toFixed(0) : '< 50');
    const realApi = ({ requested, size }) => {
      if (requested > cap) return `pageSize=${requested}: 400 from the API (max ${cap})`;
      if (size > requested) return `pageSize=${requested} (widget caps at ${cap}; ${size} only from the stub)`;
      return `pageSize=${requested}`;
    };
    const rows = results.map((result) => {
      const { samples } = result;
      const pick = (name) => samples.map((sample) => sample[name]);
      const over = samples.filter((sample) => sample.longtask > BUDGET_MS).length;
      return `| \`<${result.element.tag}>\` | ${result.size} | ${realApi(result)} | ${median(pick('cards'))} | ${ms(median(pick('total')))} | ${ms(p95(pick('total')))} | ${task(median(pick('longtask')))} | ${task(p95(pick('longtask')))} | ${over}/${samples.length} |`;
    });
    const phaseRows = results.map((result) => {
      const pick = (name) => result.samples.map((sample) => sample[name]);
      const beforePaint = result.samples.filter((sample) => sample.cacheBeforePaint).length;
      return `| \`<${result.element.tag}>\` | ${result.size} | ${ms(median(pick('parse')))} | ${ms(median(pick('render')))} | ${ms(median(pick('frameWait')))} | ${ms(median(pick('paint')))} | ${ms(median(pick('total')))} | ${ms(median(result.floor))} | ${ms(median(pick('cache')))} (${beforePaint}/${result.samples.length} before paint) |`;
    });
    const largest = results.filter((result) => result.size === 500);
    const overBudget = largest.filter(
      (result) => median(result.samples.map((s) => s.longtask)) > BUDGET_MS || median(result.samples.map((s) => s.total)) > BUDGET_MS,
    );
    const verdict =
      overBudget.length === 0
        ? `**Budget met**: every element painted 500 items within ${BUDGET_MS} ms of the data's arrival (median), with no task of ${BUDGET_MS} ms or more in the median run.`
        : `**Budget missed** at 500 items by ${overBudget.length === largest.length ? 'all four elements' : overBudget.map((result) => `\`<${result.element.tag}>\``).join(', ')}: ${overBudget.map((result) => `\`<${result.element.tag}>\` ${ms(median(result.samples.map((s) => s.total)))} ms to paint with a longest task of ${task(median(result.samples.map((s) => s.longtask)))} ms (static floor ${ms(median(result.floor))} ms)`).join('; ')} (medians).`;
    const sizes = sizeReport();
    const markdown = `
## Widgets: from data arrival to a painted list

Command: \`npm run bench:widgets\` (${RUNS} runs per case after one warm-up). Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.
Machine: ${machineLine()}; a shared, noisy 2-core VM (1-minute load average ${loadBefore.toFixed(1)} before the run, ${os.loadavg()[0].toFixed(1)} after). Browser: Debian Chromium ${version.replace(/^\D*\//, '')}, headless, no CPU throttling, viewport ${VIEWPORT.width}×${VIEWPORT.height}.

Each element is loaded by the production loader (\`widgets/dist/cdn/kumppani.js\`, which imports the element's self-contained file, one kind being on the page) in a page served from 127.0.0.1, with \`window.fetch\` stubbed: the element's one request is answered after ${NETWORK_MS} ms with a generated response (realistic Finnish names and texts: descriptions 150–900 characters, leads 150–320) that validates against the contract (\`contract/src/\`, checked in Node before the run and by the widget itself). Every run creates a fresh element in the same page after a full garbage collection; \`item-href\` is set, \`<html lang="fi">\`.
**t0** is when the stub's \`response.text()\` resolves (the body is handed over, in a task of its own as from the network; the widget parses it from there). **t1** is a \`setTimeout(0)\` queued from the first \`requestAnimationFrame\` after the element's update with the items, i.e. just after that frame's style, layout and paint. The longest task is the longest \`longtask\` entry (PerformanceObserver, buffered) overlapping [t0, t1]; "< 50" means none: the API reports only tasks of 50 ms or more.

The contract caps \`pageSize\` at ${cap} (\`MAX_PAGE_SIZE\` in \`contract/src/patterns-and-limits.ts\`), so **no element can get 500 items in one response from the real API**. The response contract itself has no cap on \`data\`, and the widgets render whatever validates, so the 500 rows are measured with a stubbed response of 500 items on one page (what a server without the cap would send), not with repeated "show more". \`<partner-directory page-size>\` and \`<event-list limit>\` pass the attribute through (the API would answer 400 above ${cap}), while \`<blog-feed>\` and \`<programme-list>\` clamp their request to ${cap}.

| element | items | request the widget made | cards rendered | data→paint p50 ms | p95 ms | longest task p50 ms | p95 ms | runs with a task > ${BUDGET_MS} ms |
| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Where the time goes (medians, ms): the widget's JSON.parse of the body, then its check against the response's shape (generated from the contract's schema: \`widgets/src/shared/shape.ts\`), @lit/task completing and Lit's update (template, DOM) in one run of microtasks, waiting for the next frame, then the frame's style, layout and paint. "Static floor" (median of ${FLOOR_RUNS} runs) is the same DOM (the markup of the element's render) and the same stylesheets cloned into a plain shadow root in one go and timed to the same t1: what this list costs the browser with no widget code at all. The sessionStorage copy of the response (kept for outages) is written in a task of its own after the update; it is listed last, with how many runs it still ran before the paint (it then counts in the longest task above).

| element | items | JSON.parse | validate and Lit update | wait for frame | style, layout, paint | data→paint | static floor | sessionStorage copy |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${phaseRows.join('\n')}

${verdict}

${SIZES_TEXT}

${sizesTable(sizes)}
`;
    const file = writeSection('widgets', markdown);
    process.stdout.write(markdown);
    log(`written to ${path.relative(REPO_ROOT, file)} in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await browser.close();
    server.close();
  }
}

// Importable (e.g. by a one-off profiling script) without running the benchmark.
export { ELEMENTS, SIZES, SIZES_TEXT, makeResponse, referenceData, sizesTable, startServer };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
