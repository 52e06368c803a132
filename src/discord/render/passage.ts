import type { PassageRef } from '../../engine/views.ts';
import { citationLine } from './answer.ts';
import { LIMITS } from './limits.ts';
import { blockQuote, paragraphMark, plain, truncate } from './text.ts';
import { EMBED_COLOR, fitEmbed, type MessageView } from './view.ts';

/** The whole cited paragraph, verbatim, for "Show passage"; only the clicker sees it. */
export function passageView(passage: PassageRef): MessageView {
  const { citation } = passage;
  return {
    embeds: [
      fitEmbed({
        color: EMBED_COLOR,
        title: truncate(
          `${paragraphMark(citation.passage)} of “${plain(citation.title)}”`,
          LIMITS.embedTitle,
        ),
        description: blockQuote(truncate(plain(passage.text), LIMITS.embedDescription - 200)),
        footer: { text: citationLine(citation) },
      }),
    ],
    components: [],
    ephemeral: true,
  };
}
