/** A short form among a person's names, which a story lexicon also reads as everyday words. */
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/engine/analyzer.ts';
import { NamedPeople } from '../../src/engine/people.ts';
import type { QueryTerm } from '../../src/engine/query-terms.ts';
import type { Entity } from '../../src/knowledge/schema.ts';
import { personEntity } from '../support/entities.ts';

const analyzer = new Analyzer({ synonyms: { mfa: 'foreign ministry' } });

const person = (name: string, aliases: string[]): Entity =>
  personEntity(name, 'a spokeswoman', aliases);

const people = new NamedPeople(
  [person('Lena Voss', ['Voss', 'MFA']), person('Ola Rasten', ['Rasten'])],
  analyzer,
  () => new Set<string>(),
);

/** Who a question names, by the terms the index reads in it. */
function namedBy(question: string): string[] {
  const terms: QueryTerm[] = analyzer.termsOf(question).map((term, group) => ({
    term,
    certainty: 1,
    isQuestionWord: false,
    strangeness: 'known',
    credit: 1,
    group,
  }));
  return [...people.askedIn(terms)].map((i) => people.persons[i]?.name ?? '');
}

describe('when a person\'s alias is a short form the lexicon reads as "foreign ministry"', () => {
  it('does not read "what did the ministry say" as naming her', () => {
    expect(namedBy('what did the foreign ministry say')).toEqual([]);
  });

  it('still reads her own name as naming her', () => {
    expect(namedBy('what did voss say')).toEqual(['Lena Voss']);
  });
});
