/**
 * The per-story cache of which units meet a condition that depends only on
 * the kind of fact asked ("a date", "a count of troops"), one byte per unit.
 */
import type { AskContext } from './ask-context.ts';
import { BoundedMemo } from './bounded-memo.ts';

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
