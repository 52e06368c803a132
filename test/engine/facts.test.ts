import { beforeAll, describe, expect, it } from 'vitest';
import { ShownSentences } from '../../src/engine/facts.ts';
import { type AnswerUnit, answerUnits } from '../../src/engine/units.ts';
import { haldenFresh } from '../eval/stories.ts';

let units: AnswerUnit[];
let shown: ShownSentences;
beforeAll(async () => {
  units = answerUnits(await haldenFresh());
  shown = new ShownSentences(units);
});

/** The index of the unit offered as this question. */
function unitTitled(title: string): number {
  const index = units.findIndex((u) => u.title === title);
  expect(index, title).toBeGreaterThanOrEqual(0);
  return index;
}

const leadSentence = () => {
  const lead = units.findIndex((u) => u.kind === 'sentence');
  return shown.of(lead);
};

describe('the sentences an article-wide question shows', () => {
  it('are none for the outlet, the byline and the lists, which only cite the lead to ground them', () => {
    for (const title of [
      'Which outlet published this article?',
      'Who wrote this article?',
      'Which places are mentioned in the article?',
      'Who are the people in the article?',
    ]) {
      expect(shown.of(unitTitled(title)), title).toEqual([]);
    }
  });

  it('are the lead for the gist and the headline, which tell what the lead says', () => {
    expect(leadSentence()).toHaveLength(1);
    expect(shown.of(unitTitled('What is this article about?'))).toEqual(leadSentence());
    expect(shown.of(unitTitled('What is the headline?'))).toEqual(leadSentence());
  });
});

describe('the sentences a dated event shows', () => {
  it('are the sentence its answer tells', () => {
    const event = units.findIndex(
      (u) => u.kind === 'qa' && u.pair.generated === true && u.title.startsWith('What happened'),
    );
    expect(event).toBeGreaterThanOrEqual(0);
    expect(shown.of(event)).toHaveLength(1);
  });
});
