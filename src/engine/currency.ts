/**
 * Currency signs said in words. An article writes "€48,000" or
 * "C$38 million"; a reader asks "how many euros" or "how much in canadian
 * dollars". Splitting text into words drops the sign, so folding spells it
 * out before the figure ("euro €48,000") and both read alike. The sign is
 * kept: what a "how much did it cost" wants is still found by it.
 */

/** The words of each sign a figure may follow. */
const SIGNS: Readonly<Record<string, string>> = {
  $: 'dollar',
  '£': 'pound',
  '€': 'euro',
  '¥': 'yen',
  '₹': 'rupee',
  '₽': 'rouble',
  '₺': 'lira',
  '₦': 'naira',
  '₱': 'peso',
  '₪': 'shekel',
  '₴': 'hryvnia',
};

/**
 * The country a dollar belongs to, by the letters written before its sign
 * ("C$", "A$", "NZ$"); "US" is kept as written, for the fold reads it as
 * the country.
 */
const DOLLAR_COUNTRIES: Readonly<Record<string, string>> = {
  us: 'US',
  c: 'canadian',
  ca: 'canadian',
  cad: 'canadian',
  a: 'australian',
  au: 'australian',
  aud: 'australian',
  nz: 'new zealand',
  hk: 'hong kong',
  s: 'singapore',
  sg: 'singapore',
};

/**
 * Any currency sign, as a pattern's character class: the one list of signs
 * that money is told by (`intent.ts`) and shorthand is read after
 * (`figure-shorthand.ts`), as well as spelled out here.
 */
export const CURRENCY_SIGN = `[${Object.keys(SIGNS).join('').replace('$', '\\$')}]`;

/** A sign right before a figure, and the letters naming its country before a dollar sign. */
const SIGN_BEFORE_FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${Object.keys(DOLLAR_COUNTRIES).join('|')})(?=\\$))?(${CURRENCY_SIGN})(?= ?\\d)`,
  'giu',
);
/** Whether a text has any sign at all: most have none, and need no closer look. */
const ANY_SIGN = new RegExp(CURRENCY_SIGN, 'u');

/**
 * Text with each currency sign before a figure preceded by its words:
 * "€48,000" → "euro €48,000", "C$38 million" → "canadian dollar $38 million".
 * Text without a sign is returned as it is.
 */
export function spellCurrencies(text: string): string {
  if (!ANY_SIGN.test(text)) return text;
  return text.replace(SIGN_BEFORE_FIGURE, (_, country: string | undefined, sign: string) => {
    const word = SIGNS[sign] ?? '';
    const whose =
      country === undefined ? '' : `${DOLLAR_COUNTRIES[country.toLowerCase()] ?? country} `;
    return ` ${whose}${word} ${sign}`;
  });
}
