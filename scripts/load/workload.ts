/**
 * What the load runs send: `/ask` interactions from many readers (so the
 * cooldown refuses nobody), cycling through the story's example questions
 * and questions it does not cover, built with the test suite's payloads.
 */
import type { StoryEngine } from '../../src/engine/engine.ts';
import { chatInput } from '../../test/fixtures/discord/gateway.ts';
import { READER } from '../../test/fixtures/discord/ids.ts';

const NOT_COVERED = [
  'how many troops does russia have in syria',
  'what is the weather in damascus',
  'who won the football match',
];

let readersSoFar = 0n;

/** `count` raw `/ask` interactions, each from a reader no earlier call used. */
export function askInteractions(engine: StoryEngine, count: number) {
  const first = readersSoFar;
  readersSoFar += BigInt(count);
  const questions = [...engine.story().examples, ...NOT_COVERED];
  return Array.from({ length: count }, (_, i) =>
    chatInput(
      'ask',
      { question: questions[i % questions.length] ?? 'where are the bases?' },
      {
        ...READER,
        id: `${1_100_000_000_100_000_000n + first + BigInt(i)}`,
        username: `reader${i}`,
      },
    ),
  );
}
