/**
 * Whether a second, independent reading of the question tells right best
 * units from bad ones: for every question of the fresh development articles
 * whose best unit the engine holds back, what giving that unit would be
 * (right, wrong, an answer to a question the article does not answer, or to
 * an off-topic message), split by signals the engine's ranking does not
 * read, and for those it gives, whether the second reading disagrees:
 *
 * - `bm25`: a plain BM25 ranking of the article's sentences by the
 *   question's stemmed words (no stand-ins, no reader phrases, no speller,
 *   no demotions); its best sentence is the best unit's sentence, in the
 *   best unit's paragraph, elsewhere, or there is none;
 * - `bm25+stand-ins`: the same over the engine's own reading of words (its
 *   stems, speller, reader phrases and WordNet stand-ins at their credit),
 *   none of its weighting, phrase matching or demotions;
 * - `bm25 agrees+lead`: agreeing, whether that best sentence also leads the
 *   best sentence of any other paragraph by `BM25_LEAD`;
 * - `rarest held`: whether the best unit's sentences hold the question's
 *   two rarest words in the article (highest IDF);
 * - `words not in article`, `coverage`: the question's words the article
 *   never uses, and the share of those it uses the best unit holds;
 * - `gives a specific`: whether the best unit's sentences give a figure or a
 *   name the question does not;
 * - `window`: whether the question's words the sentences hold stand within
 *   a short span of each other;
 * - measures ranked by AUC (right against bad, 0.5 is no information): the
 *   engine's margin over its best candidate in another paragraph, BM25's
 *   own lead, the share of the question's IDF the best unit holds, the
 *   share of the sentence's words the question asks (precision), the
 *   paragraph's place, the sentence's length, the rarest word left unsaid.
 *
 * Measured 2026-12-03 (docs/fresh-articles.md): no signal, alone or with
 * the decision's own conditions, reaches four right per bad answer on both
 * the bundled article and the fixture articles; agreement mostly restates
 * the word overlap the engine already reads.
 *
 *   npx tsx scripts/agreement.ts [--own DIR] [--dump samples.jsonl]
 *
 * `--own DIR` adds each made-up article of a folder (NAME.txt,
 * NAME.meta.json, NAME.json), as `scripts/decision-gates.ts` reads them.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Analyzer } from '../src/engine/analyzer.ts';
import { clearSentenceBlock, isGivenWordForWord } from '../src/engine/clear-sentence.ts';
import type { DecisionFeatures } from '../src/engine/decision-features.ts';
import { createEngine } from '../src/engine/engine.ts';
import type { QueryTerm } from '../src/engine/query-terms.ts';
import { unitSentences } from '../src/engine/sentences.ts';
import { stem } from '../src/engine/stemming.ts';
import { QUESTION_WORDS, STOPWORDS } from '../src/engine/stopwords.ts';
import { TermIndex } from '../src/engine/term-index.ts';
import type { KnowledgeBase } from '../src/knowledge/schema.ts';
import { type EvalSet, isRight, TOP_UNIT_THRESHOLD } from '../test/eval/evaluate.ts';
import { uncuratedStories } from '../test/eval/stories.ts';

const { values } = parseArgs({
  options: { dump: { type: 'string' }, own: { type: 'string' } },
});

type Outcome = 'right' | 'wrong' | 'notIn' | 'offTopic';
const OUTCOMES: readonly Outcome[] = ['right', 'wrong', 'notIn', 'offTopic'];

/** BM25's usual constants. */
const K1 = 1.2;
const B = 0.75;
/** How many times the second reading's best sentence must outscore any other paragraph's to lead. */
const BM25_LEAD = 1.5;
/** A span of words this many times the number of words held, or fewer, is a window. */
const WINDOW_FACTOR = 2.5;

interface Sentence {
  passage: number;
  text: string;
  words: string[];
  stems: string[];
}

interface Sample {
  source: 'bundled' | 'fixtures' | 'own';
  article: string;
  question: string;
  outcome: Outcome;
  signals: Record<string, string>;
  numbers: Record<string, number>;
  /** Whether the engine gives the best unit now. */
  given: boolean;
  features: DecisionFeatures | null;
  gate: string;
}

/** Words as the second reading sees them: lower case, no stopword, Porter-stemmed. */
function stemsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [])
    .map((w) => w.replace(/['’]s$/u, '').replace(/['’]/gu, ''))
    .filter((w) => w.length > 0 && !STOPWORDS.has(w) && !QUESTION_WORDS.has(w))
    .map(stem);
}

function sentencesOf(kb: KnowledgeBase): Sentence[] {
  return kb.sources.flatMap(({ source }) =>
    source.passages.flatMap((p) =>
      unitSentences(p.text).map((text) => {
        const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
        return { passage: p.n, text, words, stems: stemsOf(text) };
      }),
    ),
  );
}

function bm25(sentences: readonly Sentence[]) {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.stems)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  const avg = sentences.reduce((sum, s) => sum + s.stems.length, 0) / Math.max(1, n);
  const idf = (t: string) => {
    const d = df.get(t) ?? 0;
    return d === 0 ? 0 : Math.log((n - d + 0.5) / (d + 0.5) + 1);
  };
  const score = (s: Sentence, query: readonly string[]) => {
    let total = 0;
    for (const t of new Set(query)) {
      const tf = s.stems.filter((x) => x === t).length;
      if (tf === 0) continue;
      total += (idf(t) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * s.stems.length) / avg));
    }
    return total;
  };
  return { idf, score };
}

/**
 * BM25 over the engine's own reading of words (its stems, the speller, the
 * reader phrases, WordNet's stand-ins for words the story does not use, each
 * earning its credit): the same vocabulary as the engine, none of its
 * weighting, phrase matching or demotions. A group of stand-ins counts once,
 * through its best term.
 */
function expandedBm25(kb: KnowledgeBase, sentences: readonly Sentence[]) {
  const analyzer = new Analyzer(kb.lexicon, kb.general);
  const index = new TermIndex(
    sentences.map((s) => ({ phrases: [], body: s.text, prior: 1 })),
    analyzer,
    [],
    kb.general?.related,
  );
  const termsOf = sentences.map((s) => analyzer.termsOf(s.text));
  const df = new Map<string, number>();
  for (const terms of termsOf) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  const avg = termsOf.reduce((sum, t) => sum + t.length, 0) / Math.max(1, n);
  const idf = (t: string) => {
    const d = df.get(t) ?? 0;
    return d === 0 ? 0 : Math.log((n - d + 0.5) / (d + 0.5) + 1);
  };
  return (question: string): number[] => {
    const groups = new Map<number, QueryTerm[]>();
    for (const t of index.analyze(question)) {
      if (t.isQuestionWord) continue;
      groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
    }
    return termsOf.map((terms) => {
      let total = 0;
      for (const group of groups.values()) {
        let best = 0;
        for (const t of group) {
          const tf = terms.filter((x) => x === t.term).length;
          if (tf === 0) continue;
          const w =
            (idf(t.term) * t.credit * t.certainty * tf * (K1 + 1)) /
            (tf + K1 * (1 - B + (B * terms.length) / avg));
          best = Math.max(best, w);
        }
        total += best;
      }
      return total;
    });
  };
}

const norm = (text: string) => text.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim();

/** The sentences a shown answer quotes: those of its paragraph its quote holds or lies within. */
function shownSentences(
  sentences: readonly Sentence[],
  passage: number | undefined,
  shown: string,
): number[] {
  const said = norm(shown);
  if (said.length === 0) return [];
  return sentences.flatMap((s, i) => {
    if (passage !== undefined && s.passage !== passage) return [];
    const own = norm(s.text);
    return said.includes(own) || own.includes(said) ? [i] : [];
  });
}

function collect(source: Sample['source'], article: string, kb: KnowledgeBase, set: EvalSet) {
  const engine = createEngine(kb);
  const ranking = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
  const sentences = sentencesOf(kb);
  const { idf, score } = bm25(sentences);
  const expanded = expandedBm25(kb, sentences);
  const samples: Sample[] = [];
  const sample = (kind: Outcome, question: string, expect: readonly string[]) => {
    const given = engine.ask(question).status === 'answered';
    const top = ranking.ask(question);
    if (top.status !== 'answered') return;
    const outcome = kind === 'right' ? (isRight(top, expect) ? 'right' : 'wrong') : kind;
    const passage = top.citation?.passage;
    const mine = shownSentences(sentences, passage, top.quote?.text ?? top.answer);
    const query = stemsOf(question);
    const scored = sentences.map((s, i) => ({ i, s, score: score(s, query) }));
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0];
    const signals: Record<string, string> = {};
    if (!best || best.score === 0) signals.bm25 = 'none';
    else if (mine.includes(best.i)) signals.bm25 = 'same sentence';
    else if (best.s.passage === passage) signals.bm25 = 'same paragraph';
    else signals.bm25 = 'disagrees';
    const byExpanded = expanded(question)
      .map((x, i) => ({ i, score: x }))
      .sort((a, b) => b.score - a.score);
    const bestX = byExpanded[0];
    const otherX = byExpanded.find(
      (x) => bestX && sentences[x.i]?.passage !== sentences[bestX.i]?.passage,
    );
    const leadX = bestX && otherX && otherX.score > 0 ? bestX.score / otherX.score : 9;
    signals['bm25+stand-ins'] =
      !bestX || bestX.score === 0
        ? 'none'
        : mine.includes(bestX.i)
          ? leadX >= BM25_LEAD
            ? 'same sentence, leads'
            : 'same sentence, close'
          : sentences[bestX.i]?.passage === passage
            ? 'same paragraph'
            : 'disagrees';
    const otherPara = scored.find((x) => best && x.s.passage !== best.s.passage);
    const lead = best && otherPara && otherPara.score > 0 ? best.score / otherPara.score : 9;
    signals['bm25 agrees+lead'] =
      signals.bm25 === 'same sentence' || signals.bm25 === 'same paragraph'
        ? lead >= BM25_LEAD
          ? 'agrees, leads'
          : 'agrees, close'
        : 'no';
    const held = new Set(mine.flatMap((i) => sentences[i]?.stems ?? []));
    const known = [...new Set(query)].filter((t) => idf(t) > 0).sort((a, b) => idf(b) - idf(a));
    const rarest = known.slice(0, 2);
    signals['rarest held'] =
      rarest.length === 0
        ? 'no known word'
        : rarest.every((t) => held.has(t))
          ? 'all'
          : rarest.some((t) => held.has(t))
            ? 'some'
            : 'none';
    const unknownWords = [...new Set(query)].filter((t) => idf(t) === 0).length;
    signals['words not in article'] = unknownWords === 0 ? '0' : unknownWords === 1 ? '1' : '2+';
    const heldQuery = known.filter((t) => held.has(t));
    signals.coverage =
      known.length === 0
        ? 'n/a'
        : heldQuery.length === known.length
          ? 'all known'
          : heldQuery.length / known.length >= 0.5
            ? 'half+'
            : 'less';
    signals['gives a specific'] = givesSpecific(
      mine.map((i) => sentences[i]).filter(isSentence),
      question,
    );
    signals.window = windowOf(mine.map((i) => sentences[i]).filter(isSentence), heldQuery);
    const features = engine.explainDecision(question);
    const gate = given
      ? 'given'
      : features === null || isGivenWordForWord(features)
        ? 'other'
        : (clearSentenceBlock(features) ?? 'other');
    const unknownIdf = Math.log(sentences.length + 1);
    const allIdf = [...new Set(query)].reduce((sum, t) => sum + (idf(t) || unknownIdf), 0);
    const heldIdf = heldQuery.reduce((sum, t) => sum + idf(t), 0);
    const shownStems = mine.flatMap((i) => sentences[i]?.stems ?? []);
    const querySet = new Set(query);
    const unheldMax = Math.max(
      0,
      ...[...querySet].filter((t) => !held.has(t)).map((t) => idf(t) || unknownIdf),
    );
    // The engine's own margin over the best candidate in another paragraph
    // (sentence units only: a pair's title names no paragraph).
    const candidates = ranking.explain(question, 12);
    const topScore = candidates[0]?.score ?? 0;
    const paragraphOf = (title: string) =>
      sentences.find((s) => norm(s.text) === norm(title))?.passage;
    const otherParagraph = candidates.slice(1).find((c) => {
      const p = c.kind === 'sentence' ? paragraphOf(c.title) : undefined;
      return p !== undefined && p !== passage;
    });
    const numbers = {
      paragraphLead:
        otherParagraph && otherParagraph.score > 0 ? topScore / otherParagraph.score : 9,
      bm25Lead: lead,
      idfCoverage: allIdf > 0 ? heldIdf / allIdf : 0,
      precision:
        shownStems.length > 0
          ? shownStems.filter((t) => querySet.has(t)).length / shownStems.length
          : 0,
      passage: passage ?? 0,
      sentenceWords: shownStems.length,
      unheldMaxIdf: unheldMax,
      known: known.length,
      unknown: unknownWords,
    };
    samples.push({ source, article, question, outcome, given, signals, numbers, features, gate });
  };
  for (const { q, expect } of set.answerable) sample('right', q, expect);
  for (const q of set.unanswerable) sample('notIn', q, []);
  for (const q of set.offTopic) sample('offTopic', q, []);
  return samples;
}

/**
 * Whether the shown sentences give something concrete the question does
 * not name: a figure, or a capitalised word past the sentence's first.
 */
function givesSpecific(shown: readonly Sentence[], question: string): string {
  const asked = new Set(question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const specific = shown.some((s) =>
    (s.text.match(/[\p{L}\p{N}][\p{L}\p{N},.]*/gu) ?? []).some(
      (w, i) =>
        !asked.has(w.toLowerCase().replace(/[,.]+$/u, '')) &&
        (/\p{N}/u.test(w) || (i > 0 && /^\p{Lu}/u.test(w))),
    ),
  );
  return specific ? 'yes' : 'no';
}

const isSentence = (s: Sentence | undefined): s is Sentence => s !== undefined;

/** Whether the question's words the sentences hold stand close together in one of them. */
function windowOf(shown: readonly Sentence[], held: readonly string[]): string {
  if (held.length < 2) return 'under 2 words';
  let bestSpan = Number.POSITIVE_INFINITY;
  for (const s of shown) {
    const positions = s.words.map((w) => stem(w.replace(/['’]s$/u, '').replace(/['’]/gu, '')));
    const where = held.map((t) => positions.flatMap((p, i) => (p === t ? [i] : [])));
    if (where.some((w) => w.length === 0)) continue;
    // The smallest span holding one position of each word: few words, so try each start.
    for (const start of where.flat()) {
      let end = start;
      let ok = true;
      for (const w of where) {
        const after = w.filter((p) => p >= start);
        if (after.length === 0) {
          ok = false;
          break;
        }
        end = Math.max(end, Math.min(...after));
      }
      if (ok) bestSpan = Math.min(bestSpan, end - start + 1);
    }
  }
  if (!Number.isFinite(bestSpan)) return 'split';
  return bestSpan <= WINDOW_FACTOR * held.length ? 'tight' : 'loose';
}

const samples: Sample[] = [];
for await (const { source, name, kb, set } of uncuratedStories(values.own)) {
  samples.push(...collect(source, name, kb, set));
}
if (values.dump) {
  await writeFile(values.dump, samples.map((s) => JSON.stringify(s)).join('\n'));
}

type Row = Record<Outcome, number>;

function rowOf(of: readonly Sample[]): Row {
  const row: Row = { right: 0, wrong: 0, notIn: 0, offTopic: 0 };
  for (const s of of) row[s.outcome]++;
  return row;
}

/** "right / wrong / not in / off-topic  (right per bad answer)". */
function cell(row: Row): string {
  const bad = row.wrong + row.notIn + row.offTopic;
  const ratio = bad === 0 ? '-' : (row.right / bad).toFixed(2);
  return `${OUTCOMES.map((o) => row[o]).join(' / ')} (${ratio})`.padStart(30);
}

/** One line per value of a signal, one cell per source. */
function table(title: string, of: readonly Sample[], pick: (s: Sample) => string) {
  const sources = [...new Set(samples.map((s) => s.source))];
  console.log(`\n${title}\n  ${''.padEnd(24)}${sources.map((s) => s.padStart(30)).join('')}`);
  for (const value of [...new Set(of.map(pick))].sort()) {
    const cells = sources.map((source) =>
      cell(rowOf(of.filter((s) => s.source === source && pick(s) === value))),
    );
    console.log(`  ${value.padEnd(24)}${cells.join('')}`);
  }
}

/** How often a right best unit scores above a bad one on a signal: 0.5 is no information. */
function auc(of: readonly Sample[], pick: (s: Sample) => number): number {
  const right = of.filter((s) => s.outcome === 'right').map(pick);
  const bad = of.filter((s) => s.outcome !== 'right').map(pick);
  let wins = 0;
  for (const r of right) for (const b of bad) wins += r > b ? 1 : r === b ? 0.5 : 0;
  return right.length * bad.length === 0 ? 0.5 : wins / (right.length * bad.length);
}

const heldBack = samples.filter((s) => !s.given);
// Above the score floor: where a new condition could give an answer.
const nearMisses = heldBack.filter((s) => s.gate !== 'floor' && s.gate !== 'other');
console.log(
  'Per source: right / wrong / not in the article / off-topic had the best unit been given (right per bad).',
);
for (const signal of Object.keys(samples[0]?.signals ?? {})) {
  table(`held back, ${signal}`, heldBack, (s) => s.signals[signal] ?? '');
}
for (const gate of ['strangeWord', 'lowScore', 'closeRunnerUp', 'strangeWords']) {
  for (const signal of ['bm25 agrees+lead', 'bm25+stand-ins']) {
    table(
      `held back by ${gate}, ${signal}`,
      heldBack.filter((s) => s.gate === gate),
      (s) => s.signals[signal] ?? '',
    );
  }
}
for (const signal of ['bm25', 'bm25+stand-ins']) {
  table(
    `given now, ${signal} (does disagreement flag wrong answers?)`,
    samples.filter((s) => s.given),
    (s) => s.signals[signal] ?? '',
  );
}
console.log(
  `\nAUC of each measure, right against bad, held back above the score floor (${nearMisses.length}):`,
);
for (const name of Object.keys(samples[0]?.numbers ?? {})) {
  console.log(`  ${name.padEnd(20)}${auc(nearMisses, (s) => s.numbers[name] ?? 0).toFixed(3)}`);
}
for (const name of ['score', 'lead', 'typedHeld'] as const) {
  console.log(
    `  ${`(engine) ${name}`.padEnd(20)}${auc(nearMisses, (s) => Number(s.features?.[name] ?? 0)).toFixed(3)}`,
  );
}
