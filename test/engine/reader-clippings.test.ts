import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { plainStory } from '../support/plain-story.ts';

/**
 * A town's week in a reporter's words; readers ask in their own clipped and
 * everyday ones ("the stats guy", "headteachers", "how old's", "nick", "doc").
 */
const PASSAGES = [
  'The new timetable starts in September, the council said.',
  'Professor Ola Brandt, a statistician at Merrow University, said the results were reliable.',
  'The findings drew a cautious response from school leaders.',
  'Former councillor Ray Dunn opened the new library on Monday.',
  'Gwen Tarrant, 67, a retired schoolteacher, said the town had waited long enough.',
  'Alan Pike, the treasurer, admitted stealing £8,000 from the club.',
  'Engineers will fix the broken lifts at the station by Friday.',
  'Physicians at the clinic said waiting times had doubled.',
];

let engine: StoryEngine;
/** The answer given, or nothing when the engine abstains. */
let answerTo: (question: string) => string;
beforeAll(async () => {
  ({ engine, answerTo } = await plainStory(PASSAGES, {
    title: 'A town roundup',
    scope: 'Local news of one week.',
  }));
});

describe('when a reader says "the stats guy", a clipping the dictionary lacks', () => {
  it('reads it as the statistician, never as a slip of the story\'s "starts"', () => {
    const titles = engine.explain("who's the stats guy", 8).map((c) => c.title);
    expect(titles.some((title) => title.includes('Ola Brandt'))).toBe(true);
    expect(titles.some((title) => title.includes('timetable starts'))).toBe(false);
  });
});

describe('when a reader says "headteachers" where the article says "school leaders"', () => {
  it('ranks the school leaders first, not the words "head" and "teacher" apart', () => {
    const [best] = engine.explain('how did headteachers react', 1);
    expect(best?.title).toContain('school leaders');
  });
});

describe('when a reader asks "how old" and the story never says "old"', () => {
  it('ranks the age given first, and never the "former" councillor', () => {
    const titles = engine.explain("how old's the retired teacher", 8).map((c) => c.title);
    expect(titles[0]).toContain('Gwen Tarrant, 67');
    expect(titles.some((title) => title.includes('Former councillor'))).toBe(false);
  });
});

describe('when a reader asks how much someone "nicked" in the present tense ("nick")', () => {
  it('ranks the theft first, not read as talk of a Discord nickname', () => {
    const [best] = engine.explain('how much did he nick', 1);
    expect(best?.title).toContain('£8,000');
  });

  it('still reads "my nick" as the reader\'s own nickname, which no article holds', () => {
    expect(answerTo('whats my nick')).toBe('');
  });
});

describe('when a reader says "doc" and the story says "physicians"', () => {
  it('never reaches WordNet\'s verb "doctor" ("fix") beside the word the story says', () => {
    const titles = engine.explain('what did the doc say', 8).map((c) => c.title);
    expect(titles.some((title) => title.includes('Physicians'))).toBe(true);
    expect(titles.some((title) => title.includes('fix the broken lifts'))).toBe(false);
  });
});
