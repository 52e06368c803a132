import type { EntityKind, Passage } from '../knowledge/schema.ts';
import { sentenceSpans, type Token, tokenize } from './text.ts';
import {
  COUNTRIES,
  DATE_WORDS,
  DEMONYM,
  FUNCTION_WORDS,
  NAME_CONNECTORS,
  ORGANIZATION_WORDS,
  PLACE_WORDS,
  SPEECH_VERBS,
  TITLES,
} from './words.ts';

/** A run of capitalized words in a passage: a candidate name. */
export interface NameRun {
  passage: number;
  tokens: Token[];
  /** Index in `tokens` where the name proper starts, after any title. */
  nameFrom: number;
  sentenceInitial: boolean;
  kind: EntityKind;
  /** False when `kind` is a default, to be settled from every mention. */
  kindSure: boolean;
}

/** A speech verb right after a name: "Zakharova said", "Sharaa also told". */
export const SPEECH_AFTER = new RegExp(
  `^\\s+(?:also\\s+|later\\s+|then\\s+|further\\s+)?(?:${SPEECH_VERBS})\\b`,
);

/** Capitalized runs of one passage, with their titles split off and a guess at their kind. */
export function nameRuns(passage: Passage): NameRun[] {
  const { text } = passage;
  const tokens = tokenize(text);
  const sentenceStarts = new Set(
    sentenceSpans(text).map((s) => tokens.find((t) => t.start >= s.start)?.start ?? -1),
  );
  const runs: NameRun[] = [];
  let current: Token[] = [];
  const flush = () => {
    while (current.length > 0 && !isNameWord(current.at(-1))) current.pop();
    const first = current[0];
    if (first) {
      // After a dateline dash or a colon a word is capitalized as if opening a sentence.
      const initial =
        sentenceStarts.has(first.start) ||
        /[—–:(“"]\s*$|[.!?]["”’]?\s+$/.test(text.slice(0, first.start));
      const run = classify(passage.n, current, initial, text);
      if (run) runs.push(run);
    }
    current = [];
  };
  tokens.forEach((token, i) => {
    const previous = current.at(-1);
    const joined =
      previous !== undefined &&
      !previous.possessive &&
      /^[ \u00A0]+$/.test(text.slice(previous.end, token.start));
    if (previous !== undefined && !joined) flush();
    if (isNameWord(token)) {
      current.push(token);
    } else if (current.length > 0 && NAME_CONNECTORS.has(token.text) && isNameWord(tokens[i + 1])) {
      current.push(token);
    } else {
      flush();
    }
  });
  flush();
  return runs;
}

/** A word that can be part of a name: capitalized, or "al-Assad", and not "However" or "May". */
export function isNameWord(token: Token | undefined): boolean {
  if (!token) return false;
  const word = token.text.toLowerCase();
  if (FUNCTION_WORDS.has(word) || DATE_WORDS.has(word)) return false;
  return (
    /^\p{Lu}/u.test(token.text) ||
    /^(?:al|el|ad|as|ash|bin|ibn|abu|de|van|von)-\p{Lu}/u.test(token.text)
  );
}

function classify(
  passage: number,
  tokens: Token[],
  sentenceInitial: boolean,
  text: string,
): NameRun | null {
  const words = tokens.map((t) => t.text.toLowerCase());
  const lastTitle = words.findLastIndex((w) => TITLES.has(w));
  const afterTitle = words.slice(lastTitle + 1);
  const isOrganization = words.some((w) => ORGANIZATION_WORDS.has(w));
  let nameFrom = 0;
  let kind: EntityKind = 'person';
  let kindSure = true;
  if (
    lastTitle >= 0 &&
    afterTitle.length > 0 &&
    !afterTitle.some((w) => ORGANIZATION_WORDS.has(w) || PLACE_WORDS.has(w))
  ) {
    nameFrom = lastTitle + 1;
  } else if (isOrganization) {
    kind = 'organization';
  } else if (PLACE_WORDS.has(words.at(-1) ?? '')) {
    kind = 'place';
  } else {
    while (nameFrom < words.length - 1 && DEMONYM.test(words[nameFrom] ?? '')) nameFrom++;
    if (COUNTRIES.has(words.slice(nameFrom).join(' '))) {
      kind = 'country';
    } else {
      // Whoever "said" something is a person; anything else is settled from every mention.
      kindSure = SPEECH_AFTER.test(text.slice(tokens.at(-1)?.end ?? 0));
    }
  }
  const nameWords = words.slice(nameFrom);
  if (nameWords.every((w) => TITLES.has(w) || DEMONYM.test(w.split('-').at(-1) ?? w))) return null;
  return { passage, tokens, nameFrom, sentenceInitial, kind, kindSure };
}
