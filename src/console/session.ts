import type { Answer } from '../engine/answer.ts';
import type { StoryEngine } from '../engine/engine.ts';
import { renderAnswer, renderQuestionEcho } from '../render/text/answer.ts';
import { printable } from '../render/text/clean.ts';
import { bullets } from '../render/text/layout.ts';
import { renderQuotes } from '../render/text/quotes.ts';
import { renderStory } from '../render/text/story.ts';
import type { RenderOptions } from '../render/text/style.ts';
import { renderTimeline } from '../render/text/timeline.ts';
import { renderNameNotFound, renderWhoCard } from '../render/text/who.ts';
import { type ConsoleInput, parseConsoleLine } from './commands.ts';
import { renderBanner, renderConsoleHelp } from './help.ts';

/** What the chat does with one line: text to show (if any), and whether to stop. */
export interface ConsoleReply {
  text: string | null;
  quit: boolean;
}

/** Console chat behaviour, with no terminal in it: lines in, text out. */
export interface ConsoleSession {
  banner(): string;
  respond(line: string): ConsoleReply;
}

/** Session settings chosen by the transport. */
export interface ConsoleSessionOptions extends RenderOptions {
  /** Repeat each question above its answer, for transcripts of piped input. */
  echoQuestions: boolean;
  /** Told of every question answered, e.g. to record it in the question log. */
  onAnswer?: (question: string, answer: Answer) => void;
}

const show = (text: string): ConsoleReply => ({ text, quit: false });

/** Builds the chat over an engine. */
export function createConsoleSession(
  engine: StoryEngine,
  options: ConsoleSessionOptions,
): ConsoleSession {
  const story = engine.story();

  const reply = (input: ConsoleInput): ConsoleReply => {
    switch (input.kind) {
      case 'empty':
        return { text: null, quit: false };
      case 'quit':
        return { text: null, quit: true };
      case 'ask': {
        const answered = engine.ask(input.question);
        options.onAnswer?.(input.question, answered);
        const answer = renderAnswer(answered, options);
        return show(
          options.echoQuestions
            ? `${renderQuestionEcho(input.question, options)}\n${answer}`
            : answer,
        );
      }
      case 'timeline':
        return show(renderTimeline(engine.timeline(), options));
      case 'quote':
        return show(quotesReply(engine, input.query, options));
      case 'who':
        return show(whoReply(engine, input.name, options));
      case 'source':
        return show(renderStory(story, options));
      case 'help':
        return show(renderConsoleHelp(story, options));
      case 'unknown-command':
        return show(
          `There is no /${printable(input.command, 40)} command. Type /help for the commands, or just ask a question.`,
        );
    }
  };

  return {
    banner: () => renderBanner(story, options),
    respond: (line) => reply(parseConsoleLine(line)),
  };
}

/**
 * `/quote X`: X is a speaker when it names someone who is quoted, and a topic
 * otherwise, so `/quote zakharova` and `/quote bases` both do what a reader means.
 */
function quotesReply(engine: StoryEngine, query: string, options: RenderOptions): string {
  if (query === '') {
    const all = engine.quotes();
    return all.length > 0
      ? renderQuotes('Every direct quote in the story', all, options)
      : 'The story has no direct quotes.';
  }
  const speaker = engine.who(query);
  const bySpeaker = speaker ? engine.quotes({ speaker: query }) : [];
  if (speaker && bySpeaker.length > 0) {
    return renderQuotes(`Quotes by ${speaker.name}`, bySpeaker, options);
  }
  const shown = printable(query, 60);
  const about = engine.quotes({ about: query });
  if (about.length > 0) return renderQuotes(`Quotes about “${shown}”`, about, options);
  return [
    `No direct quote by or about “${shown}”. Quoted in the story:`,
    ...bullets(engine.speakers(), options.width),
  ].join('\n');
}

function whoReply(engine: StoryEngine, name: string, options: RenderOptions): string {
  const card = name === '' ? null : engine.who(name);
  return card ? renderWhoCard(card, options) : renderNameNotFound(name, engine.whoNames(), options);
}
