/**
 * `npx tsx scripts/chat-robustness.ts [a|b]`: how much the chat readers type
 * around a question costs. Every fresh fixture's questions are asked as
 * written, then with a lead-in, a closing, or both, from one of two lists
 * of Discord chatter (`test/eval/reader-chatter-a.json`, `-b.json`) written
 * by someone who saw nothing of StoryDesk: the i-th question gets the
 * (i mod 60)-th lead-in and (i mod 30)-th closing. Prints, per way of asking,
 * right directly and wrong over the answerable questions, and how many
 * questions the article does not answer and off-topic messages (the first
 * 35 of each set, its own) are answered.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createEngine } from '../src/engine/engine.ts';
import { holdsExpectedFact } from '../test/eval/evaluate.ts';
import { FIXTURE_ARTICLES, fixtureStory } from '../test/eval/stories.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const which = positionals[0] === 'b' ? 'b' : 'a';
const chatter: { prefixes: string[]; suffixes: string[] } = JSON.parse(
  await readFile(new URL(`../test/eval/reader-chatter-${which}.json`, import.meta.url), 'utf8'),
);
const WAYS = ['as written', 'lead-in', 'closing', 'both'] as const;
type Way = (typeof WAYS)[number];

/** The i-th question asked one way. */
function asked(question: string, way: Way, i: number): string {
  const lead = chatter.prefixes[i % chatter.prefixes.length] ?? '';
  const closing = chatter.suffixes[i % chatter.suffixes.length] ?? '';
  if (way === 'lead-in') return lead + question;
  if (way === 'closing') return question + closing;
  if (way === 'both') return lead + question + closing;
  return question;
}

const tally = new Map(WAYS.map((way) => [way, { right: 0, wrong: 0, notIn: 0, offTopic: 0 }]));
let answerable = 0;
let notIn = 0;
let offTopic = 0;
let i = 0;
for (const name of FIXTURE_ARTICLES) {
  const { kb, set } = await fixtureStory(name);
  const engine = createEngine(kb);
  for (const { q, expect } of set.answerable) {
    answerable++;
    i++;
    for (const way of WAYS) {
      const answer = engine.ask(asked(q, way, i));
      if (answer.status !== 'answered') continue;
      const row = tally.get(way);
      if (row && holdsExpectedFact(answer, expect)) row.right++;
      else if (row) row.wrong++;
    }
  }
  for (const [list, key] of [
    [set.unanswerable, 'notIn'],
    [set.offTopic.slice(0, 35), 'offTopic'],
  ] as const) {
    for (const q of list) {
      if (key === 'notIn') notIn++;
      else offTopic++;
      i++;
      for (const way of WAYS) {
        const row = tally.get(way);
        if (row && engine.ask(asked(q, way, i)).status === 'answered') row[key]++;
      }
    }
  }
}
console.log(
  `list ${which}: ${answerable} answerable, ${notIn} not in the article, ${offTopic} off-topic`,
);
for (const [way, row] of tally) {
  console.log(
    `${way.padEnd(11)} right ${row.right}, wrong ${row.wrong}, not in the article answered ${row.notIn}, off-topic answered ${row.offTopic}`,
  );
}
