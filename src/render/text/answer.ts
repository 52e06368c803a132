import type { Answer } from '../../engine/answer.ts';
import { renderQuoteBlock } from './attribution.ts';
import { printable } from './clean.ts';
import { bullets, wrap } from './layout.ts';
import { type RenderOptions, textStyle } from './style.ts';

/** Confidence at or above which an answer is called a strong match. */
const STRONG_MATCH = 0.8;
/** Below this an answer is shown as a tentative match worth checking. */
const FAIR_MATCH = 0.65;

/**
 * A modest cue rather than a number: readers over-trust decimals, and the
 * quote below is what they should check anyway.
 */
export function confidenceCue(confidence: number): string {
  if (confidence >= STRONG_MATCH) return 'Match: strong';
  if (confidence >= FAIR_MATCH) return 'Match: fair — check the quote';
  return 'Match: tentative — check the quote';
}

/**
 * One answer as plain text: the answer, the verbatim quote with speaker and
 * citation, a confidence cue and "did you mean"; for `unknown`, what the
 * article does cover instead.
 */
export function renderAnswer(answer: Answer, options: RenderOptions): string {
  const style = textStyle(options);
  const lines = wrap(answer.answer, options.width);

  if (answer.status === 'unknown') {
    // A known gap comes with what the article does say, quoted and cited.
    if (answer.quote) {
      lines.push('', ...renderQuoteBlock(answer.quote, answer.citation, options));
    }
    if (answer.suggestions.length > 0) {
      lines.push('', style.heading('Try asking:'), ...bullets(answer.suggestions, options.width));
    }
    return lines.join('\n');
  }

  if (answer.quote) {
    lines.push('', ...renderQuoteBlock(answer.quote, answer.citation, options));
  }
  lines.push(`  ${style.muted(confidenceCue(answer.confidence))}`);
  if (answer.alternatives.length > 0) {
    lines.push(
      '',
      style.heading('Did you mean:'),
      ...bullets(
        answer.alternatives.map((alternative) => alternative.question),
        options.width,
      ),
    );
  }
  return lines.join('\n');
}

/** The question a piped answer belongs to, so a transcript reads without the input beside it. */
export function renderQuestionEcho(question: string, options: RenderOptions): string {
  return textStyle(options).accent(`Q: ${printable(question)}`);
}
