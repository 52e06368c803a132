import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { AnswerTypes } from '../../src/engine/intent.ts';
import { withoutEventsAsked } from '../../src/engine/once-event.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

const types = new AnswerTypes(LANGUAGE.cues);

describe('a moment told by an event still to come', () => {
  it('answers a "when": "would review its grant once the panel had reported"', () => {
    expect(types.canAnswer('date', 'It would review its grant once the panel had reported.')).toBe(
      true,
    );
    expect(
      types.canAnswer('date', 'There will be a review as soon as the systems are back up.'),
    ).toBe(true);
  });

  it('answers after a verb of intent: "intended to bring the team back as soon as a suitable site can be secured"', () => {
    expect(
      types.canAnswer(
        'date',
        'It intended to bring the team back as soon as a suitable site can be secured.',
      ),
    ).toBe(true);
  });

  it('is no moment when "once" tells what something was, or how often', () => {
    expect(types.canAnswer('date', "The mill, once the town's largest employer, shut.")).toBe(
      false,
    );
    expect(types.canAnswer('date', 'The panel will meet once a day.')).toBe(false);
    expect(types.canAnswer('date', 'The panel plans to meet once a fortnight.')).toBe(false);
  });

  it('is no moment when "only once" sets a condition', () => {
    expect(
      types.canAnswer(
        'date',
        'The trust would reopen the unit only once it could show inspectors.',
      ),
    ).toBe(false);
  });

  it('is blanked out when its clause holds the very event asked about', () => {
    const folded = 'damage teams will start work once the river drops below flood stage.';
    expect(withoutEventsAsked(folded, ['river', 'drop', 'flood', 'stage'])).not.toContain('once');
    expect(withoutEventsAsked(folded, ['damage', 'teams', 'start'])).toContain('once');
  });
});

describe('on an article ingested fresh, a "when will" answered by what must happen first', () => {
  let lab: StoryEngine;
  let flood: StoryEngine;
  beforeAll(async () => {
    lab = createEngine((await fixtureStory('trial-lab-suspended')).kb);
    flood = createEngine((await fixtureStory('harlow-falls-flood')).kb);
  });

  describe('when asked "When will Fenwick review the grant?"', () => {
    it('gives the sentence saying it would review its grant once the panel had reported', () => {
      const answer = lab.ask('When will Fenwick review the grant?');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('once the panel had reported');
    });
  });

  describe('when asked "When is the river expected to drop below flood stage?"', () => {
    it('does not give what will happen once the river drops', () => {
      const answer = flood.ask('When is the river expected to drop below flood stage?');
      expect(answer.quote?.text ?? '').not.toContain('once the river drops');
    });
  });
});
