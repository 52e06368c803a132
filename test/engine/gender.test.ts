import { describe, expect, it } from 'vitest';
import { GenderCues } from '../../src/engine/gender.ts';
import { words } from '../../src/engine/text.ts';

/** Reads sentences in order, each given as the people it names outside quotes and its text. */
function read(sentences: readonly { named: string[]; text: string }[]): GenderCues<string> {
  const cues = new GenderCues<string>();
  let alone: string | null = null;
  for (const { named, text } of sentences) {
    const first = named[0];
    const after = first === undefined ? [] : words(text.slice(text.indexOf(first) + first.length));
    alone = cues.readSentence({ named, text, afterFirst: after }, alone);
  }
  return cues;
}

describe('reading an article for who is "he" and who "she"', () => {
  describe('when a sentence names one person alone and goes on with "she"', () => {
    it('takes that person to be a woman', () => {
      const cues = read([{ named: ['Whitlock'], text: 'Whitlock said she would resign.' }]);
      expect(cues.genderOf('Whitlock')).toBe('she');
    });
  });

  describe('when a sentence names two people', () => {
    it('ties its pronoun to neither', () => {
      const cues = read([
        { named: ['Whitlock', 'Delgado'], text: 'Whitlock told Delgado she would resign.' },
      ]);
      expect(cues.genderOf('Whitlock')).toBeNull();
      expect(cues.genderOf('Delgado')).toBeNull();
    });
  });

  describe('when a sentence naming nobody opens with "He"', () => {
    it('gives him to the person the sentence before named alone', () => {
      const cues = read([
        { named: ['Delgado'], text: 'Delgado said the driver had gone around a barricade.' },
        { named: [], text: 'He urged residents to stay away.' },
      ]);
      expect(cues.genderOf('Delgado')).toBe('he');
    });

    it('gives him to nobody when the sentence before named two people', () => {
      const cues = read([
        { named: ['Delgado', 'Pike'], text: 'Delgado and Pike visited the site.' },
        { named: [], text: 'He urged residents to stay away.' },
      ]);
      expect(cues.genderOf('Delgado')).toBeNull();
    });
  });

  describe('when a title says one gender and a pronoun the other', () => {
    it('believes the title', () => {
      const cues = new GenderCues<string>();
      cues.addStrong('Pike', 'she');
      cues.readSentence(
        {
          named: ['Pike'],
          text: 'Pike said he was wrong.',
          afterFirst: words('said he was wrong'),
        },
        null,
      );
      expect(cues.genderOf('Pike')).toBe('she');
      expect(cues.canStandFor('Pike', 'he')).toBe(false);
    });
  });
});
