/**
 * Figures in readers' shorthand, written out: "180k" is the article's
 * "180,000", "4.2bn" its "4.2 billion", "£6m" its "£6 million". Split into
 * words, "180k" would be one word no article holds, and a figure no answer
 * holds either.
 */

import { CURRENCY_SIGN } from './currency.ts';

/** "180k", "1.5k": thousands, written out with a separator as reporters do. */
const THOUSANDS = /(?<![\p{L}\d.,])(\d+(?:\.\d+)?)k(?![\p{L}\d])/giu;
/** "4.2bn", "38mil", "38mn": no other reading. */
const MILLIONS_OR_BILLIONS = /(?<![\p{L}\d.,])(\d+(?:\.\d+)?)(bn|mil|mn)(?![\p{L}\d])/giu;
/** "£6m", "$2.5m": millions only after a currency sign, as "100m" may be metres. */
const MONEY_MILLIONS = new RegExp(`(${CURRENCY_SIGN} ?\\d+(?:\\.\\d+)?)m(?![\\p{L}\\d])`, 'giu');
/** Whether a text has a figure glued to letters at all: most have none. */
const ANY_SHORTHAND = /\d(?:k|bn|m|mil|mn)(?![\p{L}\d])/iu;

/**
 * Text with readers' shorthand for figures written out as an article would
 * write them; any other text as it is.
 */
export function spellFigureShorthand(text: string): string {
  if (!ANY_SHORTHAND.test(text)) return text;
  return text
    .replace(THOUSANDS, (_, figure: string) => {
      const thousands = Math.round(Number(figure) * 1000);
      return thousands.toLocaleString('en-US');
    })
    .replace(MILLIONS_OR_BILLIONS, (_, figure: string, scale: string) =>
      scale.toLowerCase() === 'bn' ? `${figure} billion` : `${figure} million`,
    )
    .replace(MONEY_MILLIONS, (_, figure: string) => `${figure} million`);
}
