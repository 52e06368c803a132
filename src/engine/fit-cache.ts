/**
 * The per-story cache of which units meet a condition that depends only on
 * the kind of fact asked ("a date", "a count of troops"), one byte per unit.
 */
import type { AskContext } from './ask-context.ts';
import { BoundedMemo } from './bounded-memo.ts';
import { isGap } from './suggestions.ts';
import type { AnswerUnit } from './units.ts';

/** Questions can name anything counted, so the fit cache keeps this many needs at most. */
const FIT_CACHE_LIMIT = 200;

/** An empty {@link AskContext.fitCache} for a story of `units` answer units. */
export function emptyFitCache(units: number): BoundedMemo<string, Uint8Array> {
  return new BoundedMemo(FIT_CACHE_LIMIT, () => new Uint8Array(units));
}
/** A unit's entry in a fit cache before the unit is read. */
export const UNKNOWN_FIT = 0;
/** A unit's entry in a fit cache once it is read and meets the condition. */
export const FITS = 1;
/** A unit's entry in a fit cache once it is read and does not meet the condition. */
export const UNFIT = 2;

/**
 * Whether a unit meets a condition that holds of it whatever the question
 * beyond `key`, read once per unit and kept in the story's fit cache under
 * `key`; a gap, which says the article does not tell, always meets it.
 */
export function keptFit(
  context: AskContext,
  key: string,
  meets: (unit: AnswerUnit) => boolean,
): (index: number) => boolean {
  const fits = context.fitCache.get(key);
  return (index) => {
    if (fits[index] === UNKNOWN_FIT) {
      const unit = context.units[index];
      fits[index] = unit !== undefined && (isGap(unit) || meets(unit)) ? FITS : UNFIT;
    }
    return fits[index] === FITS;
  };
}
