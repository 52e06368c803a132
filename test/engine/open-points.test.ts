import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const FIRE = [
  'Warehouse fire closes Dunmore industrial estate',
  'A fire at a furniture warehouse on the Dunmore industrial estate forced the closure of six neighbouring businesses on Tuesday, Kestrel Fire and Rescue Service said.',
  'About 40 firefighters spent nine hours bringing the blaze under control. Nobody was injured, but the roof of the Oakline Furniture depot collapsed shortly after 3pm.',
  'Station manager Ruth Calloway said crews had worked "in very difficult conditions" because of the amount of foam stored inside.',
  'The cause of the fire has not been confirmed. Investigators are expected to return to the site on Thursday.',
  "Oakline's managing director, Peter Vance, said the company would try to move its orders to a depot in Harlow. He declined to say how many of the firm's 55 staff would be affected.",
  "It is not yet known when the estate's access road will reopen, or whether the neighbouring units suffered smoke damage.",
].join('\n\n');

const ROOF = [
  'Stand roof torn off in storm',
  'Part of the roof of the main stand at Millbrook Park was torn off by gusts of up to 70mph on Saturday night, the club said.',
  'Nobody was in the ground at the time. The club has cancelled its next two home matches.',
  'Much remains unclear. It is not yet known whether the failure started in the new sheeting or in the original steel frame. Nor is it known who will pay for the repairs.',
  'The council has not said when its engineers will inspect the stand.',
].join('\n\n');

const MERGER = [
  'Village school to merge with neighbour',
  'Brackley Green primary school will merge with Astwell primary from September, the county council has confirmed.',
  'The council cabinet approved the plan on Monday by six votes to two. Brackley Green has 41 pupils on roll, down from 96 in 2015.',
  'The council said free transport would be provided for every child who lives more than two miles from Astwell.',
].join('\n\n');

describe('in a made-up report of a warehouse fire, ingested fresh', () => {
  let fire: StoryEngine;
  beforeAll(async () => {
    fire = await freshEngine(FIRE);
  });

  for (const question of [
    "what's still unclear",
    "what don't we know yet",
    'anything still unknown?',
    'what questions are still open',
  ]) {
    describe(`when asked "${question}"`, () => {
      it("answers with the article's statement of what is not yet known, quoted", () => {
        const answer = fire.ask(question);
        expect(answer.status).toBe('answered');
        expect(answer.quote?.text).toBe(
          "It is not yet known when the estate's access road will reopen, or whether the neighbouring units suffered smoke damage.",
        );
      });
      it('offers its other statements of what is left open beside it', () => {
        const offered = fire.ask(question).alternatives.map((a) => a.question);
        expect(offered.some((q) => q.includes('The cause of the fire'))).toBe(true);
      });
    });
  }

  describe('when asked "whats not been confirmed"', () => {
    it('answers with the statement saying what has not been confirmed', () => {
      const answer = fire.ask('whats not been confirmed');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toBe('The cause of the fire has not been confirmed.');
    });
  });

  describe('when asked "what is still unknown about the staff"', () => {
    it('answers with the statement on the staff, not the road', () => {
      const answer = fire.ask('what is still unknown about the staff');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('He declined to say how many');
    });
  });

  describe('when asked about one point the article does not answer ("will the council pay for the repairs?")', () => {
    it('still says the article does not say', () => {
      expect(fire.ask('will the council pay for the repairs?').status).toBe('unknown');
      expect(fire.ask('who will pay for the damage').status).toBe('unknown');
    });
  });

  describe('when asked what is unknown about something the story is not about ("what is still unknown about dark matter")', () => {
    it('says the article does not say', () => {
      expect(fire.ask('what is still unknown about dark matter').status).toBe('unknown');
    });
  });
});

describe('in a made-up report of a storm-damaged stand, ingested fresh', () => {
  let roof: StoryEngine;
  beforeAll(async () => {
    roof = await freshEngine(ROOF);
  });

  describe('when asked "what is still unclear"', () => {
    it('answers with the points after "Much remains unclear.", not that sentence alone', () => {
      const answer = roof.ask('what is still unclear');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toBe(
        'It is not yet known whether the failure started in the new sheeting or in the original steel frame. Nor is it known who will pay for the repairs.',
      );
    });
  });
});

describe('in a made-up report of a school merger, which leaves nothing open', () => {
  let merger: StoryEngine;
  beforeAll(async () => {
    merger = await freshEngine(MERGER);
  });

  describe('when asked "what\'s still unclear"', () => {
    it('says the article does not say', () => {
      expect(merger.ask("what's still unclear").status).toBe('unknown');
      expect(merger.ask('anything still unknown?').status).toBe('unknown');
    });
  });
});
