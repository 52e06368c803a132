import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { bundledFresh, fixtureStory } from '../eval/stories.ts';

describe('on an article ingested fresh, the one person or place a question asks for', () => {
  let bundled: StoryEngine;
  let teachers: StoryEngine;
  let boilNotice: StoryEngine;
  let landslide: StoryEngine;
  let cup: StoryEngine;
  let airline: StoryEngine;
  let halden: StoryEngine;
  beforeAll(async () => {
    bundled = createEngine(await bundledFresh());
    teachers = createEngine((await fixtureStory('teachers-strike')).kb);
    boilNotice = createEngine((await fixtureStory('boil-notice-ecoli')).kb);
    landslide = createEngine((await fixtureStory('landslide-repair')).kb);
    cup = createEngine((await fixtureStory('cup-semi')).kb);
    airline = createEngine((await fixtureStory('airline-grounding')).kb);
    halden = createEngine((await fixtureStory('halden-boil-water')).kb);
  });

  // Until 2026-12-05 "heads" reached nothing, and this rule gave his sentence
  // below the threshold; the word vectors now read it as his role's "chairs",
  // so his card answers above it.
  describe('when asked "who heads the parents council"', () => {
    it('names the one person whose role holds "parent" and "council", with that role', () => {
      const answer = teachers.ask('who heads the parents council');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain(
        "Ray Castellano — chairs the district's parent advisory council",
      );
    });
  });

  describe('when asked "the old syrian president, who was that"', () => {
    it('names the president, with the title the article gives him', () => {
      const answer = bundled.ask('the old syrian president, who was that');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Bashar al-Assad \(President\) — /);
    });
  });

  describe('when asked "Where is the Copper Kettle cafe located?"', () => {
    it('gives the one place written after the cafe, first', () => {
      const answer = boilNotice.ask('Where is the Copper Kettle cafe located?');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Elsford High Street — /);
    });
  });

  describe('when asked "which river did the wall fall into"', () => {
    it('gives the one named thing the sentence calls a river', () => {
      const answer = landslide.ask('which river did the wall fall into');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^River Carrow — /);
    });
  });

  describe('when asked "where in moscow is assad living"', () => {
    it('abstains: the other place beside Moscow, Damascus, is not somewhere inside it', () => {
      expect(bundled.ask('where in moscow is assad living').status).toBe('unknown');
    });
  });

  describe('when asked "who\'s the rovers chairman"', () => {
    it('abstains: the one Rovers man named is their captain, not a chairman', () => {
      expect(cup.ask("who's the rovers chairman").status).toBe('unknown');
    });
  });

  describe('when asked "where\'s the carrier\'s home airport"', () => {
    it('abstains: "a nurse from Kilbride, … due to fly home" places the nurse, not what "home" is said of', () => {
      expect(airline.ask("where's the carrier's home airport").status).toBe('unknown');
    });
  });

  describe('when asked "who owns this bot"', () => {
    it('abstains: a question about the bot is not answered by the one owner the story names ("Elsie Brandt, who owns a bakery")', () => {
      expect(halden.ask('who owns this bot').status).toBe('unknown');
    });
  });
});

describe('on an article ingested fresh, a "who runs" whose one named thing is what is run', () => {
  let club: StoryEngine;
  let wildfire: StoryEngine;
  beforeAll(async () => {
    club = createEngine((await fixtureStory('club-takeover')).kb);
    wildfire = createEngine((await fixtureStory('wildfire-evacuation')).kb);
  });

  describe('when asked "who runs the fund buying rovers?"', () => {
    it('abstains: Kestrel Harbour Partners, "a fund registered in the Cayman Islands", is the fund, not who runs it', () => {
      expect(club.ask('who runs the fund buying rovers?').status).toBe('unknown');
    });
  });

  describe('when asked "who runs the walking alliance group"', () => {
    it("names the alliance's chair: the role asked by its verb, given by its noun", async () => {
      const scooters = createEngine((await fixtureStory('escooter-suspension')).kb);
      const answer = scooters.ask('who runs the walking alliance group');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(
        /^Tom Ferriby \(chair of the Harrowfield Walking Alliance\) — /,
      );
    });
  });

  describe('when asked "who runs the power network there"', () => {
    it('still names Vantis Grid, "the network operator": its role is an operator of the network', () => {
      const answer = wildfire.ask('who runs the power network there');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Vantis Grid \(the network operator\) — /);
    });
  });
});

describe('on an article ingested fresh, the one doer of the deed a "who" asks about', () => {
  let fraud: StoryEngine;
  let bridge: StoryEngine;
  let lifeboat: StoryEngine;
  let tanker: StoryEngine;
  let tennis: StoryEngine;
  beforeAll(async () => {
    fraud = createEngine((await fixtureStory('ticket-fraud-jailed')).kb);
    bridge = createEngine((await fixtureStory('bridge-closure')).kb);
    lifeboat = createEngine((await fixtureStory('lifeboat-rescue')).kb);
    tanker = createEngine((await fixtureStory('acid-tanker-derailment')).kb);
    tennis = createEngine((await fixtureStory('tennis-doping-ban')).kb);
  });

  describe('when asked "who led the investigation"', () => {
    it('names the one person the sentence says "led the inquiry", first', () => {
      const answer = fraud.ask('who led the investigation');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Mark Tolley \(Detective Sergeant, led the inquiry\) — /);
    });
  });

  describe('when asked "who said the cracks were likely down to scour"', () => {
    it('names the one speaker of the sentence saying it', () => {
      const answer = bridge.ask('who said the cracks were likely down to scour');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Alan Rooke \(/);
    });
  });

  describe('when asked "who reported when the boat sank"', () => {
    it('abstains: the skipper "told reporters", which is no telling that he reported it', () => {
      expect(lifeboat.ask('who reported when the boat sank').status).toBe('unknown');
    });
  });

  describe('when asked "who says seven wagons derailed"', () => {
    it('abstains: the sentence naming one speaker does not give the seven', () => {
      expect(tanker.ask('who says seven wagons derailed').status).toBe('unknown');
    });
  });

  describe('when asked "who built the pyramids"', () => {
    it('abstains: cars "built at the company\'s plant" tell nothing of pyramids', async () => {
      const recall = createEngine((await fixtureStory('ev-battery-recall')).kb);
      expect(recall.ask('who built the pyramids').status).toBe('unknown');
    });
  });

  describe('when asked "who ran the hair test for him"', () => {
    it('abstains: "a run to the quarter-finals" is a noun, no running of the test', () => {
      expect(tennis.ask('who ran the hair test for him').status).toBe('unknown');
    });
  });
});

describe('on an article ingested fresh, the one person a "which" asks for by a role', () => {
  let tanker: StoryEngine;
  let buses: StoryEngine;
  let regrade: StoryEngine;
  beforeAll(async () => {
    tanker = createEngine((await fixtureStory('acid-tanker-derailment')).kb);
    buses = createEngine((await fixtureStory('rural-bus-cuts')).kb);
    regrade = createEngine((await fixtureStory('exam-regrade')).kb);
  });

  describe('when asked "which councillor is quoted"', () => {
    it("names the article's one councillor, with the role it gives him", () => {
      const answer = tanker.ask('which councillor is quoted');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Tom Ashdown \(Councillor, /);
    });
  });

  describe('when asked "which councillors voted for the cuts, names?"', () => {
    it('abstains: all of them are asked, not the one councillor a sentence names', () => {
      expect(buses.ask('which councillors voted for the cuts, names?').status).toBe('unknown');
    });
  });

  describe('when asked "what\'s the MP planning to do about it"', () => {
    it('abstains: a "what" asks what the MP will do, not which MP', () => {
      expect(regrade.ask("what's the MP planning to do about it").status).toBe('unknown');
    });
  });
});

describe('on an article ingested fresh, a "which" answered by the name beside the kind\'s word', () => {
  let sewage: StoryEngine;
  let wildfire: StoryEngine;
  beforeAll(async () => {
    sewage = createEngine((await fixtureStory('sewage-fine')).kb);
    wildfire = createEngine((await fixtureStory('wildfire-evacuation')).kb);
  });

  describe('when asked "which site had the broken monitoring kit"', () => {
    it('gives the sentence naming "the Nethercombe site" beside the monitoring equipment', () => {
      const answer = sewage.ask('which site had the broken monitoring kit');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('Nethercombe site');
    });
  });

  describe('when asked "which shelter was Lymington staying at"', () => {
    it('gives the sentence naming "the Penwarden shelter", though no card holds it', () => {
      const answer = wildfire.ask('which shelter was Lymington staying at');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('Penwarden shelter');
    });
  });

  describe('when asked "which arab tv channel did sharaa talk to"', () => {
    it('abstains: "told Arab media" names no channel; "Arab" is a name, no kind', async () => {
      const syria = createEngine(await bundledFresh());
      expect(syria.ask('which arab tv channel did sharaa talk to').status).toBe('unknown');
    });
  });

  describe('when asked "which shelter has a cafe"', () => {
    it('abstains: the shelter the sentence names is tied to no word of the question', () => {
      expect(wildfire.ask('which shelter has a cafe').status).toBe('unknown');
    });
  });
});
