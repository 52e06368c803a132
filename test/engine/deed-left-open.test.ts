import { beforeAll, describe, expect, it } from 'vitest';
import { deedAsked, deedAskedOpen, deedDoneByNobodyNamed } from '../../src/engine/deed-asked.ts';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { STOPWORDS } from '../../src/engine/stopwords.ts';
import { freshEngine } from '../support/one-off.ts';

const isFiller = (word: string) => STOPWORDS.has(word);
const deedOf = (question: string) => deedAsked(question, isFiller, () => false);
// As the index reads them, roughly: "signed" and "sign" are one word.
const stem = (word: string) => word.replace(/(?:ed|s)$/, '');
const sameWord = (a: string, b: string) => stem(a) === stem(b);

describe('the deed a "who … going to" question asks the doer of', () => {
  it('is the verb after "going to" or "gonna" ("who is going to open the library")', () => {
    expect(deedOf('who is going to open the library')).toBe('open');
    expect(deedOf('whos gonna pay for the repairs')).toBe('pay');
    expect(deedOf("who's going to pay")).toBe('pay');
  });
});

describe('whether a text says a deed only as an open question on who did it', () => {
  const asked = 'Cllr Reed questioned who had signed off the change.';
  describe('when asked "who signed off the change"', () => {
    it('is: "questioned who had signed off the change" asks it, telling no one', () => {
      expect(deedAskedOpen('who signed off the change', 'signed', asked, sameWord)).toBe(true);
      expect(deedDoneByNobodyNamed('who signed off the change', 'signed', asked, sameWord)).toBe(
        true,
      );
    });
    it('is not where "who" tells of the one who did it ("Ms Lane, who signed off the change")', () => {
      const told = 'Ms Lane, who signed off the change, said it was safe.';
      expect(deedAskedOpen('who signed off the change', 'signed', told, sameWord)).toBe(false);
      expect(deedDoneByNobodyNamed('who signed off the change', 'signed', told, sameWord)).toBe(
        false,
      );
    });
    it('is not where the text also says it done by someone ("was signed off by Ms Lane")', () => {
      const both = `${asked} It was signed off by Ms Lane.`;
      expect(deedAskedOpen('who signed off the change', 'signed', both, sameWord)).toBe(false);
    });
  });
  describe('when asked "who dropped the warning"', () => {
    it('is: "people deserve to know who dropped it" tells no one', () => {
      const text = 'People in this town deserve to know who dropped it and why.';
      expect(deedAskedOpen('who dropped the warning', 'dropped', text, sameWord)).toBe(true);
    });
  });
});

const ARTICLE = [
  'Volunteers take over Ashby Green library',
  'Ashby Green Library will be run by a community trust from July, the council said on Tuesday.',
  'The handover is expected to take place on Monday 1 July, with an official reopening of the library planned for Saturday 6 July.',
  "The trust's chair, Mary Dunn, said volunteers would run the library six days a week.",
  'Councillor Tom Reed said the building’s fire risk rating had been lowered last month, and questioned who had signed off the change.',
].join('\n\n');

describe('in a made-up report of a library handed to volunteers, ingested fresh', () => {
  let library: StoryEngine;
  beforeAll(async () => {
    library = await freshEngine(ARTICLE);
  });

  describe('when asked "who signed off lowering the fire risk rating"', () => {
    it('says the article does not say, quoting the councillor asking it too', () => {
      const answer = library.ask('who signed off lowering the fire risk rating');
      expect(answer.status).toBe('unknown');
      expect(answer.answer).toContain('does not say');
      expect(answer.quote?.text).toContain('questioned who had signed off the change');
    });
  });

  describe('when asked "who is going to open the library at the reopening on 6 july"', () => {
    it('does not answer with the reopening date, which names no one opening it', () => {
      expect(
        library.ask('who is going to open the library at the reopening on 6 july').status,
      ).toBe('unknown');
      expect(library.ask('whos gonna open the library on 6 july').status).toBe('unknown');
    });
  });

  describe('when asked "who is going to run the library"', () => {
    it('still answers with a sentence saying who will run it', () => {
      const answer = library.ask('who is going to run the library');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text ?? answer.answer).toMatch(
        /\brun by a community trust|would run the library/,
      );
    });
  });
});
