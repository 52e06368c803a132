/** A reader's everyday words for the article itself: "this story", "the piece", "ran", "behind", "what's this about". */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = [
  'Library to close two days a week after budget cut',
  'Brambleford Library will close on Mondays and Tuesdays from 1 June, the town council said on Thursday.',
  '"We had to find £90,000 of savings this year," said council leader Anna Ferris.',
  'The library lends about 40,000 books a year and has 3,200 registered members.',
].join('\n\n');

describe('in a made-up article ingested fresh, with a byline', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE, {
      outlet: 'The Brambleford Echo',
      author: 'Owen Pryce',
    });
  });

  describe('when asked "which paper ran this story?"', () => {
    it('names the outlet', () => {
      const answer = engine.ask('which paper ran this story?');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('The Brambleford Echo');
    });
  });

  describe.each([
    'who wrote this story',
    "who's the journalist behind this piece",
    'who covered this story',
    "who's the journo behind this one",
  ])('when asked "%s"', (question) => {
    it('names the author from the byline', () => {
      const answer = engine.ask(question);
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('Owen Pryce');
    });
  });

  describe.each(["what's this about", 'what is it all about lol', "what's the story about"])(
    'when asked "%s"',
    (question) => {
      it('gives the gist: the headline and the lead', () => {
        const answer = engine.ask(question);
        expect(answer.status).toBe('answered');
        expect(answer.answer).toContain('Brambleford Library will close on Mondays');
      });
    },
  );

  describe('when asked "what\'s the article about" ("\'s" folded away with its "is")', () => {
    it('ranks the gist first, not the outlet that every question about the article matches', () => {
      expect(engine.explain("what's the article about", 1)[0]?.title).toBe(
        'What is this article about?',
      );
      expect(engine.ask("what's the article about").answer).not.toContain('was published by');
    });
  });

  describe('when asked "what\'s this server about"', () => {
    it('does not take the server for the article', () => {
      expect(engine.ask("what's this server about").status).toBe('unknown');
    });
  });

  describe('when asked "what is this story called"', () => {
    it('gives the headline', () => {
      const answer = engine.ask('what is this story called');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('Library to close two days a week');
    });
  });
});
