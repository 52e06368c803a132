import { foldText, words } from './text.ts';

/**
 * The role a "who is the …" asks the holder of, when the question asks
 * nothing else: "insurer" of "who's the insurer lol". Null for any other
 * question ("who is the insurer's head of claims", "who did the farmer
 * blame").
 */
export function roleHolderAsked(
  question: string,
  isFiller: (word: string) => boolean,
): string | null {
  const typed = question.toLowerCase().replaceAll('’', "'");
  const role = /\bwho(?:'s|s|\s+is|\s+was)\s+(?:the|their|its)\s+([a-z][a-z-]+)\b(?!')/.exec(
    typed,
  )?.[1];
  if (role === undefined) return null;
  const asked = words(foldText(question)).filter(
    (word) => !isFiller(word) && !HOLDER_QUESTION_WORDS.has(word),
  );
  return asked.length === 1 && asked[0] === role ? role : null;
}

/** The words of "who's the", "who is their": what asks for the holder, not the role. */
const HOLDER_QUESTION_WORDS = new Set(['who', 'whos', 's', 'is', 'was', 'the', 'their', 'its']);

/**
 * A test of whether a text names the role only as the owner of another's:
 * "said Helen Marsh, the insurer's head of claims" names the insurer's
 * employee, and "a farmer's unharvested wheat" a crop, neither the one "who
 * is the insurer" or "who's the farmer" asks for. False where the text never
 * names it, names it plainly ("the farmer, Geoffrey Pell"), or as someone's
 * own trade ("Tom Beaney, whose butcher's shop"). Built once per question,
 * then read for each unit.
 */
export function roleNamedOnlyAsOwner(role: string): (text: string) => boolean {
  // One holder's "'s" after "the" or "a" ("the insurer's head"): not a plural's name
  // ("the Beekeepers' Guild"), nor what someone's own trade names ("whose butcher's shop").
  const owner = new RegExp(`\\b(?:the|a|an)\\s+${role}'s\\b`, 'u');
  const plain = new RegExp(`\\b${role}(?:s|es)?\\b(?!')`, 'u');
  return (text) => {
    const typed = text.toLowerCase().replaceAll('’', "'");
    return owner.test(typed) && !plain.test(typed);
  };
}
