import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { closingWordsOf, TrailingChat } from '../../src/engine/trailing-chat.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

/** A story that says only these words. */
const storyWords = new Set(['mayor', 'fine', 'club', 'survey', 'lost', 'water', 'advance']);
/** Words that weigh nothing: stopwords and chat. */
const filler = new Set(
  'who what when how much many is was the a it did does do i im my am or bc pls explain like u bot lol thx in if should ty no'.split(
    ' ',
  ),
);
const chat = new TrailingChat(
  closingWordsOf(LANGUAGE),
  (word) => storyWords.has(word),
  (word) => !filler.has(word),
);

describe('the chat a reader types after the question', () => {
  describe('when asked "how much was the fine bc im lost"', () => {
    it('reads the question up to where the reader turns to themselves', () => {
      expect(chat.questionOf('how much was the fine bc im lost')).toBe('how much was the fine');
      expect(chat.questionOf('who is the mayor pls explain like im 5')).toBe(
        'who is the mayor pls explain like',
      );
    });

    it('cuts "or am i trippin" at its joining word', () => {
      expect(chat.questionOf('did the club sell the survey or am i trippin')).toBe(
        'did the club sell the survey',
      );
    });
  });

  describe('when asked "when does the club open lmk", "who is the mayor tyy"', () => {
    it('reads past chat the story never says', () => {
      expect(chat.questionOf('when does the club open lmk')).toBe('when does the club open');
      expect(chat.questionOf('who is the mayor tyy')).toBe('who is the mayor');
      expect(chat.questionOf('is the water safe?? thx in advance')).toBe('is the water safe??');
    });
  });

  describe('when the words after the question may be what it asks', () => {
    it('keeps "i" after an auxiliary or a question word: "how much water should i drink a day"', () => {
      expect(chat.questionOf('how much water should i drink a day')).toBe(
        'how much water should i drink a day',
      );
      expect(chat.questionOf('my club fled when i started singing lmao')).toBe(
        'my club fled when i started singing lmao',
      );
    });

    it('keeps a chat word English also has ("server movie night", "any help")', () => {
      expect(chat.questionOf('when is the next server movie night')).toBe(
        'when is the next server movie night',
      );
      expect(chat.questionOf('is the club getting any help')).toBe('is the club getting any help');
    });

    it('keeps a second question: "yo bot are you sentient or nah"', () => {
      expect(chat.questionOf('idk if u can answer this but yo bot are you sentient or nah')).toBe(
        'idk if u can answer this but yo bot are you sentient or nah',
      );
    });

    it('keeps a request after chat: "can I ask something? bot tell me a joke"', () => {
      expect(chat.questionOf('can I ask something? bot tell me a joke')).toBe(
        'can I ask something? bot tell me a joke',
      );
      expect(chat.questionOf('can someone help me fix a python error in my loop')).toBe(
        'can someone help me fix a python error in my loop',
      );
    });

    it('keeps chat after chat: "can I ask something? ngl im bored, wanna play 20 questions"', () => {
      expect(chat.questionOf('can I ask something? ngl im bored, wanna play 20 questions')).toBe(
        'can I ask something? ngl im bored, wanna play 20 questions',
      );
    });

    it('keeps what the reader quotes', () => {
      expect(chat.questionOf('who said "im lost in the survey"')).toBe(
        'who said "im lost in the survey"',
      );
    });
  });

  describe('when nothing after the cut would weigh, or too little would be left', () => {
    it('leaves the message as typed', () => {
      expect(chat.questionOf('who is the mayor lol')).toBe('who is the mayor lol');
      expect(chat.questionOf('what is it im confused')).toBe('what is it im confused');
    });
  });
});

describe('on a football takeover story ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('club-takeover')).kb);
  });
  const text = (answer: Answer) => (answer.status === 'answered' ? answer.answer : '');

  describe('when chat follows the question ("bc im lost", "pls explain like im 5")', () => {
    it.each(['who is Jenna Corrigan bc im lost', 'who is Jenna Corrigan pls explain like im 5'])(
      'answers "%s" as it does "who is Jenna Corrigan"',
      (question) => {
        expect(text(engine.ask(question))).toContain('spokeswoman for the rugby league club');
        expect(text(engine.ask(question))).toBe(text(engine.ask('who is Jenna Corrigan')));
      },
    );
  });

  describe('when asked "how much water should i drink a day"', () => {
    it('still answers nothing: the reader\'s "i" is what is asked', () => {
      expect(engine.ask('how much water should i drink a day').status).not.toBe('answered');
    });
  });
});
