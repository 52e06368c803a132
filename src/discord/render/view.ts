import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { LIMITS } from './limits.ts';
import { truncate } from './text.ts';

/**
 * One message to send, in the JSON shape Discord receives, before the
 * transport adds flags and allowed mentions. Renderers return these; the
 * adapter decides whether it becomes a reply, an update or a message.
 */
export interface MessageView {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  /** Only the person who asked sees it (interactions only). */
  ephemeral: boolean;
}

/** A button before it is laid out in rows. */
export interface ButtonSpec {
  customId: string;
  label: string;
  style?: ButtonStyle.Primary | ButtonStyle.Secondary;
  disabled?: boolean;
}

/** Brand color of StoryDesk embeds. */
export const EMBED_COLOR = 0x2b6cb0;
/** Color of notices: the article does not say, expired buttons, errors. */
export const NOTICE_COLOR = 0x718096;

/**
 * Lays buttons out in rows of five, at most five rows. Custom ids must be
 * unique within a message, so later duplicates are dropped rather than
 * letting Discord reject the whole reply.
 */
export function buttonRows(
  buttons: readonly ButtonSpec[],
): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const seen = new Set<string>();
  const unique = buttons.filter((b) => {
    if (seen.has(b.customId) || b.customId.length > LIMITS.customId) return false;
    seen.add(b.customId);
    return true;
  });
  const rows: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  const fitting = unique.slice(0, LIMITS.buttonsPerRow * LIMITS.rows);
  for (let start = 0; start < fitting.length; start += LIMITS.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: fitting.slice(start, start + LIMITS.buttonsPerRow).map((b) => ({
        type: ComponentType.Button,
        style: b.style ?? ButtonStyle.Secondary,
        label: truncate(b.label, LIMITS.buttonLabel),
        custom_id: b.customId,
        ...(b.disabled ? { disabled: true } : {}),
      })),
    });
  }
  return rows;
}

/** Characters Discord counts against the 6000 per message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/**
 * Enforces the per-field limits on one embed and drops trailing fields, then
 * shortens the description, until the message fits Discord's total. Renderers
 * budget their text already; this is the last guard for what they missed.
 */
export function fitEmbed(embed: APIEmbed, budget: number = LIMITS.embedTotal): APIEmbed {
  const fitted: APIEmbed = {
    ...embed,
    ...(embed.title === undefined ? {} : { title: truncate(embed.title, LIMITS.embedTitle) }),
    ...(embed.description === undefined
      ? {}
      : { description: truncate(embed.description, LIMITS.embedDescription) }),
    ...(embed.footer === undefined
      ? {}
      : { footer: { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footer) } }),
    ...(embed.fields === undefined
      ? {}
      : {
          fields: embed.fields.slice(0, LIMITS.fields).map((f) => ({
            ...f,
            name: truncate(f.name, LIMITS.fieldName),
            value: truncate(f.value, LIMITS.fieldValue),
          })),
        }),
  };
  while (embedLength(fitted) > budget && fitted.fields && fitted.fields.length > 0) {
    fitted.fields = fitted.fields.slice(0, -1);
  }
  const excess = embedLength(fitted) - budget;
  if (excess > 0 && fitted.description) {
    fitted.description = truncate(
      fitted.description,
      Math.max(0, fitted.description.length - excess),
    );
  }
  return fitted;
}
