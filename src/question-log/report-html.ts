/**
 * The editor's report as one self-contained HTML page: inline CSS, the chart
 * as inline SVG, no script and nothing fetched, so it opens from a file or
 * an attachment, offline. Every reader-supplied text is escaped.
 */
import type { DayCount, ReportData } from './report.ts';

const COLORS = { answered: '#2f7d4f', notAnswered: '#c2410c' };

/** The whole page. */
export function renderReportHtml(data: ReportData): string {
  const { review } = data;
  const total = data.days.reduce((sum, d) => sum + d.answered + d.notAnswered, 0);
  const answered = data.days.reduce((sum, d) => sum + d.answered, 0);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>StoryDesk: what readers asked</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2328; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; }
.muted { color: #57606a; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
code { font-size: 0.9em; background: #f6f8fa; padding: 0 0.2em; border-radius: 3px; }
.legend span { display: inline-block; width: 0.8em; height: 0.8em; margin: 0 0.3em 0 1em; vertical-align: middle; }
</style>
</head>
<body>
<h1>What readers asked</h1>
<p class="muted">Generated ${escapeHtml(data.generatedAt)} from the StoryDesk question log: ${total} questions, ${answered} answered.</p>

<h2>Questions per day</h2>
${renderChart(data.days)}

<h2>Top unanswered questions</h2>
${table(
  ['Question', 'Asked', 'Last asked', 'Candidate pair'],
  review.unanswered.map((u) => [
    escapeHtml(u.question),
    num(u.count),
    escapeHtml(u.last_seen.slice(0, 10)),
    u.candidate
      ? `<code>${escapeHtml(u.candidate.pair)}</code> ${escapeHtml(u.candidate.question)}`
      : '<span class="muted">none</span>',
  ]),
  'No unanswered questions.',
)}

<h2>Gaps readers hit most</h2>
<p class="muted">What readers want that the article does not say: follow-up material.</p>
${table(
  ['Gap', 'Hits', 'Last hit'],
  review.gaps.map((g) => [
    `<code>${escapeHtml(g.pair)}</code> ${escapeHtml(g.question)}`,
    num(g.count),
    escapeHtml(g.last_seen.slice(0, 10)),
  ]),
  'No gaps hit.',
)}

<h2>Most useful pairs</h2>
${table(
  ['Pair', 'Answered', 'Helpful', 'Not helpful'],
  data.useful.map((u) => [
    `<code>${escapeHtml(u.pair)}</code> ${escapeHtml(u.question)}`,
    num(u.answered),
    num(u.helpful),
    num(u.unhelpful),
  ]),
  'No pair has answered a question yet.',
)}

<h2>Answers judged unhelpful</h2>
${table(
  ['Answer', 'Not helpful', 'Helpful'],
  review.unhelpful.map((u) => [
    `<code>${escapeHtml(u.unit.id)}</code> ${escapeHtml(u.title)}`,
    num(u.count),
    num(u.helpful),
  ]),
  'No answer judged unhelpful.',
)}
</body>
</html>
`;
}

/** Stacked bars, answered below and not answered above, one per day. */
function renderChart(days: readonly DayCount[]): string {
  if (days.length === 0) return '<p class="muted">No questions recorded yet.</p>';
  const width = 880;
  const height = 260;
  const pad = { left: 44, right: 10, top: 12, bottom: 40 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const max = Math.max(1, ...days.map((d) => d.answered + d.notAnswered));
  const step = plotW / days.length;
  const barW = Math.max(1, Math.min(40, step * 0.7));
  const y = (value: number) => pad.top + plotH - (value / max) * plotH;
  const labelEvery = Math.ceil(days.length / 10);
  const bars = days
    .map((d, i) => {
      const x = pad.left + i * step + (step - barW) / 2;
      const answeredTop = y(d.answered);
      const notTop = y(d.answered + d.notAnswered);
      const title = `${d.day}: ${d.answered} answered, ${d.notAnswered} not answered`;
      const label =
        i % labelEvery === 0
          ? `<text x="${fmt(x + barW / 2)}" y="${height - pad.bottom + 16}" text-anchor="middle" font-size="11">${escapeHtml(d.day.slice(5))}</text>`
          : '';
      return `<g><title>${escapeHtml(title)}</title><rect x="${fmt(x)}" y="${fmt(answeredTop)}" width="${fmt(barW)}" height="${fmt(pad.top + plotH - answeredTop)}" fill="${COLORS.answered}"/><rect x="${fmt(x)}" y="${fmt(notTop)}" width="${fmt(barW)}" height="${fmt(answeredTop - notTop)}" fill="${COLORS.notAnswered}"/>${label}</g>`;
    })
    .join('\n');
  const axis = `<line x1="${pad.left}" y1="${pad.top + plotH}" x2="${width - pad.right}" y2="${pad.top + plotH}" stroke="#8c959f"/>
<text x="${pad.left - 6}" y="${pad.top + 4}" text-anchor="end" font-size="11">${max}</text>
<text x="${pad.left - 6}" y="${pad.top + plotH}" text-anchor="end" font-size="11">0</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" id="questions-per-day" role="img" aria-label="Questions per day, answered and not answered" viewBox="0 0 ${width} ${height}" width="100%">
${axis}
${bars}
</svg>
<p class="legend"><span style="background:${COLORS.answered}"></span>answered<span style="background:${COLORS.notAnswered}"></span>not answered (unknown or a gap)</p>`;
}

function table(headers: readonly string[], rows: readonly string[][], empty: string): string {
  if (rows.length === 0) return `<p class="muted">${escapeHtml(empty)}</p>`;
  const numeric = (i: number) =>
    i > 0 && rows.every((row) => /^<span class="n">/.test(row[i] ?? ''));
  const head = headers
    .map((h, i) => `<th${numeric(i) ? ' class="n"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => `<td${numeric(i) ? ' class="n"' : ''}>${cell}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function num(value: number): string {
  return `<span class="n">${value}</span>`;
}

function fmt(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Text safe inside HTML elements and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
