import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { SourceInfo, StoryInfo } from '../../engine/views.ts';
import { LIMITS } from './limits.ts';
import { bullets, plain, truncate } from './text.ts';
import { EMBED_COLOR, fitEmbed, type MessageView } from './view.ts';

const EXAMPLES_SHOWN = 5;
// Room for the examples field among Discord's 25.
const SOURCES_SHOWN = LIMITS.fields - 1;

/** One article: outlet, via, author, date as known, and what it holds. */
export function sourceField(source: SourceInfo): APIEmbedField {
  const lines = [
    `**Outlet:** ${plain(source.outlet)}${source.via ? ` (${plain(source.via)})` : ''}`,
    `**Author:** ${source.author ? plain(source.author) : 'not given'}`,
    `**Date:** ${source.date ?? 'not given in the article'}`,
    ...(source.url ? [`**Link:** ${source.url}`] : []),
    `${source.passages} paragraphs · ${source.quotes} direct quotes · ${source.pairs} curated questions`,
  ];
  return {
    name: truncate(plain(source.title), LIMITS.fieldName),
    value: truncate(lines.join('\n'), LIMITS.fieldValue),
  };
}

/** The story's articles and what the bot can answer about. */
export function sourceView(story: StoryInfo): MessageView {
  const fields = story.sources.slice(0, SOURCES_SHOWN).map(sourceField);
  const examples = story.examples.slice(0, EXAMPLES_SHOWN);
  if (examples.length > 0) {
    fields.push({
      name: 'You can ask, for example',
      value: truncate(bullets(examples.map(plain)), LIMITS.fieldValue),
    });
  }
  const hidden = story.sources.length - Math.min(story.sources.length, SOURCES_SHOWN);
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(plain(story.title), LIMITS.embedTitle),
    description: truncate(
      `**What I can answer about:** ${plain(story.scope)}`,
      LIMITS.embedDescription,
    ),
    fields,
    footer: {
      text:
        hidden > 0
          ? `${story.sources.length} articles; ${hidden} not shown`
          : `${story.sources.length} ${story.sources.length === 1 ? 'article' : 'articles'} · every answer quotes them verbatim`,
    },
  };
  return { embeds: [fitEmbed(embed)], components: [], ephemeral: false };
}
