import { foldText, words } from './text.ts';

/**
 * Words that carry no fact. Chat filler is here too: a reader's "hey bot pls"
 * must neither help a match nor count as an unknown word against it.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before
being below between both but by can cannot could couldn d did didn do does doesn doing don down during
each few for from further had hadn has hasn have haven having he her here hers herself him himself his
i if in into is us isn it its itself just ll m ma me might mightn more most must mustn my myself no nor not now
o of off on once only or other our ours ourselves out over own re s same shan she should shouldn so some
such t than that the their theirs them themselves then there these they this those through to too under
until up ve very was wasn we were weren while whom will with would wouldn y you your yours yourself
yourselves thing things stuff anything something someone anyone somebody anybody somewhere everything every
tell know knows knew explain explained describe described describes describing give show let lets please pls plz thanks thank thx ty
hey hi hello yo sup ok okay okey so well um uh like really actually basically just quick q question questions
bot storydesk guys guy bro bruh dude dudes man fam mate lol lmao haha hmm wondering wonder curious remind mean means pretty kinda sorta gonna
get got gets getting go goes going gone went come came make made take took put see seen look
tell told talk talked talking mention mentioned happen happens happened happening
many much lot lots kind kinds sort sorts way ways yes yeah yep nope maybe exactly specifically currently right now
can could would should whats whos wheres whens hows whys isnt doesnt dont didnt cant wont
im ive youre theyre hes shes thats theres wasnt werent arent havent hasnt wouldnt couldnt shouldnt whatre
u ur r w rn dis dat da dem dey abt bc cuz coz tho idk imo imho tbh btw pls plz thx ty wat wut wht smth sth ppl ya yall gonna
ngl fr lowkey highkey outta sus em bout thru along per making even anyway anyways anymore kindly mr mrs ms remember read reading note
confused literally honestly legit deadass istg omg wtf smh nvm lemme gimme dunno tryna finna gotta aint
oh ah wow huh wait tf nah yea else besides exact precise
clarify sorry excuse forgive ignorance grateful appreciate appreciated evening morning afternoon`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Question words are kept as weak terms: "when" leans towards dated facts and
 * "who" towards people, without outweighing a single content word.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'who',
  'what',
  'when',
  'where',
  'why',
  'how',
  'which',
]);

/** The distinct words of a text, folded, filler aside: what an answer says, for telling repeats apart. */
export function contentWordsOf(text: string): string[] {
  return [...new Set(words(foldText(text)).filter((word) => !STOPWORDS.has(word)))];
}
