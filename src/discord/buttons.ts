import { answerView, takeCooldown } from './asking.ts';
import { timelinePage } from './commands/timeline.ts';
import type { BotContext } from './context.ts';
import { decodeButton } from './custom-ids.ts';
import { ReplyableError } from './errors.ts';
import { NOTICES } from './messages.ts';
import { noticeView } from './render/notice.ts';
import { passageView } from './render/passage.ts';
import { timelinePageCount } from './render/timeline.ts';
import type { ButtonRequest } from './request.ts';
import { type InteractionResponse, replyResponse, updateResponse } from './respond.ts';

/**
 * Handles every StoryDesk button. A custom id that does not parse, or
 * points at nothing the engine knows, gets a polite notice: it is usually
 * a button from before a restart or a knowledge update.
 */
export function handleButton(request: ButtonRequest, ctx: BotContext): InteractionResponse {
  const action = decodeButton(request.customId);
  if (!action) throw new ReplyableError(NOTICES.staleButton);
  const meta = request.message;

  switch (action.kind) {
    case 'ask': {
      const question = ctx.questions.question(action.key);
      if (question === undefined) throw new ReplyableError(NOTICES.staleButton);
      takeCooldown(ctx, request.userId, 'button');
      const view = answerView(ctx, question, {
        source: 'button',
        guildId: request.guildId,
        pickedFor: meta.askedQuestion,
      });
      // A private conversation stays private.
      return replyResponse({ ...view, ephemeral: view.ephemeral || meta.ephemeral });
    }
    case 'passage': {
      const source = ctx.engine.story().sources[action.source];
      const passage = source ? ctx.engine.passage(source.id, action.passage) : null;
      if (!passage) throw new ReplyableError(NOTICES.missingPassage);
      return replyResponse(passageView(passage));
    }
    case 'feedback': {
      ctx.recorder.recordFeedback({
        unit: action.unit,
        helpful: action.helpful,
        guildId: request.guildId,
      });
      return replyResponse(noticeView(NOTICES.feedbackThanks));
    }
    case 'timeline': {
      if (action.page >= timelinePageCount(ctx.engine.timeline())) {
        throw new ReplyableError(NOTICES.staleButton);
      }
      const view = timelinePage(ctx.engine, action.page);
      // Paging someone else's public timeline would change it under their eyes.
      const ownsMessage = meta.ephemeral || meta.invokerId === request.userId;
      return ownsMessage ? updateResponse(view) : replyResponse({ ...view, ephemeral: true });
    }
  }
}
