import { describe, expect, it } from 'vitest';
import {
  alternation,
  firstWordOf,
  foldText,
  quotedSpans,
  splitsAsParts,
  words,
} from '../../src/engine/text.ts';

describe('when a question names the US in capitals', () => {
  it.each(['what did the US say', 'what did the U.S. say', 'what did the USA say'])(
    'reads "%s" as the country, not the stopword "us"',
    (question) => {
      expect(words(question)).toContain('usa');
    },
  );

  it('reads a lowercase "the us" as the country, as no one puts "the" before the pronoun', () => {
    expect(words('who is the president of the us')).toContain('usa');
    expect(words('tell us what the usual fee is')).not.toContain('usa');
  });

  it('reads the country spelled out as one name, not "united" and "states" word by word', () => {
    expect(words('who was the first president of the united states')).toEqual(
      expect.arrayContaining(['usa']),
    );
    expect(words('who was the first president of the united states')).not.toContain('states');
    expect(words('is the United States of America involved')).not.toContain('america');
    expect(words('what did the united kingdom say')).toContain('uk');
    expect(words('the unions united and the states agreed')).toContain('states');
  });

  it('keeps "us" a pronoun when the whole message is in capitals', () => {
    expect(words('TELL US ABOUT THE BASES')).toContain('us');
    expect(words('tell us about the bases')).not.toContain('usa');
  });
});

describe('when a text is read from its parts', () => {
  it('reads it whole where a part ends in "the", which could make the next part\'s "us" the country', () => {
    expect(splitsAsParts(['who met the', 'us envoy'])).toBe(false);
    expect(splitsAsParts(['who met the envoy', 'us too'])).toBe(true);
  });

  it('reads it whole where a part ends in "united", which could make the next part\'s "states" the country', () => {
    expect(splitsAsParts(['the talks united', 'states and cities'])).toBe(false);
  });
});

describe('when a question quotes words', () => {
  it('finds double, curly and single quotes of two words or more', () => {
    expect(quotedSpans("what did he mean by 'in the way that some wish'")).toEqual([
      'in the way that some wish',
    ]);
    expect(quotedSpans('she said “current stage”?')).toEqual(['current stage']);
    expect(quotedSpans('what does "concretizing the opportunities" mean')).toEqual([
      'concretizing the opportunities',
    ]);
  });

  it('takes neither apostrophes nor a single quoted word for a quote', () => {
    expect(quotedSpans("what's assad's and russia's deal")).toEqual([]);
    expect(quotedSpans('what does "substantive" mean')).toEqual([]);
  });
});

describe('when a text says "won\'t"', () => {
  it('reads it as "will not", leaving no "won" behind', () => {
    expect(words("we won't rush him")).toEqual(['we', 'will', 'not', 'rush', 'him']);
    expect(words('who won the final')).toContain('won');
  });
});

describe('when a reader writes "tl;dr"', () => {
  it('reads it as the one word "tldr", however it is punctuated', () => {
    expect(words('give me a TL;DR pls')).toEqual(['give', 'me', 'a', 'tldr', 'pls']);
    expect(words('tl:dr of the article')).toEqual(['tldr', 'of', 'the', 'article']);
  });
});

describe('when a rule is built from a list of words', () => {
  it('matches any one of them as written', () => {
    const pattern = new RegExp(`^${alternation(['the', 'a.m.'])}$`);
    expect(pattern.test('the')).toBe(true);
    expect(pattern.test('a.m.')).toBe(true);
    expect(pattern.test('axmx')).toBe(false);
  });

  it('matches nothing when the list is missing', () => {
    expect(new RegExp(alternation([])).test('')).toBe(false);
    expect(new RegExp(alternation([])).test('the')).toBe(false);
  });
});

describe("when a message's tokens are read one by one", () => {
  const tokens = ['Russia’s', 'US', 'us', "won't", 'Café', '£5m', 'TL', "Mayor's"];

  it('reads each as the first of its words, the first time and every time after', () => {
    for (let round = 0; round < 2; round++) {
      for (const token of tokens) expect(firstWordOf(token)).toBe(words(token)[0] ?? '');
    }
    expect(firstWordOf('Russia’s')).toBe('russia');
    expect(firstWordOf("won't")).toBe('will');
  });
});

describe('when a folded text is folded again', () => {
  /** Folds as many other texts as the fold keeps, so the next is folded afresh. */
  const forgetFoldings = () => {
    for (let i = 0; i < 16; i++) foldText(`another text, number ${i}`);
  };

  it.each([
    "What did Syria's president say about Russia's base?",
    'Who said it — and when … exactly?',
    "Why won't the mayor's office say?",
    // A currency sign reads anew once the possessive after it is gone.
    "How much was the $'s 5 fee",
    // A mention reads as one once lowercased.
    'Did @Everyone hear the news',
    'what did the US say about the United States and the us',
    'Was the fee 5k or $5m, and the tl;dr?',
  ])('splits "%s" as folding its folding afresh would', (text) => {
    const folded = foldText(text);
    const kept = words(folded);
    forgetFoldings();
    expect(kept).toEqual(words(folded));
  });
});
