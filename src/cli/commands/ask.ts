import type { Answer } from '../../engine/answer.ts';
import type { StoryEngine } from '../../engine/engine.ts';
import { questionEvent } from '../../question-log/events.ts';
import { DISABLED_RECORDER, type QuestionRecorder } from '../../question-log/recorder.ts';
import { renderAnswer, renderQuestionEcho } from '../../render/text/answer.ts';
import { joinedPositionals, parseCommandArgs } from '../args.ts';
import { type CliCommand, type CliContext, writeJson } from '../command.ts';
import { nonBlankLines } from '../lines.ts';
import { UsageError } from '../usage-error.ts';

/** `storydesk ask`: one answer, or one per line of stdin. */
export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'Answer a question with a verbatim quote and its attribution.',
  usage: ['ask [--json] [--log] "question"', 'ask [--json] [--log] < questions.txt'],
  options: [
    [
      '--json',
      'Print the answer as one JSON object; with no question, read questions one per line from stdin and print one JSON object per line',
    ],
    ['--log', 'Record the questions in the question log (unless QUESTION_LOG=off)'],
  ],
  parse(args) {
    const { values, positionals } = parseCommandArgs(args, {
      options: { json: { type: 'boolean' }, log: { type: 'boolean' } },
      allowPositionals: true,
    });
    const question = joinedPositionals(positionals);
    const json = values.json === true;
    const log = values.log === true;
    return async (context) => {
      const engine = await context.engine();
      const recorder = log
        ? (await import('../../question-log/start.ts')).startQuestionLog(
            context.config.questionLog,
            context.logger,
          )
        : DISABLED_RECORDER;
      try {
        return await answerAll(context, engine, recorder);
      } finally {
        await recorder.close();
      }
    };

    async function answerAll(
      context: CliContext,
      engine: StoryEngine,
      recorder: QuestionRecorder,
    ): Promise<number> {
      const ask = (text: string) => {
        const answer = engine.ask(text);
        recorder.record(questionEvent(text, answer, { source: 'cli', guildId: null }));
        return answer;
      };
      const print = (answer: Answer, echo: boolean) => {
        if (json) writeJson(context, answer);
        else if (echo) printEchoed(context, answer);
        else context.stdout(`${renderAnswer(answer, context.render)}\n`);
      };
      if (question !== '') {
        print(ask(question), false);
        return 0;
      }
      if (!json && context.stdinIsTerminal) {
        throw new UsageError('ask needs a question (or questions piped on stdin, one per line)');
      }
      let answered = 0;
      for await (const line of nonBlankLines(context.stdin)) {
        if (!json && answered > 0) context.stdout('\n');
        print(ask(line), true);
        answered += 1;
      }
      return 0;
    }
  },
};

function printEchoed(context: CliContext, answer: Answer): void {
  context.stdout(
    `${renderQuestionEcho(answer.question, context.render)}\n${renderAnswer(answer, context.render)}\n`,
  );
}
