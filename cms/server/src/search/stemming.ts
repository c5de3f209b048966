/**
 * Word stems for Finnish, Swedish and English: Snowball's stemmers (the algorithms PostgreSQL's text search
 * uses too), from @orama/stemmers. A query word is stemmed by each document language's stemmer and matched
 * against documents of that language only, so a Swedish stem never pulls in a Finnish word by accident.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as finnishStemmer } from '@orama/stemmers/finnish';
import { stemmer as swedishStemmer } from '@orama/stemmers/swedish';
import type { ContentLocale } from '@kumppani/contract';
import { fold } from './fold';

/**
 * Shortest stem matched as the start of a word ("kun" of "kunnan" would find "kuntoutus" and "kun": an
 * unrelated word sharing three letters is worse than a missed inflection).
 */
export const MIN_STEM_LENGTH = 4;

const STEMMERS: Record<ContentLocale, (word: string) => string> = {
  fi: finnishStemmer,
  sv: swedishStemmer,
  en: englishStemmer,
};

/**
 * Stems this long are matched by all but their last two letters: long words differ in their endings more
 * than Snowball knows (Finnish plural stems "strategia" / "strategioissa", the i~e alternation of
 * "vertaistuki" / "vertaistuen", the Swedish definite neuter "välfärdsområdet" that Snowball keeps whole),
 * and seven letters are still specific.
 */
const LONG_STEM_LENGTH = 9;
const LONG_STEM_SLACK = 2;

/** Consonants that Finnish inflection leaves at the end of a Snowball stem (see `stemPrefix`). */
const FINNISH_STEM_CONSONANTS = /[bcdfghjklmnpqrstvwxz]+$/;

/**
 * The prefix that the words of `word`'s family share, for a document in `locale`, or null when the stem is
 * too short to be told apart from unrelated words. `word` is lower case with its diacritics (the stemmers know
 * ä, ö and å); the prefix is folded like the index (search/fold.ts).
 *
 * Snowball's Finnish stemmer strips case endings but keeps the consonant that consonant gradation and the
 * inflected stem put before them: "mielenterveyttä" → "mielenterveyt", "mielenterveyden" → "mielenterveyd",
 * "yhdistykset" → "yhdistyks", while the base forms stem to "mielenterveys" and "yhdistys". Dropping those
 * final consonants leaves the part every form of the family starts with ("mielentervey", "yhdisty").
 */
export function stemPrefix(word: string, locale: ContentLocale): string | null {
  let stem = fold(STEMMERS[locale](word));
  if (locale === 'fi') stem = stem.replace(FINNISH_STEM_CONSONANTS, '');
  if (stem.length >= LONG_STEM_LENGTH) stem = stem.slice(0, -LONG_STEM_SLACK);
  return stem.length >= MIN_STEM_LENGTH ? stem : null;
}
