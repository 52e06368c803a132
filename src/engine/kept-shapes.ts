/**
 * One object of each shape the engine makes for every question and drops
 * after it, kept until the next question makes another. With none alive, a
 * full collection frees the shape itself (V8 keeps a shape only while an
 * object has it, or code is optimized for it), and every function optimized
 * for it is thrown away and optimized again once the next question makes a
 * new one: some twenty of the engine's after each full collection, in a
 * run of long questions (`rank` and its list of best units, the decision's
 * features and what reads them, the offers). Nothing reads these.
 */
export const keptShapes: { best: unknown; features: unknown; offers: unknown } = {
  best: undefined,
  features: undefined,
  offers: undefined,
};
