/**
 * Discord messages that ask nothing of the story although they share a word
 * with it: reactions and memes sent alone ("first", "who asked"), talk about
 * the server ("who pays for this server"), requests for the bot to make
 * something or for the reader's own how-to ("write me a poem", "how do i
 * report someone"), sums ("whats 2+2") and opinions ("nobody trusts the
 * police anymore"). Each abstains on every story;
 * questions in the same chatty words still ask the article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { bundledFresh, fixtureStory, haldenFresh } from '../eval/stories.ts';
import { expectAbstainsOn } from '../support/abstains.ts';
import { bundledStory } from '../support/story.ts';

let curated: StoryEngine;
let fresh: StoryEngine;
let halden: StoryEngine;
let sleep: StoryEngine;
let election: StoryEngine;
let flood: StoryEngine;
beforeAll(async () => {
  curated = (await bundledStory()).engine;
  fresh = createEngine(await bundledFresh());
  halden = createEngine(await haldenFresh());
  sleep = createEngine((await fixtureStory('weekend-sleep-study')).kb);
  election = createEngine((await fixtureStory('kessington-by-election')).kb);
  flood = createEngine((await fixtureStory('harlow-falls-flood')).kb);
}, 60_000);

const everyStory = () =>
  [
    ['the curated story', curated],
    ['the bundled article ingested fresh', fresh],
    ['the boil-water article', halden],
    ['the weekend sleep study', sleep],
    ['the by-election', election],
    ['the flood report', flood],
  ] as const;

function expectAbstains(messages: readonly string[]): void {
  expectAbstainsOn(everyStory(), messages);
}

describe('when a reader only reacts ("first", "agreed", "who asked")', () => {
  it('abstains, though the stories say "first", "agreed", "asked" and "bases"', () => {
    expectAbstains(['first', 'first!!', 'agreed', 'who asked', 'based', 'lmaooo im crying']);
  });

  it('still asks the article with the same words in a question', () => {
    expect(election.ask('who asked for a recount').status).toBe('answered');
    expect(curated.ask('is tartous lease still valid').answer).toContain('terminated');
    expect(election.explain('who came second').length).toBeGreaterThan(0);
  });
});

describe('when a reader sends "yeet" alone', () => {
  it('abstains on the curated story, whose lexicon reads a reader\'s "yeeted" as ousted', () => {
    expectAbstains(['yeet', 'yeet!!']);
  });

  it('still answers "when was assad yeeted"', () => {
    expect(curated.ask('when was assad yeeted').answer).toContain('December 8');
  });
});

describe('when a reader talks about the server ("who pays for this server")', () => {
  it('abstains, though the stories say "match", "pays" and "leave"', () => {
    expectAbstains([
      'who pays for this server',
      "where's the rules channel",
      'what channel is the match on',
      'how do i leave this server',
      'how do i change my nickname',
    ]);
  });

  it('still answers a question for the server that names the article', () => {
    const answer = election.ask(
      'im making a timeline for our server, what dates does the article give',
    );
    expect(answer.answer).toContain('Dates in the article');
  });
});

describe('when a reader asks the bot to make something ("write me a poem", "tell me a joke")', () => {
  it('abstains, though the flood report says "pickup truck" and the by-election "said"', () => {
    expectAbstains([
      'write me a poem',
      'give me a pickup line',
      'bot say something funny',
      'tell me a joke',
      'can someone give me a role',
    ]);
  });

  it('still answers a request for the story\'s own ("give me an example of…", "the gist")', () => {
    expect(curated.ask('give me an example of syria limiting russian influence').status).toBe(
      'answered',
    );
    expect(curated.ask('can u give me the gist').status).toBe('answered');
    expect(curated.ask('give me a quick tl;dr of this').status).toBe('answered');
    expect(curated.ask('tell me something about the bases').answer).toContain('two bases');
    expect(election.ask('give me a list of the candidates').status).toBe('answered');
  });

  it('reads "sharaa said some people…" as a report, not a request', () => {
    expect(curated.ask('what did sharaa say some people want').answer).toContain('Sharaa');
  });
});

describe('when a reader asks how to do something of their own ("how do i report someone")', () => {
  it('abstains rather than giving the byline for "report"', () => {
    expectAbstains([
      'how do i report someone',
      'how can i get better at chess',
      'how to fix my wifi',
    ]);
  });

  it('still answers "how do we know what bogdanov talked about"', () => {
    expect(curated.ask('how do we know what bogdanov talked about').status).toBe('answered');
  });
});

describe('when a reader sends a sum or a vote ("whats 2+2", "+1")', () => {
  it('abstains, though the stories give figures', () => {
    expectAbstains(['whats 2+2', '+1', 'what is 3*4']);
  });
});

describe('when a reader gives an opinion ("nobody trusts the police anymore")', () => {
  it('abstains, though the sleep study says "police" and the stories "aged"', () => {
    expectAbstains([
      'nobody trusts the police anymore',
      'the government is useless',
      'this aged well',
      'who cares lol',
    ]);
  });

  it('abstains on an opinion marked "imo", though the obituary names its best-known album', async () => {
    const obituary = createEngine((await fixtureStory('jazz-pianist-obituary')).kb);
    expect(obituary.ask('best album of the year imo').status).toBe('unknown');
    expect(obituary.ask('best album of the year imho').status).toBe('unknown');
    expectAbstains(['the government is useless imo']);
  });

  it('still answers a question marked "imo" ("what was his best album imo")', async () => {
    const obituary = createEngine((await fixtureStory('jazz-pianist-obituary')).kb);
    expect(obituary.ask('what was his best known album imo').status).toBe('answered');
  });

  it('still answers a remark closed by a tag ("so nothing is decided yet right")', () => {
    expect(curated.ask('so nothing is decided yet right').status).toBe('answered');
  });

  it('still reads what the reader heard as a question ("i heard the mayor is resigning")', () => {
    expect(election.explain('i heard the mayor is resigning').length).toBeGreaterThan(0);
  });
});
