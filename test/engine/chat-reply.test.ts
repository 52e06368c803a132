import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { bundledStory } from '../support/story.ts';

let engine: StoryEngine;
beforeAll(async () => {
  ({ engine } = await bundledStory());
});

describe('when a message names nothing to look up ("hi", "thanks!", "lol")', () => {
  it.each(['hi', 'thanks!', 'lol', 'good bot', 'how are you', 'is he even sorry'])(
    'answers "%s" with what the bot is for, not that the article "does not say"',
    (message) => {
      const answer = engine.ask(message);
      expect(answer.status).toBe('unknown');
      expect(answer.answer).toBe(
        'I answer questions about “Russia’s military presence in Syria”, from the Caliber.Az article. I found nothing in that to look up: try one of the suggestions.',
      );
      expect(answer.suggestions.length).toBeGreaterThan(0);
    },
  );

  it('still says the article does not say to an on-subject question it leaves open', () => {
    const answer = engine.ask('what did the president of iran say about the russian bases');
    expect(answer.status).toBe('unknown');
    expect(answer.answer).toMatch(/^The Caliber\.Az article does not say/);
  });

  it("gives the editors' own word on what the article leaves out, where they wrote one", () => {
    // "US" is a country the article never names, as the editors' gap pair on
    // other countries' reactions says (2026-12-06: the folded country is a name).
    const answer = engine.ask('what did the US say about the russian bases');
    expect(answer.status).toBe('unknown');
    expect(answer.answer).toMatch(/does not mention how other countries see/);
  });
});

describe('when the story is told by several articles', () => {
  it('names the story and how many articles it is told from', async () => {
    const { kb } = await bundledStory();
    const first = kb.sources[0];
    if (!first) throw new Error('the bundled story has a source');
    const second = { ...first, source: { ...first.source, id: `${first.source.id}-copy` } };
    const story = createEngine({ ...kb, sources: [first, second] });
    expect(story.ask('thanks!').answer).toBe(
      'I answer questions about “Russia’s military presence in Syria”, from its 2 articles. I found nothing in that to look up: try one of the suggestions.',
    );
  });
});
