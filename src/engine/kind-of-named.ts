/**
 * "What kind of company is Fernside", "what sort of place is Sarovitsa":
 * the kind of one thing the question names. The thing's own card, where
 * ingest drafted it from what the article calls it ("Fernside Foods, a
 * contract manufacturer based…", "Sarovitsa, a border town…"), is the
 * article's answer, though it never says "kind" or the kind's word; a list
 * of the article's names tells no kind of any of them.
 */
import { foldText } from './text.ts';

/**
 * "What kind of X is Y", "which sort of X was Y", "what type of X are Y",
 * as folded ("what's" reads "what"): the kind's word, then a verb of being,
 * then the words naming the thing, captured.
 */
const KIND_OF_NAMED =
  /\b(?:what|which|wat|wot)\s+(?:kinds?|sorts?|types?)\s+of\s+(?:an?\s+)?([\p{L}-]{3,})\s+(?:is|was|are|were)\s+(\S.*)$/u;

/** What a question asking the kind of a named thing asks: the kind's word, and the rest. */
export interface KindOfNamed {
  /** The kind's word as typed: "company" of "what kind of company is fernside". */
  kind: string;
  /** The words after the verb of being, which name the thing: "fernside". */
  rest: string;
}

/**
 * The kind of a named thing a question asks ("what kind of company is
 * fernside"); null for any other question, "what kind of fuel is it
 * carrying" included once the caller finds it names nothing.
 */
export function kindOfNamedAsked(question: string): KindOfNamed | null {
  const found = KIND_OF_NAMED.exec(foldText(question));
  if (!found) return null;
  return { kind: found[1] ?? '', rest: found[2] ?? '' };
}
