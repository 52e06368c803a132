import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import {
  mayHoldTypedCapitals,
  ShortForms,
  shortFormLetters,
} from '../../src/engine/short-forms.ts';
import { fixtureStory } from '../eval/stories.ts';

function shortFormsOf(texts: string[], roles: string[] = [], names: string[] = []): ShortForms {
  return new ShortForms(() => ({ texts, roles, personNameWords: new Set(names) }));
}

describe('when the article spells out a name a reader may type by its initials', () => {
  it('reads the initials with its connectors passed over or counted', () => {
    const forms = shortFormsOf(['A Department for Transport spokesperson said on Wednesday.']);
    expect(forms.phrasesOf('DFT')).toEqual([['department', 'for', 'transport']]);
    expect(forms.phrasesOf('DT')).toEqual([['department', 'for', 'transport']]);
  });

  it('reads a name without the place before it, as readers leave it out', () => {
    const forms = shortFormsOf(["Sara Lind, president of the Westmoor Students' Union, said."]);
    expect(forms.phrasesOf('SU')).toEqual([['students', 'union']]);
    expect(forms.phrasesOf('WSU')).toEqual([['westmoor', 'students', 'union']]);
  });

  it("reads no run across a full stop, and none of a person's name alone", () => {
    const forms = shortFormsOf(
      ['"It was closed," said Rachel Doyle. Police arrived.'],
      [],
      ['rachel', 'doyle'],
    );
    expect(forms.phrasesOf('RD')).toEqual([]);
    expect(forms.phrasesOf('DP')).toEqual([]);
  });

  it('reads the roles given to people, without whose they are', () => {
    const forms = shortFormsOf([], ['Westmoor University’s chief operating officer', 'Judge']);
    expect(forms.phrasesOf('COO')).toEqual([['chief', 'operating', 'officer']]);
  });
});

describe('when a reader types a word that may be a short form', () => {
  it.each([
    ['has the DfT said yes yet', 'dft', 'DFT'],
    ['why so many HGVs there', 'hgvs', 'HGV'],
    ['what did the dvla say', 'dvla', 'DVLA'],
  ])('reads "%s" (%s) as %s', (question, word, letters) => {
    expect(shortFormLetters(question, word)).toBe(letters);
  });

  it.each([
    ['how did it go', 'how'],
    ['wat did she say', 'wat'],
    ['who got it', 'got'],
    ['is it safe rn', 'rn'],
    ['WHAT DID THE DFT SAY', 'dft'],
  ])('reads "%s" (%s) as no short form', (question, word) => {
    expect(shortFormLetters(question, word)).toBeNull();
  });

  it("reads each question's own capitals, one question after another", () => {
    expect(shortFormLetters('has the DfT said yes yet', 'dft')).toBe('DFT');
    expect(shortFormLetters('has the dft said yes yet', 'dft')).toBeNull();
    expect(shortFormLetters('has the DfT said yes yet', 'dft')).toBe('DFT');
  });

  it("reads a reader's own word as one only when typed in capitals", () => {
    expect(shortFormLetters('who is the MD', 'md', true)).toBe('MD');
    expect(shortFormLetters('how is the govt doing', 'govt', true)).toBeNull();
  });
});

describe('whether a question may hold a word typed in capitals', () => {
  it('is whether it holds two capitals with only lowercase letters between, in any script', () => {
    const pattern = /\p{Lu}\p{Ll}*\p{Lu}/u;
    const letters = [
      'a',
      'Z',
      ' ',
      '-',
      '’',
      'é',
      'É',
      'ß',
      'Ω',
      'ω',
      'ǅ',
      'ʰ',
      '中',
      '𝐀',
      '𝐚',
      '\ud800',
      '7',
    ];
    let seed = 7;
    const texts = [
      'Russia’s involvement in Syria',
      'the DfT',
      'HGVs',
      'ÉTAT',
      'ΩωΩ',
      'Aǅa',
      'A𝐚𝐀',
      'A\ud800B',
    ];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = 0; i < 6; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += letters[seed % letters.length];
      }
      texts.push(text);
    }
    for (const text of texts)
      expect([text, mayHoldTypedCapitals(text)]).toEqual([text, pattern.test(text)]);
  });
});

describe('when asked "did the DfT say whether the grant could change?"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('tram-line-delay')).kb);
  });

  it('answers with what the Department for Transport said', () => {
    const answer = engine.ask('did the DfT say whether the grant could change?');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Department for Transport spokesperson');
  });

  it('does not name the DfT spokesperson the article leaves unnamed', () => {
    expect(engine.ask("what's the name of the DfT spokesperson who commented").status).toBe(
      'unknown',
    );
  });
});

describe('when asked "what unit does DI Fairlie run?"', () => {
  it('reads DI as the Detective Inspector the article writes', async () => {
    const engine = createEngine((await fixtureStory('council-ransomware')).kb);
    const answer = engine.ask('what unit does DI Fairlie run?');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('regional cybercrime unit');
  });
});
