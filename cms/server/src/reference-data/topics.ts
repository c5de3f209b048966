/** The starting topic taxonomy, seeded at bootstrap. Editors may add topics in the admin; these slugs stay stable. */
export interface TopicReference {
  slug: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export const TOPICS: readonly TopicReference[] = [
  { slug: 'kumppanuus', nameFi: 'Kumppanuus', nameSv: 'Partnerskap', nameEn: 'Partnership' },
  {
    slug: 'hyvinvoinnin-ja-terveyden-edistaminen',
    nameFi: 'Hyvinvoinnin ja terveyden edistäminen',
    nameSv: 'Främjande av välfärd och hälsa',
    nameEn: 'Health and wellbeing promotion',
  },
  {
    slug: 'mielenterveys-ja-paihteet',
    nameFi: 'Mielenterveys ja päihteet',
    nameSv: 'Psykisk hälsa och missbruk',
    nameEn: 'Mental health and substance use',
  },
  { slug: 'sote-uudistus', nameFi: 'Sote-uudistus', nameSv: 'Social- och hälsovårdsreformen', nameEn: 'Health and social services reform' },
  { slug: 'tyokyky', nameFi: 'Työkyky ja työllisyys', nameSv: 'Arbetsförmåga och sysselsättning', nameEn: 'Work ability and employment' },
  {
    slug: 'lapset-nuoret-ja-perheet',
    nameFi: 'Lapset, nuoret ja perheet',
    nameSv: 'Barn, unga och familjer',
    nameEn: 'Children, young people and families',
  },
  { slug: 'ikaantyneet', nameFi: 'Ikääntyneet', nameSv: 'Äldre', nameEn: 'Older people' },
  { slug: 'osallisuus', nameFi: 'Osallisuus', nameSv: 'Delaktighet', nameEn: 'Participation and inclusion' },
  { slug: 'vertaistuki', nameFi: 'Vertaistuki', nameSv: 'Kamratstöd', nameEn: 'Peer support' },
  { slug: 'vapaaehtoistoiminta', nameFi: 'Vapaaehtoistoiminta', nameSv: 'Frivilligverksamhet', nameEn: 'Volunteering' },
  { slug: 'yhdyspintatyo', nameFi: 'Yhdyspintatyö', nameSv: 'Gränsöverskridande samarbete', nameEn: 'Cross-sector collaboration' },
  {
    slug: 'jarjestojen-toimintaedellytykset',
    nameFi: 'Järjestöjen toimintaedellytykset',
    nameSv: 'Organisationernas verksamhetsförutsättningar',
    nameEn: 'Operating conditions of NGOs',
  },
  { slug: 'digitaaliset-palvelut', nameFi: 'Digitaaliset palvelut', nameSv: 'Digitala tjänster', nameEn: 'Digital services' },
  { slug: 'kotoutuminen', nameFi: 'Kotoutuminen', nameSv: 'Integration', nameEn: 'Integration' },
  { slug: 'vammaisuus', nameFi: 'Vammaisuus', nameSv: 'Funktionsnedsättning', nameEn: 'Disability' },
];
