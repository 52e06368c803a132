import type { ButtonInteraction } from 'discord.js';
import { answerView, takeCooldown } from './asking.ts';
import { timelinePage } from './commands/timeline.ts';
import type { BotContext } from './context.ts';
import { decodeButton } from './custom-ids.ts';
import { ReplyableError } from './errors.ts';
import { messageMeta } from './message-meta.ts';
import { NOTICES } from './messages.ts';
import { passageView } from './render/passage.ts';
import { timelinePageCount } from './render/timeline.ts';
import { interactionReply, messageUpdate } from './respond.ts';

/**
 * Handles every StoryDesk button. A custom id that does not parse, or
 * points at nothing the engine knows, gets a polite notice: it is usually
 * a button from before a restart or a knowledge update.
 */
export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = decodeButton(interaction.customId);
  if (!action) throw new ReplyableError(NOTICES.staleButton);
  const meta = messageMeta(interaction.message);

  switch (action.kind) {
    case 'ask': {
      const question = ctx.questions.question(action.key);
      if (question === undefined) throw new ReplyableError(NOTICES.staleButton);
      takeCooldown(ctx, interaction.user.id);
      const view = answerView(ctx, question);
      // A private conversation stays private.
      await interaction.reply(
        interactionReply({ ...view, ephemeral: view.ephemeral || meta.ephemeral }),
      );
      return;
    }
    case 'passage': {
      const source = ctx.engine.story().sources[action.source];
      const passage = source ? ctx.engine.passage(source.id, action.passage) : null;
      if (!passage) throw new ReplyableError(NOTICES.missingPassage);
      await interaction.reply(interactionReply(passageView(passage)));
      return;
    }
    case 'timeline': {
      if (action.page >= timelinePageCount(ctx.engine.timeline())) {
        throw new ReplyableError(NOTICES.staleButton);
      }
      const view = timelinePage(ctx.engine, action.page);
      // Paging someone else's public timeline would change it under their eyes.
      const ownsMessage = meta.ephemeral || meta.invokerId === interaction.user.id;
      if (ownsMessage) await interaction.update(messageUpdate(view));
      else await interaction.reply(interactionReply({ ...view, ephemeral: true }));
      return;
    }
  }
}
