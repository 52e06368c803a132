import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';
import { NormalizedDateSchema } from '../../src/knowledge/schema.ts';
import { TENSE_WORDS } from '../support/language.ts';

const datesIn = (text: string, published: string | null = '2025-03-05') =>
  findDates([{ n: 1, text }], published, TENSE_WORDS);
const dateOf = (text: string, published?: string | null) => datesIn(text, published)[0]?.date;

describe('when a date states its year', () => {
  it('reads a full date as a day, not inferred, and not also as a year', () => {
    const found = datesIn('It closed on December 8, 2024, at dawn.');
    expect(found).toHaveLength(1);
    expect(found[0]?.when).toBe('December 8, 2024');
    expect(found[0]?.date).toEqual({ value: '2024-12-08', precision: 'day', inferred: false });
  });

  it('reads "in 2015" as a year', () => {
    expect(datesIn('It began in 2015.')[0]).toMatchObject({
      when: 'in 2015',
      date: { value: '2015', precision: 'year', inferred: false },
    });
  });

  it('reads "late January 2025" as part of a month', () => {
    expect(dateOf('It ended in late January 2025.')).toEqual({
      value: '2025-01',
      precision: 'part-of-month',
      part: 'late',
      inferred: false,
    });
  });

  it.each([
    ['Sept. 3, 2024', '2024-09-03'],
    ['Sep. 3, 2024', '2024-09-03'],
    ['Dec. 8, 2024', '2024-12-08'],
    ['Jan. 15, 2025', '2025-01-15'],
  ])('reads a month written short, "%s", as its day', (when, value) => {
    const found = datesIn(`It closed on ${when} at dawn.`);
    expect(found[0]).toMatchObject({ when, date: { value, precision: 'day', inferred: false } });
  });

  it('does not take a sum of money or a decade for a year', () => {
    expect(datesIn('It cost $2015 in the 1990s.')).toEqual([]);
  });
});

describe('when the year must come from the publication date', () => {
  it('takes the latest such date not after publication', () => {
    expect(dateOf('On March 1 they met.')?.value).toBe('2025-03-01');
    expect(dateOf('On March 9 they voted.')?.value).toBe('2024-03-09');
    expect(dateOf('They voted on 9 March.')?.value).toBe('2024-03-09');
    expect(dateOf('On April 20 last year the plant was closed.')?.value).toBe('2024-04-20');
  });

  it('takes a day soon after publication, told in no past tense, as the one to come', () => {
    expect(dateOf('The parties have been summoned to a hearing on April 20.')?.value).toBe(
      '2025-04-20',
    );
    expect(dateOf('The state deadline for requests is March 31.')?.value).toBe('2025-03-31');
    expect(dateOf('A hearing has been set for May 14 at the crown court.')?.value).toBe(
      '2025-05-14',
    );
  });

  it.each([
    'The board met on April 20.',
    'On April 20 the council held a vote.',
    'Police took him into custody on April 20.',
    'The strike began on April 20, the union said.',
  ])("takes a day soon after publication told by an irregular past as last year's: %s", (text) => {
    expect(dateOf(text)?.value).toBe('2024-04-20');
  });

  it.each([
    'The board meets on April 20.',
    'A vote is to be held on April 20.',
    'The Fed decision is on April 20.',
    'Officials said the hearing is on April 20.',
    'Officials announced the hearing is on April 20.',
    'The ministry confirmed that the hearing is on April 20.',
    'The delayed vote on April 20 is the third this year.',
  ])('keeps a day soon after publication told in no past tense the one to come: %s', (text) => {
    expect(dateOf(text)?.value).toBe('2025-04-20');
  });

  it("still takes a day long after publication as last year's", () => {
    expect(dateOf('The hearing on November 20 drew a crowd.')?.value).toBe('2024-11-20');
  });

  it('marks the year as inferred', () => {
    expect(dateOf('On March 1 they met.')?.inferred).toBe(true);
  });

  it('walks back to a leap year for February 29', () => {
    expect(dateOf('On February 29 they met.')?.value).toBe('2024-02-29');
    expect(dateOf('On February 29 they met.', '2027-06-01')?.value).toBe('2024-02-29');
  });

  it('counts a part of a month from its first day', () => {
    expect(dateOf('In early March they met.')?.value).toBe('2025-03');
    expect(dateOf('In mid-March they met.')?.value).toBe('2024-03');
    expect(dateOf('In mid-March they met.')?.part).toBe('mid');
  });

  it('reads "in December" as a month', () => {
    expect(dateOf('Talks began in December.')).toEqual({
      value: '2024-12',
      precision: 'month',
      inferred: true,
    });
  });

  it('dates "yesterday", "last month" and weekdays from publication', () => {
    expect(dateOf('It ended yesterday.')?.value).toBe('2025-03-04');
    expect(dateOf('It ended last month.')?.value).toBe('2025-02');
    // 2025-03-05 is a Wednesday.
    expect(dateOf('It ended on Monday.')?.value).toBe('2025-03-03');
    expect(dateOf('It ended on Wednesday.')?.value).toBe('2025-03-05');
    expect(dateOf('It ended last Wednesday.')?.value).toBe('2025-02-26');
  });
});

describe('when there is no publication date', () => {
  it('cannot know the year, so says the date is unknown', () => {
    for (const text of [
      'On December 8 it fell.',
      'In late January he came.',
      'It ended yesterday.',
    ]) {
      expect(dateOf(text, null)).toEqual({ value: null, precision: 'unknown', inferred: false });
    }
  });
});

describe('when the text says "recently"', () => {
  it('keeps the words and no date, even with a publication date', () => {
    expect(datesIn('The lease was recently terminated.')[0]).toMatchObject({
      when: 'recently',
      date: { value: null, precision: 'unknown', inferred: false },
    });
  });
});

describe('when "May" is a verb', () => {
  it('finds no date', () => {
    expect(datesIn('Officials said talks may resume.')).toEqual([]);
  });
});

describe('whatever the expression', () => {
  it('only makes dates the schema accepts', () => {
    const text =
      'In 2015, on December 8, 2024, in late January, on 3 May, in December, recently, yesterday, last year, on Friday, February 29.';
    for (const published of ['2025-03-05', null]) {
      for (const { date } of datesIn(text, published)) {
        expect(NormalizedDateSchema.safeParse(date).success).toBe(true);
      }
    }
  });
});

describe('when the sentence looks ahead', () => {
  // Published Wednesday 2025-03-05.
  it('dates a day still to come after publication, not before it', () => {
    expect(dateOf('The next decision is due on March 2.')?.value).toBe('2026-03-02');
    expect(dateOf('The panel will meet on April 24.')?.value).toBe('2025-04-24');
    expect(dateOf("We'll know more on Monday.")?.value).toBe('2025-03-10');
    expect(dateOf('She will have a scan on Wednesday.')?.value).toBe('2025-03-05');
  });

  it('reads "next Tuesday", "tomorrow", "next month" and "next year" forward', () => {
    expect(dateOf('They meet next Tuesday.')?.value).toBe('2025-03-11');
    expect(dateOf('They meet next Wednesday.')?.value).toBe('2025-03-12');
    expect(dateOf('It opens tomorrow.')?.value).toBe('2025-03-06');
    expect(dateOf('It opens next month.')?.value).toBe('2025-04');
    expect(dateOf('It opens next year.')?.value).toBe('2026');
  });

  it('keeps a past report in another clause in the past', () => {
    const dates = datesIn('Residents must boil water until Saturday, the utility said on Monday.');
    expect(dates.find((d) => d.when === 'on Monday')?.date.value).toBe('2025-03-03');
  });

  it('reads "would" of reported speech forward: "said she would meet them on Friday"', () => {
    expect(dateOf('The minister said she would meet them on Friday.')?.value).toBe('2025-03-07');
    expect(dateOf('The minister said it would have closed on Friday.')?.value).toBe('2025-02-28');
  });

  it('takes a month given as a deadline, "by the end of June", as the one to come', () => {
    expect(
      dateOf('Findings are expected within 30 days and a final report by the end of June.')?.value,
    ).toBe('2025-06');
    expect(dateOf('He wants the road reopened by November.')?.value).toBe('2025-11');
    expect(dateOf('Sales had fallen by the end of June.')?.value).toBe('2024-06');
  });

  it('reads "had been due on Tuesday" as a day already past', () => {
    expect(dateOf('She had been due to fly home on Tuesday afternoon.')?.value).toBe('2025-03-04');
    expect(dateOf('She is due to fly home on Tuesday.')?.value).toBe('2025-03-11');
  });

  it('does not take "the next day" for the future', () => {
    expect(dateOf('The next day, on Monday, he resigned.')?.value).toBe('2025-03-03');
  });
});

describe('when a weekday is named with the date', () => {
  it('takes the year in which the date falls on that weekday', () => {
    // 2024-03-18 was a Monday, 2025-03-18 a Tuesday.
    expect(dateOf('She is sworn in on Tuesday 18 March.')?.value).toBe('2025-03-18');
    expect(dateOf('She was sworn in on Monday, March 18.')?.value).toBe('2024-03-18');
  });

  it('keeps a date within days of publication in its year, whatever the weekday', () => {
    // "Wednesday, March 4" is the 5th's weekday: 2026-03-04 is a Wednesday, 2025-03-04 a Tuesday.
    const found = datesIn('It cancelled 112 flights on Tuesday and Wednesday, March 4 and 5.');
    expect(found.find((d) => d.when === 'Wednesday, March 4')?.date.value).toBe('2025-03-04');
  });

  it('dates it once, weekday and all, as readers ask for it', () => {
    expect(datesIn('The final is on Saturday, May 10.').map((d) => d.when)).toEqual([
      'Saturday, May 10',
    ]);
  });
});
