/**
 * Stretched spellings: chat drags a letter out ("sooo", "heyyy", "whooo",
 * "pleeease") for tone, not meaning. No English word holds one letter three
 * times in a row, so such a run is a stretch, and the word meant is one of
 * its shortened forms; a legitimately doubled letter ("coffee",
 * "bookkeeper") is never touched.
 */

/** A word of the question as typed, the way `words` would cut it. */
const TYPED_WORD = /[\p{L}\p{N}]+/gu;
/** Beyond this many stretched runs in one word, only the all-two and all-one forms are tried. */
const MAX_COMBINED_RUNS = 4;

/** Whether a folded word, or a whole folded text, holds a letter three times or more in a row. */
export function isStretched(word: string): boolean {
  let run = 1;
  for (let i = 1; i < word.length; i++) {
    run = word[i] === word[i - 1] && isLetter(word.charCodeAt(i)) ? run + 1 : 1;
    if (run === 3) return true;
  }
  return false;
}

/**
 * The shortened forms of a stretched word, to be tried in order: every
 * stretched run cut to two letters first ("goood" → "good"), then to one
 * ("sooo" → "so"), runs of two left as typed ("coffeee" → "coffee").
 */
export function shortenedForms(word: string): string[] {
  const parts: { text: string; stretched: boolean }[] = [];
  for (let i = 0; i < word.length; ) {
    let end = i + 1;
    while (end < word.length && word[end] === word[i]) end++;
    const stretched = end - i >= 3 && isLetter(word.charCodeAt(i));
    parts.push({ text: stretched ? (word[i] ?? '') : word.slice(i, end), stretched });
    i = end;
  }
  const runs = parts.filter((part) => part.stretched).length;
  // Each stretched run kept at two (bit clear) or cut to one (bit set):
  // fewer runs cut to one first, so the longer, likelier word wins.
  const masks: number[] = [];
  if (runs <= MAX_COMBINED_RUNS) {
    for (let mask = 0; mask < 1 << runs; mask++) masks.push(mask);
    masks.sort((a, b) => bitCount(a) - bitCount(b) || a - b);
  } else masks.push(0, (1 << runs) - 1);
  return masks.map((mask) => {
    let run = 0;
    let form = '';
    for (const part of parts) {
      if (!part.stretched) form += part.text;
      else form += mask & (1 << run++) ? part.text : part.text + part.text;
    }
    return form;
  });
}

/**
 * Reads stretched words as the reader meant them, leaving the rest of the
 * question as typed: quotes, case and punctuation still matter downstream
 * (what kind of fact is asked, quoted words).
 *
 * @param plainOf a stretched word, folded, as the word it stands for
 */
export function unstretched(
  question: string,
  plainOf: (word: string) => string,
  fold: (word: string) => string,
): string {
  // The question is folded for analysis anyway, and folding keeps its last text.
  if (!isStretched(fold(question))) return question;
  return question.replace(TYPED_WORD, (typed) => {
    const word = fold(typed);
    return isStretched(word) ? plainOf(word) : typed;
  });
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let bits = mask; bits !== 0; bits &= bits - 1) count++;
  return count;
}
