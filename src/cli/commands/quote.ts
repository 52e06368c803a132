import { printable } from '../../render/text/clean.ts';
import { bullets } from '../../render/text/layout.ts';
import { renderQuotes } from '../../render/text/quotes.ts';
import { parseCommandArgs } from '../args.ts';
import { type CliCommand, writeJson } from '../command.ts';

/** `storydesk quote`: direct quotes, filtered by speaker and topic. */
export const quoteCommand: CliCommand = {
  name: 'quote',
  summary: 'List direct quotes, optionally by a speaker and/or about a topic.',
  usage: ['quote [--speaker NAME] [--about TOPIC] [--json]'],
  options: [
    ['--speaker NAME', 'Only quotes by this person (any spelling the story knows)'],
    ['--about TOPIC', 'Only quotes about this topic'],
    ['--json', 'Print {"speaker", "about", "quotes": [...]} as one JSON object'],
  ],
  parse(args) {
    const { values } = parseCommandArgs(args, {
      options: {
        speaker: { type: 'string' },
        about: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const speaker = values.speaker?.trim() || null;
    const about = values.about?.trim() || null;
    return async (context) => {
      const engine = await context.engine();
      const quotes = engine.quotes({ speaker: speaker ?? undefined, about: about ?? undefined });
      if (values.json) {
        writeJson(context, { speaker, about, quotes });
        return quotes.length > 0 ? 0 : 1;
      }
      if (quotes.length > 0) {
        const by = speaker ? ` by ${engine.who(speaker)?.name ?? printable(speaker, 60)}` : '';
        const on = about ? ` about “${printable(about, 60)}”` : '';
        const heading = by || on ? `Quotes${by}${on}` : 'Every direct quote in the story';
        context.stdout(`${renderQuotes(heading, quotes, context.render)}\n`);
        return 0;
      }
      context.stdout(
        [
          'No direct quote matches. Quoted in the story:',
          ...bullets(engine.speakers(), context.render.width),
          '',
        ].join('\n'),
      );
      return 1;
    };
  },
};
