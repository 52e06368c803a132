import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import type { EvalSet } from '../eval/evaluate.ts';
import { bundledFresh, REPO, readEvalSet } from '../eval/stories.ts';

let bundled: StoryEngine;
let readers: EvalSet;
beforeAll(async () => {
  bundled = createEngine(await bundledFresh());
  readers = await readEvalSet(path.join(REPO, 'test', 'eval', 'questions.json'));
});

/** The article's words an answer quotes, and where. */
function quoted(answer: Answer): string {
  return `¶${answer.citation?.passage}: ${answer.quote?.text ?? ''}`;
}

const isSentence = (suggestion: string) => suggestion.startsWith('More on “');

describe('the questions offered when the engine abstains', () => {
  it("never hold both a speaker's quote and “More on” the sentence that is that quote", () => {
    const articleWide = new Set(bundled.story().examples);
    let abstained = 0;
    for (const { q } of readers.answerable) {
      const answer = bundled.ask(q);
      if (answer.status !== 'unknown') continue;
      abstained++;
      const clicks = answer.suggestions.map((s) => bundled.ask(s));
      const quotes = clicks.map(quoted);
      answer.suggestions.forEach((sentence, at) => {
        // A sentence whose opening another unit answers better is not the case here.
        if (!isSentence(sentence) || clicks[at]?.match?.kind !== 'sentence') return;
        // The article-wide questions close every list, whatever they quote.
        const same = answer.suggestions.filter(
          (other, index) => index !== at && quotes[index] === quotes[at] && !articleWide.has(other),
        );
        expect(same, `${q}: "${sentence}"`).toEqual([]);
      });
    }
    expect(abstained).toBeGreaterThan(100);
  });
});
