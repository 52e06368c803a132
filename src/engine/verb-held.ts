import type { RankedUnit } from './term-index.ts';
import { words } from './text.ts';
import { VERB_HELD } from './tuning.ts';

/**
 * The multi-word verb a question asks about, as the reader typed it: "take
 * over" of "when did she take over the hives", "turn up" of "when did the
 * investigators turn up", "carried out" of "what kind of review does she
 * want carried out"; null when the question's verb has no particle, or its
 * shape does not tell the verb.
 *
 * English opens a question's clause on its auxiliary ("did", "will",
 * "was") or "who", and the verb follows: right after "who" or one
 * auxiliary more ("who will take over"); after the auxiliary and a subject
 * pronoun ("did they pull out"); after a form of "be" or "have", as the
 * first participle within the subject's few words ("has the firm handed
 * over"); or, after any auxiliary, as the word before a particle ("did the
 * investigators turn up"). Only the first auxiliary is read: a verb
 * further on belongs to another clause.
 *
 * Only a verb with its particle is given: the particle makes it a verb of
 * its own, which the analyzer reads as filler where its words are ("take",
 * "over"), or as one word among the question's ("turn"), though it is
 * the point of the question. Measured (2026-12-07) with every verb so
 * read, particle or not ("was she warned", "who chairs"), the near-tie
 * ranking of `verbHeldFirst` lost as many right answers as it gained:
 * a single verb is as often said in another sense ("runs" a lease, "looking
 * at restrictions"), or by a role noun ("the lab's director" for "who runs").
 */
export function verbAsked(question: string): string | null {
  const said = words(question);
  const lead = said.findIndex((word) => word === 'who' || AUXILIARIES.has(word));
  if (lead < 0) return null;
  let at = verbAt(said, lead);
  if (at < 0) return null;
  // "Is the council going to pay", "who got reimbursed": the verb is the
  // one after "going to", or the participle after "got".
  if (said[at] === 'going' && said[at + 1] === 'to') at += 2;
  else if (said[at] === 'gonna' || (GET.has(said[at] ?? '') && PARTICIPLE.test(said[at + 1] ?? '')))
    at += 1;
  const verb = said[at];
  const next = said[at + 1] ?? '';
  return verb !== undefined && PARTICLES.has(next) ? `${verb} ${next}` : null;
}

/** Where the verb of a clause opening on the word at `lead` stands ({@link verbAsked}); -1 for nowhere told. */
function verbAt(said: readonly string[], lead: number): number {
  const first = said[lead] as string;
  if (first === 'who') return AUXILIARIES.has(said[lead + 1] ?? '') ? lead + 2 : lead + 1;
  const afterBe = PARTICIPLE_LEADS.has(first);
  if (PRONOUNS.has(said[lead + 1] ?? '')) {
    // "Was she ok", "is it open": no verb but "be" itself.
    return !afterBe || PARTICIPLE.test(said[lead + 2] ?? '') ? lead + 2 : -1;
  }
  for (let next = lead + 2; next <= lead + SUBJECT_WORDS + 1; next++) {
    const word = said[next] ?? '';
    // "Did the investigators turn up": a word before a particle is a verb.
    if (afterBe ? PARTICIPLE.test(word) : PARTICLES.has(said[next + 1] ?? '')) return next;
  }
  return -1;
}

/** "Got" before a participle ("who got reimbursed"): "be" as readers say it. */
const GET: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'getting']);

/**
 * A ranking with a near-tied unit saying the question's verb put first
 * when the best leaves it unsaid: "when did she take over the hives" is
 * asked of the sentence saying who "took over the hives", not of one
 * merely counting the hives, which holds as many of the question's other
 * words. The verb is most often the point of a question ("who will take
 * over", "when did it kick off"), and a sentence without it tells another
 * event about the same things. Only a unit scoring within {@link VERB_HELD.nearShare} of
 * the best is put first, keeping its own score: the ranking moves, the
 * decision to answer is still taken on that unit's own match.
 *
 * @param holds whether a unit says the question's verb
 * @param mayLead whether a unit saying it may be put first: one meeting
 *   every condition of the question, in the article's own words
 */
export function verbHeldFirst(
  ranked: readonly RankedUnit[],
  holds: (unit: number) => boolean,
  mayLead: (unit: number) => boolean,
): readonly RankedUnit[] {
  const top = ranked[0];
  if (top === undefined || holds(top.unit)) return ranked;
  const last = Math.min(ranked.length, VERB_HELD.considered + 1);
  for (let at = 1; at < last; at++) {
    const near = ranked[at] as RankedUnit;
    if (near.score < top.score * VERB_HELD.nearShare) break;
    if (holds(near.unit) && mayLead(near.unit)) {
      return [near, ...ranked.slice(0, at), ...ranked.slice(at + 1)];
    }
  }
  return ranked;
}

/** Auxiliaries after whose subject a participle ("warned", "going") is the question's verb. */
const PARTICIPLE_LEADS: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
]);

/** The auxiliaries a question's clause opens on, before its subject: the forms of "do", the modals, and {@link PARTICIPLE_LEADS}. */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'might', 'must'],
  ...PARTICIPLE_LEADS,
]);

/** Subject pronouns: the word after one, in a question's clause, is its verb. */
const PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'u', 'he', 'she', 'it', 'we', 'they']);

/** How many words of a subject ("the new update") a participle after "was" may follow. */
const SUBJECT_WORDS = 4;

/** A past participle or a present one, five letters at least ("owned", "paying"). */
const PARTICIPLE = /^[a-z]{2,}(?:ed|ing)$/u;

/** Adverb particles making a multi-word verb with the verb before them ("turn up", "take over"). */
const PARTICLES: ReadonlySet<string> = new Set([
  'up',
  'out',
  'off',
  'over',
  'down',
  'back',
  'away',
]);
