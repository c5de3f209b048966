import type { Dictionary, UiLocale } from '../shared/i18n.js';

type Key = 'notFound' | 'published' | 'by' | 'blog' | 'topics' | 'tags' | 'related' | 'original';

export const MESSAGES = {
  fi: {
    notFound: 'Kirjoitusta ei löytynyt. Se on ehkä poistettu, tai osoite on väärä.',
    published: 'Julkaistu',
    by: 'Kirjoittajat',
    blog: 'Blogi',
    topics: 'Aiheet',
    tags: 'Avainsanat',
    related: 'Lue myös',
    original: 'Alkuperäinen julkaisu',
  },
  sv: {
    notFound: 'Inlägget hittades inte. Det kan ha tagits bort, eller så är adressen fel.',
    published: 'Publicerad',
    by: 'Skribenter',
    blog: 'Blogg',
    topics: 'Teman',
    tags: 'Taggar',
    related: 'Läs också',
    original: 'Ursprungligen publicerad',
  },
  en: {
    notFound: 'Post not found. It may have been removed, or the address is wrong.',
    published: 'Published',
    by: 'Authors',
    blog: 'Blog',
    topics: 'Topics',
    tags: 'Tags',
    related: 'Read also',
    original: 'Originally published at',
  },
} satisfies Record<UiLocale, Dictionary<Key>>;
