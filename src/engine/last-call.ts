/**
 * A reading kept for the last arguments it was given, compared by identity:
 * the engine asks several times for one reading of the same question (the
 * ranking, the fits, the decision and the suggestions each ask), then moves
 * on to the next question and never comes back. One slot, not a map keyed by
 * every question (each key an object for the collector to trace and hold).
 *
 * `read` must be pure for its arguments. Arguments are compared with `===`,
 * so a string argument is compared by value and an array by identity: pass
 * the question's terms as the engine made them, not a copy.
 */
export function keptForLastCall<A, R>(read: (a: A) => R): (a: A) => R;
export function keptForLastCall<A, B, R>(read: (a: A, b: B) => R): (a: A, b: B) => R;
export function keptForLastCall<A, B, C, R>(read: (a: A, b: B, c: C) => R): (a: A, b: B, c: C) => R;
export function keptForLastCall<A, B, C, D, R>(
  read: (a: A, b: B, c: C, d: D) => R,
): (a: A, b: B, c: C, d: D) => R;
export function keptForLastCall<A, B, C, D, R>(
  read: (a: A, b: B, c: C, d: D) => R,
): (a: A, b: B, c: C, d: D) => R {
  // Fixed parameters, not a rest array: this sits on the per-unit path and
  // must not allocate on a hit.
  let kept: { a: A; b: B; c: C; d: D; value: R } | undefined;
  return (a, b, c, d) => {
    if (kept === undefined || kept.a !== a || kept.b !== b || kept.c !== c || kept.d !== d) {
      kept = { a, b, c, d, value: read(a, b, c, d) };
    }
    return kept.value;
  };
}
