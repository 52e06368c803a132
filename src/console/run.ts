import { createInterface } from 'node:readline';
import type { Answer } from '../engine/answer.ts';
import { createEngine } from '../engine/engine.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import type { Logger } from '../logger.ts';
import { questionEvent } from '../question-log/events.ts';
import type { QuestionRecorder } from '../question-log/recorder.ts';
import type { RenderOptions } from '../render/text/style.ts';
import { textStyle } from '../render/text/style.ts';
import { completeConsoleLine } from './completer.ts';
import { type ConsoleReply, createConsoleSession } from './session.ts';

/** What the console chat runs on; `main.ts` passes the real process streams. */
export interface ConsoleChatOptions {
  knowledgeDir: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /**
   * A person is typing at a terminal: show the banner, a prompt and tab
   * completion. Otherwise (piped input) answer line by line, quietly.
   */
  interactive: boolean;
  render: RenderOptions;
  logger: Logger;
  /** Where a real Ctrl-C arrives when stdin is not a terminal; usually `process`. */
  signals?: NodeJS.EventEmitter;
  /** Records each question in the question log; the caller closes it. */
  recorder?: QuestionRecorder;
}

const SORRY: ConsoleReply = {
  text: 'Sorry, something went wrong with that one. Try another question, or /help.',
  quit: false,
};

/**
 * Loads the knowledge (throwing `KnowledgeError` if any of it is wrong) and
 * chats until `/quit`, Ctrl-D, Ctrl-C or the end of piped input.
 */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { input, output, interactive, render, logger } = options;
  const engine = createEngine(await loadKnowledge(options.knowledgeDir));
  const { recorder } = options;
  const session = createConsoleSession(engine, {
    ...render,
    echoQuestions: !interactive,
    ...(recorder?.enabled
      ? {
          onAnswer: (question: string, answer: Answer) =>
            recorder.record(questionEvent(question, answer, { source: 'console', guildId: null })),
        }
      : {}),
  });

  const lines = createInterface({
    input,
    ...(interactive
      ? {
          output,
          terminal: true,
          prompt: textStyle(render).accent('› '),
          completer: (line: string) => {
            try {
              return completeConsoleLine(engine, line);
            } catch (error) {
              logger.error('completion failed', { error });
              return [[], line];
            }
          },
        }
      : { terminal: false }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  const stop = () => lines.close();
  lines.on('SIGINT', stop);
  options.signals?.on('SIGINT', stop);

  const respond = (line: string): ConsoleReply => {
    try {
      return session.respond(line);
    } catch (error) {
      logger.error('console reply failed', { error });
      return SORRY;
    }
  };

  let replies = 0;
  const show = (text: string) => {
    output.write(`${replies > 0 || interactive ? '\n' : ''}${text}\n`);
    replies += 1;
  };

  try {
    if (interactive) {
      output.write(`${session.banner()}\n\n`);
      lines.prompt();
      // While the reader types the first question.
      setImmediate(() => engine.prepare());
    }
    for await (const line of lines) {
      const reply = respond(line);
      if (reply.text !== null) show(reply.text);
      if (reply.quit) break;
      if (interactive) {
        if (reply.text !== null) output.write('\n');
        lines.prompt();
      }
    }
  } finally {
    options.signals?.off('SIGINT', stop);
    lines.close();
    if (interactive) output.write('\nBye.\n');
  }
}
