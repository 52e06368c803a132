import { beforeAll, describe, expect, it } from 'vitest';
import { plainStory } from '../support/plain-story.ts';

/**
 * A week's news in a reporter's words; readers name its subjects in their
 * own ("the currency", "the regime fell", "track record", "injured", "what
 * was she asked", "refused to evacuate", "first results", "on the table",
 * "intervene", "a coup").
 * Each fact shares the reader's other words with a sentence that does not
 * answer, so only the reader's own word tells them apart.
 */
const PASSAGES = [
  'The pound weakened 1.2 percent against the dollar within an hour of the vote.',
  'The vote was held on Monday after a long debate.',
  'President Hal Brenner was ousted in March after weeks of street protests.',
  'The regime had ruled the country since 1998.',
  'The ferry had completed 212 of its 213 previous crossings without incident.',
  'The ferry was built in 2004 in a yard in Gdansk.',
  'Two passengers were taken to hospital with burns.',
  'Passengers were given blankets on the quay.',
  'The minister spoke in reply to a query about the harbour fees.',
  'The minister said the harbour fees would rise in May.',
  'Some residents of the quay stayed put despite the order.',
  'Residents of the quay were ordered to evacuate on Sunday.',
  'The harbour fees were set in 2019.',
  'The future of the harbour fees is also being discussed.',
  'The navy said the rescue was difficult.',
  'The navy’s involvement in the rescue began at dawn.',
  'Preliminary findings are expected within 30 days.',
  'The findings will be shared with the ferry operator.',
];

/** The answer given, or nothing when the engine abstains. */
let answerTo: (question: string) => string;
/** What the engine ranks first, answered or held back below the threshold. */
let rankedFirst: (question: string) => string;
beforeAll(async () => {
  ({ answerTo, rankedFirst } = await plainStory(PASSAGES, {
    title: 'A news roundup',
    scope: 'News of one week.',
  }));
});

describe('when a reader asks after "the currency" where the article names it against the dollar', () => {
  it('answers with its move against the dollar', () => {
    expect(answerTo('what happened to the currency after the vote')).toContain('weakened 1.2');
  });
});

describe('when a reader asks when "the regime fell"', () => {
  it('answers with the ousting, not the regime’s rule', () => {
    expect(answerTo('when did the regime fall')).toContain('ousted in March');
  });
});

describe('when a reader asks for a "track record"', () => {
  it('answers with the previous crossings', () => {
    expect(answerTo("whats the ferry's track record")).toContain('previous crossings');
  });
});

describe('when a reader asks who was "injured" where the article says taken to hospital', () => {
  it('answers with those taken to hospital', () => {
    expect(answerTo('how many passengers got injured')).toContain('taken to hospital');
  });
});

describe('when a reader asks what someone was "asked" where the article says a query', () => {
  it('answers with the query', () => {
    expect(answerTo('what was the minister asked')).toContain('query about the harbour fees');
  });
});

describe('when a reader asks whether anyone "refused to evacuate"', () => {
  it('answers with those who stayed put', () => {
    expect(answerTo('did anyone on the quay refuse to evacuate')).toContain('stayed put');
  });
});

describe('when a reader asks for the "first results"', () => {
  it('answers with the preliminary findings', () => {
    expect(answerTo('how soon are the first results expected')).toContain('within 30 days');
  });
});

describe('when a reader asks whether something is "on the table"', () => {
  it('answers with what is being discussed', () => {
    expect(answerTo('are the harbour fees on the table')).toContain('being discussed');
  });
});

describe('when a reader asks when someone "intervened" where the article says their involvement began', () => {
  it('ranks the involvement first', () => {
    expect(rankedFirst('when did the navy intervene in the rescue')).toContain('involvement');
  });
});

describe('when a reader asks about "the coup" where the article says ousted', () => {
  it('answers with the ousting', () => {
    expect(answerTo('when was the coup')).toContain('ousted in March');
  });
});
