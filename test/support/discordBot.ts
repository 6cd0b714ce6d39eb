/**
 * The Discord side of a test: the strict stand-in (test/discord-standin/) on 127.0.0.1, and the
 * bot's real discord.js client logged in against it, its commands registered, ready to be asked.
 */
import { vi, type MockInstance } from 'vitest';
import type { Answerer } from '../../src/answer/types.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createBot, type Bot } from '../../src/discord/client.js';
import type { AnswererSource } from '../../src/discord/liveAnswerer.js';
import { registerCommands } from '../../src/discord/register.js';
import { DiscordStandIn, type StandInOptions } from '../discord-standin/standin.js';

/** Captures stderr (the bot's log lines, plain or JSON) and keeps it off the test output. */
export function captureStderr(): { text: () => string; restore: () => void } {
  let captured = '';
  const spy: MockInstance = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    captured += String(chunk);
    return true;
  });
  return { text: () => captured, restore: () => spy.mockRestore() };
}

/**
 * Settings that point the bot at `standin`: its token, API base and application, its guild (for
 * guild command registration) unless `guild` is false, and no cooldown unless `extra` sets one.
 */
export function standinConfig(standin: DiscordStandIn, extra: Record<string, string> = {}, guild = true): Config {
  return loadConfig({
    DISCORD_TOKEN: standin.token,
    DISCORD_API_BASE: standin.apiBase,
    DISCORD_APPLICATION_ID: standin.applicationId,
    ...(guild ? { DISCORD_GUILD_ID: standin.guildId } : {}),
    COOLDOWN_SECONDS: '0',
    ...extra,
  });
}

export interface BotOptions {
  /** What answers: an Answerer, or a source such as a LiveAnswerer. */
  readonly answerer: Answerer | AnswererSource;
  /** Settings on top of `standinConfig`'s. */
  readonly env?: Record<string, string>;
  /** Register the commands to the stand-in's guild first (default true). */
  readonly register?: boolean;
}

export interface StartedBot {
  readonly bot: Bot;
  readonly config: Config;
}

/** Logs the real client in against a running stand-in and waits until it is ready; stops it if that fails. */
export async function startBot(standin: DiscordStandIn, options: BotOptions): Promise<StartedBot> {
  const config = standinConfig(standin, options.env);
  const answerer = options.answerer;
  const bot = createBot(config, 'current' in answerer ? answerer : { current: () => answerer });
  try {
    if (options.register ?? true) await registerCommands(config);
    await bot.start();
  } catch (error) {
    await bot.stop(0);
    throw error;
  }
  return { bot, config };
}

/** A fresh stand-in (heartbeats every second unless `standin` says otherwise) with the bot ready on it. */
export async function startStandinBot(
  options: BotOptions & { readonly standin?: StandInOptions },
): Promise<StartedBot & { standin: DiscordStandIn }> {
  const standin = await DiscordStandIn.start({ heartbeatIntervalMs: 1000, ...options.standin });
  try {
    return { standin, ...(await startBot(standin, options)) };
  } catch (error) {
    await standin.close();
    throw error;
  }
}
