import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';
import { freshEngine } from '../support/one-off.ts';

/** A made-up report giving one resident's age and not another's. */
const FERRY_REPORT = [
  'Island faces winter without its ferry',
  'The island ferry will stop running on 1 December, its operator said on Tuesday.',
  'Evelyn Markham, a retired teacher who has lived on the island since 1971, said she would go to the public meeting.',
  'Hamish Orr, 71, a retired fisherman, said older residents were worried about hospital visits.',
  'The ferry was built in 1983 and carries 40 cars.',
].join('\n');

describe('on an article ingested fresh, asked how old someone is', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(FERRY_REPORT);
  });

  describe('when asked "how old is evelyn markham" of an article that never gives her age', () => {
    it('does not answer with the year she moved there', () => {
      const answer = engine.ask('how old is evelyn markham');
      expect(answer.status).toBe('unknown');
    });
  });

  describe('when asked "how old is hamish orr"', () => {
    it('gives the age written after his name', () => {
      const answer = engine.ask('how old is hamish orr');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('71');
    });
  });

  describe('when asked "how old is the ferry"', () => {
    it("still tells a thing's age by the year it was built", () => {
      const answer = engine.ask('how old is the ferry');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('1983');
    });
  });
});

describe('when asked "how old was he when he passed" of the obituary fixture', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('jazz-pianist-obituary')).kb);
  });

  it('does not answer with the year a class began ("run since 2022")', () => {
    const answer = engine.ask('how old was he when he passed');
    expect(answer.answer).not.toContain('since 2022');
  });

  it('still gives his age when asked how old he was when he died', () => {
    expect(engine.ask('how old was he when he died').answer).toContain('aged 86');
  });
});

/** A made-up match report giving a player's age only as "the 24-year-old", and a son's beside his name. */
const CUP_REPORT = [
  'Ten men lift the county cup',
  'Harrowgate beat Calder Vale 2-1 in the county cup final on Saturday.',
  'Striker Joel Mensah-Hart was carried off with a knee injury after 20 minutes.',
  'Manager Marta Keslar said the 24-year-old had been taken to hospital for a scan.',
  'Club president Ruth Ashdown watched from the stand.',
  'Her son Tom Ashdown, 55, a sound engineer, said the noise was the loudest he had heard.',
].join('\n');

describe('on an article ingested fresh, asked the age of someone named', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(CUP_REPORT);
  });

  describe('when asked "how old is ruth ashdown", whose son\'s age alone is given', () => {
    it("does not give her son's age as hers", () => {
      expect(engine.ask('how old is ruth ashdown').answer).not.toContain('55');
    });
  });

  describe('when asked "how old is marta keslar", who tells a player\'s age', () => {
    it("does not give the player's age as hers", () => {
      expect(engine.ask('how old is marta keslar').answer).not.toContain('24-year-old');
    });
  });

  describe('when asked "how old is tom ashdown"', () => {
    it('gives the age written beside his name', () => {
      const answer = engine.ask('how old is tom ashdown');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('55');
    });
  });

  describe('when asked "how old is ruth\'s son"', () => {
    it("gives the age beside her son's name", () => {
      expect(engine.ask("how old is ruth's son").answer).toContain('55');
    });
  });
});

/** A made-up court report giving a buyer's age, and none of her sister's. */
const FRAUD_REPORT = [
  'Ticket fraudster jailed',
  'A man who sold fake concert tickets online was jailed for three years on Friday.',
  'One of those who lost out was Chloe Ashdown, 22, a trainee nurse, who paid £310 for two tickets as a present for her sister.',
  'The court heard he made £180,000 from the scheme.',
].join('\n');

describe('on an article ingested fresh, asked the age of someone told only by their relation to someone named', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(FRAUD_REPORT);
  });

  describe('when asked "how old is chloe\'s sister"', () => {
    it("does not give Chloe's own age as her sister's", () => {
      const answer = engine.ask("how old is chloe's sister");
      expect(answer.status).toBe('unknown');
    });
  });

  describe('when asked "how old is chloe"', () => {
    it('still gives her age', () => {
      expect(engine.ask('how old is chloe ashdown').answer).toContain('22');
    });
  });
});
