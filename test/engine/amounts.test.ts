import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Corran pumping station upgrade stalls again
The upgrade of the Corran pumping station was delayed by rising costs and a dispute with the contractor, the council said on Monday.
In 2019 the council approved a $38 million upgrade of the pumping station, but the work was postponed twice.
The Corran pumping station was built in 1968 and serves a third of the city.
A second station is planned for the island of Brindle, which lies 11 miles off the coast.
The ferry to Brindle runs six times a day, and the crossing takes 40 minutes.
`;

describe('quantity questions on a freshly ingested article', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  describe('when asked "how much did the upgrade cost"', () => {
    it('ranks first the sentence giving a sum of money, not the one saying "costs"', () => {
      const [best] = engine.explain('how much did the upgrade cost', 1);
      expect(best?.title).toContain('$38 million');
    });
  });

  describe('when asked "how many times was the upgrade delayed"', () => {
    it('does not give the sentence saying "delayed" but no number of times', () => {
      const answer = engine.ask('how many times was the upgrade delayed');
      expect(answer.answer).not.toContain('dispute with the contractor');
    });
  });

  describe('when asked "how old is the pumping station"', () => {
    it('ranks first the sentence giving the year it was built', () => {
      const [best] = engine.explain('how old is the pumping station', 1);
      expect(best?.title).toContain('built in 1968');
    });
  });

  describe('when asked "how far is brindle from the coast"', () => {
    it('answers with the distance', () => {
      expect(engine.ask('how far is brindle from the coast').answer).toContain('11 miles');
    });
  });

  describe('when asked "how often does the ferry run"', () => {
    it('ranks first the sentence saying how many times a day', () => {
      const [best] = engine.explain('how often does the ferry run', 1);
      expect(best?.title).toContain('six times a day');
    });
  });
});

describe('a "how many" of a thing the article calls by another word', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(`Boil-water advisory for Eastfield homes to last until Saturday
Residents of Eastfield will have to keep boiling their tap water until at least Saturday, Halden Water said on Wednesday.
The Courier asked Halden Water whether it would compensate affected households or businesses.
Free bottled water remains available at four distribution points, including the Tilbury Heights community centre, from 8 a.m. to 8 p.m. daily.
`);
  });

  describe('when asked "how many water pickup spots r there"', () => {
    it('ranks first the sentence giving a number, though it counts "points", not "spots"', () => {
      const [best] = engine.explain('how many water pickup spots r there', 1);
      expect(best?.title).toContain('four distribution points');
    });
  });
});

describe('in the port ruling ingested fresh, asked what was spent', () => {
  let ruling: StoryEngine;
  beforeAll(async () => {
    ruling = createEngine((await fixtureStory('port-valdora-ruling')).kb);
  });

  describe('when asked "how much has saltmere already spent on the project"', () => {
    it('does not answer with what the project is worth, which says nothing spent', () => {
      expect(ruling.ask('how much has saltmere already spent on the project').status).toBe(
        'unknown',
      );
    });
  });
});
