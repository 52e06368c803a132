import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { NamedKinds } from '../../src/engine/named-kind.ts';
import { STOPWORDS } from '../../src/engine/stopwords.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

const namedKinds = new NamedKinds(LANGUAGE);
const given = (question: string, text: string) =>
  namedKinds.namesKindAskedOutright(question, (word) => STOPWORDS.has(word), text);

describe('when asked outright for the name of one of a kind', () => {
  it("reads a name right beside the kind's word as giving it", () => {
    expect(
      given(
        "what's the consumer group called",
        "Helen Garside, who chairs the consumer group Shoppers' Voice, said so.",
      ),
    ).toBe('thing');
    expect(
      given(
        "what's the exhibit called where the leopard lives",
        'Engineers will inspect the Himalayan Heights exhibit.',
      ),
    ).toBe('thing');
  });
  it('does not read a name the reader already gave as giving it', () => {
    expect(
      given(
        'what was the name of the midlands investment group that owned it',
        'The family bought the firm back after a decade under a Midlands investment group.',
      ),
    ).toBeNull();
  });
  it("tells a person asked for, whose name must be someone's", () => {
    expect(
      given(
        "what's the name of the DfT spokesperson who commented",
        'A Department for Transport spokesperson said on Wednesday that funding was agreed.',
      ),
    ).toBe('person');
  });
  it('reads no name given when the question asks none outright', () => {
    expect(given('which group campaigned', "the consumer group Shoppers' Voice")).toBeNull();
  });
});

describe('in the loyalty-card report ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('loyalty-card-breach')).kb);
  });

  describe('when asked "what\'s the consumer group called"', () => {
    it('answers with the sentence naming the group beside its word', () => {
      const reply = engine.ask("what's the consumer group called");
      expect(reply.status).toBe('answered');
      expect(reply.answer).toContain("Shoppers' Voice");
    });
  });
});

describe('in the tram-line report ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('tram-line-delay')).kb);
  });

  describe('when asked "what\'s the name of the DfT spokesperson who commented"', () => {
    it('does not answer with the department whose spokesperson it is', () => {
      expect(engine.ask("what's the name of the DfT spokesperson who commented").status).toBe(
        'unknown',
      );
    });
  });
});
