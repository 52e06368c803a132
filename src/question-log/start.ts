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
    // The database work runs in a worker thread, so PGlite's WebAssembly never delays an answer.
    open: async () => (await import('./worker-writer.ts')).openWorkerWriter(settings),
    logger: logger.child({ component: 'question-log' }),
    retentionDays: settings.retentionDays,
  });
}
