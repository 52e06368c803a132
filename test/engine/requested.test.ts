import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { FutureQuestions } from '../../src/engine/future.ts';
import { answersWithADemand, requestFit } from '../../src/engine/requested.ts';
import { WhetherQuestions } from '../../src/engine/untold.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

const whether = new WhetherQuestions(LANGUAGE, new FutureQuestions(LANGUAGE));
const texts = [
  'The residents asked for a full inquiry into the closure.',
  'The Gazette asked the council whether it would reopen the pool.',
  'The council turned down a full inquiry.',
  'A volunteer was asked to help prepare the accounts.',
  null,
];
const condition = (question: string) =>
  requestFit(question, whether, (unit) => texts[unit] ?? null);

describe('the condition a question whether something is so sets on requests', () => {
  describe('when asked "did they get a full inquiry"', () => {
    const holds = condition('did they get a full inquiry');

    it('holds a sentence telling only that it was asked for against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('holds a sentence telling only what a reporter asked against it', () => {
      expect(holds?.(1)).toBe(false);
    });
    it('takes a sentence telling what came of it', () => {
      expect(holds?.(2)).toBe(true);
    });
    it('takes a sentence telling what someone was asked to do', () => {
      expect(holds?.(3)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(4)).toBe(true);
    });
  });

  it.each([
    'did they ask for a full inquiry',
    'has anyone called for an inquiry',
    'who asked for the inquiry',
  ])('sets none on "%s"', (question) => {
    expect(condition(question)).toBeNull();
  });
});

describe('when asked "will the government approve the emergency funding"', () => {
  it('is not answered by a sentence telling only that the council would ask for it', () => {
    const holds = requestFit(
      'will the government approve the emergency funding',
      whether,
      () => 'The council would ask the government for emergency funding.',
    );
    expect(holds?.(0)).toBe(false);
  });
});

describe('when asked "will the £42m actually get spent on cleaning up the river?"', () => {
  it('is not answered by a sentence telling only that campaigners would press for it', () => {
    const holds = requestFit(
      'will the £42m actually get spent on cleaning up the river?',
      whether,
      () =>
        'Campaigners said they would now press for the full £42 million to be spent on the river.',
    );
    expect(holds?.(0)).toBe(false);
  });
});

describe('when asked "did the company comment"', () => {
  it('is answered by a sentence telling that it did not respond to requests for comment', () => {
    const holds = requestFit(
      'did the company comment',
      whether,
      () => 'The company did not respond to requests for comment on Friday.',
    );
    expect(holds?.(0)).toBe(true);
  });

  it('is not answered by one telling only that comment was requested', () => {
    const holds = requestFit(
      'did the company comment',
      whether,
      () => 'The Courier requested comment from the company on Friday.',
    );
    expect(holds?.(0)).toBe(false);
  });
});

describe('when asked "did the spokeswoman say people should just trust them?"', () => {
  it('is answered by her remark that they are not asking people to take it on trust', () => {
    const holds = requestFit(
      'did the spokeswoman say people should just trust them?',
      whether,
      () =>
        'Halden spokeswoman Priya Castell said: “We are not asking people to take this on trust”',
    );
    expect(holds?.(0)).toBe(true);
  });
});

describe('a yes-or-no answered by a demand', () => {
  const demand =
    '"We are being told to wait." He added that the agency should bring in a second contractor.';

  describe('when asked "will the agency bring in a second contractor like reid wants"', () => {
    const question = 'will the agency bring in a second contractor like reid wants';

    it('is not answered by a sentence telling only that someone said it should be', () => {
      expect(answersWithADemand(question, whether, demand)).toBe(true);
    });
    it('is answered by a sentence telling what the agency will do', () => {
      expect(
        answersWithADemand(question, whether, 'The agency will bring in a second contractor.'),
      ).toBe(false);
    });
    it('trusts an answer written for its questions', () => {
      expect(answersWithADemand(question, whether, null)).toBe(false);
    });
  });

  it("reads no demand in a speaker's own words quoted, nor in one denied", () => {
    const question = 'is the alliance against the port expanding at all';
    expect(
      answersWithADemand(question, whether, '"We never said the port should not grow," he said.'),
    ).toBe(false);
    expect(
      answersWithADemand(question, whether, 'Reinholt never said the port should stop growing.'),
    ).toBe(false);
  });

  it.each(['did reid ask for a second contractor', 'who wants a second contractor'])(
    'is no matter on "%s", which asks about the asking or asks no yes-or-no',
    (question) => {
      expect(answersWithADemand(question, whether, demand)).toBe(false);
    },
  );
});

describe('in the landslide-repair article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('landslide-repair')).kb);
  });

  describe('when asked "will the agency bring in a second contractor like reid wants"', () => {
    it('abstains: the article tells only that Reid said it should', () => {
      expect(
        engine.ask('will the agency bring in a second contractor like reid wants').status,
      ).toBe('unknown');
    });
  });
});

describe('in the kessington-by-election article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('kessington-by-election')).kb);
  });

  describe('when asked "did they get the full recount or nah"', () => {
    it('tells that the full recount was turned down, not that one was asked for', () => {
      const answer = engine.ask('did they get the full recount or nah');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('turned down a full recount');
    });
  });
});
