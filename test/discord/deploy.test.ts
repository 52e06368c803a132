import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/usage-error.ts';
import { parseConfig } from '../../src/config.ts';
import { commandPayload } from '../../src/discord/commands/index.ts';
import {
  DEPLOY_USAGE,
  deployCommands,
  deployRequest,
  parseDeployArgs,
  runDeployCommands,
} from '../../src/discord/deploy.ts';
import { INVITE_PERMISSIONS, inviteUrl } from '../../src/discord/invite.ts';
import { FakeDiscord } from '../fixtures/discord/fake-discord.ts';
import { APPLICATION_ID, GUILD_ID } from '../fixtures/discord/ids.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url);
const TSX = new URL('node_modules/.bin/tsx', ROOT).pathname;
const SCRIPT = new URL('scripts/deploy-commands.ts', ROOT).pathname;

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await new FakeDiscord().start();
});
afterEach(() => discord.reset());
afterAll(() => discord.stop());

/** The environment of a run with only `env` configured. */
function deployEnv(env: Record<string, string>): Record<string, string | undefined> {
  const cleared = {
    DISCORD_TOKEN: '',
    DISCORD_APPLICATION_ID: '',
    DISCORD_GUILD_ID: '',
    DISCORD_API_URL: discord.apiUrl,
  };
  return { ...process.env, ...cleared, ...env };
}

/** Runs `npm run deploy-commands` as a user would, as a child process: a smoke test of the script. */
function deployScript(args: string[], env: Record<string, string>) {
  return run(TSX, [SCRIPT, ...args], { cwd: ROOT.pathname, env: deployEnv(env) });
}

/** The same run in this process: what it printed and its exit code. */
async function deploy(args: string[], env: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await runDeployCommands(
    args,
    {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
    },
    deployEnv(env),
  );
  return { code, stdout, stderr };
}

describe('when running deploy-commands --dry-run', () => {
  it('prints the exact guild PUT, without a token and without touching the network', async () => {
    const { stdout } = await deployScript(['--dry-run'], {
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_GUILD_ID: GUILD_ID,
    });
    const printed = JSON.parse(stdout);
    expect(printed).toEqual({
      method: 'PUT',
      route: `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`,
      url: `${discord.apiUrl}/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`,
      scope: 'guild',
      body: JSON.parse(JSON.stringify(commandPayload())),
    });
    expect(discord.requests).toEqual([]);
  });

  it('targets global commands when no guild is set', async () => {
    const { code, stdout } = await deploy(['--dry-run'], {
      DISCORD_APPLICATION_ID: APPLICATION_ID,
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      route: `/applications/${APPLICATION_ID}/commands`,
      scope: 'global',
    });
  });

  it('fails clearly without DISCORD_APPLICATION_ID', async () => {
    const failure = await deploy(['--dry-run'], {});
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(/DISCORD_APPLICATION_ID: required/);
  });
});

describe('when deploy-commands is given a flag it does not know', () => {
  it('refuses a typo such as --dryrun, and a stray word, instead of deploying', () => {
    for (const argv of [['--dryrun'], ['--dry-run', 'now'], ['--guild=1'], ['-n']]) {
      expect(() => parseDeployArgs(argv), argv.join(' ')).toThrow(UsageError);
    }
  });

  it('reads --dry-run, --help and nothing at all', () => {
    expect(parseDeployArgs([])).toEqual({ dryRun: false });
    expect(parseDeployArgs(['--dry-run'])).toEqual({ dryRun: true });
    expect(parseDeployArgs(['--help'])).toBe('help');
    expect(parseDeployArgs(['-h'])).toBe('help');
  });

  it('prints the usage and exits 2 without a request, even with a token set', async () => {
    const failure = await deploy(['--dryrun'], {
      DISCORD_TOKEN: 'deploy-secret-token',
      DISCORD_APPLICATION_ID: APPLICATION_ID,
    });
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect(failure.stderr).toMatch(/Unknown option '--dryrun'/);
    expect(failure.stderr).toContain(DEPLOY_USAGE);
    expect(discord.requests).toEqual([]);
  });
});

describe('when deploying for real', () => {
  const config = () =>
    parseConfig({
      DISCORD_TOKEN: 'deploy-secret-token',
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: discord.apiUrl,
    });

  it('sends one bulk PUT of every command, authenticated as the bot', async () => {
    const result = await deployCommands(config());
    expect(discord.requests).toHaveLength(1);
    const [put] = discord.requests;
    expect(put?.method).toBe('PUT');
    expect(put?.path).toBe(deployRequest(config()).route);
    expect(put?.authorization).toBe('Bot deploy-secret-token');
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(commandPayload())));
    expect(result.registered).toBe(commandPayload().length);
  });

  it('refuses to deploy without a token, pointing at --dry-run', async () => {
    const noToken = parseConfig({ DISCORD_APPLICATION_ID: APPLICATION_ID, DISCORD_TOKEN: '' });
    await expect(deployCommands(noToken)).rejects.toThrow(/DISCORD_TOKEN.*--dry-run/);
    expect(discord.requests).toEqual([]);
  });
});

describe('when inviting the bot', () => {
  it('asks for View Channel, Send Messages, Embed Links and Read Message History only', () => {
    expect(INVITE_PERMISSIONS).toBe(1024n + 2048n + 16384n + 65536n);
    const url = new URL(inviteUrl(APPLICATION_ID));
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe(INVITE_PERMISSIONS.toString());
  });

  it('documents the same permission integer in the README', () => {
    const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
    const section = readme.slice(readme.indexOf('## Running on Discord'));
    expect(section).toContain(`permissions=${INVITE_PERMISSIONS}`);
  });
});
