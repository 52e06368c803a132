import type { AskContext } from './ask-context.ts';
import type { PeopleGiven } from './gives-other.ts';
import { isHeadlinePair } from './structure/generate.ts';
import { words } from './text.ts';
import { articleTextFor, curatedTextForWho } from './unit-texts.ts';

/**
 * The people a unit's article text gives, each as its words: read once per
 * unit, since a "who" asks it of every unit it matched.
 */
export function peopleGivenBy(context: AskContext, unit: number): PeopleGiven | null {
  let people = context.peopleGiven.get(unit);
  if (people === undefined) {
    const found = context.units[unit];
    // The headline pair gives the people its headline names: its byline
    // wrote the article, and is no one of its news ("who's the conductor
    // that quit" is not answered by "…after conductor quits…, by Eleanor
    // Pryce"). A headline opening on who says it ("Police: …", "MFA: …")
    // gives that one.
    const headline =
      found?.kind === 'qa' && isHeadlinePair(found.pair) ? found.source.source.title : null;
    const text = headline ?? articleTextFor(context, unit) ?? curatedTextForWho(context, unit);
    const speaker = headline === null ? null : HEADLINE_SPEAKER.exec(headline)?.[1];
    people =
      text === null
        ? null
        : {
            all: [
              ...context.answerTypes.peopleIn(text).map((name) => words(name)),
              ...(speaker ? [words(speaker)] : []),
            ],
            named: [
              ...context.answerTypes.namesIn(text).map((name) => words(name)),
              ...(speaker ? [words(speaker)] : []),
            ],
          };
    context.peopleGiven.set(unit, people);
  }
  return people;
}

/** Who a headline says its words are from, in headline style: "MFA: …", "Police chief: …". */
const HEADLINE_SPEAKER = /^((?:\S+ ){0,2}\S+):\s/u;
