import { beforeAll, describe, expect, it } from 'vitest';
import { plainStory } from '../support/plain-story.ts';

/**
 * A county's week in a reporter's words; readers ask in their own ("did
 * they cave", "who came second", "the cost of living", "the write-up").
 */
const PASSAGES = [
  'After two days of protests the county board relented and restored the night bus.',
  'Ada Quist was elected chair with 4,120 votes; Ben Olafsen, the runner-up, polled 3,870.',
  'Olafsen has denied breaching the spending rules during the campaign.',
  'Fire Chief Rosa Vint urged residents to keep off the river path until the water drops.',
  'Inflation rose to 4.1 percent in June, driven by higher food and energy prices.',
  'About 60 percent of mortgages in the county carry variable rates.',
  'The inspectors expect to publish their final report by the end of June.',
  'The county fair drew 12,000 visitors over the weekend.',
  'Every candidate was able to observe the count through the night.',
  'In new forecasts, the county expects bus fares to rise by 5 percent.',
  'The pound strengthened against the euro on Friday.',
  'An audit found a £2 million overspend on the new depot.',
  'The peacekeepers’ presence in the valley will be reviewed in June.',
  // Sentences sharing the question's other words, that only the reader's own word tells apart.
  'The county board met on Tuesday to discuss the night bus timetable.',
  'The vote for chair was held on Monday in the town hall.',
  'Olafsen said the spending rules were unclear to every candidate.',
  'Fire Chief Rosa Vint said the river would peak on Friday.',
  'The cost of the fair was met by the county.',
  'Most homes in the county are owned outright.',
  'The count began at midnight in the sports hall.',
  'Bus fares rose by 3 percent last year.',
  'The pound coin was first issued in 1983.',
  'The new depot opened in March.',
  'The peacekeepers arrived in the valley in 2020.',
];

/** The answer given, or nothing when the engine abstains. */
let answerTo: (question: string) => string;
/** What the engine ranks first, answered or held back below the threshold. */
let rankedFirst: (question: string) => string;
beforeAll(async () => {
  ({ answerTo, rankedFirst } = await plainStory(PASSAGES, {
    title: 'A county roundup',
    scope: 'Local news of one week.',
  }));
});

describe('when a reader asks whether the board "caved"', () => {
  it('answers with the board relenting, not its meeting', () => {
    expect(answerTo('did the county board cave on the night bus')).toContain('relented');
  });
});

describe('when a reader asks who "came second"', () => {
  it('ranks the sentence naming the runner-up first', () => {
    expect(rankedFirst('who came second in the vote for chair')).toContain('Ben Olafsen');
  });
});

describe('when a reader asks whether someone "admits" what the article says they deny', () => {
  it('answers with the denial', () => {
    expect(answerTo('does olafsen admit it')).toContain('has denied');
  });
});

describe('when a reader asks for the chief’s "advice"', () => {
  it('answers with what she urged', () => {
    expect(answerTo("what was the fire chief's advice")).toContain('urged residents');
  });
});

describe('when a reader says "the cost of living" for inflation', () => {
  it('ranks the inflation figure first', () => {
    expect(rankedFirst('is the cost of living still climbing')).toContain('4.1 percent');
  });
});

describe('when a reader says "home loans" for mortgages', () => {
  it('ranks the mortgages first', () => {
    expect(rankedFirst('what share of home loans')).toContain('60 percent');
  });
});

describe('when a reader asks whether candidates could "watch" what the article says they could observe', () => {
  it('answers with the observing', () => {
    expect(answerTo('could the candidates watch')).toContain('observe the count');
  });
});

describe('when a reader says "projections" for forecasts', () => {
  it('answers with the forecast', () => {
    expect(answerTo('what are the projections for bus fares')).toContain('5 percent');
  });
});

describe('when a reader asks whether a currency is "stronger"', () => {
  it('answers with its strengthening', () => {
    expect(answerTo('is the pound stronger')).toContain('strengthened');
  });
});

describe('when a reader asks what went "over budget"', () => {
  it('answers with the overspend', () => {
    expect(answerTo('was the depot over budget')).toContain('overspend');
  });
});

describe('when a reader asks whether someone is "staying"', () => {
  it('answers with their presence', () => {
    expect(answerTo('are the peacekeepers staying in the valley')).toContain('presence');
  });
});
