/**
 * How `npm start` tells a reader why it stopped: its own words for a
 * mistake they can fix, the log for anything else.
 */
import { ConfigError } from './config.ts';
import { KnowledgeError } from './knowledge/problems.ts';
import { createLogger, type Logger } from './logger.ts';
import { renderKnowledgeProblems } from './render/text/problems.ts';

/**
 * Reports why start-up or a run failed and returns the exit code (1). A
 * configuration or knowledge mistake prints its own words to `write`
 * (stderr), naming the variable or the file and JSON path; anything else
 * is a bug, which goes to the log rather than to the reader.
 *
 * @param knowledgeDir the folder knowledge problems are named relative to, once known
 */
export function reportFailure(
  error: unknown,
  write: (text: string) => void,
  knowledgeDir?: string,
  logger?: Logger,
): number {
  if (error instanceof ConfigError) {
    write(`${error.message}\n`);
  } else if (error instanceof KnowledgeError) {
    write(`${renderKnowledgeProblems(knowledgeDir ?? 'the knowledge folder', error.problems)}\n`);
  } else {
    (logger ?? createLogger('error')).error('storydesk stopped', { error });
    write('StoryDesk stopped on an unexpected error; the log line above has the details.\n');
  }
  return 1;
}
