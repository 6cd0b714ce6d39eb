/**
 * The Discord client: the intents the bot needs (no privileged one unless MESSAGE_CONTENT_INTENT),
 * REST and gateway pointed at `config.discord.apiBase`, mentions off by default, and every gateway
 * event handled by its module in events/ (interactions routed through interactions/, messages
 * through conversation/). On stop it lets answers in progress finish (SHUTDOWN_GRACE_MS) before
 * disconnecting.
 */
import path from 'node:path';
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { Answerer } from '../answer/types.js';
import type { Config } from '../config.js';
import { createError } from '../errors.js';
import { FeedbackLog, feedbackPath } from '../feedback/feedbackLog.js';
import { indexPath } from '../index/store/generation/generations.js';
import { FILES } from '../index/store/manifest/manifest.js';
import { createWriter } from '../llm/writer.js';
import { log } from '../log.js';
import type { Command } from './command.js';
import { commands as allCommands, menus as allMenus } from './commands/index.js';
import { createMessageHandler } from './conversation/messages.js';
import { ThreadMemory } from './conversation/threadMemory.js';
import { Cooldown } from './cooldown.js';
import { listen } from './events/index.js';
import { InFlight } from './inFlight.js';
import { createInteractionHandler } from './interactions/index.js';
import { LiveAnswerer, type AnswererSource } from './liveAnswerer.js';
import { loginError } from './loginErrors.js';
import { PageStore } from './pageStore.js';
import { Servers } from './servers.js';

/**
 * Guilds (slash commands, threads), GuildMessages (mentions of the bot: their content arrives
 * without the privileged intent), DirectMessages (to refuse or answer DMs); Message Content only
 * when MESSAGE_CONTENT_INTENT is on.
 */
export function botIntents(config: Config): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];
  return config.discord.messageContent ? [...intents, GatewayIntentBits.MessageContent] : intents;
}

export interface Bot {
  readonly client: Client;
  /** How many threads the bot remembers questions of (nothing else from channels is kept). */
  readonly threadsRemembered: () => number;
  /** Logs in and resolves once the client is ready (guilds received). */
  start(): Promise<void>;
  /**
   * Turns new interactions away, lets answers in progress finish (up to `graceMs`, default
   * SHUTDOWN_GRACE_MS), then disconnects and stops every timer, so the process can exit.
   */
  stop(graceMs?: number): Promise<void>;
}

export interface BotOptions {
  readonly commands?: readonly Command[];
}

/** Throws TOKEN_MISSING (naming the variable and .env.example) when there is no token. */
export function requireToken(config: Config): string {
  const token = config.discord.token;
  if (!token) throw createError('TOKEN_MISSING', 'DISCORD_TOKEN');
  return token;
}

/** Replaces every occurrence of the token, in case a library message ever carries it. */
export function redact(text: string, token: string | undefined): string {
  return token ? text.split(token).join('[token]') : text;
}

export function createBot(config: Config, answerers: AnswererSource, options: BotOptions = {}): Bot {
  const token = config.discord.token;
  const client = new Client({
    intents: botIntents(config),
    // DM channels are not cached; without this partial discord.js drops DMs to the bot.
    partials: [Partials.Channel],
    rest: { api: config.discord.apiBase },
    allowedMentions: { parse: [] },
  });

  const cooldown = new Cooldown(config.discord.cooldownSeconds);
  const pages = new PageStore();
  const writer = createWriter(config);
  const onInteraction = createInteractionHandler({
    config,
    answerers,
    commands: options.commands ?? allCommands,
    menus: allMenus,
    cooldown,
    pages,
    feedback: new FeedbackLog(feedbackPath(config.dataDir), { maxBytes: config.feedbackMaxBytes }),
    writer,
  });
  const memory = new ThreadMemory();
  const onMessage = createMessageHandler({ config, answerers, cooldown, pages, memory, writer });
  const inFlight = new InFlight();
  let stopping = false;
  let started!: { resolve(): void; reject(error: unknown): void };
  const ready = new Promise<void>((resolve, reject) => (started = { resolve, reject }));
  let starting = true;
  const settled = () => {
    starting = false;
  };
  ready.then(settled, settled);
  listen(client, {
    config,
    answerers,
    inFlight,
    onInteraction,
    onMessage,
    say: (message) => redact(message, token),
    stopping: () => stopping,
    starting: () => starting,
    started,
    servers: new Servers(client),
  });

  return {
    client,
    threadsRemembered: () => memory.size,
    async start() {
      const secret = requireToken(config);
      // Resolves once the ready event (events/ready.ts) has left unlisted servers and logged. A
      // refused log-in rejects it too, as the named error (events/connectionLog.ts, loginErrors.ts).
      client.login(secret).catch((error: unknown) => started.reject(loginError(error)));
      await ready;
    },
    async stop(graceMs = config.shutdownGraceMs) {
      const unfinished = await inFlight.drain(graceMs);
      if (unfinished > 0) log.warn(`Disconnecting with ${unfinished} answer(s) still in progress after ${graceMs} ms.`);
      stopping = true;
      await client.destroy();
    },
  };
}

export interface RunningBot {
  readonly bot: Bot;
  readonly answerers: LiveAnswerer;
  stop(graceMs?: number): Promise<void>;
}

/**
 * What `npm start` does: refuse early without a token, open the index once (the opener builds it
 * when missing), follow index rebuilds, log in. `open` is the answering core's `openAnswerer`.
 */
export async function runBot(config: Config, open: (config: Config) => Promise<Answerer>): Promise<RunningBot> {
  requireToken(config);
  log.info('Loading the model and the index…');
  const answerers = await LiveAnswerer.open({
    reopen: () => open(config),
    watchPath: path.join(indexPath(config.dataDir), FILES.header),
  });
  const bot = createBot(config, answerers);
  try {
    await bot.start();
  } catch (error) {
    answerers.close();
    await bot.stop();
    throw error;
  }
  return {
    bot,
    answerers,
    async stop(graceMs?: number) {
      await bot.stop(graceMs);
      answerers.close();
    },
  };
}
