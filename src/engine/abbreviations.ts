/**
 * The one list of short forms English writes with a point that ends no
 * sentence ("Dr. Jane Doe", "St. Louis", "Dec. 8", "e.g. this"): the
 * sentence splitter reads it, and ingest reads its titles and place
 * prefixes inside names. General English, the same for every story.
 */

import { capitalised, MONTH_SHORT_FORMS } from './calendar.ts';
import { wordSet } from './text.ts';

/**
 * Short titles written with a point ("Gov. Ellen Marsh", "Dr. Tomas Reyes"):
 * the point does not end the name's run, nor the sentence.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = wordSet(
  'Mr Mrs Ms Dr Prof Gen Col Lt Sen Rep Gov Capt Cmdr Sgt Supt Det Insp Atty Rev Hon Cllr',
);

/** Abbreviations that open a place's name, with their point: "St. Louis", "Mt. Hood". */
export const SHORT_PLACE_PREFIXES: ReadonlySet<string> = wordSet('St Mt Ft');

/**
 * Every short form (without its last point) whose point ends no sentence,
 * as written: one listed with a capital counts only with it ("No. 10", not
 * "she said no."), one listed in lowercase in any case ("E.g." opening a
 * sentence). Initials ("J. Smith", "the U.S. Senate") are no list's words:
 * the splitter tells them by their shape.
 */
export const POINT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  ...SHORT_PLACE_PREFIXES,
  ...MONTH_SHORT_FORMS.map(capitalised),
  // Not "etc.": before a capital it nearly always ends its sentence as well.
  ...wordSet('Jr Sr No e.g i.e vs'),
]);

/**
 * Clock times' "a.m." and "p.m." (without the last point): they end a
 * sentence ("at 10 a.m. The mayor…") unless a day or month follows, which
 * makes one time of them ("at 6 p.m. Sunday").
 */
export const CLOCK_ABBREVIATIONS: ReadonlySet<string> = wordSet('a.m p.m');
