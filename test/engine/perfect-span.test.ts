import { describe, expect, it } from 'vitest';
import {
  asksSpanInThePerfect,
  perfectSpansIn,
  subjectOfThePerfect,
} from '../../src/engine/perfect-span.ts';
import { words } from '../../src/engine/text.ts';
import { fixtureEngines } from '../support/fixture-engines.ts';

describe('a question asking, in the perfect, how long something has gone on', () => {
  it.each([
    'How long has Haynes lived in her house?',
    'how long had labour run the mayoralty before this',
    'how long has Morag had the shop',
  ])('reads "%s" so', (question) => {
    expect(asksSpanInThePerfect(question)).toBe(true);
  });

  it.each(['how long is the zoo shut for', 'How long has it been since the river was this high?'])(
    'does not read "%s" so',
    (question) => {
      expect(asksSpanInThePerfect(question)).toBe(false);
    },
  );
});

describe('a span a sentence tells in the perfect', () => {
  it.each([
    'Marguerite Haynes, 71, who has lived on Water Street since 1983, said she would stay.',
    'For Labour, which had held the mayoralty since 2012, the result was a heavy blow.',
    "Morag Lennie has run Garve Stores on the island's harbour front for 22 years.",
    'The union had warned about rota gaps since the autumn of 2023.',
    'I have spent 30 years in this field.',
  ])('is found in "%s"', (text) => {
    expect(perfectSpansIn(words(text))).toHaveLength(1);
  });

  it.each([
    // What was done since an event, not how long.
    'The negotiating team had made "significant movement" since talks began in April.',
    // A span of another clause than the perfect's.
    'The company has confirmed the closure, which will last until March.',
  ])('is not found in "%s"', (text) => {
    expect(perfectSpansIn(words(text))).toEqual([]);
  });
});

describe('the one a "how long has…" asks about', () => {
  it('is named by the words after its auxiliary', () => {
    expect(subjectOfThePerfect('how long has simon keddle worked at the agency')).toEqual([
      'simon',
      'keddle',
    ]);
    expect(subjectOfThePerfect("how long has the fleet's owner had it")).toEqual([
      'fleet',
      'owner',
    ]);
  });

  it('is none for a question asking no span in the perfect', () => {
    expect(subjectOfThePerfect('how long is the zoo shut for')).toEqual([]);
  });
});

const engineFor = fixtureEngines([
  'acid-tanker-derailment',
  'timber-ship-aground',
  'sewage-fine',
  'harlow-falls-flood',
  'kessington-by-election',
  'factory-fire',
  'ferry-winter-cuts',
]);

describe('in the flood report ingested fresh', () => {
  describe('when asked "How long has Haynes lived in her house?"', () => {
    it('answers with the sentence saying she has lived on Water Street since 1983', () => {
      const answer = engineFor('harlow-falls-flood').ask('How long has Haynes lived in her house?');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('since 1983');
    });
  });
});

describe('in the by-election report ingested fresh', () => {
  describe('when asked "how long had labour run the mayoralty before this"', () => {
    it('answers with the sentence saying Labour had held it since 2012', () => {
      const answer = engineFor('kessington-by-election').ask(
        'how long had labour run the mayoralty before this',
      );
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('since 2012');
    });
  });
});

describe('in the factory fire report ingested fresh', () => {
  describe('when asked "how long has Brierley lived on his street"', () => {
    it('reads the "who has lived" of the retired driver set beside his name as his', () => {
      const answer = engineFor('factory-fire').ask('how long has Brierley lived on his street');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('for 31 years');
    });
  });
});

describe('in the island ferry cuts report ingested fresh', () => {
  describe('when asked "how long has Evelyn Markham lived on the island"', () => {
    it('answers that the retired teacher has lived on Tellin since 1971', () => {
      const answer = engineFor('ferry-winter-cuts').ask(
        'how long has Evelyn Markham lived on the island',
      );
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('since 1971');
    });
  });
});

describe('in the sewage fine report ingested fresh', () => {
  describe('when asked "how long has simon keddle worked at the environment agency"', () => {
    it('does not answer with his "For years, the numbers…", which tells no time of his', () => {
      const answer = engineFor('sewage-fine').ask(
        'how long has simon keddle worked at the environment agency',
      );
      expect(answer.status).toBe('unknown');
    });
  });
});

describe("the reader's word told in the perfect's own clause", () => {
  describe('when asked "how long has she lived there", naming no one', () => {
    it('answers that the retired secretary "has lived on Station Road since 1986"', () => {
      const answer = engineFor('acid-tanker-derailment').ask('how long has she lived there');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('since 1986');
    });
  });

  describe('when asked "how long has farrant been fishing out of there"', () => {
    it('answers that he "has fished out of Hallowick since 1983", his name well before it', () => {
      const answer = engineFor('timber-ship-aground').ask(
        'how long has farrant been fishing out of there',
      );
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('since 1983');
    });
  });

  describe('when the one asked about is someone the sentence does not name', () => {
    it.each(['how long has tolley lived there', 'how long has the station master lived there'])(
      'does not answer "%s" with the secretary\'s "has lived… since 1986"',
      (question) => {
        const answer = engineFor('acid-tanker-derailment').ask(question);
        expect(answer.answer).not.toContain('since 1986');
      },
    );
  });
});
