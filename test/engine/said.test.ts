import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { AnswerTypes } from '../../src/engine/intent.ts';
import { saidFit } from '../../src/engine/said.ts';
import { LANGUAGE } from '../support/language.ts';
import { freshEngine } from '../support/one-off.ts';

const types = new AnswerTypes(LANGUAGE.cues);
/** Words as a story with no stopwords, no names and no antecedents reads them. */
const plainWords = {
  isFiller: (word: string) => ['the', 'a', 'of'].includes(word),
  sameWord: (a: string, b: string) => a === b,
  isOnlyAName: () => false,
  unitHolds: () => false,
};

describe('a question after what someone said', () => {
  it.each([
    'what did rhys doyle say after the result',
    'what did the vale coach say after',
    'what did the club say about the ruling',
    "what was the minister's comment",
    'did the mayor say anything about it',
    'what did the envoy talk about on his trip',
    'what did the ministers discuss',
    'what did the other residents on the harbour wall say',
    'does the minister think the £310 offer is fair',
    'did the captain feel they had done enough',
  ])('is told in "%s"', (question) => {
    expect(types.asksWhatWasSaid(question)).toBe(true);
  });

  it.each(['what did the rebels take', 'how did the kremlin react', 'what does this mean'])(
    'is not read into "%s"',
    (question) => {
      expect(types.asksWhatWasSaid(question)).toBe(false);
    },
  );
});

describe('whom a question after what was said asks about', () => {
  it('is the words between its verbs', () => {
    expect(types.speakerAsked('what did the vale coach say after')).toEqual([
      'the',
      'vale',
      'coach',
    ]);
    expect(types.speakerAsked('did the mayor say anything about it')).toEqual(['the', 'mayor']);
    expect(types.speakerAsked('does the minister think the offer is fair')).toEqual([
      'the',
      'minister',
    ]);
  });
  it('is no one in a question after a statement', () => {
    expect(types.speakerAsked('whats the latest statement')).toEqual([]);
  });
});

describe('a text reporting speech', () => {
  it('is told by a word of saying', () => {
    expect(types.reportsSpeech('The coach declined to comment on the decision.')).toBe(true);
  });
  it('is told by a quotation', () => {
    expect(types.reportsSpeech('“We will fly again.”')).toBe(true);
  });
  it('is told by talks held', () => {
    expect(types.reportsSpeech('He met officials to discuss bilateral relations.')).toBe(true);
  });
  it('is not a sentence that only names someone', () => {
    expect(types.reportsSpeech("Labour's Rhys Doyle trailed in fourth on 4,297.")).toBe(false);
  });
});

describe('the condition a question after what was said sets', () => {
  const texts = ['Doyle trailed in fourth.', 'Doyle said he would stay on.', null];
  const holds = saidFit('what did doyle say', types, (unit) => texts[unit] ?? null, plainWords);

  it('holds a sentence that reports no speech against it', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes one that does', () => {
    expect(holds?.(1)).toBe(true);
  });
  it('trusts an answer written for its questions', () => {
    expect(holds?.(2)).toBe(true);
  });
  it('sets none on a question after something else', () => {
    expect(saidFit('where did doyle finish', types, () => '', plainWords)).toBeNull();
  });
});

describe('the condition a question after what someone named said sets', () => {
  const texts = [
    'Elverum said the fleet was grounded pending a review with the regulator.',
    'The regulator said it would take part in the review.',
    '“It was a fair try against a side as good as Vale,” said the Rovers coach.',
    'He said the review would take a month.',
  ];
  const regulator = saidFit(
    'what did the regulator say',
    types,
    (unit) => texts[unit] ?? null,
    plainWords,
  );
  const valeCoach = saidFit(
    'what did the vale coach say',
    types,
    (unit) => texts[unit] ?? null,
    plainWords,
  );

  it('holds against a sentence naming them only in what someone else said', () => {
    expect(regulator?.(0)).toBe(false);
  });
  it('takes one where they are the speaker', () => {
    expect(regulator?.(1)).toBe(true);
  });
  it('holds against a quotation that names them only in the quoted words', () => {
    expect(valeCoach?.(2)).toBe(false);
  });
  it('leaves to the other conditions a sentence naming them nowhere ("he said")', () => {
    expect(regulator?.(3)).toBe(true);
  });
  it('takes a speaker whose long apposition stands between them and the word of saying', () => {
    const marsh = saidFit(
      'what did marsh say',
      types,
      () =>
        "Helena Marsh, Lead author, a sleep researcher at the university's Centre for Adolescent Sleep Research (CASR), said: “It is the lurch back and forth.”",
      plainWords,
    );
    expect(marsh?.(0)).toBe(true);
  });
});

describe('the side of a word of saying its speaker stands on', () => {
  const texts = [
    'The satellite was insured through a consortium led by Harrowgate Mutual, according to an agency spokesperson.',
    'She told Radio Northshore the money had gone.',
    'The cover was confirmed, according to Harrowgate Mutual.',
    'Jailing him, the judge said Halloway had betrayed the trust of an entire town.',
    '"We never said the port should not grow," said Reinholt, outside the court.',
  ];
  const fitFor = (question: string) =>
    saidFit(question, types, (unit) => texts[unit] ?? null, plainWords);

  it('does not take the one named before "according to" for its speaker', () => {
    expect(fitFor('what did harrowgate mutual say')?.(0)).toBe(false);
  });
  it('takes the one named after it', () => {
    expect(fitFor('what did harrowgate mutual say')?.(2)).toBe(true);
  });
  it('does not take the one told for the speaker', () => {
    expect(fitFor('what did radio northshore say')?.(1)).toBe(false);
  });
  it('does not take the subject of what was said, right after the word, for the speaker', () => {
    expect(fitFor('what did halloway say to the judge')?.(3)).toBe(false);
  });
  it('takes the speaker named right after the word ("said Reinholt")', () => {
    expect(fitFor('what did reinholt say')?.(4)).toBe(true);
  });
});

describe('in a made-up article about a village fete', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Storm cancels Elmsworth village fete',
        'The Elmsworth summer fete was cancelled on Saturday morning after high winds brought down the main marquee.',
        'Organiser Priya Dunmore had spent eight months planning the event, which was expected to draw 3,000 visitors.',
        'The parish council said refunds would be offered to every stallholder.',
      ].join('\n\n'),
    );
  });

  describe('when asked "what did priya dunmore say about planning the fete"', () => {
    it('says the article does not tell, not the months she spent planning it', () => {
      expect(engine.ask('what did priya dunmore say about planning the fete').status).toBe(
        'unknown',
      );
    });
  });

  describe('when asked "what did the parish council say"', () => {
    it('answers with the refunds', () => {
      expect(engine.ask('what did the parish council say').answer).toContain('refunds');
    });
  });
});

describe('in a made-up article about a launch review', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Rocket fleet grounded after failure',
        'The Kestrel rocket broke apart two minutes after lift-off on Tuesday morning.',
        'Chief executive Anna Berg said the company had grounded its fleet pending a joint review with the national aviation regulator.',
        'Engineers at the spaceport began collecting debris from the beach on Wednesday.',
      ].join('\n\n'),
    );
  });

  describe('when asked "what did the regulator say"', () => {
    it('says the article does not tell, not what the chief executive said of it', () => {
      expect(engine.ask('what did the regulator say').status).toBe('unknown');
    });
  });

  describe('when asked "what did anna berg say"', () => {
    it('answers with the grounding', () => {
      expect(engine.ask('what did anna berg say').answer).toContain('grounded its fleet');
    });
  });
});
