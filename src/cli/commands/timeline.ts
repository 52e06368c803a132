import { renderTimeline } from '../../render/text/timeline.ts';
import { parseCommandArgs } from '../args.ts';
import { type CliCommand, writeJson } from '../command.ts';

/** `storydesk timeline`: every event of the story, in date order. */
export const timelineCommand: CliCommand = {
  name: 'timeline',
  summary: 'List the events of the story in date order, each with its citation.',
  usage: ['timeline [--json]'],
  options: [['--json', 'Print {"events": [...]} as one JSON object']],
  parse(args) {
    const { values } = parseCommandArgs(args, { options: { json: { type: 'boolean' } } });
    return async (context) => {
      const events = (await context.engine()).timeline();
      if (values.json) writeJson(context, { events });
      else context.stdout(`${renderTimeline(events, context.render)}\n`);
      return 0;
    };
  },
};
