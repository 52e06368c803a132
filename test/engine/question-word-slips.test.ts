/**
 * A slip of the question word ("wich court", "whta time") sets the question
 * the same conditions as the word typed right: it must not leave the engine
 * surer of an answer than the question spelt right would.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { withQuestionWordsPlain } from '../../src/engine/question-word-slips.ts';
import { fixtureStory } from '../eval/stories.ts';
import { plainStory } from '../support/plain-story.ts';

const noNames = () => false;

describe('when a reader slips on the question word', () => {
  it.each([
    ['wich court ruled', 'which court ruled'],
    ['whta time is kick-off', 'what time is kick-off'],
    ['waht happened', 'what happened'],
    ['wen did it flood', 'when did it flood'],
  ])('reads "%s" as "%s"', (typed, meant) => {
    expect(withQuestionWordsPlain(typed, noNames)).toBe(meant);
  });

  it.each([
    ['were they warned', 'an English word'],
    ['hows the team', 'a contraction the dictionary knows as a word'],
    ['so is it over or wat', 'chat shorthand read as filler'],
    ['is it over tho', 'a word whose first letter differs'],
  ])('leaves "%s" as typed (%s)', (typed) => {
    expect(withQuestionWordsPlain(typed, noNames)).toBe(typed);
  });

  it.each([
    ['wat time did the fire start', 'what time did the fire start'],
    ['wut day was the vote', 'what day was the vote'],
    ['ok but wht date is it', 'ok but what date is it'],
  ])('reads "%s", chat shorthand asking of the word after it, as "%s"', (typed, meant) => {
    expect(withQuestionWordsPlain(typed, noNames)).toBe(meant);
  });

  it('reads "whos the captain", its "is" contracted without the apostrophe, as "who\'s the captain"', () => {
    expect(withQuestionWordsPlain('whos the captain', noNames)).toBe("who's the captain");
  });

  it('reads "whens the vote", a rare noun of the dictionary, as "when\'s the vote"', () => {
    expect(withQuestionWordsPlain('whens the vote', noNames)).toBe("when's the vote");
  });

  it.each([
    ['howmany births were there', 'how many births were there'],
    ['whois the coach', 'who is the coach'],
    ['whatdid she say', 'what did she say'],
  ])('reads "%s", the question word run together, as "%s"', (typed, meant) => {
    expect(withQuestionWordsPlain(typed, noNames)).toBe(meant);
  });

  it.each([
    ['however did it happen', 'an English word'],
    ['whoever wrote it', 'an English word'],
  ])('leaves "%s" as typed (%s)', (typed) => {
    expect(withQuestionWordsPlain(typed, noNames)).toBe(typed);
  });

  it('leaves a word the story writes as a name', () => {
    expect(withQuestionWordsPlain('wich said what', (word) => word === 'wich')).toBe(
      'wich said what',
    );
  });
});

describe('when asked "wich court overturned the castelane tribunal"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('port-valdora-ruling')).kb);
  });

  it('answers as it answers the question spelt right', () => {
    const typed = engine.ask('wich court overturned the castelane tribunal');
    const spelt = engine.ask('which court overturned the castelane tribunal');
    expect(typed.status).toBe(spelt.status);
    expect(typed.match).toEqual(spelt.match);
  });

  it('does not answer with the sentence naming only the tribunal the reader named', () => {
    expect(engine.ask('wich court overturned the castelane tribunal').status).toBe('unknown');
  });
});

describe('when asked "whos the union\'s regional organiser"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('bus-pay-deal')).kb);
  });

  it('does not answer a "who" with the list of organisations', () => {
    const answer = engine.ask("whos the union's regional organiser");
    expect(answer.answer).not.toMatch(/^Organizations in the article/);
    expect(answer.status).toBe(engine.ask("who's the union's regional organiser").status);
  });

  it('still reads "whos on first base" as the meme it is', () => {
    expect(engine.ask('whos on first base').status).toBe('unknown');
    expect(engine.ask("who's on first base").status).toBe('unknown');
  });
});

describe('when asked "whens the dial a ride going to start"', () => {
  let rankedFirst: (question: string) => string;
  beforeAll(async () => {
    ({ rankedFirst } = await plainStory([
      'The dial a ride service will start with 12 vans and a depot in the town.',
      'The dial a ride service is due to begin in September, the council said.',
    ]));
  });

  it('ranks first when it begins, as for "when\'s"', () => {
    expect(rankedFirst('whens the dial a ride going to start')).toContain('begin in September');
  });
});

describe('when asked "wat time did they send the boil notice out"', () => {
  let ecoli: StoryEngine;
  beforeAll(async () => {
    ecoli = createEngine((await fixtureStory('boil-notice-ecoli')).kb);
  }, 60_000);

  it('ranks first the sentence giving the time, as for "what time"', () => {
    expect(ecoli.explain('wat time did they send the boil notice out', 1)[0]?.title).toContain(
      '9.40pm',
    );
  });
});

describe('when a long question holds a slip among many words', () => {
  it.each([
    [
      'I read that Russia’s base at Tartous was closed — Wich court ruled on it, and when…?',
      'I read that Russia’s base at Tartous was closed — which court ruled on it, and when…?',
    ],
    [
      'Someone said the “lease” ended early, wat time did they announce it?',
      'Someone said the “lease” ended early, what time did they announce it?',
    ],
    [
      'Someone told me the port closed — whích court ruled on it?',
      'Someone told me the port closed — which court ruled on it?',
    ],
    [
      'My friend keeps telling me the café closed, howmany people worked there?',
      'My friend keeps telling me the café closed, how many people worked there?',
    ],
  ])('reads "%s" as "%s"', (typed, meant) => {
    expect(withQuestionWordsPlain(typed, noNames)).toBe(meant);
  });

  it('leaves a question holding none as typed', () => {
    const typed =
      'Is it really true that Russia’s lease of Tartous port was terminated — what exactly happened there and why does it matter?';
    expect(withQuestionWordsPlain(typed, noNames)).toBe(typed);
  });
});
