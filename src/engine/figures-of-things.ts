import { BoundedMemo } from './bounded-memo.ts';
import { SPELLED_NUMBERS } from './figures.ts';

/** Words by which a figure counts what was added or taken away: "six additional beds", "19 more". */
const ADDED = new Set(['additional', 'extra', 'more', 'further', 'fewer', 'less']);

/** Words by which a figure measures a difference: "two hours later", "7% lower". */
const COMPARED = new Set(
  'later earlier lower higher more less fewer longer shorter bigger smaller larger greater up down'.split(
    ' ',
  ),
);

/** Verbs by which a thing's figure is how far it moved: "shares fell 3.1 per cent", "fares went up 20 percent". */
const MOVED = new Set(
  `rose risen rises rise rising fell fallen falls fall falling dropped drops drop climbed climbs
  jumped jumps slipped slid slumped sank soared tumbled plunged increased decreased grew gained gains
  lost up down`.split(/\s+/),
);

/** Words that may come between a verb, or a link, and its figure: "fell by about 3 per cent". */
const HEDGES = new Set(
  'by about around roughly nearly almost some just over least at than a record'.split(' '),
);

/** Words tying a thing to its figure before it: "revenue of £6.8 billion", "the fare is £2", "rates to 5.75 percent". */
const LINKS = new Set('is are was were of at to totalled totaled reached'.split(' '));

/** Helping verbs before a verb of moving: "shares were down". */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been']);

/** Words before a figure counting one more group: "another 20", "a further 14 objects". */
const ANOTHER = new Set(['another', 'further', 'extra', 'additional']);

/** How many tokens after a figure of a move may say what level it reached ("…on Monday, to 240p"). */
const REACHED_WITHIN = 8;

/** A folded text's figures, words and the marks that end a phrase. */
const TOKEN = /\p{Sc}?\d+(?:[.,]\d+)*%?|\p{L}+|[.;:,!?()"“”]/gu;
/** The name folding writes before a currency sign ("pound £6.8"): part of the figure. */
const CURRENCY_NAME = /\p{L}+\s+(?=\p{Sc}\d)/gu;
const SPELLED: ReadonlySet<string> = new Set(SPELLED_NUMBERS);
/** A sum of money: a figure after a currency sign. */
const SUM = /^\p{Sc}/u;

/** Whether a token is a figure: digits ("3.1", "£6.8", "7%") or a small number spelled out ("six"). */
function isFigure(token: string): boolean {
  return /^\p{Sc}?\d/u.test(token) || SPELLED.has(token);
}

/** Whether a token is a word, not a figure or a mark. */
function isWord(token: string | undefined): token is string {
  return token !== undefined && /^\p{L}/u.test(token);
}

/**
 * What a text tells of the figures of things: the words of the things it
 * gives only how far they moved ("shares fell 3.1 per cent", "six
 * additional beds"), and those it gives a figure of outright ("214
 * stores", "revenue of £6.8 billion").
 */
export interface FiguresOfThings {
  /** The words of things given only a change: "shares" of "shares fell 3.1 per cent". */
  changed: readonly string[];
  /** The words of things given a figure outright: "stores" of "214 stores". */
  level: readonly string[];
  /** Whether any figure is of a change, of a thing named or not ("7% lower"). */
  anyChange: boolean;
  /**
   * Whether a figure tells how far something moved and not where it went:
   * "shares fell 3.1 per cent", but not "fell 3% to 245p".
   */
  movedNotReached: boolean;
  /**
   * For each sum of money, the words around it that may say what it is:
   * "revenue", "billion" of "revenue of £6.8 billion"; "cap" of "a £1.50 cap".
   */
  sums: readonly (readonly string[])[];
}

/**
 * What a folded text tells of the figures of things ({@link FiguresOfThings}),
 * read once per text: every question after a level reads each unit it
 * ranked. The story's texts are few; a loose cap bounds a large one.
 */
export function figuresOfThings(folded: string): FiguresOfThings {
  return readings.get(folded);
}

const readings = new BoundedMemo(8192, (folded: string): FiguresOfThings => {
  const tokens = folded.replace(CURRENCY_NAME, '').match(TOKEN) ?? [];
  const changed: string[] = [];
  const level: string[] = [];
  let anyChange = false;
  let movedNotReached = false;
  const sums: string[][] = [];
  tokens.forEach((token, at) => {
    if (!isFigure(token)) return;
    // The words right after the figure; a mark ends its phrase.
    const [n1, n2, n3] = [tokens[at + 1], tokens[at + 2], tokens[at + 3]];
    // Back past any hedge ("fell by about 3"), to the word the figure follows.
    let back = at - 1;
    while (back >= 0 && HEDGES.has(tokens[back] ?? '')) back--;
    const before = tokens[back];
    const linked = isWord(before) && LINKS.has(before) ? tokens[back - 1] : undefined;
    if (SUM.test(token)) {
      const after = [n1, n2, n3];
      const end = after.findIndex((t) => !isWord(t));
      sums.push([...(end === -1 ? after : after.slice(0, end)), linked].filter(isWord));
    }
    const another = ANOTHER.has(tokens[at - 1] ?? '');
    if (isWord(n1) && ADDED.has(n1)) {
      // "Six additional beds", "19 more midwives": what was added.
      changed.push(...[n2, n3].filter(isWord));
      anyChange = true;
    } else if (another) {
      // "A further 14 objects": a group's own count, beside others counted.
      level.push(...[n1, n2].filter(isWord));
      anyChange = true;
    } else if (
      isWord(n2) &&
      COMPARED.has(n2) &&
      isWord(n1) &&
      // "At 612 centres less than three hours later": "less than" hedges the
      // figure after it, and the centres are counted outright.
      !(n3 === 'than' && isFigure(tokens[at + 4] ?? ''))
    ) {
      // "Two hours later": how much more of the thing measured.
      changed.push(n1);
      anyChange = true;
    } else if (isWord(n1) && COMPARED.has(n1)) {
      // "7% lower": a difference of nothing named.
      anyChange = true;
    } else if (isWord(before) && MOVED.has(before)) {
      // "Shares fell 3.1 per cent", unless it goes on "to 240p".
      let subject = back - 1;
      while (subject >= 0 && AUXILIARIES.has(tokens[subject] ?? '')) subject--;
      const thing = tokens[subject];
      const rest = tokens.slice(at + 1, at + REACHED_WITHIN + 1);
      const end = rest.findIndex((t) => t === '.' || t === ';');
      const reached = (end === -1 ? rest : rest.slice(0, end)).includes('to');
      if (isWord(thing)) (reached ? level : changed).push(thing);
      if (!reached) movedNotReached = true;
      anyChange = true;
    } else {
      // "214 stores", "revenue of £6.8 billion": a figure of the thing outright.
      if (isWord(n1)) level.push(...(isWord(n2) ? [n1, n2] : [n1]));
      if (isWord(linked)) level.push(linked);
    }
  });
  return { changed, level, anyChange, movedNotReached, sums };
});
