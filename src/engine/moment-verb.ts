/**
 * "What time does the meeting start", "when does the sale end": a verb of a
 * thing's beginning or end says which moment of the thing is asked, never
 * which thing. Any value a sentence gives "starting at 9 a.m." sits beside
 * it, whatever starts then.
 */

/** Verbs of beginning and ending, in the forms a reader types them. */
const MOMENT_VERBS: ReadonlySet<string> = new Set([
  'start',
  'starts',
  'started',
  'starting',
  'begin',
  'begins',
  'began',
  'beginning',
  'end',
  'ends',
  'ended',
  'ending',
  'finish',
  'finishes',
  'finished',
  'finishing',
]);

/** Whether a word (folded) is a verb of a thing's beginning or end. */
export function isMomentVerb(word: string): boolean {
  return MOMENT_VERBS.has(word);
}
