import type { APIEmbed } from 'discord.js';
import type { WhoCard } from '../../engine/views.ts';
import { LIMITS } from './limits.ts';
import { paragraphMark, plain, truncate } from './text.ts';
import { EMBED_COLOR, embedLength, fitEmbed, type MessageView } from './view.ts';

const KIND_LABEL: Record<WhoCard['kind'], string> = {
  person: 'person',
  place: 'place',
  organization: 'organization',
  country: 'country',
  product: 'product',
};

const DESCRIPTION_BUDGET = 1500;
const ALIASES_SHOWN = 8;

/**
 * The who's-who card: how each article describes them, then the passages
 * that mention them, as many as fit; the footer lists the rest by ¶.
 */
export function whoView(card: WhoCard): MessageView {
  const descriptions = card.descriptions.map(
    (d) => `${plain(d.text)} — ${plain(d.citation.outlet)} ${paragraphMark(d.citation.passage)}`,
  );
  const otherNames = card.aliases.filter((a) => a !== card.name).slice(0, ALIASES_SHOWN);
  const aliasLine =
    otherNames.length > 0 ? `\n\n*Also called:* ${plain(otherNames.join(', '))}` : '';
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: truncate(`${plain(card.name)} (${KIND_LABEL[card.kind]})`, LIMITS.embedTitle),
    description: `${truncate(descriptions.join('\n\n'), DESCRIPTION_BUDGET)}${aliasLine}`,
    fields: [],
  };
  const reserve = 300;
  const shown: number[] = [];
  for (const [index, mention] of card.mentions.entries()) {
    if ((embed.fields?.length ?? 0) >= LIMITS.fields) break;
    const field = {
      name: truncate(
        `${paragraphMark(mention.citation.passage)} · ${plain(mention.citation.outlet)}`,
        LIMITS.fieldName,
      ),
      value: truncate(plain(mention.text), LIMITS.fieldValue),
    };
    if (embedLength(embed) + field.name.length + field.value.length + reserve > LIMITS.embedTotal) {
      break;
    }
    embed.fields?.push(field);
    shown.push(index);
  }
  const hidden = card.mentions.filter((_, index) => !shown.includes(index));
  const count = card.mentions.length;
  embed.footer = {
    text: truncate(
      hidden.length > 0
        ? `Mentioned in ${count} passages · also ${hidden.map((m) => paragraphMark(m.citation.passage)).join(', ')}`
        : `Mentioned in ${count} ${count === 1 ? 'passage' : 'passages'}`,
      LIMITS.footer,
    ),
  };
  return { embeds: [fitEmbed(embed)], components: [], ephemeral: false };
}
