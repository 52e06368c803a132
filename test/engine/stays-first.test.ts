import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { staysFirst, withEachWordLeftOut } from '../../src/engine/stays-first.ts';
import { DECISION } from '../../src/engine/tuning.ts';
import { bundledFresh, fixtureStory } from '../eval/stories.ts';

describe('when a question is read with each of its words left out', () => {
  it('leaves out each content word in turn, never a question word, filler or a short form', () => {
    expect(withEachWordLeftOut('which city did the deputy FM visit')).toEqual([
      'which did the deputy FM visit',
      'which city did the FM visit',
      'which city did the deputy FM',
    ]);
  });

  it('reads nothing of a question with one content word: there is nothing to weigh it against', () => {
    expect(withEachWordLeftOut('who won?')).toBeNull();
  });
});

describe('when the best unit is weighed with each word of the question left out', () => {
  it('stays first when every reading ranks it first', () => {
    expect(staysFirst('which city did the deputy visit', 7, () => 7)).toBe(true);
  });

  it('does not when one reading ranks another first', () => {
    const firstOf = (q: string) => (q.includes('deputy') ? 7 : 3);
    expect(staysFirst('which city did the deputy visit', 7, firstOf)).toBe(false);
  });
});

describe('on an article ingested fresh, a sentence held back by a weak match', () => {
  let cup: StoryEngine;
  let bundled: StoryEngine;
  beforeAll(async () => {
    cup = createEngine((await fixtureStory('cup-semi')).kb);
    bundled = createEngine(await bundledFresh());
  });

  describe('when asked "which league are rovers in"', () => {
    it('gives the sentence naming the division: each word of the question points at it', () => {
      const answer = cup.ask('which league are rovers in');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('third in the Westmarch Premier Division');
      expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
    });
  });

  describe('when asked "where are vale in the league"', () => {
    it('abstains: the same sentence, about Rovers, is first only through "league"', () => {
      expect(cup.ask('where are vale in the league').status).toBe('unknown');
    });
  });

  describe('when asked "which city did the deputy FM visit"', () => {
    it('names Damascus, though the article never says "city"', () => {
      const answer = bundled.ask('which city did the deputy FM visit');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('visited Damascus');
    });
  });

  describe('when asked "is russia evacuating equipment from hmeimim"', () => {
    it('abstains: a yes-or-no whose one unsaid word is its very point', () => {
      expect(bundled.ask('is russia evacuating equipment from hmeimim').status).toBe('unknown');
    });
  });
});

describe('on an article ingested fresh, a sentence giving the kind of fact asked, held back for everyday words it does not say', () => {
  let loyalty: StoryEngine;
  let byElection: StoryEngine;
  beforeAll(async () => {
    loyalty = createEngine((await fixtureStory('loyalty-card-breach')).kb);
    byElection = createEngine((await fixtureStory('kessington-by-election')).kb);
  });

  describe('when asked "how many loyalty members got hit, roughly"', () => {
    it('gives the count: "hit" and "roughly" are the reader\'s own words for what the sentence says', () => {
      const answer = loyalty.ask('how many loyalty members got hit, roughly');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('about 1.2 million members');
      expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
    });
  });

  describe('when asked "where does the money for the fund come from supposedly"', () => {
    it('says where: the sentence gives the place the money comes from, "supposedly" aside', () => {
      const answer = byElection.ask('where does the money for the fund come from supposedly');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('will come from reserves and savings');
      expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
    });
  });

  describe('when asked "how much money is actually in the council reserves"', () => {
    it('abstains: the sentence leaves unsaid "council", a word the story uses elsewhere', () => {
      expect(byElection.ask('how much money is actually in the council reserves').status).toBe(
        'unknown',
      );
    });
  });
});

describe("on an article ingested fresh, a sentence holding none of the reader's words as typed", () => {
  let exam: StoryEngine;
  let syrup: StoryEngine;
  beforeAll(async () => {
    exam = createEngine((await fixtureStory('exam-paper-leak')).kb);
    syrup = createEngine((await fixtureStory('cough-syrup-recall')).kb);
  });

  describe('when asked "who\'s the president of the chess club"', () => {
    it('abstains: "chairs the regional association" reads "president" and "club" through WordNet alone, and says nothing of chess', () => {
      expect(exam.ask("who's the president of the chess club").status).toBe('unknown');
    });
  });

  describe('when asked "where was the ceo when he talked to the press"', () => {
    it('still gives the sentence explaining every word of it by the article\'s own ("chief executive", "told reporters")', () => {
      const answer = syrup.ask('where was the ceo when he talked to the press');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('told reporters outside');
    });
  });
});
