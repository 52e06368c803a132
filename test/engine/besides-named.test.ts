import { beforeAll, describe, expect, it } from 'vitest';
import { besidesNamedFit } from '../../src/engine/besides-named.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { NamedKinds } from '../../src/engine/named-kind.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';
import { freshEngine } from '../support/one-off.ts';

const texts = [
  'Elsford Primary closed because its kitchen could not safely prepare lunches.',
  'Elsford Primary and Kelby Infants closed on Tuesday.',
  'Surveys also turned up old tunnels under the road.',
  null,
];
const names = new Set(['elsford', 'kelby']);
const namedKinds = new NamedKinds(LANGUAGE);
const fitFor = (question: string) =>
  besidesNamedFit(
    question,
    (word) => names.has(word),
    (unit) => texts[unit] ?? null,
    (text, asked) => namedKinds.namesOtherThan(text, asked),
  );

describe('the condition a question setting aside one it names sets', () => {
  describe('when asked "Which other schools besides Elsford Primary closed?"', () => {
    const holds = fitFor('Which other schools besides Elsford Primary closed?');

    it('holds an answer naming only the school set aside against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes one naming another school', () => {
      expect(holds?.(1)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(3)).toBe(true);
    });
  });

  it.each(['besides the tunnels, what else did surveys turn up', 'which schools closed'])(
    'sets none on "%s", which sets aside nothing the story names',
    (question) => {
      expect(fitFor(question)).toBeNull();
    },
  );
});

describe('the condition a "who" asking who came before or after one it names sets', () => {
  const cards = ['Priya Lomond', null, null];
  const lomond = [
    'Priya Lomond — 52, has been its principal since 2015',
    null,
    'Tom Hale ran the school before her.',
  ];
  const beforeLomond = besidesNamedFit(
    'who was principal before priya lomond',
    (word) => word === 'lomond' || word === 'priya' || word === 'hale',
    (unit) => lomond[unit] ?? null,
    (text, asked) => namedKinds.namesOtherThan(text, asked),
    (unit) => (cards[unit] ? [cards[unit]] : []),
  );

  it("holds the card of the one it names against it, whatever the card's text names", () => {
    expect(beforeLomond?.(0)).toBe(false);
  });
  it('takes a sentence naming someone else', () => {
    expect(beforeLomond?.(2)).toBe(true);
  });
  it('sets none on "who ran the school before the merger", which names no one', () => {
    expect(
      besidesNamedFit(
        'who ran the school before the merger',
        () => false,
        () => null,
        () => true,
      ),
    ).toBeNull();
  });
});

const SCHOOL = [
  'Keystone music school marks fifty years',
  'Keystone, the music school in Harlow Bay, celebrated its fiftieth year on Saturday with a concert by former pupils.',
  '"Every child who walks in here is a musician," said Priya Lomond, 52, who arrived at Keystone aged nine and has been its principal since 2015.',
  'The school began with 14 pupils in a single room; it now has 620 students.',
].join('\n\n');

describe('in a made-up report of a music school ingested fresh', () => {
  let school: StoryEngine;
  beforeAll(async () => {
    school = await freshEngine(SCHOOL);
  });

  describe('when asked "who was principal before priya lomond"', () => {
    it('does not answer with her own card: she is not the one asked', () => {
      expect(school.ask('who was principal before priya lomond').status).toBe('unknown');
    });
  });

  describe('when asked "who is the principal"', () => {
    it('still names her', () => {
      expect(school.ask('who is the principal').answer).toContain('Priya Lomond');
    });
  });
});

describe('in the boil notice report ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('boil-notice-ecoli')).kb);
  });

  describe('when asked "Which other schools besides Elsford Primary closed?"', () => {
    it('abstains: the article names no other school closed', () => {
      expect(engine.ask('Which other schools besides Elsford Primary closed?').status).toBe(
        'unknown',
      );
    });
  });
});
