/**
 * The Discord client: Guilds intent only (slash commands need no privileged intents), REST and
 * gateway pointed at `config.discord.apiBase`, mentions off by default, and every interaction
 * routed through `interactions.ts`. It leaves servers that ALLOWED_GUILD_IDS does not list, and on
 * stop lets answers in progress finish (SHUTDOWN_GRACE_MS) before disconnecting.
 */
import path from 'node:path';
import { Client, Events, GatewayIntentBits, Partials, type Guild } from 'discord.js';
import type { Answerer } from '../answer/types.js';
import type { Config } from '../config.js';
import { createError } from '../errors.js';
import { indexPath } from '../index/indexStore.js';
import { FILES } from '../index/manifest.js';
import { log } from '../log.js';
import { guildPermitted } from './access/index.js';
import { InFlight } from './inFlight.js';
import type { Command } from './command.js';
import { commands as allCommands, menus as allMenus } from './commands/index.js';
import { createMessageHandler } from './conversation/messages.js';
import { ThreadMemory } from './conversation/threadMemory.js';
import { Cooldown } from './cooldown.js';
import { createInteractionHandler } from './interactions.js';
import { LiveAnswerer, type AnswererSource } from './liveAnswerer.js';
import { PageStore } from './pageStore.js';
import { FeedbackLog, feedbackPath } from '../feedback/feedbackLog.js';
import { renderNotice } from './render.js';
import { replyPayload } from './commands/reply.js';

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
  const handle = createInteractionHandler({
    config,
    answerers,
    commands: options.commands ?? allCommands,
    menus: allMenus,
    cooldown,
    pages,
    feedback: new FeedbackLog(feedbackPath(config.dataDir), { maxBytes: config.feedbackMaxBytes }),
  });
  const memory = new ThreadMemory();
  const onMessage = createMessageHandler({ config, answerers, cooldown, pages, memory });
  const inFlight = new InFlight();
  client.on(Events.InteractionCreate, (interaction) => {
    if (inFlight.draining) {
      if (interaction.isRepliable()) {
        const notice = renderNotice('I am restarting; ask again in a minute.', { ephemeral: true });
        void interaction.reply(replyPayload(notice)).catch(() => undefined);
      }
      return;
    }
    void inFlight.track(handle(interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    if (!inFlight.draining) void inFlight.track(onMessage(message));
  });

  const leaveIfNotAllowed = async (guild: Guild, when: string) => {
    if (guildPermitted(guild.id, config.access)) return;
    log.warn(`Leaving server ${guild.id} (${when}): it is not in ALLOWED_GUILD_IDS.`, { server: guild.id });
    try {
      await guild.leave();
    } catch (error) {
      log.error(`Could not leave server ${guild.id}: ${error instanceof Error ? error.message : String(error)}`, { server: guild.id });
    }
  };
  client.on(Events.GuildCreate, (guild) => void leaveIfNotAllowed(guild, 'just joined'));

  const say = (message: string) => redact(message, token);
  client.on(Events.Error, (error) => log.error(say(`Discord client error: ${error.message}`)));
  client.on(Events.Warn, (message) => log.warn(say(`Discord: ${message}`)));
  let stopping = false;
  client.on(Events.ShardReconnecting, (id) => {
    if (!stopping) log.warn(`Gateway connection ${id} lost; reconnecting…`);
  });
  client.on(Events.ShardResume, (id, replayed) => log.info(`Gateway connection ${id} resumed (${replayed} events replayed).`));
  client.on(Events.ShardError, (error, id) => log.warn(say(`Gateway connection ${id} error: ${error.message}`)));
  client.on(Events.ShardDisconnect, (event, id) => log.error(`Gateway connection ${id} closed for good (code ${event.code}).`));
  client.on(Events.Debug, (message) => log.debug(say(message)));

  return {
    client,
    threadsRemembered: () => memory.size,
    async start() {
      const secret = requireToken(config);
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await Promise.all([client.login(secret), ready]);
      if (config.access.allowedGuildIds.length === 0) {
        log.warn('ALLOWED_GUILD_IDS is empty: the bot answers in every server it is invited to. List your servers to keep profiles inside them.');
      }
      // Servers joined while the bot was offline arrive with READY, not as a join.
      await Promise.all([...client.guilds.cache.values()].map((guild) => leaveIfNotAllowed(guild, 'found at start-up')));
      const passages = answerers.current().summary().passages;
      log.info(`Ready as ${client.user?.tag ?? 'unknown'} in ${client.guilds.cache.size} guild(s); ${passages} passages loaded.`);
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
