import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { eventCauseIn, givesCauseByEvent } from '../../src/engine/event-cause.ts';
import { fixtureStory } from '../eval/stories.ts';

const plainSameWord = (a: string, b: string) => a === b;

describe('a cause told by the event something followed', () => {
  it('reads "after", "amid" and "following" before an event as its cause', () => {
    const bridge = eventCauseIn('The bridge was shut at midnight after water reached its deck.');
    expect(bridge?.event).toBe('water reached its deck');
    expect(bridge?.outcome.trim()).toBe('the bridge was shut at midnight');
    expect(eventCauseIn('Shares fell amid fears of a recall.')?.event).toBe('fears of a recall');
    expect(eventCauseIn('It closed following an inspection, the trust said.')?.event).toBe(
      'an inspection',
    );
  });

  it('reads no cause in a moment after "after"', () => {
    expect(eventCauseIn('The river peaked just after 3 a.m. Monday.')).toBeNull();
    expect(eventCauseIn('The march set off shortly after 6pm.')).toBeNull();
    expect(eventCauseIn('The dispute was settled after eight days.')).toBeNull();
    expect(eventCauseIn('It was fined the following year.')).toBeNull();
    expect(eventCauseIn('Levels fell week after week.')).toBeNull();
  });

  it('gives the cause of what followed, not of the event itself', () => {
    const text = 'The walkout began on September 26 after drivers rejected an offer.';
    expect(givesCauseByEvent(text, ['walkout', 'began'], plainSameWord)).toBe(true);
    expect(givesCauseByEvent(text, ['drivers', 'rejected', 'offer'], plainSameWord)).toBe(false);
  });
});

describe('on articles ingested fresh, a "why" answered by the event the deed followed', () => {
  let flood: StoryEngine;
  let ecoli: StoryEngine;
  let busPay: StoryEngine;
  beforeAll(async () => {
    flood = createEngine((await fixtureStory('harlow-falls-flood')).kb);
    ecoli = createEngine((await fixtureStory('boil-notice-ecoli')).kb);
    busPay = createEngine((await fixtureStory('bus-pay-deal')).kb);
  });

  describe('when asked "why was the center street bridge shut"', () => {
    it('tells it was shut after water reached its deck', () => {
      const answer = flood.ask('why was the center street bridge shut');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('after water reached its deck');
    });
  });

  describe('when asked "Why were cafes already struggling?"', () => {
    it('tells they were struggling after a quiet autumn', () => {
      const answer = ecoli.ask('Why were cafes already struggling?');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('after a quiet autumn');
    });
  });

  describe('when asked "why did drivers reject the offer"', () => {
    it('abstains: the walkout followed the rejection, which the article gives no cause for', () => {
      expect(busPay.ask('why did drivers reject the offer').status).toBe('unknown');
    });
  });
});
