import { beforeAll, describe, expect, it } from 'vitest';
import { figuresIn } from '../../src/engine/figures.ts';
import { words } from '../../src/engine/text.ts';
import { plainStory } from '../support/plain-story.ts';

describe('when a reader writes a figure in shorthand ("180k", "4.2bn", "£6m")', () => {
  it('reads it as the article would write it', () => {
    expect(words('the 180k')).toEqual(['the', '180', '000']);
    expect(figuresIn('the 180k')).toEqual(new Set(['180000']));
    expect(words('worth 4.2bn')).toEqual(['worth', '4', '2', 'billion']);
    expect(words('a £6m deal')).toEqual(['a', 'pound', '6', 'million', 'deal']);
  });

  it('leaves a figure of metres alone ("the 100m sprint")', () => {
    expect(words('the 100m sprint')).toEqual(['the', '100m', 'sprint']);
  });
});

const PASSAGES = [
  'The mayor said the town has already spent about $180,000 on overtime, sandbags and pumps.',
  'About 40 homes were flooded on Sunday night.',
];

let answerTo: (question: string) => string;
beforeAll(async () => {
  ({ answerTo } = await plainStory(PASSAGES, { title: 'Flood costs', scope: 'A flood.' }));
});

describe('when asked "what\'s the 180k been spent on" of an article saying $180,000', () => {
  it('answers with what the town spent it on', () => {
    expect(answerTo("what's the 180k been spent on")).toContain('overtime, sandbags and pumps');
  });
});
