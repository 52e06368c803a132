import type { APIEmbed, APIEmbedField } from 'discord.js';
import { ButtonStyle } from 'discord.js';
import type { Answer, CitationInfo, SupportingQuote } from '../../engine/answer.ts';
import { ANSWER_FIELDS } from '../message-meta.ts';
import { LIMITS } from './limits.ts';
import { blockQuote, bullets, paragraphMark, plain, truncate } from './text.ts';
import {
  type ButtonSpec,
  buttonRows,
  EMBED_COLOR,
  fitEmbed,
  type MessageView,
  NOTICE_COLOR,
} from './view.ts';

/**
 * How buttons point back at the engine. Returning null leaves the button
 * out, so a question that cannot be encoded is never offered.
 */
export interface AnswerLinks {
  askButton(question: string): string | null;
  /** 👍/👎 on this answer; null leaves the pair out (the question log is off). */
  feedbackButton(answer: Answer, helpful: boolean): string | null;
  passageButton(citation: CitationInfo): string | null;
}

/** What an unknown answer needs besides the answer: what the story covers. */
export interface StoryScope {
  scope: string;
}

// Budgets keep the attribution and footer whole when a quote is very long.
const ANSWER_BUDGET = 1500;
const QUOTE_BUDGET = 2000;
const ATTRIBUTION_BUDGET = 400;
const OFFER_BUDGET = 150;
const METADATA_BUDGET = 100;

/** Confidence said modestly: the engine ranks text, it does not know. */
export function confidenceCue(confidence: number): string {
  if (confidence >= 0.8) return 'strong match';
  if (confidence >= 0.65) return 'good match';
  return 'closest match: check the quote';
}

/** "— Maria Zakharova, Russian Foreign Ministry spokeswoman (during a briefing)" */
export function attribution(quote: SupportingQuote): string {
  const role = quote.role ? `, ${quote.role}` : '';
  const said = quote.said ? ` (${quote.said})` : '';
  return `— ${quote.speaker}${role}${said}`;
}

/** "Caliber.Az (via Russian media) · by Tamilla Hasanova · ¶3", each part capped so ¶ always shows. */
export function citationLine(citation: CitationInfo): string {
  const part = (text: string) => truncate(plain(text), METADATA_BUDGET);
  const via = citation.via ? ` (${part(citation.via)})` : '';
  const author = citation.author ? `by ${part(citation.author)}` : 'author not given';
  const date = citation.date ? ` · ${part(citation.date)}` : '';
  return `${part(citation.outlet)}${via} · ${author}${date} · ${paragraphMark(citation.passage)}`;
}

/** The verbatim quote as a block quote, then who said it. */
export function quoteBlock(quote: SupportingQuote): string {
  return [
    blockQuote(truncate(plain(quote.text), QUOTE_BUDGET)),
    truncate(plain(attribution(quote)), ATTRIBUTION_BUDGET),
  ].join('\n');
}

/** The reply to a question: the answer embed, or the "article does not say" notice. */
export function askView(answer: Answer, story: StoryScope, links: AnswerLinks): MessageView {
  return answer.status === 'answered'
    ? answeredView(answer, links)
    : unknownView(answer, story, links);
}

/** A public answer: answer, verbatim quote, attribution, citation, and follow-up buttons. */
export function answeredView(answer: Answer, links: AnswerLinks): MessageView {
  const parts = [truncate(plain(answer.answer), ANSWER_BUDGET)];
  if (answer.quote) parts.push(quoteBlock(answer.quote));
  const fields: APIEmbedField[] = [];
  const offers = answer.alternatives.flatMap((alt) => {
    const customId = links.askButton(alt.question);
    return customId ? [{ question: alt.question, customId }] : [];
  });
  if (offers.length > 0) {
    fields.push({
      name: ANSWER_FIELDS.didYouMean,
      value: bullets(offers.map((o) => truncate(plain(o.question), OFFER_BUDGET))),
    });
  }
  const footer = answer.citation
    ? `${citationLine(answer.citation)} · ${confidenceCue(answer.confidence)}`
    : confidenceCue(answer.confidence);
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(plain(answer.question) || 'Your question', LIMITS.embedTitle),
    description: parts.join('\n\n'),
    ...(fields.length > 0 ? { fields } : {}),
    footer: { text: footer },
  };
  const buttons: ButtonSpec[] = [];
  const passageId = answer.citation ? links.passageButton(answer.citation) : null;
  if (passageId && answer.citation) {
    buttons.push({
      customId: passageId,
      label: `Show passage ${paragraphMark(answer.citation.passage)}`,
      style: ButtonStyle.Primary,
    });
  }
  for (const offer of offers) buttons.push({ customId: offer.customId, label: offer.question });
  const helpful = links.feedbackButton(answer, true);
  const unhelpful = links.feedbackButton(answer, false);
  if (helpful && unhelpful) {
    buttons.push(
      { customId: helpful, label: '👍 Helpful' },
      { customId: unhelpful, label: '👎 Not helpful' },
    );
  }
  return { embeds: [fitEmbed(embed)], components: buttonRows(buttons), ephemeral: false };
}

/**
 * The honest "the article does not say", shown only to the asker: what the
 * story covers, and questions it can answer as buttons.
 */
export function unknownView(answer: Answer, story: StoryScope, links: AnswerLinks): MessageView {
  const offers = answer.suggestions.flatMap((question) => {
    const customId = links.askButton(question);
    return customId ? [{ question, customId }] : [];
  });
  const fields: APIEmbedField[] = [];
  if (answer.question) {
    fields.push({
      name: ANSWER_FIELDS.asked,
      value: truncate(plain(answer.question), LIMITS.fieldValue),
    });
  }
  if (offers.length > 0) {
    fields.push({
      name: 'Try asking',
      value: bullets(offers.map((o) => truncate(plain(o.question), OFFER_BUDGET))),
    });
  }
  // A known gap comes with what the article does say, quoted and cited.
  const parts = [truncate(plain(answer.answer), ANSWER_BUDGET)];
  if (answer.quote) parts.push(quoteBlock(answer.quote));
  parts.push(`**What the story covers:** ${truncate(plain(story.scope), ANSWER_BUDGET)}`);
  const embed: APIEmbed = {
    color: NOTICE_COLOR,
    title: 'The article does not say',
    description: parts.join('\n\n'),
    ...(fields.length > 0 ? { fields } : {}),
    ...(answer.citation ? { footer: { text: citationLine(answer.citation) } } : {}),
  };
  return {
    embeds: [fitEmbed(embed)],
    components: buttonRows(offers.map((o) => ({ customId: o.customId, label: o.question }))),
    ephemeral: true,
  };
}
