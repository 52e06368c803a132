/**
 * "What kind of company is Fernside" (`kindToldFit`, `src/engine/kind-told.ts`):
 * where no answer tells the kind by its word, one that speaks of "the
 * company" and names no Fernside does not answer; one naming the thing asked
 * about may tell its kind in other words, and so may a list of names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

let recall: StoryEngine;
let wildfire: StoryEngine;
let drought: StoryEngine;
beforeAll(async () => {
  recall = createEngine((await fixtureStory('baby-food-recall')).kb);
  wildfire = createEngine((await fixtureStory('moorland-wildfire')).kb);
  drought = createEngine((await fixtureStory('hosepipe-ban')).kb);
}, 60_000);

describe('when asked "what kind of company is fernside"', () => {
  it('is not answered by a sentence saying only "the company", of another firm', () => {
    const answer = recall.ask('what kind of company is fernside');
    expect(answer.answer).not.toContain('said the company had acted');
  });
});

describe('when asked the kind of a thing an answer names', () => {
  it('answers "what kind of land does ravensett have" with the sentence on its land', () => {
    const answer = wildfire.ask('what kind of land does ravensett have');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('grouse moor');
  });

  it('answers "what sort of places are kestleigh and harrowdean" with the list of places', () => {
    const answer = drought.ask('what sort of places are kestleigh and harrowdean');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toMatch(/^Places in the article/);
  });
});
