/**
 * Small talk told by its shape (`src/engine/small-talk.ts`): greetings and
 * farewells, checks on who is about, the reader's own day and requests for
 * news with no subject abstain on every story, even where the article uses
 * their words ("later", "awake", "online", "bed", "work", "news"); real
 * questions in the same chatty wording still ask the article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { bundledFresh, fixtureStory, haldenFresh } from '../eval/stories.ts';
import { expectAbstainsOn } from '../support/abstains.ts';
import { bundledStory, storyOfPassages } from '../support/story.ts';

let curated: StoryEngine;
let fresh: StoryEngine;
let halden: StoryEngine;
let sleep: StoryEngine;
let election: StoryEngine;
let outage: StoryEngine;
beforeAll(async () => {
  curated = (await bundledStory()).engine;
  fresh = createEngine(await bundledFresh());
  halden = createEngine(await haldenFresh());
  sleep = createEngine((await fixtureStory('weekend-sleep-study')).kb);
  election = createEngine((await fixtureStory('kessington-by-election')).kb);
  const bare = storyOfPassages(
    [
      'The game server went down on Friday and stayed offline for six hours, the company said.',
      'Moderators said the channel was closed while engineers worked.',
    ],
    { title: 'A server outage', scope: 'A server outage' },
  );
  outage = createEngine(
    { ...bare, general: await loadGeneralLanguage(storyWords(bare)) },
    { answerThreshold: 0.5 },
  );
}, 60_000);

const everyStory = () =>
  [
    ['the curated story', curated],
    ['the bundled article ingested fresh', fresh],
    ['the boil-water article', halden],
    ['the weekend sleep study', sleep],
    ['the by-election', election],
  ] as const;

function expectAbstains(messages: readonly string[]): void {
  expectAbstainsOn(everyStory(), messages);
}

describe('when a reader says "later guys"', () => {
  it('abstains on any story, though the sleep study says "later school start times"', () => {
    expectAbstains(['later guys', 'ok im out, later', 'see ya all later', 'gn all']);
  });

  it('abstains on other greetings and farewells to the channel', () => {
    expectAbstains(['night night', 'take care yall', 'heyyy people', 'im back', 'welcome back']);
  });

  it('still answers "later school start times?"', () => {
    expect(sleep.ask('later school start times?').answer).toContain('later school start times');
  });
});

describe('when a reader asks who is about ("anyone online rn", "is anyone awake")', () => {
  it('abstains on any story, though the by-election says "online" and the study "awake"', () => {
    expectAbstains([
      'anyone online rn',
      'which mods are online rn',
      'which mods are online',
      'is anyone awake',
      'who is still up',
      "who's around rn",
      'anyone around?',
      'how many people are in this server',
    ]);
  });

  it('still asks the article who was awake, in the past ("who was awake")', () => {
    expect(sleep.explain('who was awake').length).toBeGreaterThan(0);
  });

  it('still asks the article when the reader asks more ("anyone know when the election was")', () => {
    expect(election.ask('anyone know when the election was').status).toBe('answered');
    expect(sleep.explain('wait is the study online?').length).toBeGreaterThan(0);
  });

  it('reads "server" as the story\'s where the story is about one', () => {
    expectAbstains(['is the server offline']);
    expect(outage.explain('is the server offline')[0]?.title).toContain('stayed offline');
  });
});

describe('when a reader tells of their own day ("i\'m going to bed", "long day at work")', () => {
  it('abstains on any story, though the sleep study says "bed", "day" and "sleep"', () => {
    expectAbstains([
      "i'm going to bed",
      'long day at work',
      'brb making tea',
      'just woke up',
      'going to sleep now',
      'i have an exam tomorrow',
      "i'm voting later today",
    ]);
  });

  it('still weighs the article for a chatty question about bed times ("bed time and grades?")', () => {
    for (const question of ['bed time and grades?', 'sleep in = worse grades??']) {
      expect(sleep.ask(question).suggestions, question).toContain(
        'More on “Teenagers who routinely lie in for…”',
      );
    }
  });

  it('still reads what the reader heard or needs as a question ("i heard the mayor resigned")', () => {
    expect(election.explain('i heard the mayor resigned').length).toBeGreaterThan(0);
    expect(election.explain('i need the vote count').length).toBeGreaterThan(0);
  });

  it('still reads a quoted speaker\'s "we" as theirs ("More on “We never said…”")', () => {
    expect(sleep.explain('More on “Many of them were getting roughly…”').length).toBeGreaterThan(0);
  });
});

describe('when a reader asks for the news with no subject ("what\'s the news today")', () => {
  it('abstains on any story', () => {
    expectAbstains([
      "what's the news today",
      'any news?',
      'give me the latest news',
      'any updates today?',
      "what's new",
    ]);
  });

  it('still answers a question about a time in the story ("what time did they announce it")', () => {
    expect(election.explain('what time did they announce it').length).toBeGreaterThan(0);
  });
});

describe('on the articles whose words small talk shares', () => {
  let rate: StoryEngine;
  let launch: StoryEngine;
  let cup: StoryEngine;
  let ruling: StoryEngine;
  let flood: StoryEngine;
  let library: StoryEngine;
  beforeAll(async () => {
    rate = createEngine((await fixtureStory('rate-decision')).kb);
    launch = createEngine((await fixtureStory('launch-failure')).kb);
    cup = createEngine((await fixtureStory('cup-semi')).kb);
    ruling = createEngine((await fixtureStory('port-valdora-ruling')).kb);
    flood = createEngine((await fixtureStory('harlow-falls-flood')).kb);
    library = createEngine((await fixtureStory('library-buyout')).kb);
  }, 60_000);
  const all = () =>
    [
      ...everyStory(),
      ['the rate decision', rate],
      ['the launch failure', launch],
      ['the cup semi-final', cup],
      ['the court ruling', ruling],
    ] as const;

  describe('when a reader asks "what\'s the weather like today"', () => {
    it('abstains, though the rate decision says "a hold today"', () => {
      expectAbstainsOn(all(), ["what's the weather like today", 'so cold outside rn']);
    });

    it("still reads the launch's weather as a question, the weather being the story's own", () => {
      expect(launch.explain('what was the weather like at launch').length).toBeGreaterThan(0);
    });
  });

  describe('when a reader asks the bot to "remind me in 10 minutes"', () => {
    it('abstains, though the cup final is on May 10', () => {
      expectAbstainsOn(all(), ['remind me in 10 minutes', 'can you wake me at 7am']);
    });

    it('still answers "remind me what the mayor said"', () => {
      expect(flood.ask('remind me what the mayor said').answer).toContain('Ostrander');
    });
  });

  describe('when a reader asks "can someone explain long division"', () => {
    it('abstains, though the ruling says how long a study would take', () => {
      expectAbstainsOn(all(), ['can someone explain long division', 'teach me chess']);
    });

    it('still answers "can someone explain the ruling"', () => {
      expect(ruling.ask('can someone explain the ruling').status).toBe('answered');
    });
  });

  describe('when a reader sends a meme ("whos on first base", "source: trust me bro")', () => {
    it('abstains, though the launch speaks of its "first stage"', () => {
      expectAbstainsOn(all(), ['whos on first base', 'source: trust me bro']);
    });
  });

  describe('when a reader sends the meme "is this real life"', () => {
    it('abstains, though the library buyout calls the next 20 years "the real test"', () => {
      expectAbstainsOn([...all(), ['the library buyout', library]], ['is this real life']);
    });
  });
});

describe('when a reader asks "is it friday yet"', () => {
  let pool: StoryEngine;
  beforeAll(async () => {
    pool = createEngine((await fixtureStory('pool-chlorine-leak')).kb);
  }, 60_000);

  it('abstains, though the pool story says "before Friday"', () => {
    expectAbstainsOn(
      [...everyStory(), ['the pool story', pool]],
      ['is it friday yet', 'is it friday', 'is it the weekend already', 'is it 5pm yet'],
    );
  });

  it('still answers "was it tuesday when it happened"', () => {
    expect(pool.ask('was it tuesday when it happened').answer).toContain('Tuesday');
  });
});
