/**
 * The people the headline pair gives (`peopleGivenBy`, `src/engine/people-given.ts`):
 * those its headline names, and who it says its words are from ("MFA: …"),
 * never its byline, who wrote the article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { bundledFresh, fixtureStory } from '../eval/stories.ts';

let orchestra: StoryEngine;
let bundled: StoryEngine;
beforeAll(async () => {
  orchestra = createEngine((await fixtureStory('orchestra-tour')).kb);
  bundled = createEngine(await bundledFresh());
}, 60_000);

describe('when asked "who\'s the conductor that quit"', () => {
  it('is not answered by the headline, whose only person beside the conductor is its byline', () => {
    const answer = orchestra.ask("who's the conductor that quit");
    expect(answer.status).toBe('unknown');
  });
});

describe('when asked who said what a headline opening on "MFA:" says', () => {
  it('is answered by the headline, which gives who said it', () => {
    const answer = bundled.ask(
      "who said russia's military presence in syria is still being negotiated",
    );
    expect(answer.status).toBe('answered');
    expect(JSON.stringify(answer)).toContain('MFA:');
  });
});
