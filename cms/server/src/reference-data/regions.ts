/**
 * Finnish regional reference data: the 21 wellbeing services counties
 * (hyvinvointialueet / välfärdsområden), the City of Helsinki (which organises
 * its own health, social and rescue services) and the five collaborative areas
 * for social welfare and health care (sosiaali- ja terveydenhuollon
 * yhteistyöalueet / samarbetsområden för social- och hälsovården).
 *
 * Sources and how far each item is verified:
 *
 * - County and Helsinki codes and names (FI/SV/EN): Statistics Finland
 *   (Tilastokeskus) classification "Hyvinvointialueet" (hyvinvointialue_1_20230101,
 *   valid from 1.1.2023). Statistics Finland announced no changes to the
 *   hyvinvointialue or YTA classifications on 1.1.2024 (stat.fi/fi/luokitukset/
 *   luokitustiedotteet, "Alueluokitusmuutokset 1.1.2024"). The code list was
 *   taken from a copy of that classification: the CSC Vipunen seed table
 *   "hyvinvointialue" (dated 10.5.2023, source column "Tilastokeskus"). We did
 *   not read it from stat.fi itself. That copy has 01..21 for the counties,
 *   90 for Helsingin kaupunki and 91 for Ahvenanmaa (Åland). Åland is not a
 *   wellbeing services county and is left out here.
 *   The Finnish and Swedish county names match Government Decree 91/2022
 *   (below) and stm.fi/yhteistyoalueet.
 *   English names use Statistics Finland's form ("Vantaa and Kerava wellbeing
 *   services county"). Government translations of Act 616/2021 §7 (vaalit.fi)
 *   use another form ("The wellbeing services county of Vantaa and Kerava").
 *
 * - Collaborative areas (which county belongs where): Valtioneuvoston asetus
 *   sosiaali- ja terveydenhuollon yhteistyöalueista 91/2022, §1, in force
 *   1.3.2022 (finlex.fi/sv/laki/alkup/2022/20220091), issued under Act 612/2021
 *   §35. The same grouping is on stm.fi/yhteistyoalueet and
 *   soteuudistus.fi/yhteistyoalueet. HUS-yhtymä belongs to the Southern Finland
 *   area but is not a county, so it is not listed here.
 *   Finnish names come from stm.fi and Swedish names from the Swedish text of
 *   decree 91/2022.
 *   UNVERIFIED: we found no Statistics Finland YTA classification codes
 *   (stat.fi/fi/luokitukset/yhteistyoalue/) in the sources we could reach. The
 *   codes "1".."5" below are the item numbers of decree 91/2022 §1
 *   (1 Etelä-, 2 Itä-, 3 Sisä-, 4 Länsi-, 5 Pohjois-Suomi), not confirmed
 *   Statistics Finland codes. Check them against the classification before
 *   relying on them.
 *   UNVERIFIED: we found no official English names for the areas. The nameEn
 *   values are descriptive translations ("collaborative area" is the English
 *   term on fi.wikipedia.org "Sosiaali- ja terveydenhuollon yhteistyöalue").
 */
import type { RegionKindKey } from '@kumppani/contract';

export interface RegionReference {
  /** Statistics Finland classification code, exactly as published */
  code: string;
  /** url-safe ascii slug, stable: e.g. 'vantaa-kerava', 'ita-uusimaa', 'helsinki', 'keski-suomi', 'yta-sisa-suomi' ... for collaborative areas prefix 'yta-' (e.g. 'yta-etela-suomi') */
  slug: string;
  kind: RegionKindKey;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  /** slug of the collaborative area (only for counties and Helsinki) */
  collaborativeArea?: string;
}

export const REGIONS: readonly RegionReference[] = [
  // Collaborative areas (VNA 91/2022 §1, in decree order). Codes are UNVERIFIED (see above).
  {
    code: '1',
    slug: 'yta-etela-suomi',
    kind: 'collaborative_area',
    nameFi: 'Etelä-Suomen yhteistyöalue',
    nameSv: 'Södra Finlands samarbetsområde',
    nameEn: 'Southern Finland collaborative area',
  },
  {
    code: '2',
    slug: 'yta-ita-suomi',
    kind: 'collaborative_area',
    nameFi: 'Itä-Suomen yhteistyöalue',
    nameSv: 'Östra Finlands samarbetsområde',
    nameEn: 'Eastern Finland collaborative area',
  },
  {
    code: '3',
    slug: 'yta-sisa-suomi',
    kind: 'collaborative_area',
    nameFi: 'Sisä-Suomen yhteistyöalue',
    nameSv: 'Inre Finlands samarbetsområde',
    nameEn: 'Inner Finland collaborative area',
  },
  {
    // Official name is Länsi-Suomi (Western Finland), not "Lounais-Suomi".
    code: '4',
    slug: 'yta-lansi-suomi',
    kind: 'collaborative_area',
    nameFi: 'Länsi-Suomen yhteistyöalue',
    nameSv: 'Västra Finlands samarbetsområde',
    nameEn: 'Western Finland collaborative area',
  },
  {
    code: '5',
    slug: 'yta-pohjois-suomi',
    kind: 'collaborative_area',
    nameFi: 'Pohjois-Suomen yhteistyöalue',
    nameSv: 'Norra Finlands samarbetsområde',
    nameEn: 'Northern Finland collaborative area',
  },

  // Wellbeing services counties and Helsinki, in Statistics Finland code order.
  {
    code: '01',
    slug: 'ita-uusimaa',
    kind: 'wellbeing_services_county',
    nameFi: 'Itä-Uudenmaan hyvinvointialue',
    nameSv: 'Östra Nylands välfärdsområde',
    nameEn: 'East Uusimaa wellbeing services county',
    collaborativeArea: 'yta-etela-suomi',
  },
  {
    code: '02',
    slug: 'keski-uusimaa',
    kind: 'wellbeing_services_county',
    nameFi: 'Keski-Uudenmaan hyvinvointialue',
    nameSv: 'Mellersta Nylands välfärdsområde',
    nameEn: 'Central Uusimaa wellbeing services county',
    collaborativeArea: 'yta-etela-suomi',
  },
  {
    code: '03',
    slug: 'lansi-uusimaa',
    kind: 'wellbeing_services_county',
    nameFi: 'Länsi-Uudenmaan hyvinvointialue',
    nameSv: 'Västra Nylands välfärdsområde',
    nameEn: 'West Uusimaa wellbeing services county',
    collaborativeArea: 'yta-etela-suomi',
  },
  {
    code: '04',
    slug: 'vantaa-kerava',
    kind: 'wellbeing_services_county',
    nameFi: 'Vantaan ja Keravan hyvinvointialue',
    nameSv: 'Vanda och Kervo välfärdsområde',
    nameEn: 'Vantaa and Kerava wellbeing services county',
    collaborativeArea: 'yta-etela-suomi',
  },
  {
    code: '05',
    slug: 'varsinais-suomi',
    kind: 'wellbeing_services_county',
    nameFi: 'Varsinais-Suomen hyvinvointialue',
    nameSv: 'Egentliga Finlands välfärdsområde',
    nameEn: 'Southwest Finland wellbeing services county',
    collaborativeArea: 'yta-lansi-suomi',
  },
  {
    code: '06',
    slug: 'satakunta',
    kind: 'wellbeing_services_county',
    nameFi: 'Satakunnan hyvinvointialue',
    nameSv: 'Satakunta välfärdsområde',
    nameEn: 'Satakunta wellbeing services county',
    collaborativeArea: 'yta-lansi-suomi',
  },
  {
    code: '07',
    slug: 'kanta-hame',
    kind: 'wellbeing_services_county',
    nameFi: 'Kanta-Hämeen hyvinvointialue',
    nameSv: 'Egentliga Tavastlands välfärdsområde',
    nameEn: 'Kanta-Häme wellbeing services county',
    collaborativeArea: 'yta-sisa-suomi',
  },
  {
    code: '08',
    slug: 'pirkanmaa',
    kind: 'wellbeing_services_county',
    nameFi: 'Pirkanmaan hyvinvointialue',
    nameSv: 'Birkalands välfärdsområde',
    nameEn: 'Pirkanmaa wellbeing services county',
    collaborativeArea: 'yta-sisa-suomi',
  },
  {
    code: '09',
    slug: 'paijat-hame',
    kind: 'wellbeing_services_county',
    nameFi: 'Päijät-Hämeen hyvinvointialue',
    nameSv: 'Päijänne-Tavastlands välfärdsområde',
    nameEn: 'Päijät-Häme wellbeing services county',
    collaborativeArea: 'yta-etela-suomi',
  },
  {
    code: '10',
    slug: 'kymenlaakso',
    kind: 'wellbeing_services_county',
    nameFi: 'Kymenlaakson hyvinvointialue',
    nameSv: 'Kymmenedalens välfärdsområde',
    nameEn: 'Kymenlaakso wellbeing services county',
    collaborativeArea: 'yta-etela-suomi',
  },
  {
    code: '11',
    slug: 'etela-karjala',
    kind: 'wellbeing_services_county',
    nameFi: 'Etelä-Karjalan hyvinvointialue',
    nameSv: 'Södra Karelens välfärdsområde',
    nameEn: 'South Karelia wellbeing services county',
    collaborativeArea: 'yta-etela-suomi',
  },
  {
    code: '12',
    slug: 'etela-savo',
    kind: 'wellbeing_services_county',
    nameFi: 'Etelä-Savon hyvinvointialue',
    nameSv: 'Södra Savolax välfärdsområde',
    nameEn: 'South Savo wellbeing services county',
    collaborativeArea: 'yta-ita-suomi',
  },
  {
    code: '13',
    slug: 'pohjois-savo',
    kind: 'wellbeing_services_county',
    nameFi: 'Pohjois-Savon hyvinvointialue',
    nameSv: 'Norra Savolax välfärdsområde',
    nameEn: 'North Savo wellbeing services county',
    collaborativeArea: 'yta-ita-suomi',
  },
  {
    code: '14',
    slug: 'pohjois-karjala',
    kind: 'wellbeing_services_county',
    nameFi: 'Pohjois-Karjalan hyvinvointialue',
    nameSv: 'Norra Karelens välfärdsområde',
    nameEn: 'North Karelia wellbeing services county',
    collaborativeArea: 'yta-ita-suomi',
  },
  {
    code: '15',
    slug: 'keski-suomi',
    kind: 'wellbeing_services_county',
    nameFi: 'Keski-Suomen hyvinvointialue',
    nameSv: 'Mellersta Finlands välfärdsområde',
    nameEn: 'Central Finland wellbeing services county',
    collaborativeArea: 'yta-ita-suomi',
  },
  {
    code: '16',
    slug: 'etela-pohjanmaa',
    kind: 'wellbeing_services_county',
    nameFi: 'Etelä-Pohjanmaan hyvinvointialue',
    nameSv: 'Södra Österbottens välfärdsområde',
    nameEn: 'South Ostrobothnia wellbeing services county',
    collaborativeArea: 'yta-sisa-suomi',
  },
  {
    code: '17',
    slug: 'pohjanmaa',
    kind: 'wellbeing_services_county',
    nameFi: 'Pohjanmaan hyvinvointialue',
    nameSv: 'Österbottens välfärdsområde',
    nameEn: 'Ostrobothnia wellbeing services county',
    collaborativeArea: 'yta-lansi-suomi',
  },
  {
    code: '18',
    slug: 'keski-pohjanmaa',
    kind: 'wellbeing_services_county',
    nameFi: 'Keski-Pohjanmaan hyvinvointialue',
    nameSv: 'Mellersta Österbottens välfärdsområde',
    nameEn: 'Central Ostrobothnia wellbeing services county',
    collaborativeArea: 'yta-pohjois-suomi',
  },
  {
    code: '19',
    slug: 'pohjois-pohjanmaa',
    kind: 'wellbeing_services_county',
    nameFi: 'Pohjois-Pohjanmaan hyvinvointialue',
    nameSv: 'Norra Österbottens välfärdsområde',
    nameEn: 'North Ostrobothnia wellbeing services county',
    collaborativeArea: 'yta-pohjois-suomi',
  },
  {
    code: '20',
    slug: 'kainuu',
    kind: 'wellbeing_services_county',
    nameFi: 'Kainuun hyvinvointialue',
    nameSv: 'Kajanalands välfärdsområde',
    nameEn: 'Kainuu wellbeing services county',
    collaborativeArea: 'yta-pohjois-suomi',
  },
  {
    code: '21',
    slug: 'lappi',
    kind: 'wellbeing_services_county',
    nameFi: 'Lapin hyvinvointialue',
    nameSv: 'Lapplands välfärdsområde',
    nameEn: 'Lapland wellbeing services county',
    collaborativeArea: 'yta-pohjois-suomi',
  },
  {
    code: '90',
    slug: 'helsinki',
    kind: 'city',
    nameFi: 'Helsingin kaupunki',
    nameSv: 'Helsingfors stad',
    nameEn: 'City of Helsinki',
    collaborativeArea: 'yta-etela-suomi',
  },
];
