import type { StoryInfo } from '../engine/views.ts';
import { bullets } from '../render/text/layout.ts';
import { type RenderOptions, textStyle } from '../render/text/style.ts';

/** Example questions shown in help; enough to show the range, few enough to read. */
const HELP_EXAMPLES = 3;

/** The first thing a reader sees: what the story is, where it is from, how to get help. */
export function renderBanner(story: StoryInfo, options: RenderOptions): string {
  const style = textStyle(options);
  const outlets = [...new Set(story.sources.map((source) => source.outlet))].join(', ');
  const articles = `${story.sources.length} article${story.sources.length === 1 ? '' : 's'}`;
  return [
    `${style.heading('StoryDesk')} — ${story.title}`,
    style.muted(`Source: ${outlets} (${articles}). Ask a question, or type /help. /quit to leave.`),
  ].join('\n');
}

/** What the console chat understands. */
export function renderConsoleHelp(story: StoryInfo, options: RenderOptions): string {
  const style = textStyle(options);
  const lines = [
    style.heading('Ask anything about the story in plain words, or use a command:'),
    '  /timeline              the events, in date order',
    '  /quote [who or topic]  direct quotes, by a speaker or about a topic',
    '  /who NAME              who someone (or something) is, per the article',
    '  /source                the article(s) behind every answer',
    '  /help                  this help',
    '  /quit                  leave (also /exit, Ctrl-D, Ctrl-C)',
  ];
  const examples = story.examples.slice(0, HELP_EXAMPLES);
  if (examples.length > 0) {
    lines.push('', style.heading('For example:'), ...bullets(examples, options.width));
  }
  return lines.join('\n');
}
