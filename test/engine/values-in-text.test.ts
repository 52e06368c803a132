import { describe, expect, it } from 'vitest';
import { AnswerTypes } from '../../src/engine/intent.ts';
import { words } from '../../src/engine/text.ts';
import { fixtureEngines } from '../support/fixture-engines.ts';
import { LANGUAGE } from '../support/language.ts';

const types = new AnswerTypes(LANGUAGE.cues);

/** The words at which a text gives a value of the kind asked. */
function valueWords(need: 'age' | 'distance', text: string): string[] {
  const textWords = words(text);
  return types.valuesIn(need, text).map((at) => textWords[at] ?? '');
}

describe('where a text gives the distance a "how far" asks for', () => {
  it('is the number told in a unit of distance, not every number of the text', () => {
    expect(
      valueWords(
        'distance',
        'Snow leopards can leap up to nine metres, with an estimated 4,000 to 6,500 left in the wild.',
      ),
    ).toEqual(['nine']);
  });

  it('tells two places at two distances apart', () => {
    expect(
      valueWords(
        'distance',
        'Patients were taken to Castlemere, 41 miles away, or to Brenford, 36 miles away.',
      ),
    ).toEqual(['41', '36']);
  });
});

describe('where a text gives the age a "how old" asks for', () => {
  it('is the age set off after a name, not the count beside it', () => {
    expect(
      valueWords('age', 'Gwen Tarrant, 67, has watched 40 launches from the harbour wall.'),
    ).toEqual(['67']);
  });

  it('is the number of "a 34-year-old"', () => {
    expect(
      valueWords(
        'age',
        'The company’s newest vessel, the 34-year-old MV Carragh, carries 96 passengers.',
      ),
    ).toEqual(['34']);
  });
});

const engineFor = fixtureEngines(['factory-fire']);

describe('in the factory fire report ingested fresh', () => {
  describe('when asked "how far away was the rest centre from the fire"', () => {
    it('abstains: the sentence counting fire engines and firefighters gives no distance', () => {
      const answer = engineFor('factory-fire').ask(
        'how far away was the rest centre from the fire',
      );
      expect(answer.status).toBe('unknown');
    });
  });
});
