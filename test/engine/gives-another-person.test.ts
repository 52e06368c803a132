import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';
import { freshEngine } from '../support/one-off.ts';
import { bundledStory } from '../support/story.ts';

describe('in a made-up article about a ferry operator', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Ferry fire forces evacuation off Callow Point',
        'A fire in the engine room of the ferry Marien Star forced the evacuation of 312 passengers on Sunday evening, the Harbour Safety Authority said.',
        "The ferry's operator, Brightwater Lines, said the vessel had passed its annual safety inspection in February.",
        'Brightwater\'s chief executive, Tomas Lindqvist, apologised to passengers in a statement. "We are deeply sorry," he said.',
        'The authority has opened an investigation, led by inspector Rhona Mace.',
      ].join('\n\n'),
    );
  });

  describe('when asked "who owns brightwater lines"', () => {
    it('does not answer with a sentence whose only party is Brightwater itself', () => {
      expect(engine.ask('who owns brightwater lines').status).toBe('unknown');
    });
  });

  describe('when asked "who is leading the investigation"', () => {
    it('names the inspector', () => {
      expect(engine.ask('who is leading the investigation').answer).toContain('Rhona Mace');
    });
  });
});

describe('in a made-up article about a harbour closure', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Harbour market to close for repairs',
        'The city will close the harbour market for eight months from June while the quay wall is rebuilt, officials said on Tuesday.',
        'The Association of the Harbour Traders warned in a statement that the closure could "empty the quay one stall at a time."',
        'The council said it would offer traders temporary pitches on Mill Square.',
      ].join('\n\n'),
    );
  });

  describe('when asked "who warned the quay could be emptied one stall at a time"', () => {
    it('names the traders\' association: the "of" and "the" inside its name name no one the question asks after', () => {
      expect(
        engine.ask('who warned the quay could be emptied one stall at a time').answer,
      ).toContain('Association of the Harbour Traders');
    });
  });
});

describe('in the flood report ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('harlow-falls-flood')).kb);
  });

  describe('when asked "who was the other person rescued from the truck"', () => {
    it('does not answer "Two people were rescued…", which tells no one', () => {
      expect(engine.ask('who was the other person rescued from the truck').status).toBe('unknown');
    });
  });

  describe('when asked "who is the other spokeswoman"', () => {
    it('still answers with one named', () => {
      expect(engine.ask('who is the other spokeswoman').answer).toContain('Jenna Li');
    });
  });
});

describe('in the launch-failure article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('launch-failure')).kb);
  });

  describe('when asked "who are the other insurers in the harrowgate consortium"', () => {
    it('abstains: the card of Harrowgate Mutual names only the insurer the question names', () => {
      expect(engine.ask('who are the other insurers in the harrowgate consortium').status).toBe(
        'unknown',
      );
    });
  });

  describe('when asked "who led the insurance consortium"', () => {
    it('names Harrowgate Mutual', () => {
      expect(engine.ask('who led the insurance consortium').answer).toContain('Harrowgate Mutual');
    });
  });
});

describe('on the curated bundled story', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    ({ engine } = await bundledStory());
  });

  describe('when asked "who wants russia to leave syria, according to sharaa"', () => {
    it('says the article does not tell who, not whether Sharaa himself wants it', () => {
      const answer = engine.ask('who wants russia to leave syria, according to sharaa');
      expect(answer.status).toBe('unknown');
      expect(answer.answer).toContain('does not say who');
    });
  });

  describe('when asked "who wants strong ties with russia"', () => {
    it('still names Sharaa from the pair written for it', () => {
      expect(engine.ask('which syrian official wants strong ties with russia').answer).toContain(
        'Sharaa',
      );
    });
  });
});
