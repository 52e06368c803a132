/**
 * A question made of nothing but "what/which <kind> is this": "what town is
 * this in", "which museum was it swiped from", "ok so what village is this
 * even about lol". The one shape both the question after the article's
 * setting (`setting-asked.ts`) and the one after the story's one thing of a
 * kind (`story-kind-asked.ts`) are read by, so that a reader's chat around
 * either is read alike.
 */

/** What differs between the questions of this shape. */
export interface WhichThisParts {
  /** The kind asked, as a pattern; its one capture, if any, is the kind's word. */
  kind: string;
  /** What the kind is asked of: "this" only, or "it" and "that" too. */
  subjects: string;
  /** A verb of what happened to it, before any preposition: "happened", "swiped". */
  verbs: string;
}

/**
 * The pattern of a question of this shape, matched against its folded words
 * joined by single spaces: up to three words of chat before "what" or
 * "which", then the kind, "is", "was" or "did", the subject, a word naming
 * the article, a word of emphasis, a verb and a preposition, each if any,
 * and chat after it.
 */
export function whichThisPattern({ kind, subjects, verbs }: WhichThisParts): RegExp {
  return new RegExp(
    [
      `^(?:\\S+ ){0,3}?(?:what|which) ${kind}`,
      ` (?:is|was|did) (?:${subjects})`,
      '(?: (?:story|article|piece|news))?',
      '(?: (?:even|actually|exactly|all))?',
      `(?: (?:${verbs}))?`,
      '(?: (?:about|at|on|in|from|near|for|of|to))?',
      '(?: (?:lol|pls|please|again|then|exactly|even))*$',
    ].join(''),
    'u',
  );
}
