import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { NameSlips } from '../../src/engine/name-slips.ts';
import { bundledFresh, fixtureStory, freshStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

/** An article naming two people who share a surname. */
const TWO_OKAFORS = `Teachers in Brookfield walked out on Monday over pay.

Dana Okafor, president of the Brookfield Teachers Union, said the strike would go on until the board made a better offer.

Sandra Okafor, a parent of two pupils at Hillside Primary, said families were struggling to find childcare.
`;

/** Two people sharing a surname, and two more; the story uses "the mayor" and "river beds". */
const PEOPLE = new NameSlips(
  [
    { name: 'Dana Okafor', aliases: ['Okafor', 'Ms Okafor'] },
    { name: 'Sandra Okafor', aliases: ['Mrs Okafor'] },
    { name: 'Callum Reid', aliases: ['Reid'] },
    { name: 'Daniel Marsh', aliases: ['Marsh'] },
  ],
  (word) => ['the', 'mayor', 'river', 'beds'].includes(word),
);

describe('a "who is" naming one of the story\'s people with a slip', () => {
  describe('when asked "who is calum reed"', () => {
    it('reads the name as the story writes it', () => {
      expect(PEOPLE.read('who is calum reed').question).toBe('who is Callum Reid');
    });
  });

  describe('when asked "whos dana okafer?"', () => {
    it('reads the one person both words fit, the slipped surname included', () => {
      expect(PEOPLE.read('whos dana okafer?')).toEqual({
        question: 'whos Dana Okafor?',
        ambiguous: false,
      });
    });
  });

  describe('when asked "who is dan marsh" or "who is al marsh"', () => {
    it('reads a first name cut short, and a particle the story does not write', () => {
      expect(PEOPLE.read('who is dan marsh').question).toBe('who is Daniel Marsh');
      expect(PEOPLE.read('who is al marsh').question).toBe('who is Daniel Marsh');
    });
  });

  describe('when asked "who is okafor" or "who is okafer"', () => {
    it('guesses neither of the two people the surname fits', () => {
      expect(PEOPLE.read('who is okafor').ambiguous).toBe(true);
      expect(PEOPLE.read('who is okafer').ambiguous).toBe(true);
    });
  });

  describe('when asked "who is the mayor" or "who is sandra reed"', () => {
    it('leaves words the story uses as themselves, and a name no one fits whole', () => {
      expect(PEOPLE.read('who is the mayor')).toEqual({
        question: 'who is the mayor',
        ambiguous: false,
      });
      expect(PEOPLE.read('who is sandra reed')).toEqual({
        question: 'who is sandra reed',
        ambiguous: false,
      });
    });
  });

  describe('when asked "who is Reid"', () => {
    it('leaves a name the story gives as typed', () => {
      expect(PEOPLE.read('who is Reid').question).toBe('who is Reid');
    });
  });
});

describe('on an article ingested fresh, a "who is" with a slipped name', () => {
  let landslide: StoryEngine;
  let bundled: StoryEngine;
  beforeAll(async () => {
    landslide = createEngine((await fixtureStory('landslide-repair')).kb);
    bundled = createEngine(await bundledFresh());
  });

  describe('when asked "who is calum reed"', () => {
    it('answers Callum Reid\'s card, though "reed" is an English word', () => {
      const answer = landslide.ask('who is calum reed');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('Callum Reid');
    });
  });

  describe('when asked "who is al sharaa"', () => {
    it("answers Sharaa's card, the particle aside", () => {
      const answer = bundled.ask('who is al sharaa');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('Sharaa');
    });
  });
});

describe('on an article naming two Okafors, ingested fresh', () => {
  let engine: StoryEngine;
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'storydesk-name-slips-'));
    const file = path.join(scratch, 'article.txt');
    await writeFile(file, TWO_OKAFORS);
    engine = createEngine(
      await freshStory(file, {
        title: 'Brookfield teachers strike',
        outlet: 'Brookfield Post',
        author: 'Jo Lane',
        date: null,
        url: null,
      }),
    );
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  describe('when asked "who is okafor"', () => {
    it('abstains: either of them could be meant', () => {
      expect(engine.ask('who is okafor').status).toBe('unknown');
    });
  });

  describe('when asked "who is dana okafer"', () => {
    it("answers Dana Okafor's card", () => {
      const answer = engine.ask('who is dana okafer');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('Dana Okafor');
    });
  });
});

describe('when a reader opens a "who is" with words of their own ("um so who is calum reed")', () => {
  const people = [{ name: 'Callum Reid', aliases: ['Reid'] }];

  it("reads past general English's openers to the name", () => {
    const slips = new NameSlips(people, () => false, LANGUAGE);
    expect(slips.read('um so who is calum reed').question).toBe('um so who is Callum Reid');
  });

  it('reads past none without general English', () => {
    const slips = new NameSlips(people, () => false);
    expect(slips.read('um so who is calum reed').question).toBe('um so who is calum reed');
  });
});
