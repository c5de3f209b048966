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
  | 'programmes';

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
  },
} satisfies Record<UiLocale, Dictionary<Key>>;
