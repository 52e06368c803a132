import { foldText } from './text.ts';

/**
 * A unit's fit by its own text, read folded: whether `holds` takes it. A
 * unit with no text of its own to hold (`textOf` gives null: a curated
 * answer, written for its questions) is trusted to meet them.
 */
export function textFit(
  textOf: (unit: number) => string | null,
  holds: (folded: string) => boolean,
): (unit: number) => boolean {
  return (unit) => {
    const text = textOf(unit);
    return text === null || holds(foldText(text));
  };
}
