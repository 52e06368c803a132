import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { storyOfPassages } from '../support/story.ts';

describe('a "how old" question one sentence answers with an age', () => {
  const engine = createEngine(
    storyOfPassages([
      'Lindqvist is the new harbourmaster.',
      'Lindqvist, 52, spent most of her working life as a ferry captain in the northern fjords.',
    ]),
  );

  describe('when asked "how old is lindqvist"', () => {
    it('ranks first the sentence giving her age, not the shorter one naming her', () => {
      const [best] = engine.explain('how old is lindqvist', 1);
      expect(best?.title).toContain('Lindqvist, 52,');
    });
  });
});

describe('a "what time" question one sentence answers with a time of day', () => {
  const engine = createEngine(
    storyOfPassages([
      'The result was announced by the returning officer.',
      'The result was announced at 2.47am, after a long partial recount of the ballots.',
    ]),
  );

  describe('when asked "what time was the result announced"', () => {
    it('ranks first the sentence giving the time of day', () => {
      const [best] = engine.explain('what time was the result announced', 1);
      expect(best?.title).toContain('2.47am');
    });
  });
});

describe('a "what day" question one sentence answers with a weekday', () => {
  const engine = createEngine(
    storyOfPassages([
      'The court delivered its ruling in March.',
      'The court delivered its long-awaited ruling on Wednesday, ending a two-year dispute.',
    ]),
  );

  describe('when asked "what day did the court deliver its ruling"', () => {
    it('ranks first the sentence naming the weekday, not the one naming only the month', () => {
      const [best] = engine.explain('what day did the court deliver its ruling', 1);
      expect(best?.title).toContain('on Wednesday');
    });
  });
});

describe('a question asking for a share ("what %") one sentence answers with a percentage', () => {
  const engine = createEngine(
    storyOfPassages([
      'Okafor won 7,801 votes.',
      'Okafor took 15.7 per cent of the vote, the worst result for her party in the ward since records began.',
    ]),
  );

  describe('when asked "what % did okafor get"', () => {
    it('ranks first the sentence giving her share, not the one giving another number', () => {
      const [best] = engine.explain('what % did okafor get', 1);
      expect(best?.title).toContain('15.7 per cent');
    });
  });
});

describe('a "what time" question the article gives only a date for', () => {
  const engine = createEngine(
    storyOfPassages([
      'The bank raised its rate on Thursday in a statement released at 2 p.m.',
      "The committee's next decision is due on April 24, and markets expect another rise.",
    ]),
  );

  describe('when asked "what time will the april 24 announcement be"', () => {
    it('does not answer with the sentence giving only the day', () => {
      const answer = engine.ask('what time will the april 24 announcement be');
      expect(answer.answer).not.toContain('due on April 24');
    });
  });
});
