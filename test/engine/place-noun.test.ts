import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { AnswerTypes } from '../../src/engine/intent.ts';
import { placeNounsIn } from '../../src/engine/place-noun.ts';
import { freshStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

// Kinds as WordNet gives them, every level up, for the nouns these texts use.
const KINDS = new Map<string, readonly string[]>([
  ['home', ['abode', 'housing', 'location', 'lodging', 'residence', 'structure']],
  ['storeroom', ['room', 'structure']],
  ['area', ['location']],
  ['summer', ['period', 'quantity']],
  ['statement', ['indication', 'message']],
  ['point', ['component', 'location']],
]);
const kindsOf = (word: string) => KINDS.get(word);

describe('whether a text places something by a common noun of place', () => {
  it('reads a noun of place after a preposition of place, its article or owner between', () => {
    expect(placeNounsIn('Pryce was arrested at his home at about 6.30am.', kindsOf)).toEqual([
      'home',
    ]);
    expect(
      placeNounsIn('The pieces were kept in the palace storerooms before the raid.', kindsOf),
    ).toEqual(['storerooms']);
    expect(
      placeNounsIn('The cat will stay in an off-show holding area until Monday.', kindsOf),
    ).toEqual(['area']);
  });

  it('reads no time, message or point of an argument as a place', () => {
    expect(placeNounsIn('Anglers raised the alarm in the summer of 2020.', kindsOf)).toEqual([]);
    expect(placeNounsIn('The company said in a statement that it was sorry.', kindsOf)).toEqual([]);
    expect(placeNounsIn('At this point nobody knows.', kindsOf)).toEqual([]);
  });

  it('reads it only with the kinds at hand', () => {
    const types = new AnswerTypes({ ...LANGUAGE.cues, kinds: KINDS });
    expect(types.placeNounsIn('Pryce was arrested at his home at about 6.30am.')).toEqual(['home']);
    expect(new AnswerTypes(LANGUAGE.cues).placeNounsIn('Pryce was arrested at his home.')).toEqual(
      [],
    );
  });
});

const ARTICLE = `Man jailed over concert ticket scam

A man who sold fake concert tickets to more than 300 fans has been jailed for two years.

Daniel Marsh, 34, took more than £40,000 through listings on resale websites between March and August last year, the court heard.

Marsh was arrested at his home at about 6.30am on 11 October.

Detectives said most of the money had been spent on holidays and a leased car.

Judge Helen Price said he had shown "a complete disregard" for his victims.
`;

describe('on an article ingested fresh, a "where" answered by a noun of place', () => {
  let dir: string;
  let engine: StoryEngine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'place-noun-'));
    const file = path.join(dir, 'article.txt');
    await writeFile(file, ARTICLE);
    engine = createEngine(
      await freshStory(file, {
        title: 'Man jailed over concert ticket scam',
        outlet: 'The Test Courier',
        author: null,
        date: '2025-01-10',
        url: null,
      }),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  describe('when asked "where was he arrested"', () => {
    it('gives the sentence placing the arrest at his home', () => {
      const answer = engine.ask('where was he arrested');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text ?? answer.answer).toContain('at his home');
    });
  });
});
