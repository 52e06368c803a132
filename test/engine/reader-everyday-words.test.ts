import { beforeAll, describe, expect, it } from 'vitest';
import { plainStory } from '../support/plain-story.ts';

/**
 * A market town's week in a reporter's words; readers ask in everyday ones
 * ("owner", "went under", "kept in overnight", "the md", "money back").
 */
const PASSAGES = [
  'Lena Marsh, who owns a flower stall on Quay Street, said trade had halved since the works began.',
  'The stall holders on the quay have complained to the market committee about the noise.',
  'Brightwell Builders collapsed into administration in May, leaving the new library unfinished.',
  'The library project had stalled twice before the builder failed.',
  'Brightwell was founded in 1998 by two brothers from Quay Street.',
  'Brightwell had debts of about £4 million, its administrators said.',
  'Four people were treated after a fall at the station, and one was admitted overnight.',
  'Oskar Penn, the managing director of Brightwell, apologised to staff in a letter.',
  'The council terminated the lease of the old market hall in June.',
  "The mayor's visit to Brussels in April cost £3,000.",
  'The lease of the new car park runs until 2030.',
  "The mayor's new car cost £40,000.",
  'Inspectors found a fault in the fire alarms of the market hall.',
  'The fire alarms of the library were replaced in 2020.',
  'Shoppers who bought tickets for the postponed fair will get a full refund.',
];

/** The answer given, or nothing when the engine abstains. */
let answerTo: (question: string) => string;
beforeAll(async () => {
  ({ answerTo } = await plainStory(PASSAGES, {
    title: 'A market town roundup',
    scope: 'Local news of one week.',
  }));
});

describe('when a reader says "owner" where the article says "who owns"', () => {
  it('answers with the stall owner first, though "own" alone is filler', () => {
    expect(answerTo('what did the stall owner say')).toContain('Lena Marsh');
  });
});

describe('when a reader says a reader phrase in another tense ("go under" of "went under")', () => {
  it('answers with the collapse first', () => {
    expect(answerTo('when did brightwell go under')).toContain('collapsed into administration');
  });
});

describe('when a reader says someone was "kept in overnight"', () => {
  it('answers with the admission first', () => {
    expect(answerTo('was anyone kept in overnight')).toContain('admitted overnight');
  });
});

describe('when a reader says the project "got stuck"', () => {
  it('answers with the stalled project first', () => {
    expect(answerTo('what got stuck twice')).toContain('had stalled twice');
  });
});

describe('when a reader asks what a firm "owes"', () => {
  it('ranks its debts first', () => {
    expect(answerTo('how much does brightwell owe')).toContain('debts of about £4 million');
  });
});

describe('when a reader says "the md" for the managing director', () => {
  it('answers with the managing director first', () => {
    expect(answerTo('what did the md tell staff')).toContain('Oskar Penn');
  });
});

describe('when a reader asks whether people get their "money back"', () => {
  it('answers with the refund first', () => {
    expect(answerTo('do shoppers get their money back')).toContain('full refund');
  });
});

describe('when a reader says "trip" for a visit', () => {
  it('answers with the visit', () => {
    expect(answerTo('how much did the mayors trip cost')).toContain('£3,000');
  });
});
