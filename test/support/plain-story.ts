/** An engine over plain passages with general English, for specs of what readers' words reach. */
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { storyOfPassages } from './story.ts';

/** The engine and the two readings a spec asks of it. */
export interface PlainStory {
  engine: StoryEngine;
  /** The answer given, or nothing when the engine abstains. */
  answerTo: (question: string) => string;
  /** What the engine ranks first, answered or held back below the threshold. */
  rankedFirst: (question: string) => string;
}

/**
 * A one-article story of these passages (see {@link storyOfPassages}) with
 * general English attached as the loader attaches it, and its engine.
 */
export async function plainStory(
  passages: readonly string[],
  story?: { title: string; scope: string },
): Promise<PlainStory> {
  const bare = storyOfPassages(passages, story);
  const engine = createEngine({ ...bare, general: await loadGeneralLanguage(storyWords(bare)) });
  return {
    engine,
    answerTo: (question) => {
      const answer = engine.ask(question);
      return answer.status === 'answered' ? answer.answer : '';
    },
    rankedFirst: (question) => engine.explain(question, 1)[0]?.title ?? '',
  };
}
