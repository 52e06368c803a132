import type { StoryInfo } from '../../engine/views.ts';
import { LIMITS } from './limits.ts';
import { plain, truncate } from './text.ts';
import { EMBED_COLOR, fitEmbed, type MessageView } from './view.ts';

/** Names the help text uses, taken from the bot and the story rather than hard-coded. */
export interface HelpNames {
  botName: string;
  /** Whether to mention @mentions: they work only in servers, over the gateway. */
  mentions: boolean;
  contextMenu: string;
  /** Someone quoted in the story, for the `/quote` example. */
  speaker: string | undefined;
  /** Someone or something the story names, for the `/who` example. */
  name: string | undefined;
  /** Days questions are kept in the question log; null when it is off. */
  questionLogDays: number | null;
}

/** A short guide with real examples from the story. */
export function helpView(story: StoryInfo, names: HelpNames): MessageView {
  const example = story.examples[0] ?? 'What is this article about?';
  const lines = [
    `I answer questions about one story with the article's own words: **${plain(story.title)}**.`,
    '',
    `**/ask** \`question:\` ${plain(example)} — an answer, the verbatim quote, who said it and the ¶.`,
    '**/timeline** — events in order, dates as the article words them.',
    `**/quote** ${names.speaker ? `\`speaker:\` ${plain(names.speaker)} ` : ''}— direct quotes, with when and where they were said.`,
    `**/who** ${names.name ? `\`name:\` ${plain(names.name)} ` : ''}— how the article describes someone, and where they appear.`,
    '**/source** — the article, its outlet and author, and what I can answer about.',
    '',
    names.mentions
      ? `You can also mention me: \`@${plain(names.botName)} where are the bases?\`, or right-click a message → Apps → **${names.contextMenu}**.`
      : `You can also right-click a message → Apps → **${names.contextMenu}**.`,
    'When the article does not say, I say so and suggest what it does cover.',
    ...(names.questionLogDays === null
      ? []
      : [
          '',
          `Questions are recorded to improve answers: the question, the server and what I answered, never your name or id. They are kept ${names.questionLogDays} days.`,
        ]),
  ];
  return {
    embeds: [
      fitEmbed({
        color: EMBED_COLOR,
        title: `How to use ${plain(names.botName)}`,
        description: truncate(lines.join('\n'), LIMITS.embedDescription),
      }),
    ],
    components: [],
    ephemeral: true,
  };
}
