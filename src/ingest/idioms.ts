/**
 * Fixed English phrases whose capitalised words name no one in the story: an
 * "act of God" is no card for "God", a "Ponzi scheme" none for "Ponzi". Like
 * the other word lists of ingest, general English, never one story's words.
 */

/** Idioms written with a capital, as news prose uses them. */
const IDIOMS = [
  'act of God',
  'acts of God',
  "for God's sake",
  "for Pete's sake",
  'thank God',
  'God knows',
  'God willing',
  'God forbid',
  'God help',
  'oh my God',
  'Lord knows',
  'Heaven knows',
  'Heaven forbid',
  'Good Samaritan',
  'Good Samaritans',
  'Trojan horse',
  "Achilles' heel",
  'Achilles heel',
  "Pandora's box",
  "Murphy's law",
  "Sod's law",
  "Hobson's choice",
  'Midas touch',
  'Catch-22',
  'Mother Nature',
  'Father Time',
  'Lady Luck',
  'Joe Public',
  'Joe Bloggs',
  'Average Joe',
  'Hail Mary',
  'Ponzi scheme',
  'Pyrrhic victory',
  'Herculean task',
  'Herculean effort',
  'Sword of Damocles',
  'Gordian knot',
  'Freudian slip',
];

/** One pattern for them all: any apostrophe, any run of spaces, whole words only. */
const IDIOM = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${IDIOMS.map((idiom) =>
    idiom
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/'/g, "['’]")
      .replace(/ /g, '\\s+'),
  ).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Where a text uses one of the idioms: spans of offsets, start inclusive, end exclusive. */
export function idiomSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(IDIOM)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
