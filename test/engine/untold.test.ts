import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { FutureQuestions } from '../../src/engine/future.ts';
import type { QueryTerm } from '../../src/engine/query-terms.ts';
import { notKnownReader, untoldFit, WhetherQuestions } from '../../src/engine/untold.ts';
import { LANGUAGE } from '../support/language.ts';
import { freshEngine } from '../support/one-off.ts';

const whether = new WhetherQuestions(LANGUAGE, new FutureQuestions(LANGUAGE));
const saysOnlyNotKnown = notKnownReader(LANGUAGE);

describe('a sentence saying only that a fact is not known', () => {
  it.each([
    'Whether Varga will play again this season remains unclear.',
    'He declined to say when the rocket would return to flight.',
    'It is not yet clear how many homes were damaged.',
    'He said it was too early to say how many of those cases were linked to the water supply.',
    'It gave no timetable.',
  ])('is told in "%s"', (text) => {
    expect(saysOnlyNotKnown(text)).toBe(true);
  });

  it.each([
    'Varga was carried off with a torn knee ligament.',
    'It remains unclear what will become of preparatory works already carried out at the site, including the clearing of roughly 6 hectares of scrubland on the northern quay.',
  ])('is not read into "%s"', (text) => {
    expect(saysOnlyNotKnown(text)).toBe(false);
  });
});

describe('a question asking whether something is so', () => {
  it.each([
    'will varga play again this season',
    'is saltmere gonna appeal or nah',
    'did they give a date for the next flight',
    'so has the club said anything',
    'when will the power be back on',
  ])('is told in "%s"', (question) => {
    expect(whether.asks(question)).toBe(true);
  });

  it.each(['whats wrong with varga', 'how many homes were damaged', 'which court would hear it'])(
    'is not read into "%s"',
    (question) => {
      expect(whether.asks(question)).toBe(false);
    },
  );
});

describe('the condition a question after a fact sets', () => {
  const term = (word: string, group: number): QueryTerm => ({
    term: word,
    certainty: 1,
    isQuestionWord: false,
    strangeness: 'known',
    credit: 1,
    group,
  });
  const texts = [
    'Whether Varga will play again this season remains unclear.',
    'Varga was carried off with a torn knee ligament.',
    null,
  ];
  const termsOf: ReadonlySet<string>[] = [
    new Set(['varga', 'plai', 'season']),
    new Set(['varga', 'knee']),
    new Set(),
  ];
  const holds = untoldFit(
    'whats wrong with varga',
    [term('wrong', 0), term('varga', 1)],
    (unit) => {
      const text = texts[unit];
      return text != null && saysOnlyNotKnown(text);
    },
    (unit) => termsOf[unit] ?? new Set<string>(),
    whether,
  );

  it('holds a sentence saying some other fact is not known against it', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes a sentence telling a fact', () => {
    expect(holds?.(1)).toBe(true);
  });
  it('trusts an answer written for its questions', () => {
    expect(holds?.(2)).toBe(true);
  });
  it('takes a sentence saying the very fact asked is not known', () => {
    const condition = untoldFit(
      'how many homes were damaged',
      [term('home', 0), term('damag', 1)],
      () => saysOnlyNotKnown('It is not yet clear how many homes were damaged.'),
      () => new Set(['home', 'damag', 'clear']),
      whether,
    );
    expect(condition?.(0)).toBe(true);
  });
  it('holds it against a question naming only whom it asks about', () => {
    const condition = untoldFit(
      'what happened to varga',
      [term('varga', 0)],
      () => saysOnlyNotKnown('Whether Varga will play again this season remains unclear.'),
      () => new Set(['varga', 'plai', 'season']),
      whether,
      (t) => t === 'varga',
    );
    expect(condition?.(0)).toBe(false);
  });
  describe('asked nothing but a name whose card says only that something is not known', () => {
    // "What is Kelbrook?": its card drafted from the one sentence naming it,
    // "The Regional Cyber Crime Unit in Kelbrook … declined to comment further."
    const cardText =
      'The Regional Cyber Crime Unit in Kelbrook confirmed it was working with the company but declined to comment further.';
    const cardNames: (ReadonlySet<string> | null)[] = [
      new Set(['kelbrook']),
      new Set(['region', 'cyber', 'crime', 'unit']),
      null,
    ];
    const condition = untoldFit(
      'what is kelbrook',
      [term('kelbrook', 0)],
      () => saysOnlyNotKnown(cardText),
      () => new Set(['region', 'cyber', 'crime', 'unit', 'kelbrook', 'comment']),
      whether,
      (t) => t === 'kelbrook',
      (unit) => cardNames[unit] ?? null,
    );

    it('takes the card of the very thing named', () => {
      expect(condition?.(0)).toBe(true);
    });
    it('still holds it against the card of another thing', () => {
      expect(condition?.(1)).toBe(false);
    });
    it('still holds it against a sentence', () => {
      expect(condition?.(2)).toBe(false);
    });
  });
  it('sets none on a question asking whether', () => {
    expect(
      untoldFit(
        'will varga play again',
        [term('varga', 0)],
        () => false,
        () => new Set(),
        whether,
      ),
    ).toBeNull();
  });
});

describe('in a made-up article about a striker hurt in a draw', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Ashby striker hurt in draw with Corley',
        "Ashby Town striker Leon Varga was carried off with a torn knee ligament in the first half of Saturday's 1-1 draw with Corley Athletic.",
        'Whether Varga will play again this season remains unclear.',
        'Manager Paul Redding said the club would know more after a scan on Tuesday.',
        'It is not yet clear how many tickets were sold for the match.',
        'Corley scored first through Dean Mallory before Ashby equalised late on.',
      ].join('\n\n'),
    );
  });

  describe('when asked "whats wrong with varga"', () => {
    it('ranks his injury first, not that his return is unclear', () => {
      expect(engine.explain('whats wrong with varga', 1)[0]?.title).toContain('torn knee ligament');
    });
  });

  describe('when asked "will varga play again this season"', () => {
    it('ranks the sentence saying nobody knows yet first', () => {
      expect(engine.explain('will varga play again this season', 1)[0]?.title).toContain(
        'remains unclear',
      );
    });
  });

  describe('when asked "how many tickets were sold"', () => {
    it('ranks the sentence saying that is not yet clear first', () => {
      expect(engine.explain('how many tickets were sold', 1)[0]?.title).toContain(
        'how many tickets were sold',
      );
    });
  });
});
