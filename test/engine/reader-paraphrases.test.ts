import { beforeAll, describe, expect, it } from 'vitest';
import { plainStory } from '../support/plain-story.ts';

/**
 * A town's week in a reporter's words; readers ask in their own ("flagged",
 * "went bust", "shortfall", "upped", "tix", "pulled from", a "lawyer" the
 * report calls the one "defending", the "doc" it calls "Dr", "pencilled in",
 * "temps").
 */
const PASSAGES = [
  'Union officials formally raised the problem with managers at the depot in early March.',
  'Union officials met managers about the problem in April.',
  'The previous operator of the routes went into administration in 2019, owing creditors £2 million.',
  'The previous operator ran 12 routes in 2019.',
  'The council must close a £4.2 million gap in its budget for the 2025-26 financial year, officers said.',
  'The council set its budget for the 2025-26 financial year.',
  'The water company has increased chlorine dosing at the works since Monday, it said.',
  'The water company has chlorine delivered every week.',
  'About 14,000 tickets had been sold for the seven concerts by the end of January.',
  'The seven concerts were sold out by January.',
  'The painting was withdrawn from the sale at the auction house on Tuesday, the museum said.',
  'The painting was in the sale on Tuesday.',
  'Naomi Carter, defending, said her client had lost his job in 2021 after years of debts.',
  'Her client said he had lost his job in 2021.',
  'Dr Imran Shah, a consultant in emergency medicine at the hospital, said all five men had hypothermia.',
  'A spokesperson for the hospital said all five men were recovering.',
  "Next year's race is provisionally scheduled for 14 June 2026, the organisers said.",
  "Next year's race will follow a new route.",
  'The trust said nine of its 14 consultant posts were covered by temporary staff last month.',
  'The trust said nine of its 14 consultant posts were covered.',
];

/** What the engine ranks first, answered or held back below the threshold. */
let rankedFirst: (question: string) => string;
beforeAll(async () => {
  ({ rankedFirst } = await plainStory(PASSAGES, {
    title: 'A town roundup',
    scope: 'Local news of one week.',
  }));
});

describe('when a reader asks when the union "flagged" the problem', () => {
  it('ranks first when it raised it', () => {
    expect(rankedFirst('when did union officials flag the problem to managers')).toContain(
      'raised the problem',
    );
  });
});

describe('when a reader asks when the operator "went bust"', () => {
  it('ranks first when it went into administration', () => {
    expect(rankedFirst('when did the previous operator go bust')).toContain(
      'went into administration',
    );
  });
});

describe('when a reader asks which year the budget "shortfall" is for', () => {
  it('ranks first the gap in the budget', () => {
    expect(rankedFirst('which financial year is the budget shortfall for')).toContain(
      '£4.2 million gap',
    );
  });
});

describe('when a reader asks whether they "upped" the chlorine', () => {
  it('ranks first that it was increased', () => {
    expect(rankedFirst('have they upped the chlorine')).toContain('increased chlorine dosing');
  });
});

describe('when a reader asks how many "tix" were sold', () => {
  it('ranks first the tickets sold', () => {
    expect(rankedFirst('how many tix were sold for the seven concerts')).toContain(
      '14,000 tickets',
    );
  });
});

describe('when a reader asks when the painting was "pulled from" the sale', () => {
  it('ranks first when it was withdrawn', () => {
    expect(rankedFirst('when was the painting pulled from the sale')).toContain(
      'withdrawn from the sale',
    );
  });
});

describe('when a reader asks what his "lawyer" said', () => {
  it('ranks first what the one defending him said', () => {
    expect(rankedFirst("what did the client's lawyer say about his job")).toContain('defending');
  });
});

describe('when a reader asks what the hospital "doc" said', () => {
  it('ranks first the one the report calls "Dr"', () => {
    expect(rankedFirst('what did the hospital doc say about the five men')).toContain(
      'Dr Imran Shah',
    );
  });
});

describe('when a reader asks when next year\'s race is "pencilled in"', () => {
  it('ranks first when it is provisionally scheduled', () => {
    expect(rankedFirst("when's next year's race pencilled in for")).toContain(
      'provisionally scheduled',
    );
  });
});

describe('when a reader asks how many posts are covered by "temps"', () => {
  it('ranks first the posts covered by temporary staff', () => {
    expect(rankedFirst('how many consultant posts are covered by temps')).toContain(
      'temporary staff',
    );
  });
});
