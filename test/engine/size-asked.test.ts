import { beforeAll, describe, expect, it } from 'vitest';
import { DECISION } from '../../src/engine/tuning.ts';
import { type PlainStory, plainStory } from '../support/plain-story.ts';

describe('when a "how big" is asked of a thing the article gives a size in a unit', () => {
  let story: PlainStory;
  beforeAll(async () => {
    story = await plainStory(
      [
        'The brewery is asking £495,000 for the building, its car park and a half-acre paddock.',
        'The site, covering about 85 hectares, was bought by a developer for £14.5m in 2021.',
        'A developer has outline plans for up to 1,200 homes, a 40-megawatt solar farm and space for light industry.',
        'Meanwhile, around 300 tonnes of rock fell from the cliffs on Friday.',
        'The fossil was found by a boy walking his dog below the cliffs.',
        'A builder has offered £540,000 for the building, the car park and the paddock.',
        'The plans for the solar farm split opinion at a public consultation in May.',
        'The site was bought by the developer after years of talks.',
      ],
      { title: 'Land sale', scope: 'A village pub and its land.' },
    );
  });

  describe('when asked "how big is the paddock"', () => {
    it('gives "a half-acre paddock": the size before the thing is that thing\'s', () => {
      const answer = story.engine.ask('how big is the paddock');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('half-acre paddock');
      expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
    });
  });

  describe('when asked "how big is the site"', () => {
    it('gives "The site, covering about 85 hectares": the size after the thing, past linking words', () => {
      expect(story.answerTo('how big is the site')).toContain('85 hectares');
    });
  });

  describe('when asked "how big is the solar farm going to be"', () => {
    it('gives "a 40-megawatt solar farm", a word between the size and the thing', () => {
      expect(story.answerTo('how big is the solar farm going to be')).toContain('40-megawatt');
    });
  });

  describe('when asked "how big is the rock slab"', () => {
    it('abstains: "300 tonnes of rock" weighs the rock that fell, not the slab', () => {
      expect(story.answerTo('how big is the rock slab')).toBe('');
    });
  });
});
