import { expect } from '@open-wc/testing';
import type { Recurrence } from '@kumppani/contract';
import { describeRule } from './recurrence-text.js';

type Rule = Pick<Recurrence, 'frequency' | 'interval' | 'weekdays' | 'monthlyBy'>;
const weekly = (rule: Partial<Rule> = {}): Rule => ({ frequency: 'weekly', interval: 1, weekdays: [], monthlyBy: 'weekday', ...rule });
const monthly = (rule: Partial<Rule> = {}): Rule => weekly({ frequency: 'monthly', ...rule });

// Tuesday 2 March 2027, 17–19 in Helsinki (UTC+2).
const TUESDAY = ['2027-03-02T15:00:00Z', '2027-03-02T17:00:00Z'] as const;

const inEach = (rule: Rule, startsAt: string, endsAt: string | null) =>
  (['fi', 'sv', 'en'] as const).map((locale) => describeRule(rule, startsAt, endsAt, locale));

describe('describeRule: a series in words', () => {
  it('says a weekly group with its time on the Helsinki clock, whole hours short in fi and sv', () => {
    expect(inEach(weekly(), ...TUESDAY)).to.deep.equal(['joka tiistai klo 17–19', 'varje tisdag kl. 17–19', 'every Tuesday, 17:00–19:00']);
  });

  it('lists the chosen weekdays and says the interval', () => {
    expect(inEach(weekly({ weekdays: ['TU', 'TH'] }), ...TUESDAY)).to.deep.equal([
      'joka tiistai ja torstai klo 17–19',
      'varje tisdag och torsdag kl. 17–19',
      'every Tuesday and Thursday, 17:00–19:00',
    ]);
    expect(inEach(weekly({ interval: 2 }), ...TUESDAY)).to.deep.equal([
      'joka toinen viikko: tiistai klo 17–19',
      'varannan vecka: tisdag kl. 17–19',
      'every other week: Tuesday, 17:00–19:00',
    ]);
    expect(describeRule(weekly({ interval: 6 }), TUESDAY[0], null, 'en')).to.equal('every 6th week: Tuesday, 17:00');
    // In the week's order, each day once, however the editor listed them.
    expect(describeRule(weekly({ weekdays: ['TH', 'TU', 'TH'] }), ...TUESDAY, 'fi')).to.equal('joka tiistai ja torstai klo 17–19');
  });

  it("says a monthly meeting by the start's weekday in the month, or by its date, with minutes when there are any", () => {
    // Thursday 7 January 2027 at 9.30: the first Thursday.
    expect(inEach(monthly(), '2027-01-07T07:30:00Z', null)).to.deep.equal([
      'kuukauden ensimmäinen torstai klo 9.30',
      'första torsdagen i månaden kl. 9.30',
      'the first Thursday of the month, 09:30',
    ]);
    // Friday 29 January: past the fourth, so the last Friday.
    expect(describeRule(monthly(), '2027-01-29T16:00:00Z', null, 'fi')).to.equal('kuukauden viimeinen perjantai klo 18');
    expect(inEach(monthly({ monthlyBy: 'date', interval: 2 }), '2027-01-22T10:00:00Z', '2027-01-22T11:30:00Z')).to.deep.equal([
      'joka toinen kuukausi: kuukauden 22. päivä klo 12.00–13.30',
      'varannan månad: den 22 i månaden kl. 12.00–13.30',
      'every other month: the 22nd of the month, 12:00–13:30',
    ]);
  });

  it('takes the weekday on the Helsinki clock: 23.30 UTC on Monday is Tuesday in Helsinki', () => {
    expect(describeRule(weekly(), '2027-03-01T23:30:00Z', null, 'fi')).to.equal('joka tiistai klo 1.30');
  });
});
