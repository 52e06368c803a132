import type { WordRelations } from '../knowledge/general-schema.ts';

/**
 * The words whose WordNet lines list a word, by how they list it: as a
 * synonym, a derivation, or a broader or narrower word. WordNet's compact
 * index is not symmetric (a word's list is cut to its most frequent senses),
 * so a word's own line does not say which lines list it.
 */
export interface Listers {
  synonymOf: readonly string[];
  derivedOf: readonly string[];
  /** Lines listing the word as a broader or a narrower word. */
  broaderOrNarrowerOf: readonly string[];
}

/** The {@link Listers} of a word; undefined when no line lists it. */
export type ListedBy = (word: string) => Listers | undefined;

/**
 * The inverse of the compact WordNet index (`wordnet.txt`), one line per
 * word some line lists, sorted: "word|synonym of|derived of|broader or
 * narrower of", each field the listing words, sorted, space-separated.
 * `npm run wordnet` writes it as `wordnet-inverse.txt`, so start-up never
 * inverts WordNet: a reader's word is looked up in it when first typed.
 */
export function inverseIndex(index: string): string {
  const listers = new Map<string, [Set<string>, Set<string>, Set<string>]>();
  const file = (word: string, field: 0 | 1 | 2, by: string) => {
    let sets = listers.get(word);
    if (sets === undefined) {
      sets = [new Set(), new Set(), new Set()];
      listers.set(word, sets);
    }
    sets[field].add(by);
  };
  for (const line of index.split('\n')) {
    if (line === '') continue;
    const { word, relations } = lineRelations(line);
    for (const other of relations.synonyms) file(other, 0, word);
    for (const other of relations.derived) file(other, 1, word);
    for (const other of relations.hypernyms) file(other, 2, word);
    for (const other of relations.hyponyms) file(other, 2, word);
  }
  const lines = [...listers.keys()]
    .sort(byCodeUnits)
    .map((word) =>
      [word, ...(listers.get(word) ?? []).map((set) => [...set].sort(byCodeUnits).join(' '))].join(
        '|',
      ),
    );
  return `${lines.join('\n')}\n`;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One line of the compact WordNet index: its word and relations. */
export function lineRelations(line: string): { word: string; relations: WordRelations } {
  const bar = line.indexOf('|');
  return { word: bar < 0 ? line : line.slice(0, bar), relations: relationsOfLine(line) };
}

/**
 * The relations of one line ("word|synonyms|hypernyms|hyponyms|derived"),
 * each list split from the line when first read: a story's build reads the derived words of its
 * lines only, and its readers' words the rest of a few lines.
 */
export function relationsOfLine(line: string): WordRelations {
  return new LineRelations(line);
}

/** A line's relations, read field by field (see {@link relationsOfLine}). */
class LineRelations implements WordRelations {
  private readonly read: (readonly string[] | undefined)[] = [];

  constructor(private readonly line: string) {}

  get synonyms(): readonly string[] {
    return this.field(1);
  }

  get hypernyms(): readonly string[] {
    return this.field(2);
  }

  get hyponyms(): readonly string[] {
    return this.field(3);
  }

  get derived(): readonly string[] {
    return this.field(4);
  }

  /** The words of field `n` of the line ("word|synonyms|hypernyms|hyponyms|derived"). */
  private field(n: number): readonly string[] {
    let words = this.read[n];
    if (words === undefined) {
      let start = 0;
      for (let bar = 0; bar < n && start >= 0; bar++) {
        const at = this.line.indexOf('|', start);
        start = at < 0 ? -1 : at + 1;
      }
      const end = start < 0 ? -1 : this.line.indexOf('|', start);
      const text = start < 0 ? '' : this.line.slice(start, end < 0 ? this.line.length : end);
      words = text ? text.split(' ') : [];
      this.read[n] = words;
    }
    return words;
  }
}

/**
 * Looks words up in the text {@link inverseIndex} writes, by binary search
 * over its sorted lines: nothing is read of it until a word is asked for.
 */
export function listedByIndex(inverse: string): ListedBy {
  return (word) => {
    let lo = 0;
    let hi = inverse.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = inverse.lastIndexOf('\n', mid - 1) + 1;
      const bar = inverse.indexOf('|', start);
      if (bar < 0) return undefined;
      const key = inverse.slice(start, bar);
      if (key === word) {
        const newline = inverse.indexOf('\n', bar);
        const [synonymOf, derivedOf, broaderOrNarrowerOf] = inverse
          .slice(bar + 1, newline < 0 ? inverse.length : newline)
          .split('|')
          .map((field) => (field ? field.split(' ') : []));
        return {
          synonymOf: synonymOf ?? [],
          derivedOf: derivedOf ?? [],
          broaderOrNarrowerOf: broaderOrNarrowerOf ?? [],
        };
      }
      if (key < word) {
        const newline = inverse.indexOf('\n', bar);
        if (newline < 0) return undefined;
        lo = newline + 1;
      } else hi = start;
    }
    return undefined;
  };
}

/**
 * The same lookup over relations already in memory (a story's own lines),
 * inverted at once: for callers that hand the engine relations without the
 * inverse index.
 */
export function listedByRelations(related: ReadonlyMap<string, WordRelations>): ListedBy {
  const listers = new Map<
    string,
    { synonymOf: string[]; derivedOf: string[]; broaderOrNarrowerOf: string[] }
  >();
  const file = (
    word: string,
    field: 'synonymOf' | 'derivedOf' | 'broaderOrNarrowerOf',
    by: string,
  ) => {
    let found = listers.get(word);
    if (found === undefined) {
      found = { synonymOf: [], derivedOf: [], broaderOrNarrowerOf: [] };
      listers.set(word, found);
    }
    found[field].push(by);
  };
  for (const [word, relations] of related) {
    for (const other of relations.synonyms) file(other, 'synonymOf', word);
    for (const other of relations.derived) file(other, 'derivedOf', word);
    for (const other of [...relations.hypernyms, ...relations.hyponyms]) {
      file(other, 'broaderOrNarrowerOf', word);
    }
  }
  return (word) => listers.get(word);
}
