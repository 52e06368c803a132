import { LIMITS } from './limits.ts';
import { truncate } from './text.ts';
import { fitEmbed, type MessageView, NOTICE_COLOR } from './view.ts';

/** A short message only the reader sees: cooldowns, expired buttons, errors. */
export function noticeView(text: string, title?: string): MessageView {
  return {
    embeds: [
      fitEmbed({
        color: NOTICE_COLOR,
        ...(title ? { title: truncate(title, LIMITS.embedTitle) } : {}),
        description: truncate(text, LIMITS.embedDescription),
      }),
    ],
    components: [],
    ephemeral: true,
  };
}
