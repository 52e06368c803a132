/**
 * A fixed, deterministic mix of questions derived from any knowledge base:
 * the kinds a busy channel really sends, in equal shares and interleaved, so
 * that the first N of the mix keep the same proportions as the whole.
 */
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { DEFAULT_SEED } from './corpus.ts';
import { Prng } from './prng.ts';
import { OFF_TOPIC } from './vocabulary.ts';

/** The kinds of question in the mix, in the order they are interleaved. */
export const QUESTION_KINDS = ['typo', 'long', 'one-word', 'off-topic'] as const;
/** One kind of question of the mix. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A question of the mix and its kind, so that latency can be reported per kind. */
export interface BenchQuestion {
  kind: QuestionKind;
  text: string;
}

const LONG_OPENINGS = [
  'I read somewhere that',
  'Someone in the channel claimed that',
  'Is it really true that',
  'My friend keeps telling me that',
];
const LONG_CLOSINGS = [
  'can you confirm that and tell me who said it, when, and where it was reported?',
  'what exactly happened there and why does it matter for the rest of the story?',
  'is that what the article says, or did they get the details wrong?',
];

/** `count` questions: typo'd curated phrasings, long paraphrases, rare single words, off-topic. */
export function questionMix(
  kb: KnowledgeBase,
  count: number,
  seed = DEFAULT_SEED,
): BenchQuestion[] {
  const random = new Prng(seed ^ 0x5eed);
  const phrasings = kb.sources.flatMap((s) => s.pairs.flatMap((p) => p.questions));
  const passages = kb.sources.flatMap((s) => s.source.passages.map((p) => p.text));
  const rare = rareWords(passages);
  const readerWords = readerWordsFor(kb.lexicon.synonyms);

  const make: Record<QuestionKind, () => string> = {
    typo: () =>
      withTypos(random, phrasings.length > 0 ? random.pick(phrasings) : random.pick(passages)),
    long: () => longParaphrase(random, random.pick(passages), readerWords),
    'one-word': () => random.pick(rare),
    'off-topic': () =>
      [
        random.pick(OFF_TOPIC.openings),
        random.pick(OFF_TOPIC.tasks),
        random.pick(OFF_TOPIC.endings),
      ]
        .filter(Boolean)
        .join(' ')
        .concat('?'),
  };
  return Array.from({ length: count }, (_, i) => {
    const kind = QUESTION_KINDS[i % QUESTION_KINDS.length] as QuestionKind;
    return { kind, text: make[kind]() };
  });
}

/** One or two misspelt words: a swap, a dropped, a doubled or a wrong letter. */
function withTypos(random: Prng, text: string): string {
  const words = text.split(' ');
  const lettersOf = (word: string) => word.match(/\p{L}{3,}/u)?.[0] ?? '';
  const byLength = (min: number) =>
    words.flatMap((word, i) => (lettersOf(word).length >= min ? [i] : []));
  const candidates = byLength(5).length > 0 ? byLength(5) : byLength(3);
  const targets = random.shuffled(candidates).slice(0, random.int(1, 2));
  for (const i of targets) {
    const word = words[i] ?? '';
    const letters = lettersOf(word);
    words[i] = word.replace(letters, misspell(random, letters));
  }
  return words.join(' ');
}

/** The word with one typo; never the word itself. */
function misspell(random: Prng, word: string): string {
  const at = random.int(1, word.length - 2);
  const before = word.slice(0, at);
  const letter = word.charAt(at);
  const after = word.slice(at + 1);
  const wrongLetter = `${before}${letter === 'e' ? 'a' : 'e'}${after}`;
  switch (random.int(0, 3)) {
    case 0:
      return after.charAt(0) === letter
        ? wrongLetter
        : `${before}${after.charAt(0)}${letter}${after.slice(1)}`;
    case 1:
      return `${before}${after}`;
    case 2:
      return `${before}${letter}${letter}${after}`;
    default:
      return wrongLetter;
  }
}

/** A whole paragraph retold loosely, in a reader's words, inside a chatty question. */
function longParaphrase(
  random: Prng,
  passage: string,
  readerWords: ReadonlyMap<string, readonly string[]>,
): string {
  const retold = passage
    .replace(/["“”]/g, '')
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word) || !random.chance(0.15))
    .map((word) => {
      const alternatives = readerWords.get(word.toLowerCase());
      return alternatives && random.chance(0.5) ? random.pick(alternatives) : word;
    })
    .join(' ')
    .replace(/[.!?]+$/, '');
  return `${random.pick(LONG_OPENINGS)} ${retold} — ${random.pick(LONG_CLOSINGS)}`;
}

/** Words of six letters or more that the passages use at most twice. */
function rareWords(passages: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of passages) {
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (word.length >= 6) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const byRarity = [...counts].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const rarest = byRarity.filter(([, n]) => n <= 2);
  const words = (rarest.length > 0 ? rarest : byRarity.slice(0, 50)).map(([word]) => word);
  return words.length > 0 ? words : ['story'];
}

/** For each article word, the reader words the lexicon maps onto it. */
function readerWordsFor(synonyms: Readonly<Record<string, string>>): Map<string, string[]> {
  const readerWords = new Map<string, string[]>();
  for (const [reader, article] of Object.entries(synonyms)) {
    if (article.includes(' ')) continue;
    readerWords.set(article, [...(readerWords.get(article) ?? []), reader]);
  }
  return readerWords;
}
