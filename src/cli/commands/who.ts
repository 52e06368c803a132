import { renderNameNotFound, renderWhoCard } from '../../render/text/who.ts';
import { joinedPositionals, parseCommandArgs } from '../args.ts';
import { type CliCommand, writeJson } from '../command.ts';
import { UsageError } from '../usage-error.ts';

/** `storydesk who`: the who's-who card for a person, place, organization or product. */
export const whoCommand: CliCommand = {
  name: 'who',
  summary: 'Say who someone (or what something) is, as the article describes them.',
  usage: ['who NAME [--json]'],
  options: [
    [
      '--json',
      'Print {"found": true, ...card} or {"name", "found": false, "known": [...names]} as one JSON object',
    ],
  ],
  parse(args) {
    const { values, positionals } = parseCommandArgs(args, {
      options: { json: { type: 'boolean' } },
      allowPositionals: true,
    });
    const name = joinedPositionals(positionals);
    if (name === '') throw new UsageError('who needs a name');
    return async (context) => {
      const engine = await context.engine();
      const card = engine.who(name);
      if (values.json) {
        writeJson(
          context,
          card ? { found: true, ...card } : { name, found: false, known: engine.whoNames() },
        );
      } else if (card) {
        context.stdout(`${renderWhoCard(card, context.render)}\n`);
      } else {
        context.stdout(`${renderNameNotFound(name, engine.whoNames(), context.render)}\n`);
      }
      return card ? 0 : 1;
    };
  },
};
