import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import {
  answersFuture,
  FutureQuestions,
  outcomeFit,
  speaksOfFuture,
} from '../../src/engine/future.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';
import { freshEngine } from '../support/one-off.ts';
import { bundledStory } from '../support/story.ts';

const future = new FutureQuestions(LANGUAGE);

describe('a question about what is still to come', () => {
  it.each([
    'will russia leave the air base',
    'so will the driver be fined',
    'like will they reopen the bridge',
    'are they gonna build a replacement',
    'is there going to be a by-election now',
    'when will the power be back',
    'who will coach them next season',
    'what happens if the appeal fails',
  ])('is told in "%s"', (question) => {
    expect(future.asks(question)).toBe(true);
  });

  it.each([
    'which hospital are they going to',
    'which ports are the big ships going to instead',
    'when did the rocket break apart',
    'who runs the air base',
    'did the rebels win',
  ])('is not read into "%s"', (question) => {
    expect(future.asks(question)).toBe(false);
  });
});

describe('a text speaking of what is to come or still open', () => {
  it.each([
    'A new tender would be issued in the coming months.',
    'The agency has not decided whether to order a replacement.',
    'Forecasters expect the river to drop by Wednesday night.',
    'Residents may not be allowed back until Thursday.',
    'A confiscation hearing has been set for November 14 at Stanmoor Crown Court.',
    'The vote is slated for the spring.',
    'The ferry is due to sail again in May.',
    'The bridge is likely to be closed for a month.',
    'May brings the first meeting, where the plan may be dropped.',
  ])('is told in "%s"', (text) => {
    expect(speaksOfFuture(text)).toBe(true);
  });

  it.each([
    'Russia currently operates an air base in Hmeimim.',
    'Fire Chief Ray Delgado said the driver had gone around a barricade.',
    'The president was ousted on December 8 due to a rebel offensive.',
    'The bank raised rates eight times, most recently in May, when inflation appeared to be falling.',
    'The bridge was said to be unsafe in May last year.',
  ])('is not read into "%s"', (text) => {
    expect(speaksOfFuture(text)).toBe(false);
  });
});

describe('the condition a question about the future sets', () => {
  const texts = ['The base was built in 1971.', 'The base will close next year.', null];
  const holds = future.fit('will the base close', (unit) => answersFuture(texts[unit] ?? null));

  it('holds an answer that only tells what was against it', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes an answer that speaks of what will be', () => {
    expect(holds?.(1)).toBe(true);
  });
  it('trusts an answer written for its questions', () => {
    expect(holds?.(2)).toBe(true);
  });
  it('sets none on a question about the past', () => {
    expect(future.fit('when was the base built', () => false)).toBeNull();
  });
});

describe('in a made-up article about a ferry service', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Ferry operator grounds its oldest vessel',
        'The Morwen Ferry Company withdrew its oldest ship, the Calder Star, from the island route on Monday after inspectors found corrosion in its hull.',
        'The Calder Star has carried passengers between Brackport and Skerrin Island since 1984.',
        'A spokesman for the company said a second ship would cover the route until the summer timetable begins.',
      ].join('\n\n'),
    );
  });

  describe('when asked "will the calder star carry passengers to skerrin island again"', () => {
    it('says the article does not tell, not what the ship has done since 1984', () => {
      const answer = engine.ask('will the calder star carry passengers to skerrin island again');
      expect(answer.status).toBe('unknown');
    });
  });

  describe('when asked "will the calder star be back on the island route"', () => {
    it('does not answer with its withdrawal on Monday', () => {
      expect(engine.ask('will the calder star be back on the island route').status).toBe('unknown');
    });
  });

  describe('when asked "who will cover the route"', () => {
    it('answers with the sentence about the second ship', () => {
      const answer = engine.ask('who will cover the route');
      expect(answer.answer).not.toContain('since 1984');
    });
  });
});

describe('a question asking when something is, in the present', () => {
  const texts = [
    "Rovers' last appearance in the final came in 2006, when they lost 15-9 to Portley.",
    'Vale will face Millbrook Saracens in the final on Saturday, May 10.',
  ];
  const condition = (question: string) =>
    future.fit(question, (unit) => answersFuture(texts[unit] ?? null));

  describe('when asked "when\'s the final"', () => {
    it('holds a sentence dating a past final against it', () => {
      expect(condition("when's the final")?.(0)).toBe(false);
      expect(condition('when is the vote')?.(0)).toBe(false);
    });
    it('takes the one telling of the coming final', () => {
      expect(condition("when's the final")?.(1)).toBe(true);
    });
  });

  it.each([
    'when was the final',
    'when is this article from',
    'whens assad get overthrown',
    'when the rebels took damascus did russia help',
    'since when are the russians in syria',
  ])('sets none on "%s"', (question) => {
    expect(condition(question)).toBeNull();
  });
});

describe('the condition a question after an outcome sets', () => {
  const texts = [
    'He was taken to hospital and will have a scan on Monday.',
    'A review is expected to report in the spring.',
    'The scan showed a fractured cheekbone.',
    null,
  ];
  const holds = outcomeFit("what did castellan's scan show", (unit) => texts[unit] ?? null);

  it('holds a sentence telling the scan is still to come against it', () => {
    expect(holds?.(0)).toBe(false);
    expect(outcomeFit('what exactly did the review find', (unit) => texts[unit] ?? null)?.(1)).toBe(
      false,
    );
  });
  it('takes one telling what the scan showed', () => {
    expect(holds?.(2)).toBe(true);
  });
  it('trusts an answer written for its questions', () => {
    expect(holds?.(3)).toBe(true);
  });
  it('sets none on a question after no outcome', () => {
    expect(outcomeFit('when is the scan', () => '')).toBeNull();
  });
  it('reads no outcome into the words a question quotes', () => {
    const offered = 'What did Elverum say: “We will find out what happened, we will fix it…”?';
    expect(outcomeFit(offered, () => '')).toBeNull();
    expect(future.asks(offered)).toBe(false);
  });
});

describe('a question after what a meeting settled ("what came out of the talks")', () => {
  const texts = [
    'The company and the union are due to meet for talks on Monday, March 17.',
    'The minister said she would meet the airline executives on Friday.',
    'The talks ended with an agreed rise of 4 percent.',
  ];
  const fitOf = (question: string) => outcomeFit(question, (unit) => texts[unit] ?? null);

  it('holds a sentence telling the meeting is still to come against it', () => {
    expect(fitOf('what came out of the talks on march 17')?.(0)).toBe(false);
    expect(fitOf('what did the minister and the airline agree at the friday meeting')?.(1)).toBe(
      false,
    );
  });
  it('takes one telling what it settled', () => {
    expect(fitOf('what came out of the talks on march 17')?.(2)).toBe(true);
  });
});

describe('a question after what happened at an event ("what happened at the public meeting")', () => {
  const texts = [
    'A public meeting is planned at the village hall the following Tuesday at 7pm.',
    "The trust has called a members' meeting for Sunday 26 October.",
    'The council has requested an urgent meeting with the buyers.',
    'At the public meeting, residents voted to oppose the plan.',
  ];
  const fitOf = (question: string) => outcomeFit(question, (unit) => texts[unit] ?? null);

  it('holds a sentence telling the event is planned, called or requested against it', () => {
    expect(fitOf('what happened at the public meeting at the village hall')?.(0)).toBe(false);
    expect(fitOf("what was the result of the trust's members meeting")?.(1)).toBe(false);
    expect(fitOf('what happened when the council met the buyers')?.(2)).toBe(false);
  });
  it('takes one telling what happened there', () => {
    expect(fitOf('what happened at the public meeting at the village hall')?.(3)).toBe(true);
  });
});

describe('a question after what a thing to come will be ("what will the april decision be")', () => {
  const texts = [
    "The committee's next decision is due on April 24.",
    'Its full report would be published in the coming weeks.',
    'The fare cap will be £1.50 from May.',
  ];
  const fitOf = (question: string) => outcomeFit(question, (unit) => texts[unit] ?? null);

  it('holds a sentence only saying when it is due against it', () => {
    expect(fitOf('what will the april decision be')?.(0)).toBe(false);
    expect(fitOf('what rating will the unit get in the full report')?.(1)).toBe(false);
  });
  it('takes a plan telling what it will be', () => {
    expect(fitOf('what will the fare cap be')?.(2)).toBe(true);
  });
  it('reads "going to" as "will" ("what\'s the restoration plan going to include")', () => {
    const due =
      'The trust and the anglers are due to meet the regulator on 12 September to discuss a restoration plan.';
    expect(outcomeFit("what's the restoration plan going to include", () => due)?.(0)).toBe(false);
  });
  it('sets none on "what will happen next"', () => {
    expect(fitOf('what will happen next')).toBeNull();
  });
});

describe('a question whether something happened by a day the article holds a state until ("did the zoo reopen on saturday")', () => {
  const texts = [
    'The zoo will remain closed until at least Saturday while engineers inspect the exhibit.',
    'The zoo reopened on Saturday morning.',
  ];
  const fitOf = (question: string) => outcomeFit(question, (unit) => texts[unit] ?? null);

  it('holds "will remain closed until at least Saturday" against it: the reopening is still to come', () => {
    expect(fitOf('did the zoo actually reopen on saturday')?.(0)).toBe(false);
  });
  it('takes one telling it reopened', () => {
    expect(fitOf('did the zoo actually reopen on saturday')?.(1)).toBe(true);
  });
  it('still takes it for a yes-or-no whether someone said when it ends', () => {
    expect(fitOf('did the manager say when the zoo would reopen')?.(0)).toBe(true);
  });
});

describe('a question whether something happened ("did she ever make it home")', () => {
  const texts = [
    'Denise Farrow had been due to fly home on Wednesday afternoon.',
    'Denise Farrow flew home on Thursday.',
  ];
  const fitOf = (question: string) => outcomeFit(question, (unit) => texts[unit] ?? null);

  it('holds a sentence telling only what was planned against it', () => {
    expect(fitOf('did denise farrow ever make it home')?.(0)).toBe(false);
    expect(fitOf('so did she get home in the end')?.(0)).toBe(false);
  });
  it('takes one telling what happened', () => {
    expect(fitOf('did denise farrow ever make it home')?.(1)).toBe(true);
  });
  it('sets none on a question word before "did"', () => {
    expect(fitOf('where did she end up spending the night')).toBeNull();
  });
});

describe('in the cup semi-final ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('cup-semi')).kb);
  });

  describe('when asked "what did castellan\'s scan show"', () => {
    it('says the article does not tell, the scan being on Monday', () => {
      expect(engine.ask("what did castellan's scan show").status).toBe('unknown');
    });
  });

  describe('when asked "when\'s the final"', () => {
    it('does not answer with the 2006 final', () => {
      expect(engine.ask("when's the final").answer).not.toContain('2006');
    });
  });
});

describe('in the curated bundled story', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = (await bundledStory()).engine;
  });

  describe('when asked "what will syria do with its russian weapons"', () => {
    it("says the article does not tell, not Sharaa's remark on where the arms come from", () => {
      expect(engine.ask('what will syria do with its russian weapons').status).toBe('unknown');
    });
  });

  describe('when asked "will russia keep its bases in syria"', () => {
    it('still answers from the pair written for questions about what is to come', () => {
      const answer = engine.ask('will russia keep its bases in syria');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('still under negotiation');
    });
  });
});

describe('a question after what an inquiry still to come found ("what did the investigators find")', () => {
  const texts = [
    'Mr Pryce said investigators would examine the point of origin once the area was safe.',
    'The firm said it would commission independent tests of every batch made at the plant.',
    'Investigators found a discarded barbecue at the point of origin.',
  ];
  const fitOf = (question: string) => outcomeFit(question, (unit) => texts[unit] ?? null);

  it('holds "would examine" against it: the inquiry has not happened yet', () => {
    expect(fitOf('what did the investigators find at the point of origin')?.(0)).toBe(false);
  });
  it('holds tests only commissioned against what they showed, however long the subject', () => {
    expect(fitOf('what did the independent tests of the plant batches show')?.(1)).toBe(false);
  });
  it('takes one telling what was found', () => {
    expect(fitOf('what did the investigators find at the point of origin')?.(2)).toBe(true);
  });
});

describe('a question after what an event reported as still to come showed ("what did the readings show")', () => {
  const texts = [
    'The company said monitors around the site would publish their readings within a week.',
    'Her department confirmed that talks would take place in London on 24 March.',
    'The board said it would send inspectors to the site on Thursday.',
    'The monitors showed dust levels stayed within safe limits, and the company said it would publish the full data.',
    'At the talks, both sides agreed that the plant would stay open.',
  ];
  const fitOf = (question: string) => outcomeFit(question, (unit) => texts[unit] ?? null);

  it('holds "would publish", "would take place", "would send" against it: it is still to come', () => {
    expect(fitOf('what did the air quality readings actually show')?.(0)).toBe(false);
    expect(fitOf('what happened at the 24 march talks')?.(1)).toBe(false);
    expect(fitOf('what did the board inspectors find')?.(2)).toBe(false);
  });
  it('takes one telling an outcome beside what it would do', () => {
    expect(fitOf('what did the readings show')?.(3)).toBe(true);
    expect(fitOf('what happened at the talks')?.(4)).toBe(true);
  });
});

describe('a question after what a thing to come will be, asked "expected to" or with a question mark', () => {
  const texts = [
    'He is due to be sentenced alongside his co-defendant.',
    'Officials will publish updated figures every Friday, with the next update due on 21 March.',
    'He is expected to receive a suspended sentence of two years.',
  ];
  const fitOf = (question: string) => outcomeFit(question, (unit) => texts[unit] ?? null);

  it('reads "expected to" as "will" ("what sentence is he expected to get?")', () => {
    expect(fitOf('what sentence is he expected to get?')?.(0)).toBe(false);
  });
  it('holds "the next update due on 21 March" against what it will show', () => {
    expect(fitOf("what will next friday's figures show")?.(1)).toBe(false);
  });
  it('takes a text telling what it is expected to be', () => {
    expect(fitOf('what sentence is he expected to get?')?.(2)).toBe(true);
  });
});

describe('a question whether something happened that the article leaves still to come', () => {
  const texts = [
    'About 20 properties closest to the fell will remain off-limits until at least Tuesday.',
    'A further nine suspected cases await laboratory results.',
    'The nine suspected cases were confirmed on Friday.',
  ];
  const fitOf = (question: string) => outcomeFit(question, (unit) => texts[unit] ?? null);

  it('holds a state held "until" a day against it, its words hyphened ("off-limits")', () => {
    expect(fitOf('did the 20 closest homes get reopened on tuesday')?.(0)).toBe(false);
  });
  it('holds a sentence telling it is still awaited against it', () => {
    expect(fitOf('did the nine suspected cases come back positive')?.(1)).toBe(false);
  });
  it('takes one telling what happened', () => {
    expect(fitOf('did the nine suspected cases come back positive')?.(2)).toBe(true);
  });
  it('still takes the awaited one for a yes-or-no whether someone said so', () => {
    expect(fitOf('did officials say the nine suspected cases await results')?.(1)).toBe(true);
  });
});
