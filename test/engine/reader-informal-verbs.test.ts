import { beforeAll, describe, expect, it } from 'vitest';
import { plainStory } from '../support/plain-story.ts';

/**
 * A county's week in a reporter's words; readers ask in informal ones
 * ("kick in", "on the fence", "gave way", "knocked out", "poking around",
 * "chopped", "pulled the plug").
 */
const PASSAGES = [
  'The new parking charges will take effect on 1 May, the council said.',
  'The budget was passed by 34 votes to 27, with two abstentions.',
  'The council leader said the vote had been the hardest of her career.',
  'The hillside collapsed onto the valley road on Sunday after three days of heavy rain.',
  'Engineers said the road would stay shut for weeks.',
  'The escaped bull was sedated by a vet before being led back to the farm.',
  'The bull had broken through a gate near the village school.',
  'Specialists from the regional police are examining the servers for signs of the intrusion.',
  'Staff at the library have been told to keep using paper forms.',
  'Two rural bus routes will be cut in June to save £200,000 a year.',
  'The bus operator said its drivers would be redeployed.',
  'The parking charges were criticised by traders in March.',
  'The hill above the village has been monitored for 40 days.',
  "The servers are run by the council's own IT team, the council's chief executive said.",
  'The county runs 14 bus routes in total.',
  'Westmoor City Council suspended the bike hire scheme on Friday after a string of crashes.',
  'The bike hire scheme has 300 bikes across the city, its operator said.',
];

/** What the engine ranks first, answered or held back below the threshold. */
let rankedFirst: (question: string) => string;
beforeAll(async () => {
  ({ rankedFirst } = await plainStory(PASSAGES, {
    title: 'A county roundup',
    scope: 'Local news of one week.',
  }));
});

describe('when a reader asks when charges "kick in"', () => {
  it('ranks first when they take effect', () => {
    expect(rankedFirst('when do the parking charges kick in')).toContain('take effect on 1 May');
  });
});

describe('when a reader asks how many councillors sat "on the fence"', () => {
  it('ranks first the abstentions', () => {
    expect(rankedFirst('how many councillors were on the fence')).toContain('two abstentions');
  });
});

describe('when a reader says the hill "gave way" after it had been "pouring"', () => {
  it('ranks first the collapse after heavy rain', () => {
    expect(rankedFirst('how many days had it been pouring before the hill gave way')).toContain(
      'three days of heavy rain',
    );
  });
});

describe('when a reader asks who "knocked out" the animal', () => {
  it('ranks first who sedated it', () => {
    expect(rankedFirst('who knocked out the bull')).toContain('sedated by a vet');
  });
});

describe('when a reader asks who is "poking around" the servers', () => {
  it('ranks first who is examining them', () => {
    expect(rankedFirst("who's poking around the servers")).toContain('are examining the servers');
  });
});

describe('when a reader asks how many routes are being "chopped"', () => {
  it('ranks first the routes cut', () => {
    expect(rankedFirst('how many bus routes are getting chopped')).toContain(
      'Two rural bus routes will be cut',
    );
  });
});

describe('when a reader asks who "pulled the plug" on a scheme', () => {
  it('ranks first who suspended it', () => {
    expect(rankedFirst('who pulled the plug on the bike hire scheme')).toContain(
      'suspended the bike hire scheme',
    );
  });
});
