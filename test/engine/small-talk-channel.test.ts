/**
 * More small talk told by its shape (`src/engine/small-talk.ts`): commands
 * to other bots of the server, a figure posted alone, the channel asked how
 * it is and a countdown to the reader's own time abstain on every story,
 * though the articles use their words ("daily", "6:42", "everyone",
 * "hours", "weekend"); questions in the same words still ask the article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { bundledFresh, FIXTURE_ARTICLES, fixtureStory } from '../eval/stories.ts';
import { expectAbstainsOn, type NamedStories } from '../support/abstains.ts';
import { bundledStory } from '../support/story.ts';

let curated: StoryEngine;
const engines = new Map<string, StoryEngine>();
let stories: NamedStories = [];
beforeAll(async () => {
  curated = (await bundledStory()).engine;
  const named: [string, StoryEngine][] = [
    ['the curated story', curated],
    ['the bundled article ingested fresh', createEngine(await bundledFresh())],
  ];
  for (const name of FIXTURE_ARTICLES) {
    const engine = createEngine((await fixtureStory(name)).kb);
    engines.set(name, engine);
    named.push([name, engine]);
  }
  stories = named;
}, 120_000);

const article = (name: string) => engines.get(name) as StoryEngine;

describe('when someone posts "!rank"', () => {
  it('abstains: a command to another bot of the server, though "rank" reads as "place"', () => {
    expectAbstainsOn(stories, ['!rank', '?daily', '/play lofi', '$balance', '.play lofi']);
  });

  it('still answers when the word after the sign asks ("?whos the author")', () => {
    expect(article('halden-boil-water').ask('?whos the author').answer).toContain('Laura Venn');
    expect(article('halden-boil-water').ask('.who wrote this').answer).toContain('Laura Venn');
  });
});

describe('when someone posts "42"', () => {
  it('abstains, though the launch lifted off at 6:42', () => {
    expectAbstainsOn(stories, ['42', '69 nice', '100 lol']);
  });

  it('still answers a figure asked about ("41,000?", "what happened in 2015")', () => {
    expect(article('halden-boil-water').ask('41,000?').answer).toContain('41,000');
    expect(curated.ask('what happened in 2015').answer).toContain('2015');
  });
});

describe('when someone posts "evening all, how\'s everyone doing"', () => {
  it('abstains, though a launch witness says "everyone was cheering"', () => {
    expectAbstainsOn(stories, [
      "evening all, how's everyone doing",
      'how are you all',
      'hows it going',
      "how's life",
      'how is everybody holding up',
    ]);
  });

  it('still asks the article how people of the story are doing ("how are the patients doing")', () => {
    expect(
      article('halden-boil-water').explain('how are the patients doing').length,
    ).toBeGreaterThan(0);
  });
});

describe('when someone posts "how many hours until the weekend"', () => {
  it('abstains, though the sleep study counts hours at weekends', () => {
    expectAbstainsOn(stories, [
      'how many hours until the weekend',
      'how long till the weekend',
      'how long til lunch',
    ]);
  });

  it('still answers "how long until the advisory is lifted"', () => {
    expect(
      article('halden-boil-water').ask('how long until the advisory is lifted').answer,
    ).toContain('lifted');
  });
});

describe('when someone posts "shut up bot"', () => {
  it('abstains: one everyday word, nothing asked, though the schools "remain shut"', () => {
    expectAbstainsOn(stories, ['shut up bot', 'i got a raise!!', 'monday again 😩']);
  });

  it('still answers the same words asked, or with a subject of the story', () => {
    const halden = article('halden-boil-water');
    for (const question of ['schools closed?', 'schools closed monday', 'monday?']) {
      expect(halden.ask(question).answer, question).toContain('Seventeen schools');
    }
  });

  it('still reads a word alone as the subject the reader names ("water")', () => {
    expect(article('halden-boil-water').ask('water').status).toBe('answered');
  });
});

describe('when someone posts "my rent went up again"', () => {
  it("abstains: the reader's own things, though the curated story reads rent as the lease", () => {
    expectAbstainsOn(stories, ['my rent went up again', 'my school is closed for snow']);
  });

  it('still answers a question about the same thing ("is the lease terminated?")', () => {
    expect(curated.ask('is the lease terminated?').status).toBe('answered');
  });

  it('still weighs the article for a remark naming its people ("my uncle keeps saying putin…")', () => {
    expect(curated.explain('my uncle keeps saying putin abandoned assad').length).toBeGreaterThan(
      0,
    );
  });
});

describe('when someone posts "where is everyone from"', () => {
  it('abstains: the channel asked after, though a launch official speaks of "everyone"', () => {
    expectAbstainsOn(stories, ['where is everyone from', 'what is everyone up to']);
  });
});

describe('when someone posts "hodl"', () => {
  it('abstains: slang the story knows only as a slip of an everyday word ("hold")', () => {
    expectAbstainsOn(stories, ['hodl']);
  });

  // "grats" was read as a slip of "grants" until the wildfire story, with no
  // grants, read it as its "great"; it is chat, like "congrats" (2026-12-04).
  it('abstains on chat that looks like a slip of a story word ("grats")', () => {
    expectAbstainsOn(stories, ['grats', 'congrats']);
  });

  it('still reads a misspelt name or subject alone as meant ("zakarova", "aslyum")', () => {
    expect(curated.ask('zakarova').answer).toContain('Zakharova');
    expect(curated.ask('aslyum').answer).toContain('asylum');
  });
});

describe('when someone posts "this is fine 🐶🔥"', () => {
  it('abstains: "this" before "is" makes a remark, though the cup semi-final reads "fine" as its penalties', () => {
    expectAbstainsOn(stories, ['this is fine 🐶🔥', 'that is wild']);
  });

  it('still reads "ok is the water safe now" as a question', () => {
    expect(article('halden-boil-water').ask('ok is the water safe now').status).toBe('answered');
  });
});
