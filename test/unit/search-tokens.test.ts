/** The search index's tokens and the alternatives of a query word (cms/server/src/search): pure rules, no database. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fold } from '../../cms/server/src/search/fold';
import { stemPrefix } from '../../cms/server/src/search/stemming';
import { parseQuery, textTokens, tokensMatch } from '../../cms/server/src/search/tokens';

const matches = (text: string, query: string, locale: 'fi' | 'sv' | 'en' = 'fi', documentLocale = locale) =>
  parseQuery(query, locale).every((word) => tokensMatch(textTokens(text), word, documentLocale));

describe('search tokens', () => {
  it('index words, and suffixes of four letters or more as parts of words', () => {
    const tokens = textTokens('Mielenterveysyhdistys ry');
    assert.ok(tokens.has('mielenterveysyhdistys') && tokens.has('ry'));
    assert.ok(tokens.has('_yhdistys') && tokens.has('_stys'));
    assert.ok(!tokens.has('_tys'), 'three letters are not a part');
  });

  it('stem inflections to a prefix of every word of their family', () => {
    const families: [locale: 'fi' | 'sv', forms: string[]][] = [
      ['fi', ['mielenterveys', 'mielenterveyttä', 'mielenterveyden']],
      ['fi', ['järjestö', 'järjestöjen', 'järjestöt']],
      ['fi', ['yhdistys', 'yhdistykset', 'yhdistyksen']],
      ['fi', ['strategia', 'strategioissa', 'strategiat']],
      ['fi', ['vertaistuki', 'vertaistuen', 'vertaistukea']],
      ['sv', ['välfärdsområde', 'välfärdsområdet', 'välfärdsområdena']],
    ];
    for (const [locale, forms] of families)
      for (const form of forms) {
        const prefix = stemPrefix(form, locale) ?? form;
        for (const member of forms) assert.ok(fold(member).startsWith(prefix), `${form} → ${prefix}, not a prefix of ${member}`);
      }
    assert.equal(stemPrefix('kunnan', 'fi'), null, 'a three-letter stem is not used');
  });

  it('find inflected forms, compound parts and word starts, and require every word', () => {
    assert.ok(matches('Suomen mielenterveysyhdistys', 'mielenterveyttä'));
    assert.ok(matches('Suomen mielenterveysyhdistys', 'yhdistyksen'));
    assert.ok(matches('Suomen mielenterveysyhdistys', 'mielent'));
    assert.ok(matches('Digituki omaishoitajille', 'tuki'), 'a four-letter word ends a compound');
    assert.ok(!matches('keskiviikkona', 'kivi'), 'but is not found in the middle of one');
    assert.ok(!matches('paikallinen', 'aika'));
    assert.ok(matches('Vanda och Kervo välfärdsområde', 'välfärdsområdet', 'sv'));
    assert.ok(!matches('Suomen mielenterveysyhdistys', 'mielenterveyttä vantaa'));
  });

  it('match stems and short parts in the document’s own language only', () => {
    assert.ok(matches('Lokalföreningarna', 'föreningen', 'sv'));
    assert.ok(!matches('lasten kerho', 'sten', 'sv', 'fi'), 'Swedish "sten" is not the end of Finnish "lasten"');
    assert.ok(matches('kivi sten', 'sten', 'sv', 'fi'), 'a whole word matches in any language');
  });

  it('take search syntax as plain characters', () => {
    for (const query of ['"', '*', '-', '^', '()', 'NEAR(a b)', 'a OR b', 'name:x', "'", '\\', '%_'])
      for (const word of parseQuery(query, 'fi')) assert.match(word.word, /^[\p{L}\p{N}]+$/u, query);
    assert.equal(parseQuery('x'.repeat(200), 'fi')[0].word.length, 40, 'a long run of letters is cut to the longest indexed word');
  });
});
