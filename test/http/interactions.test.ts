import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.ts';
import { type RunningHttp, serveHttp } from '../../src/http/run.ts';
import { createLogger } from '../../src/logger.ts';
import { Metrics } from '../../src/metrics.ts';
import {
  autocomplete,
  botReply,
  buttonClick,
  chatInput,
  inDm,
  message,
  messageContextMenu,
} from '../fixtures/discord/gateway.ts';
import { bundledEngine, type Harness, startHarness } from '../fixtures/discord/harness.ts';
import { OTHER_READER, READER } from '../fixtures/discord/ids.ts';
import { blockQuoted, unescapeMarkdown } from '../fixtures/discord/limits.ts';
import {
  buttonsOf,
  CALLBACK,
  callbackOf,
  EPHEMERAL,
  type InteractionCallback,
  textOf,
} from '../fixtures/discord/payloads.ts';
import {
  postInteraction,
  postSigned,
  signatureHeaders,
  type TestKeys,
  testKeys,
} from '../fixtures/http/signed.ts';

const keys: TestKeys = testKeys();
const logs: Record<string, unknown>[] = [];
let http: RunningHttp;
let metrics: Metrics;

/** A StoryDesk HTTP interactions server on loopback, as `npm start` runs it with a public key. */
async function startReplica(): Promise<RunningHttp> {
  const config = parseConfig({
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    HTTP_PORT: '8080',
    ASK_COOLDOWN_QUESTIONS: '1000',
  });
  const running = await serveHttp(config, {
    engine: await bundledEngine(),
    logger: createLogger('debug', (line) => logs.push(JSON.parse(line))),
    metrics,
    host: '127.0.0.1',
    port: 0,
  });
  if (!running) throw new Error('no HTTP server started');
  return running;
}

beforeAll(async () => {
  metrics = new Metrics();
  http = await startReplica();
});
afterAll(() => http.close());

async function interact(raw: unknown): Promise<InteractionCallback> {
  const response = await postSigned(http.url, keys, raw);
  expect(response.status).toBe(200);
  expect(response.contentType).toBe('application/json');
  return response.body as InteractionCallback;
}

describe('when Discord checks the endpoint with a PING', () => {
  it('answers {"type":1}', async () => {
    const response = await postSigned(http.url, keys, { id: '1', type: 1, application_id: '2' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ type: 1 });
  });
});

describe('when a reader runs /ask over HTTP interactions', () => {
  it('answers in the HTTP response (type 4), quoting the article, pinging nobody', async () => {
    const callback = await interact(chatInput('ask', { question: 'where are the bases?' }));
    const answer = (await bundledEngine()).ask('where are the bases?');
    expect(callback.type).toBe(CALLBACK.reply);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(unescapeMarkdown(blockQuoted(callback.data?.embeds?.[0]?.description ?? ''))).toBe(
      answer.quote?.text,
    );
  });

  it('logs the interaction with command, user and guild', async () => {
    await interact(chatInput('ask', { question: 'who is zakharova' }));
    expect(logs.filter((l) => l.message === 'answered').at(-1)).toMatchObject({
      command: 'ask',
      user: READER.id,
    });
  });

  it('answers a reader in a DM (user install) too', async () => {
    const callback = await interact(inDm(chatInput('ask', { question: 'where are the bases?' })));
    expect(callback.type).toBe(CALLBACK.reply);
    expect(textOf(callback.data)).not.toMatch(/Something went wrong/);
  });

  it('gets a notice of its own for a command StoryDesk does not have', async () => {
    const callback = await interact(chatInput('retired-command'));
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(textOf(callback.data)).toMatch(/do not know that command/);
  });
});

describe('when the same interaction arrives over the gateway and over HTTP', () => {
  let gateway: Harness;
  beforeAll(async () => {
    gateway = await startHarness({ cooldown: { questions: 1000, windowMs: 10_000 } });
  });
  afterAll(() => gateway.stop());

  const cases: [string, () => Record<string, unknown> & { id: string }][] = [
    ['/ask', () => chatInput('ask', { question: 'where are the bases?' })],
    ['/ask the article does not cover', () => chatInput('ask', { question: 'how many troops' })],
    ['/timeline', () => chatInput('timeline')],
    ['/quote', () => chatInput('quote', { about: 'bases' })],
    ['/who autocomplete', () => autocomplete('who', { name: 'zak' }, 'name')],
    ['the context menu', () => messageContextMenu('Ask StoryDesk', message('who is zakharova'))],
  ];
  for (const [what, build] of cases) {
    it(`answers ${what} with the very JSON the gateway posts`, async () => {
      const raw = build();
      const overHttp = await interact(raw);
      const id = gateway.interact(raw);
      const overGateway = callbackOf(await gateway.discord.callback(id));
      expect(overHttp).toEqual(overGateway);
    });
  }
});

describe('when a reader types in an autocompleted option', () => {
  it('offers choices in the HTTP response (type 8)', async () => {
    const callback = await interact(autocomplete('who', { name: 'zak' }, 'name'));
    expect(callback.type).toBe(CALLBACK.autocomplete);
    expect(callback.data?.choices?.some((c) => /Zakharova/.test(c.name))).toBe(true);
  });
});

describe('when a reader pages the timeline they ran', () => {
  it('updates the message in the HTTP response (type 7)', async () => {
    const first = await interact(chatInput('timeline'));
    const later = buttonsOf(first.data).find((b) => /^Later/.test(b.label ?? ''));
    const onMessage = botReply(first.data?.components ?? [], READER);
    const page2 = await interact(buttonClick(later?.custom_id ?? '', onMessage, READER));
    expect(page2.type).toBe(CALLBACK.update);
    expect(page2.data?.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of 2/);
    expect(page2.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('shows another reader the page privately instead', async () => {
    const first = await interact(chatInput('timeline'));
    const later = buttonsOf(first.data).find((b) => /^Later/.test(b.label ?? ''));
    const onMessage = botReply(first.data?.components ?? [], READER);
    const page2 = await interact(buttonClick(later?.custom_id ?? '', onMessage, OTHER_READER));
    expect(page2.type).toBe(CALLBACK.reply);
    expect(page2.data?.flags).toBe(EPHEMERAL);
  });
});

describe('when replicas sit behind a load balancer', () => {
  let other: RunningHttp;
  beforeAll(async () => {
    other = await startReplica();
  });
  afterAll(() => other.close());

  it('answers on one replica every button another replica made', async () => {
    const questions = ['how many troops does russia have in syria', 'where are the bases?'];
    let clicked = 0;
    for (const question of questions) {
      const reply = await interact(chatInput('ask', { question }));
      const onMessage = botReply(reply.data?.components ?? [], READER, true);
      for (const button of buttonsOf(reply.data)) {
        const response = await postSigned(
          other.url,
          keys,
          buttonClick(button.custom_id ?? '', onMessage),
        );
        const callback = response.body as InteractionCallback;
        expect(response.status).toBe(200);
        expect(textOf(callback.data), button.label).not.toMatch(/no longer works|no longer in/);
        clicked += 1;
      }
    }
    expect(clicked).toBeGreaterThan(3);
  });
});

describe('when a request is not signed by Discord', () => {
  const body = JSON.stringify(chatInput('ask', { question: 'where are the bases?' }));

  it('refuses it with 401 when the signature headers are missing', async () => {
    const response = await postInteraction(http.url, body, {});
    expect(response.status).toBe(401);
  });

  it('refuses a signature made with another key', async () => {
    const response = await postInteraction(http.url, body, signatureHeaders(testKeys(), body));
    expect(response.status).toBe(401);
  });

  it('refuses a signature that is not hex', async () => {
    const headers = { ...signatureHeaders(keys, body), 'x-signature-ed25519': 'zz'.repeat(64) };
    expect((await postInteraction(http.url, body, headers)).status).toBe(401);
  });

  it('refuses a body changed after signing, even by one space', async () => {
    const headers = signatureHeaders(keys, body);
    expect((await postInteraction(http.url, `${body} `, headers)).status).toBe(401);
  });

  it('verifies the raw bytes, not re-serialised JSON', async () => {
    const spaced = JSON.stringify(JSON.parse(body), null, 2);
    const response = await postInteraction(http.url, spaced, signatureHeaders(keys, spaced));
    expect(response.status).toBe(200);
  });

  it('refuses a timestamp more than five minutes old (a replay)', async () => {
    const old = String(Math.floor(Date.now() / 1000) - 10 * 60);
    const response = await postInteraction(http.url, body, signatureHeaders(keys, body, old));
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: 'stale timestamp' });
  });
});

describe('when a signed request is not an interaction StoryDesk can answer', () => {
  const cases: [string, string | Buffer, number][] = [
    ['broken JSON', '{"type": 2, "data": ', 400],
    ['JSON that is not an object', '[1, 2, 3]', 400],
    ['an unknown interaction type', JSON.stringify({ ...chatInput('ask'), type: 99 }), 400],
    [
      'a modal submit, which StoryDesk never opens',
      JSON.stringify({ ...chatInput('ask'), type: 5 }),
      400,
    ],
    ['an interaction with no user', JSON.stringify({ ...chatInput('ask'), member: null }), 400],
    ['a member that is a string', JSON.stringify({ ...chatInput('ask'), member: 'x' }), 400],
    ['a body over 100 KB', JSON.stringify({ type: 2, pad: 'x'.repeat(110 * 1024) }), 413],
  ];
  for (const [what, body, status] of cases) {
    it(`answers ${what} with ${status}, and keeps serving`, async () => {
      const response = await postInteraction(http.url, body, signatureHeaders(keys, body));
      expect(response.status).toBe(status);
      const next = await postSigned(http.url, keys, { id: '1', type: 1 });
      expect(next.body).toEqual({ type: 1 });
    });
  }
});
