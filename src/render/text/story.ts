import type { StoryInfo } from '../../engine/views.ts';
import { bullets, indent } from './layout.ts';
import { type RenderOptions, textStyle } from './style.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The story, its articles with their metadata, and example questions. */
export function renderStory(story: StoryInfo, options: RenderOptions): string {
  const style = textStyle(options);
  const lines = [style.heading(story.title), ...indent(story.scope, '', options.width)];
  lines.push('', style.heading(story.sources.length === 1 ? 'Source' : 'Sources'));
  for (const source of story.sources) {
    const outlet = source.via ? `${source.outlet}, ${source.via}` : source.outlet;
    lines.push(
      '',
      ...indent(`“${source.title}”`, '  ', options.width),
      `  ${outlet}`,
      ...(source.author ? [`  by ${source.author}`] : []),
      `  ${source.date ? `Published ${source.date}` : 'Publication date not stated'}`,
      ...(source.url ? [`  ${source.url}`] : []),
      `  ${style.muted(
        [
          plural(source.passages, 'paragraph'),
          plural(source.quotes, 'direct quote'),
          plural(source.pairs, 'curated answer'),
        ].join(' · '),
      )}`,
    );
  }
  if (story.examples.length > 0) {
    lines.push(
      '',
      style.heading('You can ask, for example:'),
      ...bullets(story.examples, options.width),
    );
  }
  return lines.join('\n');
}
