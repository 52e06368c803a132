import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { LeadingChat } from '../../src/engine/leading-chat.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

/** A story that says only these words. */
const storyWords = new Set(['corrigan', 'jenna', 'club', 'survey', 'chairman', 'rovers']);
const filler = new Set([
  'by',
  'how',
  'much',
  'is',
  'the',
  'who',
  'did',
  'what',
  'whats',
  'when',
  'on',
  'about',
  'to',
  'it',
  'no',
  'was',
  'lol',
  'ok',
  'but',
  'so',
  'if',
  'u',
]);
const chat = new LeadingChat(
  LANGUAGE.smallTalk,
  LANGUAGE.openers,
  (word) => storyWords.has(word),
  (word) => !filler.has(word),
);

describe('the chat a reader types before the question', () => {
  describe('when the lead-in names nothing of the story ("sorry if dumb q but who is jenna corrigan")', () => {
    it('reads the question from its question word on', () => {
      expect(chat.questionOf('sorry if dumb q but who is jenna corrigan')).toBe(
        'who is jenna corrigan',
      );
      expect(chat.questionOf('okok when did the club say no')).toBe('when did the club say no');
      expect(chat.questionOf('hey storybot, whats the survey about the club')).toBe(
        'whats the survey about the club',
      );
    });

    it('reads past an auxiliary set off by a break or a joining word', () => {
      expect(chat.questionOf('alr: did the club agree')).toBe('did the club agree');
      expect(chat.questionOf('random thought but is the club sold')).toBe('is the club sold');
    });
  });

  describe('when the words before the question word say something of the story', () => {
    it('keeps them: "in the survey, what share opposed it"', () => {
      expect(chat.questionOf('in the survey, what share opposed it')).toBe(
        'in the survey, what share opposed it',
      );
      expect(chat.questionOf('according to the chairman whats the loss')).toBe(
        'according to the chairman whats the loss',
      );
    });
  });

  describe('when only filler leads up to the question word ("by how much did the club lose")', () => {
    it('keeps it: it weighs nothing, and may be part of what is asked', () => {
      expect(chat.questionOf('by how much did the club lose')).toBe(
        'by how much did the club lose',
      );
    });
  });

  describe('when one word is all the question holds ("first base, second base, who\'s on third")', () => {
    it('keeps the words before it, which may be what it asks about', () => {
      expect(chat.questionOf("first base, second base, who's on third")).toBe(
        "first base, second base, who's on third",
      );
    });
  });

  describe('when the message is a statement ("today was rough", "the bot is broken lol")', () => {
    it('does not read its verb as the start of a question', () => {
      expect(chat.questionOf('today was rough')).toBe('today was rough');
      expect(chat.questionOf('the bot is broken lol')).toBe('the bot is broken lol');
    });
  });

  describe('when a question word comes first ("what did they say about who is to blame")', () => {
    it('cuts nothing after it', () => {
      expect(chat.questionOf('what did they say about who is to blame')).toBe(
        'what did they say about who is to blame',
      );
    });
  });

  describe('when the reader quotes words ("who said \'honestly, is it over\'")', () => {
    it('leaves the message as it is', () => {
      expect(chat.questionOf("ok who said 'honestly, is it over'")).toBe(
        "ok who said 'honestly, is it over'",
      );
    });
  });
});

describe('on a football takeover story ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('club-takeover')).kb);
  });
  const text = (answer: Answer) => (answer.status === 'answered' ? answer.answer : '');

  describe('when asked "sorry if dumb q but who is Jenna Corrigan"', () => {
    it('answers as it does "who is Jenna Corrigan": the rugby club\'s spokeswoman', () => {
      const plain = engine.ask('who is Jenna Corrigan');
      const chatted = engine.ask('sorry if dumb q but who is Jenna Corrigan');
      expect(chatted.status).toBe('answered');
      expect(text(chatted)).toContain('spokeswoman for the rugby league club');
      expect(text(chatted)).toBe(text(plain));
    });
  });

  describe('when chat no list holds leads up to the question ("okok", "alr,", "idk if u can answer this but")', () => {
    it.each([
      'okok who is Jenna Corrigan',
      'alr, who is Jenna Corrigan',
      'idk if u can answer this but who is Jenna Corrigan',
    ])('still answers "%s"', (question) => {
      expect(text(engine.ask(question))).toContain('spokeswoman for the rugby league club');
    });
  });
});
