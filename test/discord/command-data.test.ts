import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  type ChatInputCommand,
  CommandModuleError,
  indexCommands,
} from '../../src/discord/commands/command.ts';
import {
  CHAT_INPUT_COMMANDS,
  commandPayload,
  MESSAGE_MENU_COMMANDS,
} from '../../src/discord/commands/index.ts';

/** Discord's pattern for command and option names. */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

interface OptionJson {
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string }[];
}

describe('when the commands are registered with Discord', () => {
  for (const command of CHAT_INPUT_COMMANDS as readonly ChatInputCommand[]) {
    describe(`/${command.data.name}`, () => {
      it('has a lowercase name that fits Discord’s pattern', () => {
        expect(command.data.name).toMatch(NAME);
        expect(command.data.name).toBe(command.data.name.toLowerCase());
      });

      it('has a description of 1 to 100 characters', () => {
        expect(command.data.description.length).toBeGreaterThanOrEqual(1);
        expect(command.data.description.length).toBeLessThanOrEqual(100);
      });

      it('has valid options, required ones first', () => {
        const options = (command.data.options ?? []) as OptionJson[];
        expect(options.length).toBeLessThanOrEqual(25);
        for (const option of options) {
          expect(option.name).toMatch(NAME);
          expect(option.name).toBe(option.name.toLowerCase());
          expect(option.description.length).toBeGreaterThanOrEqual(1);
          expect(option.description.length).toBeLessThanOrEqual(100);
        }
        const required = options.map((o) => o.required === true);
        expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
      });

      it('handles autocomplete exactly when an option asks for it', () => {
        const options = (command.data.options ?? []) as OptionJson[];
        const wantsAutocomplete = options.some((o) => o.autocomplete);
        expect('autocomplete' in command).toBe(wantsAutocomplete);
      });

      it('stays under Discord’s 4000 characters per command', () => {
        const options = (command.data.options ?? []) as OptionJson[];
        const size =
          command.data.name.length +
          command.data.description.length +
          options.reduce((sum, o) => sum + o.name.length + o.description.length, 0);
        expect(size).toBeLessThanOrEqual(4000);
      });
    });
  }

  for (const command of MESSAGE_MENU_COMMANDS) {
    it(`the context menu "${command.data.name}" has a 1–32 character name and no description`, () => {
      // Context-menu names may hold spaces and capitals, unlike slash commands.
      expect(command.data.name).toMatch(/^[-_ \p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u);
      expect(command.data.type).toBe(ApplicationCommandType.Message);
      expect('description' in command.data).toBe(false);
    });
  }

  it('sends each command once, with StoryDesk’s six slash commands and one context menu', () => {
    const payload = commandPayload();
    const keys = payload.map((c) => `${c.type}:${c.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      payload.filter((c) => c.type === ApplicationCommandType.ChatInput).map((c) => c.name),
    ).toEqual(['ask', 'timeline', 'quote', 'who', 'source', 'help']);
    expect(payload.filter((c) => c.type === ApplicationCommandType.Message)).toHaveLength(1);
  });
});

describe('when readers install StoryDesk to a server or to their own account', () => {
  for (const command of commandPayload()) {
    it(`offers "${command.name}" in both installs and in servers, DMs and group DMs`, () => {
      expect(command.integration_types).toEqual([
        ApplicationIntegrationType.GuildInstall,
        ApplicationIntegrationType.UserInstall,
      ]);
      expect(command.contexts).toEqual([
        InteractionContextType.Guild,
        InteractionContextType.BotDM,
        InteractionContextType.PrivateChannel,
      ]);
    });
  }
});

describe('when a command module is malformed', () => {
  const good = CHAT_INPUT_COMMANDS[0];

  it('refuses a module without execute, naming it', () => {
    const broken = { data: { name: 'broken', description: 'x' } };
    expect(() => indexCommands([good, broken as never])).toThrow(CommandModuleError);
    expect(() => indexCommands([good, broken as never])).toThrow(/"broken".*execute/);
  });

  it('refuses a module without data', () => {
    expect(() => indexCommands([{ execute: async () => {} } as never])).toThrow(/position 0/);
  });

  it('refuses two modules with the same name', () => {
    expect(() => indexCommands([good, good])).toThrow(/Two command modules are named "ask"/);
  });

  it('indexes every module of a valid list', () => {
    expect([...indexCommands(CHAT_INPUT_COMMANDS).keys()]).toEqual(
      CHAT_INPUT_COMMANDS.map((c) => c.data.name),
    );
  });
});
