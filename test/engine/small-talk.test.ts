/**
 * Small talk and questions about the bot itself, on the curated bundled
 * story and on articles ingested fresh: StoryDesk abstains on them, whatever
 * words of the story they happen to share, and still answers a real question
 * wrapped in them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { bundledFresh, fixtureStory, haldenFresh } from '../eval/stories.ts';
import { expectAbstainsOn } from '../support/abstains.ts';
import { bundledStory } from '../support/story.ts';

let curated: StoryEngine;
let fresh: StoryEngine;
let halden: StoryEngine;
beforeAll(async () => {
  curated = (await bundledStory()).engine;
  fresh = createEngine(await bundledFresh());
  halden = createEngine(await haldenFresh());
});

const everyStory = () =>
  [
    ['the curated story', curated],
    ['the bundled article ingested fresh', fresh],
    ['the boil-water article ingested fresh', halden],
  ] as const;

function expectAbstains(messages: readonly string[]): void {
  expectAbstainsOn(everyStory(), messages);
}

describe('when a reader says "thanks in advance"', () => {
  it('abstains, though the story says the rebels "advanced"', () => {
    expectAbstains(['thanks in advance', 'ty in advance guys', 'thx in advance!!']);
  });

  it('answers the question the thanks comes with', () => {
    const plain = curated.ask('where are the bases');
    expect(plain.status).toBe('answered');
    expect(curated.ask('thanks in advance, where are the bases').answer).toBe(plain.answer);
  });
});

describe('when a reader only reacts ("nice", "interesting", "good to know")', () => {
  it('abstains, even where the story says "interest" or "true"', () => {
    expectAbstains(['interesting', 'true', 'nice', 'good to know', 'sounds good', 'lol ok']);
  });
});

describe('when a reader greets the channel ("good morning everyone")', () => {
  it('abstains rather than answering on "good" relations', () => {
    expectAbstains(['good morning everyone', 'good morning', 'hey whats good', 'good bot']);
  });

  it('answers the question after the greeting', () => {
    const answer = curated.ask('good morning! who is zakharova');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Foreign Ministry spokeswoman');
  });
});

describe('when a reader asks for help ("can you help me")', () => {
  it('abstains rather than reading "help" as military support', () => {
    expectAbstains(['can you help me', 'can someone help me out', 'thanks for the help']);
  });

  it('answers the question the request comes with', () => {
    expect(curated.ask('can u help, what happened to the tartus lease').answer).toMatch(
      /lease of the Tartous port was recently terminated/,
    );
  });
});

describe('when a reader sends a bare "help"', () => {
  it('abstains, though the curated lexicon reads "help" as "support"', () => {
    expectAbstains(['help', 'help!!', 'help?']);
  });

  it('still answers a one-word question of the story\'s ("bases?")', () => {
    expect(curated.ask('bases?').status).toBe('answered');
    expect(fresh.ask('bases?').status).not.toBe('unknown');
  });
});

describe('when a reader remarks "she said yes!!" with no one named', () => {
  it('abstains on every story: a pronoun and "said" name nothing', () => {
    expectAbstains(['she said yes!!', 'he said no lol', 'they said so', 'she says']);
  });

  it('still answers a question about what someone said', () => {
    expect(curated.ask('what did she say').status).toBe('answered');
    expect(curated.ask('did zakharova say yes?').status).toBe('answered');
  });
});

describe('when a reader asks the date or the time ("what is the date today")', () => {
  it("abstains rather than listing the article's dates", () => {
    expectAbstains([
      'what is the date today',
      "what's the date",
      'what day is it',
      'what year is it',
      'what month is it',
      'what time is it',
    ]);
  });

  it("still lists the article's dates when asked for them", () => {
    expect(halden.ask('which dates does the article mention').answer).toMatch(
      /^Dates in the article/,
    );
  });

  it('still answers a question about the date of something', () => {
    expect(curated.ask('what date did assad fall').answer).toContain('December 8');
  });
});

describe('when a reader asks about the bot ("who made you", "where do you live")', () => {
  it('abstains', () => {
    expectAbstains([
      'where do you live',
      'how do you work',
      'what can i ask you',
      'what did you just say',
      'why do you exist',
      'are you biased',
      "what's your name",
      'who built this bot',
      'who owns this bot',
      'is this bot open source',
    ]);
  });

  it('answers a request to tell ("can you tell me…", "do you know…")', () => {
    for (const question of [
      'can you tell me who zakharova is',
      'are you able to tell me who zakharova is',
      'could u please explain who zakharova is',
    ]) {
      expect(curated.ask(question).answer, question).toContain('Foreign Ministry spokeswoman');
    }
    expect(curated.ask('do you know where assad fled').answer).toContain('Moscow');
  });

  it('answers where "you" is anyone ("if you look at the article…") or asks an opinion of the article', () => {
    expect(curated.ask('if you look at the article, who is the spokeswoman').answer).toContain(
      'Zakharova',
    );
    expect(curated.ask('what do u make of the lease thing').answer).toContain('lease');
  });

  it('answers where "you" is inside the words the reader quotes ("who said \'you knew…\'")', async () => {
    const charity = createEngine((await fixtureStory('charity-theft')).kb);
    expect(charity.ask("who said 'you knew that better than anyone'").answer).toContain(
      'Rosalind Tennant',
    );
    // Its own offered question, quoting the judge, leads to her words.
    const offered = charity
      .offerableQuestions()
      .find((q) => q.startsWith('What did Tennant say: “Every pound you took'));
    expect(offered).toBeDefined();
    expect(charity.ask(offered ?? '').quote?.text).toContain('Every pound you took');
  });

  it('answers a reader who only hails it ("yo bot who wrote this")', () => {
    expect(halden.ask('yo bot who wrote this').answer).toContain('Laura Venn');
  });
});

describe('when a reader asks "who said that" with nothing said before', () => {
  it('abstains rather than picking one of the quotes', () => {
    expectAbstains(['who said that', 'wait who said that lol', 'who said that??']);
  });

  it('answers when the question gives the words ("who said …")', () => {
    expect(fresh.ask('who said "we do not want russia to leave syria"').answer).toContain('Sharaa');
  });

  it('answers when the question names who "that" is ("the old syrian president, who was that")', () => {
    expect(curated.ask('the old syrian president, who was that').answer).toContain('Assad');
  });
});

describe('when a reader remarks on a word an article-wide list shares ("people are so weird")', () => {
  it("does not list the article's people or dates", () => {
    for (const remark of ['people are so weird', 'my date stood me up lol']) {
      expect(fresh.ask(remark).status, remark).toBe('unknown');
    }
  });

  it('still lists them when asked, even without a question word ("people mentioned?")', () => {
    expect(fresh.ask('people mentioned?').answer).toMatch(/^People in the article/);
    expect(fresh.ask('key dates').answer).toMatch(/^Dates in the article/);
  });
});

describe("on articles that use the small talk's own words", () => {
  let rateDecision: StoryEngine;
  let launchFailure: StoryEngine;
  beforeAll(async () => {
    rateDecision = createEngine((await fixtureStory('rate-decision')).kb);
    launchFailure = createEngine((await fixtureStory('launch-failure')).kb);
  });

  describe('when a reader asks "whats todays date" of an article that says "today"', () => {
    it('abstains rather than listing the dates', () => {
      expect(rateDecision.ask('whats todays date').status).toBe('unknown');
      expect(rateDecision.ask("what's tonight's date?").status).toBe('unknown');
    });
  });

  describe('when a reader greets "howdy partner" where the article speaks of partners', () => {
    it('abstains rather than quoting the partners', () => {
      expect(launchFailure.ask('howdy partner').status).toBe('unknown');
      expect(launchFailure.ask('hey buddy').status).toBe('unknown');
    });
  });
});
