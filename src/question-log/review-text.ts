/** `storydesk review` without `--json`: the same review, for a person at a terminal. */
import { printable } from '../render/text/clean.ts';
import { indent } from '../render/text/layout.ts';
import { type RenderOptions, textStyle } from '../render/text/style.ts';
import type { Review } from './review.ts';

const times = (count: number) => `${count}×`;
const day = (iso: string) => iso.slice(0, 10);

/** The review as sections of plain text, with the commands that act on it. */
export function renderReviewText(review: Review, options: RenderOptions): string {
  const style = textStyle(options);
  const section = (title: string, lines: string[], empty: string) => [
    style.heading(title),
    ...(lines.length > 0 ? lines : [style.muted(`  ${empty}`)]),
    '',
  ];
  const line = (text: string) => indent(text, '  ', options.width);
  const unanswered = review.unanswered.flatMap((u) => [
    ...line(
      `${times(u.count)} “${printable(u.question, 200)}” (${day(u.first_seen)} to ${day(u.last_seen)})`,
    ),
    ...indent(
      u.candidate ? `candidate: ${u.candidate.pair} — ${u.candidate.question}` : 'candidate: none',
      '      ',
      options.width,
    ).map(style.muted),
  ]);
  const gaps = review.gaps.flatMap((g) =>
    line(`${times(g.count)} ${g.pair} — ${g.question} (last ${day(g.last_seen)})`),
  );
  const unhelpful = review.unhelpful.flatMap((u) =>
    line(`${times(u.count)} 👎 ${u.unit.id} — ${printable(u.title, 200)} (${u.helpful} 👍)`),
  );
  const picked = review.picked.flatMap((p) =>
    line(`${times(p.count)} “${printable(p.question, 200)}” → ${p.pair} — ${p.pair_question}`),
  );
  return [
    ...section('Unanswered questions', unanswered, 'none'),
    ...section('Pairs readers picked for their own words', picked, 'none'),
    ...section('Gaps readers hit (what the article does not say)', gaps, 'none'),
    ...section('Answers judged unhelpful', unhelpful, 'none'),
    style.muted('Accept: storydesk review accept --question "…" --pair ID'),
    style.muted('Reject: storydesk review reject --question "…"'),
  ].join('\n');
}
