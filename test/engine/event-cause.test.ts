import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import {
  eventCauseIn,
  givesCauseByEvent,
  givesCauseOfAsked,
} from '../../src/engine/event-cause.ts';
import { fixtureStory } from '../eval/stories.ts';

/** Each word its own and only term, as a story with no stems would index it. */
const plainTerms = (word: string) => [word];

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

  it('reads a span of something after "after" as its cause ("after two years of falling recruitment")', () => {
    expect(
      eventCauseIn('It had no alternative after two years of falling recruitment.')?.event,
    ).toBe('two years of falling recruitment');
    expect(eventCauseIn('The deal came after months of talks.')?.event).toBe('months of talks');
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
    expect(givesCauseByEvent(text, ['walkout', 'began'], plainTerms)).toBe(true);
    expect(givesCauseByEvent(text, ['drivers', 'rejected', 'offer'], plainTerms)).toBe(false);
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

describe('a cause given by a word of cause', () => {
  const cueIn = (text: string, cue: string) => ({ at: text.toLowerCase().indexOf(cue), cue });

  it('gives the cause of what comes before "because", not of the cause itself', () => {
    const text = 'The school closed because its kitchen could not prepare lunches.';
    const cue = cueIn(text, 'because');
    expect(givesCauseOfAsked(text, cue, ['school', 'closed'], plainTerms)).toBe(true);
    expect(givesCauseOfAsked(text, cue, ['kitchen', 'prepare', 'lunches'], plainTerms)).toBe(false);
  });

  it('reads what was traced or blamed as the effect, the cause after "to" or "on"', () => {
    const text = 'Investigators traced the contamination to a failed valve.';
    const cue = cueIn(text, 'traced');
    expect(givesCauseOfAsked(text, cue, ['contamination'], plainTerms)).toBe(true);
    expect(givesCauseOfAsked(text, cue, ['valve', 'failed'], plainTerms)).toBe(false);
  });

  it('leaves a word after which the effect is told to the ranking', () => {
    const text = 'The storm forced the closure of the bridge.';
    expect(givesCauseOfAsked(text, cueIn(text, 'forced'), ['bridge'], plainTerms)).toBe(true);
  });
});

describe('in the halden-boil-water article ingested fresh', () => {
  let halden: StoryEngine;
  beforeAll(async () => {
    halden = createEngine((await fixtureStory('halden-boil-water')).kb);
  });

  describe('when asked "what caused the contamination"', () => {
    it('gives the sentence tracing it to a failed valve', () => {
      const answer = halden.ask('what caused the contamination');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('failed valve');
    });
  });

  describe('when asked "why did the valve fail"', () => {
    it('abstains: the article tells what the failure led to, not why it came', () => {
      expect(halden.ask('why did the valve fail').status).toBe('unknown');
    });
  });
});
