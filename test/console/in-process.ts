/**
 * The console chat run in this process through `runConsoleChat`, as
 * `src/main.ts` runs it with piped stdin: no child process and no tsx
 * start-up, so a spec stays quick on a loaded machine. The one child-process
 * smoke test of `npm start` is in `chat.test.ts`.
 */
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { parseConfig } from '../../src/config.ts';
import { runConsoleChat } from '../../src/console/run.ts';
import { reportFailure } from '../../src/failure.ts';
import { createLogger } from '../../src/logger.ts';
import { startQuestionLog } from '../../src/question-log/start.ts';

/** What one in-process chat wrote, and the exit code `npm start` would give. */
export interface ChatResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Log lines at error level. */
  errors: string[];
}

/** A chat under way: its stdin, the Ctrl-C it listens for, and how it ended. */
export interface RunningChat {
  stdin: PassThrough;
  signals: EventEmitter;
  /** Resolves once some output has been written. */
  firstOutput: Promise<void>;
  result: Promise<ChatResult>;
}

/**
 * Starts the console chat on piped stdin, configured by process.env and
 * `env` over it (the bundled knowledge and no question log in a plain test run).
 */
export function startChat(env: Record<string, string> = {}): RunningChat {
  const stdin = new PassThrough();
  const output = new PassThrough();
  const signals = new EventEmitter();
  let stdout = '';
  let stderr = '';
  const errors: string[] = [];
  output.setEncoding('utf8');
  const firstOutput = new Promise<void>((resolve) => {
    output.on('data', (chunk: string) => {
      stdout += chunk;
      resolve();
    });
  });
  const run = async (): Promise<number> => {
    let knowledgeDir: string | undefined;
    try {
      const config = parseConfig({ ...process.env, ...env });
      knowledgeDir = config.knowledgeDir;
      const logger = createLogger('error', (line) => errors.push(line));
      // As main.ts does: the configured question log (QUESTION_LOG=off records nothing).
      const recorder = startQuestionLog(config.questionLog, logger);
      try {
        await runConsoleChat({
          knowledgeDir,
          input: stdin,
          output,
          interactive: false,
          render: { color: false },
          logger,
          signals,
          recorder,
        });
      } finally {
        await recorder.close();
      }
      return 0;
    } catch (error) {
      return reportFailure(
        error,
        (text) => {
          stderr += text;
        },
        knowledgeDir,
      );
    }
  };
  const result = run().then((code) => ({ code, stdout, stderr, errors }));
  return { stdin, signals, firstOutput, result };
}

/** The console chat fed `input` on stdin to its end. */
export function chat(input: string, env: Record<string, string> = {}): Promise<ChatResult> {
  const running = startChat(env);
  running.stdin.end(input);
  return running.result;
}
