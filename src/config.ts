/**
 * Configuration, parsed once: `.env` and the environment, checked by one zod
 * schema, frozen. Nothing else in the code reads `process.env`.
 */
import 'dotenv/config';
import path from 'node:path';
import { z } from 'zod';

/** The knowledge shipped with the project: the bundled story. */
export const BUNDLED_KNOWLEDGE_DIR = path.resolve(import.meta.dirname, '..', 'knowledge');

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const snowflake = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(
    z
      .string()
      .regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)')
      .optional(),
  )
  .optional();

const positiveInt = (fallback: number) =>
  z
    .string()
    .trim()
    .transform((value) => (value === '' ? String(fallback) : value))
    .transform(Number)
    .pipe(z.number('must be a number').int('must be a whole number').positive('must be above zero'))
    .default(fallback);

const port = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(
    z
      .string()
      .regex(/^\d+$/, 'must be a port number from 1 to 65535')
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(1, 'must be a port number from 1 to 65535')
          .max(65535, 'must be a port number from 1 to 65535'),
      )
      .optional(),
  )
  .optional();

const publicKey = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value.toLowerCase()))
  .pipe(
    z
      .string()
      .regex(
        /^[0-9a-f]{64}$/,
        'must be the 64 hex characters of the Developer Portal → General Information → Public Key',
      )
      .optional(),
  )
  .optional();

const SHARDS_PROBLEM = 'must be auto or a whole number of shards from 1 to 1000';

/** `SHARDS`: unset for one process, `auto` for Discord's recommended count, or a number. */
const shardsSetting = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(
    z
      .union(
        [
          z.literal('auto'),
          z
            .string()
            .regex(/^\d+$/)
            .transform(Number)
            .pipe(z.number().int().min(1, SHARDS_PROBLEM).max(1000, SHARDS_PROBLEM)),
        ],
        { message: SHARDS_PROBLEM },
      )
      .optional(),
  )
  .optional();

const SWITCH_WORDS: Readonly<Record<string, boolean>> = {
  on: true,
  off: false,
  true: true,
  false: false,
  yes: true,
  no: false,
  '1': true,
  '0': false,
};

/** An on/off switch, on unless set otherwise. */
const onOff = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => (value === '' ? 'on' : value))
  .pipe(z.enum(Object.keys(SWITCH_WORDS), { message: 'must be on or off' }))
  .transform((value) => SWITCH_WORDS[value] === true)
  .default(true);

/**
 * A Postgres connection URL. Problems never echo the value: it may hold a password.
 */
const postgresUrl = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(
    z
      .string()
      .refine(isPostgresUrl, 'must be a URL such as postgres://user:password@host:5432/database')
      .optional(),
  )
  .optional();

function isPostgresUrl(value: string): boolean {
  try {
    return ['postgres:', 'postgresql:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A database URL fit for logs and messages: the password replaced by `***`. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the DATABASE_URL';
  }
}

/** The levels LOG_LEVEL accepts, quietest last; `silent` logs nothing. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

const ConfigSchema = z
  .object({
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: snowflake,
    DISCORD_GUILD_ID: snowflake,
    DISCORD_API_URL: z
      .string()
      .trim()
      .transform((value) => (value === '' ? 'https://discord.com/api' : value))
      .pipe(z.url('must be a URL such as https://discord.com/api'))
      .default('https://discord.com/api'),
    KNOWLEDGE_DIR: optionalText,
    LOG_LEVEL: z
      .string()
      .trim()
      .toLowerCase()
      .transform((value) => (value === '' ? 'info' : value))
      .pipe(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }))
      .default('info'),
    ASK_COOLDOWN_QUESTIONS: positiveInt(5),
    ASK_COOLDOWN_SECONDS: positiveInt(10),
    HTTP_PORT: port,
    HTTP_HOST: optionalText,
    DISCORD_PUBLIC_KEY: publicKey,
    SHARDS: shardsSetting,
    // Set by discord.js's ShardingManager in each shard process, whose SHARDS is then a shard id.
    SHARDING_MANAGER: z.literal('true').optional(),
    STORYDESK_DATA_DIR: optionalText,
    DATABASE_URL: postgresUrl,
    QUESTION_LOG: onOff,
    QUESTION_LOG_DAYS: positiveInt(90),
  })
  .refine((env) => env.DISCORD_PUBLIC_KEY === undefined || env.HTTP_PORT !== undefined, {
    path: ['HTTP_PORT'],
    message: 'required when DISCORD_PUBLIC_KEY is set: the port Discord posts interactions to',
    // Listed with the other problems, not only once they are fixed.
    when: () => true,
  })
  .transform((env) =>
    Object.freeze({
      discord: Object.freeze({
        token: env.DISCORD_TOKEN,
        applicationId: env.DISCORD_APPLICATION_ID,
        guildId: env.DISCORD_GUILD_ID,
        apiUrl: env.DISCORD_API_URL.replace(/\/+$/, ''),
        publicKey: env.DISCORD_PUBLIC_KEY,
      }),
      http: Object.freeze({ port: env.HTTP_PORT, host: env.HTTP_HOST }),
      knowledgeDir: env.KNOWLEDGE_DIR ? path.resolve(env.KNOWLEDGE_DIR) : BUNDLED_KNOWLEDGE_DIR,
      logLevel: env.LOG_LEVEL,
      cooldown: Object.freeze({
        questions: env.ASK_COOLDOWN_QUESTIONS,
        windowMs: env.ASK_COOLDOWN_SECONDS * 1000,
      }),
      sharding: Object.freeze({
        /** How many shard processes to run: undefined runs the bot in this process. */
        shards: env.SHARDING_MANAGER ? undefined : env.SHARDS,
        /** True in a process the ShardingManager started: discord.js reads its shard from the env. */
        isShard: env.SHARDING_MANAGER === 'true',
      }),
      questionLog: Object.freeze({
        enabled: env.QUESTION_LOG,
        retentionDays: env.QUESTION_LOG_DAYS,
        /** Where the embedded (PGlite) database lives when no `databaseUrl` is set. */
        dataDir: path.resolve(env.STORYDESK_DATA_DIR ?? 'data'),
        /** A real Postgres server shared by several processes; holds a secret, never print it. */
        databaseUrl: env.DATABASE_URL,
      }),
    }),
  );

/** The whole configuration, frozen. */
export type Config = z.output<typeof ConfigSchema>;
/** One of {@link LOG_LEVELS}. */
export type LogLevel = Config['logLevel'];

/** Bad configuration: every problem at once, and never a value (the token must not leak). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses an environment (by default this process's) into the frozen config, or throws {@link ConfigError}. */
export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  // In a shard process discord.js sets SHARDS to the shard's id, not the operator's setting.
  const result = ConfigSchema.safeParse(
    env.SHARDING_MANAGER === 'true' ? { ...env, SHARDS: undefined } : env,
  );
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`),
    );
  }
  return result.data;
}
