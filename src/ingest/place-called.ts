import type { Passage } from '../knowledge/schema.ts';
import type { Mention } from './names.ts';

/**
 * "the village of Hollinsby", "the market town of Coldmere": what kind of
 * place the article calls a place, given as its role ("a village", "a market
 * town"), the words before its name cited with it. Only for a mention of a
 * place that no other role describes, run once kinds are settled, since
 * `standsAsPlace` reads the words before a mention to settle them.
 */
export function namePlaceKinds(mentions: readonly Mention[], passages: readonly Passage[]): void {
  for (const mention of mentions) {
    if (mention.entity.kind !== 'place' || mention.role !== null) continue;
    const text = passages.find((p) => p.n === mention.passage)?.text ?? '';
    const called = PLACE_NOUN_OF.exec(text.slice(0, mention.outerStart));
    const noun = called?.[3];
    if (!called || noun === undefined || !SETTLEMENT_NOUNS.has(noun)) continue;
    const phrase = `${called[2] ?? ''}${noun}`;
    mention.role = `${/^[aeiou]/.test(phrase) ? 'an' : 'a'} ${phrase}`;
    mention.citeSentence = true;
    mention.outerStart = called.index + (called[0].length - called[0].trimStart().length);
    mention.text = text.slice(mention.outerStart, mention.end);
  }
}

/**
 * Nouns of places people live in or lands they are parts of, which "the
 * NOUN of" says a name is: "the town of", "the port of". Not the parts of a
 * place ("off the coast of Port Carrick", "at the junction of Kestrel Road"),
 * nor plurals ("the villages of X and Y" name more than one).
 */
const SETTLEMENT_NOUNS = new Set(
  'village town city hamlet port district borough county parish island province region suburb township neighbourhood neighborhood'.split(
    ' ',
  ),
);

/**
 * "the village of ", "the nearby market town of ": a determiner, up to two
 * lowercase words, a singular noun and "of" right before a name.
 */
const PLACE_NOUN_OF = /(?:^|\s)(the|a)\s+((?:[\p{Ll}-]+\s+){0,2})(\p{Ll}+)\s+of\s+$/u;
