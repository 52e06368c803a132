import { sentenceSpans } from '../engine/sentences.ts';
import type { Passage } from '../knowledge/schema.ts';
import type { Mention } from './names.ts';
import { BODY_NOUNS } from './words.ts';

/**
 * "The railway's position has been complicated by its insurer. Heritage Rail
 * Mutual said…": a body named at the opening of a sentence right after one
 * that closes on a body's noun is the body that noun calls, and that is its
 * role ("the railway's insurer"), when nothing else gives it one. "Its" is
 * read as the owner that sentence names with "'s", as written ("The
 * railway's"); with none, the role stays as the article wrote it.
 */
export function nameRolesBefore(mentions: readonly Mention[], passages: readonly Passage[]): void {
  for (const passage of passages) {
    const spans = sentenceSpans(passage.text);
    for (const mention of mentions) {
      if (mention.passage !== passage.n || mention.role !== null) continue;
      if (mention.entity.kind !== 'organization') continue;
      const at = spans.findIndex((s) => s.start === mention.outerStart);
      const before = at > 0 ? spans[at - 1] : undefined;
      if (!before) continue;
      const closing = NOUN_CLOSING.exec(before.text.trimEnd());
      const phrase = closing?.[1];
      if (!phrase || !BODY_NOUNS.has(closing[3] ?? '')) continue;
      mention.citeSentence = true;
      const owner = OWNER.exec(before.text.slice(0, closing.index))?.[1];
      mention.role =
        /^(?:its|their)$/i.test(closing[2] ?? '') && owner !== undefined
          ? `${owner.replace(/^The\b/, 'the')} ${phrase.replace(/^\S+\s+/, '')}`
          : phrase.replace(/^(?:The|Its|Their)\b/, (w) => w.toLowerCase());
    }
  }
}

/**
 * A sentence closing on a body's noun, with its owner or determiner and up
 * to two words qualifying it: "…by its insurer.", "…the airline's new
 * maintenance contractor.".
 */
const NOUN_CLOSING =
  /(?:^|\s)((its|their|the|\p{Lu}[\p{L}-]*['’]s?|the\s+\p{Ll}+['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+))\.$/u;

/** The first owner a sentence names with "'s": "The railway's", "Coastlink's". */
const OWNER = /(?:^|\s)((?:[Tt]he\s+)?\p{L}[\p{L}-]*['’]s)\s/u;
