import { type APIInteraction, InteractionResponseType, InteractionType } from 'discord.js';
import { requestFromApi } from '../discord/api-request.ts';
import type { BotContext } from '../discord/context.ts';
import { answerInteraction, interactionLogger } from '../discord/interactions.ts';
import type { SignatureVerifier } from './signature.ts';

/** An HTTP answer before it is written: status and JSON body. */
export interface JsonReply {
  status: number;
  body: unknown;
}

/** What the interactions endpoint is built from. */
export interface InteractionEndpointOptions {
  verifier: SignatureVerifier;
  /** The handlers' context, shared by every request (the engine and the catalog are read-only). */
  context: BotContext;
  /** How readers address the bot, for /help; read per request, as the gateway may log in later. */
  botName: () => string;
}

const refuse = (status: number, error: string): JsonReply => ({ status, body: { error } });

/**
 * Discord's outgoing-webhook mode: one signed POST per interaction, answered
 * in the HTTP response through the same handlers as the gateway. Holds no
 * state between requests, so replicas behind a load balancer agree.
 * Never throws: anything wrong with a request becomes a 4xx.
 */
export function createInteractionEndpoint(options: InteractionEndpointOptions) {
  const { verifier, context, botName } = options;
  return (
    signature: string | undefined,
    timestamp: string | undefined,
    body: Buffer,
  ): JsonReply => {
    const problem = verifier.check(signature, timestamp, body);
    if (problem) return refuse(401, problem);
    let raw: unknown;
    try {
      raw = JSON.parse(body.toString('utf8'));
    } catch {
      return refuse(400, 'body is not JSON');
    }
    if (
      typeof raw !== 'object' ||
      raw === null ||
      typeof (raw as { type?: unknown }).type !== 'number'
    ) {
      return refuse(400, 'not an interaction');
    }
    const interaction = raw as APIInteraction;
    if (interaction.type === InteractionType.Ping) {
      return { status: 200, body: { type: InteractionResponseType.Pong } };
    }
    let request: ReturnType<typeof requestFromApi>;
    try {
      request = requestFromApi(interaction, botName());
    } catch {
      // Signed by Discord yet not shaped as documented: refuse it rather than guess.
      return refuse(400, 'malformed interaction');
    }
    if (!request) return refuse(400, `interaction type ${interaction.type} is not supported`);
    const logger = interactionLogger(request, context.logger);
    return { status: 200, body: answerInteraction(request, { ...context, logger }, 'http') };
  };
}

/** The endpoint's handler: signature and timestamp headers, raw body, JSON reply. */
export type InteractionEndpoint = ReturnType<typeof createInteractionEndpoint>;
