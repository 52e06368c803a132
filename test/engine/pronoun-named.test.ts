/**
 * A question asked by "he" or "she" scores below the same question asked by
 * name: the pronoun is a word the best unit holds as surely as the name, but
 * the score does not count it. A sentence naming someone the article says is
 * of that gender, far ahead of any other fact, is given all the same.
 */
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/engine/analyzer.ts';
import { NamedPeople } from '../../src/engine/people.ts';
import { personEntity } from '../support/entities.ts';
import { fixtureEngines } from '../support/fixture-engines.ts';

const engine = fixtureEngines(['jazz-pianist-obituary', 'youngest-grandmaster']);

describe('when asked by "he" of an obituary whose subject the article calls "he"', () => {
  it('answers from the sentence about him far ahead of the rest', () => {
    const answer = engine('jazz-pianist-obituary').ask('did he go peacefully or was it sudden');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('died peacefully');
  });
});

describe('when asked by "she" of a profile whose subject the article calls "she"', () => {
  it('answers where she was from the sentence quoting her', () => {
    const answer = engine('youngest-grandmaster').ask('where was she when they rang her');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Alicante airport');
  });
});

describe("whom a question's pronoun may mean, in a unit", () => {
  const analyzer = new Analyzer({ synonyms: {} });
  const gender = new Map([
    ['Wilf Ashdown', 'he' as const],
    ['Ruth Kellaway', 'she' as const],
  ]);
  // Unit 0 names him, unit 1 her, unit 2 someone the article gives no gender.
  const texts = [
    'Wilf Ashdown died on Sunday.',
    'Ruth Kellaway thanked the hospice.',
    'Della Orme played.',
  ];
  const people = new NamedPeople(
    [
      personEntity('Wilf Ashdown', 'jazz pianist'),
      personEntity('Ruth Kellaway', 'his wife'),
      personEntity('Della Orme', 'pianist'),
    ],
    analyzer,
    (unit) => new Set(analyzer.termsOf(texts[unit] ?? '')),
    (person) => gender.get(person.name) ?? null,
  );

  it("is one the article says is of the pronoun's gender", () => {
    expect(people.namesOneThePronounMeans('did he go peacefully', 0)).toBe(true);
    expect(people.namesOneThePronounMeans('did she go peacefully', 1)).toBe(true);
  });

  it('is not one of the other gender, nor one whose gender is not told', () => {
    expect(people.namesOneThePronounMeans('did she go peacefully', 0)).toBe(false);
    expect(people.namesOneThePronounMeans('did he go peacefully', 2)).toBe(false);
  });

  it('is no one when the pronoun is inside quoted words, or both genders are asked', () => {
    expect(people.namesOneThePronounMeans('who said "he went peacefully"', 0)).toBe(false);
    expect(people.namesOneThePronounMeans('did she see him go', 0)).toBe(false);
  });
});
