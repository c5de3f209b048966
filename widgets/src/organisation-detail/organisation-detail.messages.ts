import type { OrganisationKind } from '@kumppani/contract';
import type { Dictionary, UiLocale } from '../shared/i18n.js';

type Key =
  | 'notFound'
  | 'kind'
  | 'alternateNames'
  | 'address'
  | 'website'
  | 'email'
  | 'phone'
  | 'regions'
  | 'topics'
  | 'businessId'
  | 'parent'
  | 'members'
  | 'programmes'
  | OrganisationKind;

export const MESSAGES = {
  fi: {
    notFound: 'Toimijaa ei löytynyt. Se on ehkä poistettu, tai osoite on väärä.',
    kind: 'Toimijan tyyppi',
    alternateNames: 'Myös nimellä',
    address: 'Osoite',
    website: 'Verkkosivut',
    email: 'Sähköposti',
    phone: 'Puhelin',
    regions: 'Alueet',
    topics: 'Aiheet',
    businessId: 'Y-tunnus',
    parent: 'Kattojärjestö',
    members: 'Jäsenet',
    programmes: 'Hankkeet ja ohjelmat',
    association: 'Yhdistys',
    foundation: 'Säätiö',
    municipality: 'Kunta',
    wellbeing_services_county: 'Hyvinvointialue',
    state_agency: 'Valtion virasto',
    parish: 'Seurakunta',
    company: 'Yritys',
    other: 'Muu',
  },
  sv: {
    notFound: 'Aktören hittades inte. Den kan ha tagits bort, eller så är adressen fel.',
    kind: 'Typ av aktör',
    alternateNames: 'Även känd som',
    address: 'Adress',
    website: 'Webbplats',
    email: 'E-post',
    phone: 'Telefon',
    regions: 'Områden',
    topics: 'Teman',
    businessId: 'FO-nummer',
    parent: 'Takorganisation',
    members: 'Medlemmar',
    programmes: 'Projekt och program',
    association: 'Förening',
    foundation: 'Stiftelse',
    municipality: 'Kommun',
    wellbeing_services_county: 'Välfärdsområde',
    state_agency: 'Statlig myndighet',
    parish: 'Församling',
    company: 'Företag',
    other: 'Annan',
  },
  en: {
    notFound: 'Organisation not found. It may have been removed, or the address is wrong.',
    kind: 'Type',
    alternateNames: 'Also known as',
    address: 'Address',
    website: 'Website',
    email: 'Email',
    phone: 'Phone',
    regions: 'Regions',
    topics: 'Topics',
    businessId: 'Business ID',
    parent: 'Umbrella organisation',
    members: 'Members',
    programmes: 'Projects and programmes',
    association: 'Association',
    foundation: 'Foundation',
    municipality: 'Municipality',
    wellbeing_services_county: 'Wellbeing services county',
    state_agency: 'State agency',
    parish: 'Parish',
    company: 'Company',
    other: 'Other',
  },
} satisfies Record<UiLocale, Dictionary<Key>>;
