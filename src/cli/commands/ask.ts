import type { Answer } from '../../engine/answer.ts';
import { renderAnswer, renderQuestionEcho } from '../../render/text/answer.ts';
import { joinedPositionals, parseCommandArgs } from '../args.ts';
import { type CliCommand, type CliContext, writeJson } from '../command.ts';
import { nonBlankLines } from '../lines.ts';
import { UsageError } from '../usage-error.ts';

/** `storydesk ask`: one answer, or one per line of stdin. */
export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'Answer a question with a verbatim quote and its attribution.',
  usage: ['ask [--json] "question"', 'ask [--json] < questions.txt'],
  options: [
    [
      '--json',
      'Print the answer as one JSON object; with no question, read questions one per line from stdin and print one JSON object per line',
    ],
  ],
  parse(args) {
    const { values, positionals } = parseCommandArgs(args, {
      options: { json: { type: 'boolean' } },
      allowPositionals: true,
    });
    const question = joinedPositionals(positionals);
    const json = values.json === true;
    return async (context) => {
      const engine = await context.engine();
      const print = (answer: Answer, echo: boolean) => {
        if (json) writeJson(context, answer);
        else if (echo) printEchoed(context, answer);
        else context.stdout(`${renderAnswer(answer, context.render)}\n`);
      };
      if (question !== '') {
        print(engine.ask(question), false);
        return 0;
      }
      if (!json && context.stdinIsTerminal) {
        throw new UsageError('ask needs a question (or questions piped on stdin, one per line)');
      }
      let answered = 0;
      for await (const line of nonBlankLines(context.stdin)) {
        if (!json && answered > 0) context.stdout('\n');
        print(engine.ask(line), true);
        answered += 1;
      }
      return 0;
    };
  },
};

function printEchoed(context: CliContext, answer: Answer): void {
  context.stdout(
    `${renderQuestionEcho(answer.question, context.render)}\n${renderAnswer(answer, context.render)}\n`,
  );
}
