import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { createQuestionRecorder, DISABLED_RECORDER, type QuestionRecorder } from './recorder.ts';

/**
 * The recorder the configuration asks for: one that records nothing when
 * `QUESTION_LOG=off`, otherwise one writing to the configured database. It
 * opens the database in the background, so a process never waits for it.
 */
export function startQuestionLog(
  settings: Config['questionLog'],
  logger: Logger,
): QuestionRecorder {
  if (!settings.enabled) return DISABLED_RECORDER;
  return createQuestionRecorder({
    // Loaded on first use: the database drivers cost start-up time a process may never need.
    open: async () => (await import('./database.ts')).openQuestionLog(settings),
    logger: logger.child({ component: 'question-log' }),
    retentionDays: settings.retentionDays,
  });
}
