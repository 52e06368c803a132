import { renderStory } from '../../render/text/story.ts';
import { parseCommandArgs } from '../args.ts';
import { type CliCommand, writeJson } from '../command.ts';

/** `storydesk source`: the story and the articles every answer comes from. */
export const sourceCommand: CliCommand = {
  name: 'source',
  summary: 'Show the story, its articles and example questions.',
  usage: ['source [--json]'],
  options: [['--json', 'Print the story and its sources as one JSON object']],
  parse(args) {
    const { values } = parseCommandArgs(args, { options: { json: { type: 'boolean' } } });
    return async (context) => {
      const story = (await context.engine()).story();
      if (values.json) writeJson(context, story);
      else context.stdout(`${renderStory(story, context.render)}\n`);
      return 0;
    };
  },
};
