/**
 * Button custom ids. They come back from Discord as untrusted text, so each
 * one is parsed against a strict pattern and only ever used as a key or an
 * index: never as a question, never as a path.
 */

/** What a button does when clicked. */
export type ButtonAction =
  | { kind: 'ask'; key: string }
  | { kind: 'passage'; source: number; passage: number }
  | { kind: 'timeline'; page: number }
  /** 👍 or 👎 on the answer a unit gave. */
  | { kind: 'feedback'; helpful: boolean; unit: { kind: UnitKind; id: string } };

/** What an answer can come from, as in the engine's `Answer['match']`. */
type UnitKind = 'qa' | 'entity' | 'sentence';

const PATTERNS = {
  ask: /^ask:([A-Za-z0-9_-]{6,20})$/,
  passage: /^psg:(\d{1,4}):(\d{1,6})$/,
  timeline: /^tl:(\d{1,4})$/,
  // Unit ids are the knowledge's own ids: letters, digits and a few separators.
  feedback: /^fb:([ud]):(qa|entity|sentence):([A-Za-z0-9_.:#-]{1,80})$/,
} as const;

/** The custom id for an action; always well under Discord's 100 characters. */
export function encodeButton(action: ButtonAction): string {
  switch (action.kind) {
    case 'ask':
      return `ask:${action.key}`;
    case 'passage':
      return `psg:${action.source}:${action.passage}`;
    case 'timeline':
      return `tl:${action.page}`;
    case 'feedback':
      return `fb:${action.helpful ? 'u' : 'd'}:${action.unit.kind}:${action.unit.id}`;
  }
}

/** Parses a custom id; null for anything StoryDesk did not make. */
export function decodeButton(customId: string): ButtonAction | null {
  const ask = PATTERNS.ask.exec(customId);
  if (ask?.[1]) return { kind: 'ask', key: ask[1] };
  const passage = PATTERNS.passage.exec(customId);
  if (passage?.[1] && passage[2]) {
    return { kind: 'passage', source: Number(passage[1]), passage: Number(passage[2]) };
  }
  const timeline = PATTERNS.timeline.exec(customId);
  if (timeline?.[1]) return { kind: 'timeline', page: Number(timeline[1]) };
  const feedback = PATTERNS.feedback.exec(customId);
  if (feedback?.[1] && feedback[2] && feedback[3]) {
    return {
      kind: 'feedback',
      helpful: feedback[1] === 'u',
      unit: { kind: feedback[2] as UnitKind, id: feedback[3] },
    };
  }
  return null;
}
