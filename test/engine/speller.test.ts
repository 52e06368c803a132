import { describe, expect, it } from 'vitest';
import {
  COMMON_ENGLISH_WORDS,
  EVERYDAY_ENGLISH_WORDS,
  looksEnglish,
} from '../../src/engine/common-words.ts';
import { damerauLevenshtein, Speller } from '../../src/engine/speller.ts';

const speller = new Speller(
  [
    'zakharova',
    'bogdanov',
    'hmeimim',
    'tartous',
    'assad',
    'base',
    'bases',
    'headline',
    'about',
    'asylum',
    'granted',
    'when',
    'the',
    'stance',
    'god',
    'lose',
  ],
  COMMON_ENGLISH_WORDS,
  EVERYDAY_ENGLISH_WORDS,
);

describe('when a reader misspells a word the story uses', () => {
  it.each([
    ['zakarova', 'zakharova'],
    ['bogdanv', 'bogdanov'],
    ['khmeimim', 'hmeimim'],
    ['tartus', 'tartous'],
    ['asad', 'assad'],
    ['baes', 'base'],
    ['abbout', 'about'],
    ['wen', 'when'],
    ['teh', 'the'],
    ['granteed', 'granted'],
    ['asulym', 'asylum'],
  ])('reads "%s" as "%s"', (typed, meant) => {
    expect(speller.correct(typed)).toBe(meant);
  });

  it('undoubles a held key even when the result typed is itself a word ("basses")', () => {
    expect(speller.correct('basses')).toBe('bases');
  });

  it('undoubles an everyday word into another everyday word ("loose" for "lose")', () => {
    expect(speller.correct('loose')).toBe('lose');
  });
});

describe('when a reader types "good" and the story says "an act of God"', () => {
  it('reads "good" as typed, not as the rarer word or name one letter away', () => {
    expect(speller.correct('good')).toBeNull();
  });
});

describe('when a reader types a real word the story does not use', () => {
  it.each(['deadline', 'bake', 'rain'])('leaves "%s" alone', (typed) => {
    expect(speller.correct(typed)).toBeNull();
  });

  it('does not stretch two edits over a six-letter name ("france" is not "stance")', () => {
    expect(speller.correct('france')).toBeNull();
  });

  it('does not bend gibberish into a story word', () => {
    expect(speller.correct('asdfgh')).toBeNull();
  });
});

describe('the edit distance', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(damerauLevenshtein('sharaa', 'sharra')).toBe(1);
    expect(damerauLevenshtein('baes', 'base')).toBe(1);
  });
});

describe('when deciding whether an unknown word is a name the story lacks', () => {
  it('treats a slip of an ordinary word as ordinary, not as a foreign name', () => {
    expect(looksEnglish('speical')).toBe(true);
    expect(looksEnglish('exmaple')).toBe(true);
    expect(looksEnglish('ths')).toBe(true);
    expect(looksEnglish('ukraine')).toBe(false);
    expect(looksEnglish('erdogan')).toBe(false);
  });

  it('knows British and American spellings alike ("sceptical", "emphasise", "skeptical")', () => {
    for (const word of ['sceptical', 'emphasise', 'defence', 'skeptical', 'emphasize']) {
      expect(COMMON_ENGLISH_WORDS.has(word)).toBe(true);
    }
  });
});
