/**
 * A strict stand-in for Discord (API v10) on 127.0.0.1, for end-to-end tests with the real
 * discord.js client. One HTTP server on a random port serves both the REST API (under `/api/v10`)
 * and the gateway WebSocket. See README.md in this folder for the protocol it speaks and the
 * checks it applies; in short:
 *
 *   const standin = await DiscordStandIn.start();
 *   // bot: new Client({ rest: { api: standin.apiBase }, ... }).login(standin.token)
 *   await standin.waitForReady();
 *   const outcome = await standin.sendCommand('ask', { question: 'who knows terraform?' }, 'user-1');
 *   outcome.deferred; outcome.message.embeds; standin.rejections;
 *   await standin.close();
 *
 * Everything it receives is recorded (`requests`, `rejections`, `gatewayFrames`, `interactions`,
 * `registered`) so tests can assert on it. It rejects, with Discord's status codes and error
 * bodies, whatever Discord would reject (plus message payloads without `allowed_mentions`).
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import {
  makeChannel,
  makeGuild,
  makeMember,
  makeUser,
  MESSAGE_FLAGS,
  snowflake,
  type ApiUser,
  type StoredMessage,
} from './fixtures.js';
import { FormErrors, isEmptyMessage, validateChoices, validateCommands, validateMessage } from './validate.js';

// -----------------------------------------------------------------------------------------------
// Public types
// -----------------------------------------------------------------------------------------------

export interface StandInOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** The bot token the stand-in accepts (`Authorization: Bot <token>`, IDENTIFY, RESUME). */
  readonly token?: string;
  readonly applicationId?: string;
  readonly guildId?: string;
  /** HELLO's heartbeat_interval. Small keeps tests quick; discord.js beats at this pace. Default 2000. */
  readonly heartbeatIntervalMs?: number;
  /** Time allowed for the first response to an interaction (Discord: 3 s). */
  readonly responseWindowMs?: number;
  /** How long interaction tokens work for edits and follow-ups (Discord: 15 min). */
  readonly tokenLifetimeMs?: number;
  /** How long `sendCommand` & co. wait for the bot's final message before failing. Default 10 s. */
  readonly settleTimeoutMs?: number;
  /**
   * After the stand-in rejects a request for an interaction that has no final message yet, how long
   * to wait for the bot to recover (e.g. an error follow-up) before failing `sendCommand` with the
   * rejection. Default 1500 ms. Keeps a broken bot from costing a whole settle timeout per test.
   */
  readonly failFastMs?: number;
  /** Receives one line per notable event; pass `console.error` when debugging. */
  readonly log?: (line: string) => void;
  /** Roles (by name) the main guild has besides @everyone; ids via `roleId(name)`. */
  readonly roles?: readonly string[];
  /**
   * Privileged intents switched on for the application in the Developer Portal (e.g. `1 << 15`,
   * Message Content). Asking for any other privileged intent closes the gateway with 4014.
   */
  readonly privilegedIntents?: number;
  /**
   * How long after answering a Leave Guild request (204) the stand-in sends GUILD_DELETE. Discord
   * confirms a leave on the gateway a moment later; a longer delay opens that window for a test.
   * Default 0 (next tick).
   */
  readonly guildDeleteDelayMs?: number;
}

/** A channel the stand-in knows: guild text channels, threads and DM channels. */
export interface StandInChannel {
  readonly id: string;
  /** 0 guild text, 1 DM, 11 public thread. */
  readonly type: number;
  readonly guildId: string | undefined;
  readonly name: string;
  readonly parentId?: string;
  readonly ownerId?: string;
  readonly recipient?: ApiUser;
  readonly autoArchiveDuration?: number;
}

export interface PostOptions {
  /** Put the bot's mention (`<@id>`) in front of the text, and the bot in `mentions`. */
  readonly mentionBot?: boolean;
  /** Where: a channel or thread id (default: the main #general); `dm: true` for the bot's DM with the user. */
  readonly channelId?: string;
  readonly dm?: boolean;
  readonly guildId?: string;
  readonly roles?: readonly string[];
  /** Other users the text mentions (it holds their `<@id>`); they go in `mentions`, as Discord sends them. */
  readonly mentionUsers?: readonly string[];
}

/**
 * Where an interaction happens. Default: the main guild's #general, by a member with no roles.
 * `dm: true` is the bot's DM channel with the user (context 1: no guild, no member).
 */
export interface Place {
  readonly dm?: boolean;
  readonly guildId?: string;
  readonly channelId?: string;
  /** Role ids the member has (see `roleId`). */
  readonly roles?: readonly string[];
}

/** A guild the bot was added to with `joinGuild`. */
export interface JoinedGuild {
  readonly guildId: string;
  readonly channelId: string;
  /** Set once the bot left it (DELETE /users/@me/guilds/{id}). */
  leftAt: number | undefined;
}

export interface RecordedRequest {
  readonly at: number;
  readonly method: string;
  /** Path after `/api/v10`, decoded, e.g. `/webhooks/123/abc/messages/@original`. */
  readonly path: string;
  readonly query: Record<string, string>;
  readonly authorized: boolean;
  body: unknown;
  status: number;
  response: unknown;
  /** The interaction this request answered, for callbacks, edits and follow-ups. */
  interactionId?: string;
}

export interface GatewayFrame {
  readonly at: number;
  readonly direction: 'received' | 'sent';
  readonly op: number;
  readonly t?: string | null;
  readonly s?: number | null;
  readonly d?: unknown;
}

export interface CallbackRecord {
  readonly at: number;
  readonly type: number;
  readonly data: unknown;
}

/** Every message body the bot sent for an interaction (callback data, edits, follow-ups). */
export interface MessagePayloadRecord {
  readonly at: number;
  readonly via: 'callback' | 'edit' | 'followup';
  readonly body: Record<string, unknown>;
  readonly status: number;
}

export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  /** 2 application command, 3 message component, 4 autocomplete. */
  readonly type: number;
  readonly createdAt: number;
  readonly user: ApiUser;
  /** What was dispatched in INTERACTION_CREATE. */
  readonly payload: Record<string, unknown>;
  readonly callbacks: CallbackRecord[];
  readonly payloads: MessagePayloadRecord[];
  /** Component interactions: the message whose button was clicked. */
  readonly clicked: StoredMessage | undefined;
  /** The interaction's original response message (for components after type 6/7: the clicked message). */
  original: StoredMessage | undefined;
  readonly followUps: StoredMessage[];
  originalDeleted: boolean;
  /** Resolves at the bot's first final answer: a reply, an update, choices, or the edit/follow-up after a defer. */
  readonly settled: Promise<Outcome>;
}

export interface Outcome {
  readonly interaction: InteractionRecord;
  /** Callback types in order; `[5]` for a deferred reply, `[4]` for an immediate one. */
  readonly callbackTypes: readonly number[];
  readonly deferred: boolean;
  /** The message as the user sees it at that moment (undefined for autocomplete). */
  readonly message: StoredMessage | undefined;
  readonly ephemeral: boolean;
  /** Autocomplete choices (callback type 8). */
  readonly choices: readonly { name: string; value: string | number }[] | undefined;
}

export interface RegisteredCommand extends Record<string, unknown> {
  readonly id: string;
  readonly name: string;
}

export type OptionValues = Readonly<Record<string, string | number | boolean>>;

// -----------------------------------------------------------------------------------------------
// Internals
// -----------------------------------------------------------------------------------------------

const API_PREFIX = '/api/v10';
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15); // GuildMembers, GuildPresences, MessageContent

interface Dispatch {
  readonly s: number;
  readonly t: string;
  readonly d: unknown;
}

interface Session {
  readonly id: string;
  seq: number;
  /** Every dispatch of the session, for RESUME replay. */
  readonly events: Dispatch[];
  connection: Connection | undefined;
  valid: boolean;
}

interface Connection {
  readonly ws: WebSocket;
  session: Session | undefined;
  heartbeats: number;
}

interface Pending {
  settle(outcome: Outcome): void;
  fail(error: Error): void;
  settledOnce: boolean;
  failFast?: NodeJS.Timeout;
}

class HttpError {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

function discordError(status: number, code: number, message: string): HttpError {
  return new HttpError(status, { message, code });
}

function formError(errors: FormErrors): HttpError {
  return new HttpError(400, errors.toBody());
}

const UNKNOWN_INTERACTION = () => discordError(404, 10062, 'Unknown interaction');
const UNKNOWN_WEBHOOK = () => discordError(404, 10015, 'Unknown Webhook');
const UNKNOWN_MESSAGE = () => discordError(404, 10008, 'Unknown Message');
const UNAUTHORIZED = () => discordError(401, 0, '401: Unauthorized');

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// -----------------------------------------------------------------------------------------------
// The stand-in
// -----------------------------------------------------------------------------------------------

export class DiscordStandIn extends EventEmitter {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly botUser: ApiUser;
  /** The user `sendCommand` uses when none is given. */
  readonly defaultUser: ApiUser;

  /** Every HTTP request, in arrival order, with the status and body answered. */
  readonly requests: RecordedRequest[] = [];
  /** Every gateway frame in both directions (heartbeats included). */
  readonly gatewayFrames: GatewayFrame[] = [];
  /** The close code of every gateway connection that closed (1000: a clean close; 1006: none sent). */
  readonly gatewayCloses: number[] = [];
  /** Responses held back (`delayResponses`): network latency, to keep a bot's request in flight. */
  private readonly delays: { readonly pattern: RegExp; readonly ms: number }[] = [];
  /** Protocol mistakes by the client that Discord would punish (bad query, unknown op…). */
  readonly problems: string[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  /** Bulk-overwritten commands: `global`, and per guild id. */
  readonly registered: { global: RegisteredCommand[] | undefined; guilds: Map<string, RegisteredCommand[]> } = {
    global: undefined,
    guilds: new Map(),
  };
  /** IDENTIFY payloads received (the token is replaced by "[token]"). */
  readonly identifies: Record<string, unknown>[] = [];
  /** RESUME payloads received (token replaced by "[token]"), plus `replayed`: the event names sent again. */
  readonly resumes: Record<string, unknown>[] = [];
  /** A second text channel in the main guild (#random), for channel rules. */
  readonly otherChannelId: string;
  /** Guilds besides the main one, by id; `leftAt` records the bot leaving. */
  readonly joinedGuilds = new Map<string, JoinedGuild>();
  private readonly roleIds = new Map<string, string>();

  private readonly options: Required<Omit<StandInOptions, 'log' | 'roles'>> & { log: (line: string) => void };
  /** Channels by id (threads and DM channels are added as they are made). */
  readonly channels = new Map<string, StandInChannel>();
  /** Messages users posted (`postMessage`), with their full content. */
  readonly userMessages: StoredMessage[] = [];
  /** Messages the bot sent with POST /channels/{id}/messages, in order. */
  readonly botMessages: StoredMessage[] = [];
  /** Edits of channel and thread messages (PATCH /channels/:id/messages/:id), in order. */
  readonly messageEdits: { readonly at: number; readonly messageId: string; readonly body: Record<string, unknown> }[] =
    [];
  /** Threads with the message they were started from: message id → thread id. */
  private readonly threadOf = new Map<string, string>();
  /** The intents of the last IDENTIFY. */
  private intents = 0;
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private port = 0;
  private session: Session | undefined;
  private readonly connections = new Set<Connection>();
  private readonly byToken = new Map<string, InteractionRecord>();
  private readonly pending = new Map<string, Pending>();
  private readonly messages = new Map<string, StoredMessage>();
  private readonly users = new Map<string, ApiUser>();
  private closed = false;

  private constructor(options: StandInOptions) {
    super();
    this.options = {
      port: options.port ?? 0,
      token: options.token ?? `standin.${randomBytes(12).toString('base64url')}`,
      applicationId: options.applicationId ?? snowflake(),
      guildId: options.guildId ?? snowflake(),
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 2000,
      responseWindowMs: options.responseWindowMs ?? 3000,
      tokenLifetimeMs: options.tokenLifetimeMs ?? 15 * 60 * 1000,
      settleTimeoutMs: options.settleTimeoutMs ?? 10_000,
      failFastMs: options.failFastMs ?? 1500,
      log: options.log ?? (() => undefined),
      privilegedIntents: options.privilegedIntents ?? 0,
      guildDeleteDelayMs: options.guildDeleteDelayMs ?? 0,
    };
    this.token = this.options.token;
    this.applicationId = this.options.applicationId;
    this.guildId = this.options.guildId;
    this.channelId = snowflake();
    this.otherChannelId = snowflake();
    for (const name of options.roles ?? []) this.roleIds.set(name, snowflake());
    this.botUser = makeUser(this.applicationId, 'whoknows-standin-bot', true);
    this.channels.set(this.channelId, { id: this.channelId, type: 0, guildId: this.guildId, name: 'general' });
    this.channels.set(this.otherChannelId, { id: this.otherChannelId, type: 0, guildId: this.guildId, name: 'random' });
    this.defaultUser = this.user('tester');
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws, req) => this.onSocket(ws, req));
  }

  /** Starts listening on 127.0.0.1 with a random free port. */
  static async start(options: StandInOptions = {}): Promise<DiscordStandIn> {
    const standin = new DiscordStandIn(options);
    await new Promise<void>((resolve, reject) => {
      standin.server.once('error', reject);
      standin.server.listen(standin.options.port, '127.0.0.1', () => resolve());
    });
    standin.port = (standin.server.address() as AddressInfo).port;
    standin.options.log(`stand-in listening on ${standin.apiBase}`);
    return standin;
  }

  /** REST base for discord.js (`new Client({ rest: { api } })`, `new REST({ api })`, DISCORD_API_BASE). */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** What `GET /gateway/bot` answers; discord.js connects here. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** HTTP requests that were answered with an error status. */
  get rejections(): RecordedRequest[] {
    return this.requests.filter((request) => request.status >= 400);
  }

  private rejectionsTaken = 0;

  /** Rejections since the previous call (handy in `afterEach`), as readable lines. */
  takeRejections(): string[] {
    const fresh = this.requests.slice(this.rejectionsTaken);
    this.rejectionsTaken = this.requests.length;
    return fresh
      .filter((request) => request.status >= 400)
      .map((request) => {
        const token = request.interactionId ? this.interactions.get(request.interactionId)?.token : undefined;
        const path = token ? request.path.replace(token, '<token>') : request.path;
        return `${request.method} ${path} -> ${request.status} ${JSON.stringify(request.response)}`;
      });
  }

  /** Number of open gateway connections. */
  get openConnections(): number {
    return [...this.connections].filter((connection) => connection.ws.readyState === WebSocket.OPEN).length;
  }

  /** A user (created once per name), usable as the author of interactions. */
  user(name: string): ApiUser {
    let user = this.users.get(name);
    if (!user) {
      user = makeUser(snowflake(), name.slice(0, 32));
      this.users.set(name, user);
    }
    return user;
  }

  /** The id of a role the main guild was started with (`roles` option). */
  roleId(name: string): string {
    const id = this.roleIds.get(name);
    if (!id) throw new Error(`stand-in: no role "${name}"; pass it in the roles option`);
    return id;
  }

  /**
   * Adds the bot to another guild, as when someone invites it: GUILD_CREATE is dispatched (the bot
   * may answer with DELETE /users/@me/guilds/{id}, then GUILD_DELETE follows).
   */
  joinGuild(): JoinedGuild {
    const guild: JoinedGuild = { guildId: snowflake(), channelId: snowflake(), leftAt: undefined };
    this.joinedGuilds.set(guild.guildId, guild);
    this.channels.set(guild.channelId, { id: guild.channelId, type: 0, guildId: guild.guildId, name: 'general' });
    this.dispatch('GUILD_CREATE', makeGuild(guild.guildId, guild.channelId, this.defaultUser.id, this.botUser));
    return guild;
  }

  /**
   * Removes the bot from a guild it joined, as when a member kicks or bans it: GUILD_DELETE `{id}`
   * (no `unavailable`: a removal, not an outage), with no request from the bot.
   */
  kickBot(guildId: string): void {
    const guild = this.joinedGuilds.get(guildId);
    if (!guild || guild.leftAt !== undefined) throw new Error(`stand-in: the bot is not in guild ${guildId}`);
    guild.leftAt = Date.now();
    this.dispatch('GUILD_DELETE', { id: guildId });
  }

  /** Resolves once the bot has left `guildId` (or rejects after `timeoutMs`). */
  async waitForLeave(guildId: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.joinedGuilds.get(guildId)?.leftAt === undefined) {
      if (Date.now() > deadline)
        throw new Error(`stand-in: the bot did not leave guild ${guildId} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Resolves when a session is ready: READY + GUILD_CREATE sent, or RESUMED sent. */
  waitForReady(timeoutMs = 10_000): Promise<void> {
    if (this.session?.valid && this.session.connection && this.isReady(this.session)) return Promise.resolve();
    return this.waitFor('ready', timeoutMs);
  }

  /**
   * Answers requests whose `METHOD path` matches `pattern` only after `ms` (they are handled, and
   * recorded, on arrival): the bot's call stays in flight that long, as on a slow network.
   */
  delayResponses(pattern: RegExp, ms: number): void {
    this.delays.push({ pattern, ms });
  }

  /** Resolves on the next `event` ('ready', 'identify', 'resume', 'disconnect'). */
  waitFor(event: 'ready' | 'identify' | 'resume' | 'disconnect', timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off(event, done);
        reject(new Error(`stand-in: no ${event} within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.once(event, done);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Sending interactions
  // ---------------------------------------------------------------------------------------------

  /**
   * Dispatches a slash command (interaction type 2) and resolves with the bot's final message:
   * the reply, or the edit/follow-up that comes after a defer.
   */
  sendCommand(
    name: string,
    options: OptionValues = {},
    user: ApiUser | string = this.defaultUser,
    place: Place = {},
  ): Promise<Outcome> {
    const command = this.deliverable(name, 1, place);
    const data: Record<string, unknown> = {
      id: command?.id ?? snowflake(),
      name,
      type: 1,
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      options: this.toOptions(command, options),
    };
    return this.dispatchInteraction(2, { data }, user, place).settled;
  }

  /** Dispatches an autocomplete interaction (type 4) for `focused`; resolves with the choices. */
  async sendAutocomplete(
    name: string,
    options: OptionValues,
    focused: string,
    user: ApiUser | string = this.defaultUser,
    place: Place = {},
  ): Promise<readonly { name: string; value: string | number }[]> {
    const command = this.deliverable(name, 1, place);
    if (!(focused in options)) throw new Error(`stand-in: the focused option "${focused}" must be among the options`);
    const data = {
      id: command?.id ?? snowflake(),
      name,
      type: 1,
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      options: this.toOptions(command, options).map((option) =>
        option.name === focused ? { ...option, focused: true } : option,
      ),
    };
    const outcome = await this.dispatchInteraction(4, { data }, user, place).settled;
    return outcome.choices ?? [];
  }

  /** Clicks a button on a message the bot sent (interaction type 3); resolves with the updated message. */
  clickButton(
    message: StoredMessage,
    customId: string,
    user: ApiUser | string = this.defaultUser,
    place: Place = {},
  ): Promise<Outcome> {
    const current = this.messages.get(message.id);
    if (!current) throw new Error(`stand-in: no message ${message.id} to click on`);
    const buttons = current.components.flatMap((row) =>
      isObject(row) && Array.isArray(row.components) ? row.components : [],
    );
    if (!buttons.some((button) => isObject(button) && button.custom_id === customId && button.disabled !== true)) {
      throw new Error(`stand-in: message ${message.id} has no enabled button "${customId}"`);
    }
    if (
      current.flags & MESSAGE_FLAGS.EPHEMERAL &&
      (typeof user === 'string' ? this.user(user) : user).id !== this.ephemeralOwner(current)
    ) {
      throw new Error(`stand-in: message ${message.id} is ephemeral; only the user it was shown to can click it`);
    }
    const where: Place =
      current.guild_id === this.guildId || !current.guild_id ? { channelId: current.channel_id, ...place } : place;
    return this.dispatchInteraction(
      3,
      { data: { custom_id: customId, component_type: 2 }, message: structuredClone(current) },
      user,
      where,
    ).settled;
  }

  /**
   * A user posts a message. Dispatched as MESSAGE_CREATE when the bot asked for the intent that
   * covers it (GuildMessages 1<<9 in servers, DirectMessages 1<<12 in DMs); its content, embeds,
   * attachments and components arrive empty unless the bot has Message Content (1<<15), the message
   * mentions the bot, or it is a DM, as Discord documents. Returns the message with its full content.
   */
  postMessage(text: string, who: ApiUser | string = this.defaultUser, options: PostOptions = {}): StoredMessage {
    const user = typeof who === 'string' ? this.user(who) : who;
    let channel: StandInChannel;
    if (options.dm) {
      channel = this.dmChannel(user);
    } else {
      const id =
        options.channelId ??
        (options.guildId ? this.joinedGuilds.get(options.guildId)?.channelId : undefined) ??
        this.channelId;
      const known = this.channels.get(id);
      if (!known) throw new Error(`stand-in: no channel ${id}`);
      channel = known;
    }
    const content = options.mentionBot ? `<@${this.botUser.id}> ${text}` : text;
    const message: StoredMessage = {
      id: snowflake(),
      channel_id: channel.id,
      ...(channel.guildId ? { guild_id: channel.guildId } : {}),
      author: user,
      content,
      embeds: [],
      components: [],
      attachments: [],
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [
        ...(options.mentionBot ? [this.botUser] : []),
        ...(options.mentionUsers ?? []).map((name) => this.user(name)),
      ].map((mentioned) => ({
        ...mentioned,
        ...(channel.guildId
          ? { member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } }
          : {}),
      })),
      mention_roles: [],
      pinned: false,
      type: 0,
    };
    this.messages.set(message.id, message);
    this.userMessages.push(message);
    if (channel.type === 11) this.countThreadMessage(channel.id);
    const intent = channel.guildId ? 1 << 9 : 1 << 12;
    if ((this.intents & intent) === 0) return message;
    const readable = (this.intents & (1 << 15)) !== 0 || options.mentionBot === true || !channel.guildId;
    const sent: Record<string, unknown> = readable
      ? { ...message }
      : { ...message, content: '', embeds: [], attachments: [], components: [] };
    if (channel.guildId) sent.member = { ...makeMember(user), roles: [...(options.roles ?? [])], user: undefined };
    // MESSAGE_CREATE's extra fields: channel_type (a DM's channel is known only by it), member, mentions.
    sent.channel_type = channel.type;
    this.dispatch('MESSAGE_CREATE', JSON.parse(JSON.stringify(sent)));
    return message;
  }

  /**
   * Runs a message context-menu command (interaction type 2, command type 3) on `message`; its
   * full content is in `data.resolved.messages`, as Discord sends it whatever the intents.
   */
  sendMessageCommand(
    name: string,
    message: StoredMessage,
    who: ApiUser | string = this.defaultUser,
    place: Place = {},
  ): Promise<Outcome> {
    const where: Place = {
      channelId: message.channel_id,
      ...(message.guild_id ? { guildId: message.guild_id } : { dm: true }),
      ...place,
    };
    const command = this.deliverable(name, 3, where);
    const data: Record<string, unknown> = {
      id: command?.id ?? snowflake(),
      name,
      type: 3,
      target_id: message.id,
      resolved: { messages: { [message.id]: structuredClone(this.messages.get(message.id) ?? message) } },
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
    };
    return this.dispatchInteraction(2, { data }, who, where).settled;
  }

  /** Resolves with the bot's channel messages after the first `from`, once there are `count` of them. */
  async waitForBotMessages(from: number, count = 1, timeoutMs = 10_000): Promise<StoredMessage[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.botMessages.length < from + count) {
      if (Date.now() > deadline)
        throw new Error(
          `stand-in: expected ${count} bot message(s) after #${from} within ${timeoutMs} ms; got ${this.botMessages.length - from}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.botMessages.slice(from, from + count).map((message) => structuredClone(message));
  }

  /** The bot's DM channel with a user (one per user, made on first use). */
  private dmChannel(user: ApiUser): StandInChannel {
    const existing = [...this.channels.values()].find(
      (channel) => channel.type === 1 && channel.recipient?.id === user.id,
    );
    if (existing) return existing;
    const channel: StandInChannel = {
      id: snowflake(),
      type: 1,
      guildId: undefined,
      name: user.username,
      recipient: user,
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** The thread started from a message, if any. */
  threadFor(messageId: string): StandInChannel | undefined {
    const id = this.threadOf.get(messageId);
    return id ? this.channels.get(id) : undefined;
  }

  private threadMessages = new Map<string, number>();

  private countThreadMessage(threadId: string): void {
    this.threadMessages.set(threadId, (this.threadMessages.get(threadId) ?? 0) + 1);
  }

  /** The API object of a channel (guild text, thread with metadata, or DM). */
  private channelObject(channel: StandInChannel): Record<string, unknown> {
    if (channel.type === 1)
      return {
        id: channel.id,
        type: 1,
        last_message_id: null,
        flags: 0,
        recipients: channel.recipient ? [channel.recipient] : [],
      };
    if (channel.type === 11) {
      const count = this.threadMessages.get(channel.id) ?? 0;
      return {
        id: channel.id,
        type: 11,
        guild_id: channel.guildId,
        parent_id: channel.parentId,
        owner_id: channel.ownerId,
        name: channel.name,
        last_message_id: null,
        rate_limit_per_user: 0,
        flags: 0,
        message_count: count,
        member_count: 1,
        total_message_sent: count,
        thread_metadata: {
          archived: false,
          auto_archive_duration: channel.autoArchiveDuration ?? 4320,
          archive_timestamp: new Date().toISOString(),
          locked: false,
          create_timestamp: new Date().toISOString(),
        },
      };
    }
    return makeChannel(channel.id, channel.guildId ?? this.guildId, channel.name);
  }

  private ephemeralOwner(message: StoredMessage): string | undefined {
    return (message.interaction_metadata?.user as ApiUser | undefined)?.id;
  }

  /**
   * The registered command Discord would run for `name` at `place`, or undefined when the name is
   * registered nowhere (a stale command: delivered, so the bot's "unknown command" path can be
   * tested). Throws when Discord would not deliver it: registered, but not for that guild, or not
   * in that context (`contexts`: 0 guild, 1 bot DM, 2 private channel).
   */
  private deliverable(name: string, type: number, place: Place): RegisteredCommand | undefined {
    const matches = (command: RegisteredCommand) => command.name === name && (command.type ?? 1) === type;
    const everywhere = [...(this.registered.global ?? []), ...[...this.registered.guilds.values()].flat()];
    if (!everywhere.some(matches)) return undefined;
    const guildId = place.dm ? undefined : (place.guildId ?? this.guildId);
    const command =
      (guildId ? this.registered.guilds.get(guildId)?.find(matches) : undefined) ??
      this.registered.global?.find(matches);
    const where = place.dm ? 'a DM with the bot' : `guild ${guildId}`;
    if (!command)
      throw new Error(`stand-in: Discord would not deliver "${name}" in ${where}: it is not registered there`);
    const contexts = Array.isArray(command.contexts) ? (command.contexts as number[]) : [0, 1, 2];
    if (!contexts.includes(place.dm ? 1 : 0)) {
      throw new Error(
        `stand-in: Discord would not deliver "${name}" in ${where}: its contexts are [${contexts.join(', ')}]`,
      );
    }
    return command;
  }

  /** Low level: dispatch any interaction payload (fields beyond the basics come from `extra`). */
  dispatchInteraction(
    type: number,
    extra: Record<string, unknown>,
    who: ApiUser | string = this.defaultUser,
    place: Place = {},
  ): InteractionRecord {
    const user = typeof who === 'string' ? this.user(who) : who;
    const id = snowflake();
    const token = `aW50ZXJhY3Rpb246${id}:${randomBytes(24).toString('base64url')}`;
    const payload: Record<string, unknown> = {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      ...this.placeFields(user, place),
      app_permissions: '2248473465835073',
      locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 10_485_760,
      ...extra,
    };
    let settle!: (outcome: Outcome) => void;
    let fail!: (error: Error) => void;
    const settled = new Promise<Outcome>((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    const record: InteractionRecord = {
      id,
      token,
      type,
      createdAt: Date.now(),
      user,
      payload,
      callbacks: [],
      payloads: [],
      clicked: type === 3 ? this.messages.get(String((extra.message as { id?: unknown } | undefined)?.id)) : undefined,
      // For a click, the clicked message becomes the "original" only once the bot answers with type 6 or 7.
      original: undefined,
      followUps: [],
      originalDeleted: false,
      settled,
    };
    this.interactions.set(id, record);
    this.byToken.set(token, record);
    const timer = setTimeout(() => {
      if (!pending.settledOnce)
        fail(
          new Error(
            `stand-in: interaction ${id} not answered in ${this.options.settleTimeoutMs} ms.\n${this.describe(record)}`,
          ),
        );
    }, this.options.settleTimeoutMs);
    timer.unref();
    const pending: Pending = {
      settledOnce: false,
      settle: (outcome) => {
        if (pending.settledOnce) return;
        pending.settledOnce = true;
        clearTimeout(timer);
        clearTimeout(pending.failFast);
        settle(outcome);
      },
      fail: (error) => {
        if (pending.settledOnce) return;
        pending.settledOnce = true;
        clearTimeout(timer);
        fail(error);
      },
    };
    this.pending.set(id, pending);
    settled.catch(() => undefined); // callers that don't await still get no unhandled rejection
    this.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  /** The guild/channel/member (or DM user/channel) fields of an interaction, as Discord sends them. */
  private placeFields(user: ApiUser, place: Place): Record<string, unknown> {
    if (place.dm) {
      // A DM with the bot: no guild, `user` instead of `member`; a guild-installed app's owner is "0" there.
      const channelId = place.channelId ?? this.dmChannel(user).id;
      return {
        user,
        channel_id: channelId,
        channel: { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [user] },
        authorizing_integration_owners: { '0': '0' },
        context: 1,
      };
    }
    const guildId = place.guildId ?? this.guildId;
    const channelId =
      place.channelId ??
      (guildId === this.guildId ? this.channelId : (this.joinedGuilds.get(guildId)?.channelId ?? snowflake()));
    const known = this.channels.get(channelId);
    return {
      guild_id: guildId,
      guild: { id: guildId, locale: 'en-US', features: [] },
      guild_locale: 'en-US',
      channel_id: channelId,
      channel: known ? this.channelObject(known) : makeChannel(channelId, guildId),
      member: { ...makeMember(user), roles: [...(place.roles ?? [])] },
      authorizing_integration_owners: { '0': guildId },
      context: 0,
    };
  }

  /** Sends a gateway dispatch (op 0) to the current session; kept for RESUME replay when disconnected. */
  dispatch(t: string, d: unknown): void {
    const session = this.session;
    if (!session?.valid) {
      this.options.log(`dispatch ${t} dropped: no session`);
      return;
    }
    session.seq += 1;
    const event: Dispatch = { s: session.seq, t, d };
    session.events.push(event);
    if (session.events.length > 1000) session.events.shift();
    if (session.connection) this.send(session.connection, { op: 0, s: event.s, t, d });
  }

  // ---------------------------------------------------------------------------------------------
  // Connection trouble on demand
  // ---------------------------------------------------------------------------------------------

  /** Cuts the gateway socket without a close frame (like a network drop): discord.js resumes. */
  dropConnection(): void {
    for (const connection of this.connections) connection.ws.terminate();
  }

  /** Sends op 9 INVALID_SESSION (d: false): the client must IDENTIFY again with a new session. */
  invalidateSession(): void {
    const session = this.session;
    if (!session) return;
    session.valid = false;
    if (session.connection) this.send(session.connection, { op: 9, d: false, s: null, t: null });
  }

  /** Sends op 7 RECONNECT: the client closes and resumes. */
  requestReconnect(): void {
    if (this.session?.connection) this.send(this.session.connection, { op: 7, d: null, s: null, t: null });
  }

  /** Closes sockets and the server. Pending interaction promises are left unresolved. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const connection of this.connections) connection.ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A readable account of one interaction, for test failure messages. */
  describe(record: InteractionRecord): string {
    const lines = [
      `interaction ${record.id} (type ${record.type}) by ${record.user.username}, age ${Date.now() - record.createdAt} ms`,
    ];
    for (const callback of record.callbacks)
      lines.push(`  callback type ${callback.type} at +${callback.at - record.createdAt} ms`);
    for (const request of this.requests) {
      if (request.path.includes(record.token) || request.path.includes(`/interactions/${record.id}/`)) {
        const path = request.path.replace(record.token, '<token>');
        lines.push(
          `  ${request.method} ${path} -> ${request.status}${request.status >= 400 ? ` ${JSON.stringify(request.response)}` : ''}`,
        );
      }
    }
    if (record.callbacks.length === 0) lines.push('  (the bot never called back)');
    return lines.join('\n');
  }

  // ---------------------------------------------------------------------------------------------
  // Gateway
  // ---------------------------------------------------------------------------------------------

  private isReady(session: Session): boolean {
    return session.events.some((event) => event.t === 'GUILD_CREATE');
  }

  private send(connection: Connection, frame: { op: number; d: unknown; s?: number | null; t?: string | null }): void {
    if (connection.ws.readyState !== WebSocket.OPEN) return;
    const full = { op: frame.op, d: frame.d, s: frame.s ?? null, t: frame.t ?? null };
    this.gatewayFrames.push({ at: Date.now(), direction: 'sent', ...full });
    connection.ws.send(JSON.stringify(full));
  }

  private onSocket(ws: WebSocket, req: IncomingMessage): void {
    const connection: Connection = { ws, session: undefined, heartbeats: 0 };
    this.connections.add(connection);
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    this.options.log(`gateway connection ${req.url}`);
    ws.on('close', (code) => {
      this.gatewayCloses.push(code);
      this.connections.delete(connection);
      if (connection.session?.connection === connection) connection.session.connection = undefined;
      this.emit('disconnect');
    });
    ws.on('error', () => undefined);
    if (query.get('v') !== '10') {
      this.problems.push(`gateway: unsupported version v=${query.get('v')}`);
      ws.close(4012, 'Invalid API version');
      return;
    }
    if ((query.get('encoding') ?? 'json') !== 'json') {
      this.problems.push(`gateway: encoding=${query.get('encoding')} requested; the stand-in speaks json only`);
      ws.close(4002, 'The stand-in speaks encoding=json only');
      return;
    }
    if (query.has('compress')) {
      this.problems.push(`gateway: compress=${query.get('compress')} requested; the stand-in sends uncompressed json`);
      ws.close(4000, 'The stand-in does not compress (no zlib-stream)');
      return;
    }
    ws.on('message', (raw, isBinary) => this.onFrame(connection, raw, isBinary));
    this.send(connection, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  private onFrame(connection: Connection, raw: RawData, isBinary: boolean): void {
    let frame: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error('binary');
      frame = JSON.parse(raw.toString()) as { op?: unknown; d?: unknown };
    } catch {
      this.problems.push('gateway: undecodable frame');
      connection.ws.close(4002, 'Decode error');
      return;
    }
    const op = typeof frame.op === 'number' ? frame.op : -1;
    const d = isObject(frame.d) ? { ...frame.d, ...('token' in frame.d ? { token: '[token]' } : {}) } : frame.d;
    this.gatewayFrames.push({ at: Date.now(), direction: 'received', op, d });
    switch (op) {
      case 1: // HEARTBEAT
        connection.heartbeats += 1;
        this.send(connection, { op: 11, d: null });
        return;
      case 2:
        this.onIdentify(connection, frame.d);
        return;
      case 6:
        this.onResume(connection, frame.d);
        return;
      case 3: // PRESENCE_UPDATE
      case 4: // VOICE_STATE_UPDATE
      case 8: // REQUEST_GUILD_MEMBERS
        if (!connection.session) this.notAuthenticated(connection);
        return;
      default:
        this.problems.push(`gateway: unknown opcode ${String(frame.op)}`);
        connection.ws.close(4001, 'Unknown opcode');
    }
  }

  private notAuthenticated(connection: Connection): void {
    this.problems.push('gateway: payload sent before IDENTIFY/RESUME');
    connection.ws.close(4003, 'Not authenticated');
  }

  private onIdentify(connection: Connection, d: unknown): void {
    if (connection.session) {
      this.problems.push('gateway: second IDENTIFY on one connection');
      connection.ws.close(4005, 'Already authenticated');
      return;
    }
    if (!isObject(d) || d.token !== this.token) {
      connection.ws.close(4004, 'Authentication failed');
      return;
    }
    this.identifies.push({ ...d, token: '[token]' });
    this.intents = typeof d.intents === 'number' ? d.intents : 0;
    const intents = typeof d.intents === 'number' ? d.intents : -1;
    if (intents < 0) {
      connection.ws.close(4013, 'Invalid intent(s)');
      return;
    }
    if ((intents & PRIVILEGED_INTENTS & ~this.options.privilegedIntents) !== 0) {
      connection.ws.close(4014, 'Disallowed intent(s)');
      return;
    }
    const shard = d.shard;
    if (shard !== undefined && (!Array.isArray(shard) || shard[0] !== 0 || shard[1] !== 1)) {
      connection.ws.close(4010, 'Invalid shard');
      return;
    }
    if (this.session) this.session.valid = false;
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, events: [], connection, valid: true };
    connection.session = session;
    this.session = session;
    this.emit('identify');
    this.dispatch('READY', {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0, email: null },
      guilds: [
        this.guildId,
        ...[...this.joinedGuilds.values()].filter((g) => g.leftAt === undefined).map((g) => g.guildId),
      ].map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard: [0, 1],
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['["whoknows-discord-standin",{"micros":0}]'],
    });
    setImmediate(() => {
      if (!session.valid) return;
      const guild = makeGuild(this.guildId, this.channelId, this.defaultUser.id, this.botUser, {
        roles: [...this.roleIds].map(([name, id]) => ({ id, name })),
        extraChannels: [{ id: this.otherChannelId, name: 'random' }],
      });
      // Active threads come with GUILD_CREATE, as Discord sends them.
      guild.threads = [...this.channels.values()]
        .filter((c) => c.type === 11 && c.guildId === this.guildId)
        .map((c) => this.channelObject(c));
      this.dispatch('GUILD_CREATE', guild);
      for (const joined of this.joinedGuilds.values()) {
        if (joined.leftAt === undefined)
          this.dispatch('GUILD_CREATE', makeGuild(joined.guildId, joined.channelId, this.defaultUser.id, this.botUser));
      }
      this.emit('ready');
    });
  }

  private onResume(connection: Connection, d: unknown): void {
    if (connection.session) {
      connection.ws.close(4005, 'Already authenticated');
      return;
    }
    if (!isObject(d) || d.token !== this.token) {
      connection.ws.close(4004, 'Authentication failed');
      return;
    }
    this.resumes.push({ ...d, token: '[token]' });
    const session = this.session;
    const seq = typeof d.seq === 'number' ? d.seq : -1;
    if (!session?.valid || d.session_id !== session.id || seq < 0 || seq > session.seq) {
      // Can't resume: the client waits and IDENTIFYs again.
      this.send(connection, { op: 9, d: false });
      return;
    }
    const oldest = session.events[0]?.s ?? 1;
    if (seq + 1 < oldest) {
      this.send(connection, { op: 9, d: false });
      return;
    }
    // A newer connection takes over the session (the old one, if still open, is closed).
    const previous = session.connection;
    if (previous && previous !== connection) previous.ws.close(4009, 'Session taken over');
    connection.session = session;
    session.connection = connection;
    const missed = session.events.filter((event) => event.s > seq);
    for (const event of missed) this.send(connection, { op: 0, s: event.s, t: event.t, d: event.d });
    this.resumes[this.resumes.length - 1] = {
      ...this.resumes[this.resumes.length - 1],
      replayed: missed.map((event) => event.t),
    };
    this.options.log(`resumed session, replayed ${missed.length} events`);
    this.emit('resume');
    this.dispatch('RESUMED', null);
    this.emit('ready');
  }

  // ---------------------------------------------------------------------------------------------
  // REST
  // ---------------------------------------------------------------------------------------------

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => resolve(Buffer.concat(chunks)));
    });
    const authorized = req.headers.authorization === `Bot ${this.token}`;
    const path = url.pathname.startsWith(API_PREFIX)
      ? url.pathname
          .slice(API_PREFIX.length)
          .split('/')
          .map((segment) => decodeURIComponent(segment))
          .join('/')
      : url.pathname;
    const record: RecordedRequest = {
      at: Date.now(),
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      authorized,
      body: undefined,
      status: 0,
      response: undefined,
    };
    this.requests.push(record);
    let status = 200;
    let body: unknown;
    try {
      if (!url.pathname.startsWith(`${API_PREFIX}/`)) throw discordError(404, 0, '404: Not Found');
      if (raw.length > 0) {
        const type = req.headers['content-type'] ?? '';
        if (!type.startsWith('application/json'))
          throw discordError(400, 50109, 'The request body contains invalid JSON.');
        try {
          record.body = JSON.parse(raw.toString('utf8'));
        } catch {
          throw discordError(400, 50109, 'The request body contains invalid JSON.');
        }
      }
      const result = this.route(record);
      status = result.status;
      body = result.body;
    } catch (error) {
      if (!(error instanceof HttpError)) {
        this.problems.push(`stand-in bug on ${record.method} ${path}: ${String(error)}`);
        throw error;
      }
      status = error.status;
      body = error.body;
    }
    record.status = status;
    record.response = body;
    if (status >= 400) {
      this.options.log(`${record.method} ${path} -> ${status} ${JSON.stringify(body)}`);
      if (record.interactionId) this.scheduleFailFast(record.interactionId);
    }
    const delay = this.delays.find((held) => held.pattern.test(`${record.method} ${path}`));
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay.ms));
    res.statusCode = status;
    if (status === 204) {
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  }

  private requireAuth(record: RecordedRequest): void {
    if (!record.authorized) throw UNAUTHORIZED();
  }

  private route(request: RecordedRequest): { status: number; body?: unknown } {
    const { method, path } = request;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway') return { status: 200, body: { url: this.gatewayUrl } };
    if (method === 'GET' && path === '/gateway/bot') {
      this.requireAuth(request);
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      };
    }
    if (method === 'GET' && path === '/users/@me') {
      this.requireAuth(request);
      return { status: 200, body: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 } };
    }
    if (method === 'GET' && (path === '/applications/@me' || path === '/oauth2/applications/@me')) {
      this.requireAuth(request);
      return {
        status: 200,
        body: {
          id: this.applicationId,
          name: 'whoknows-standin',
          icon: null,
          description: '',
          bot_public: false,
          bot_require_code_grant: false,
          flags: 0,
          bot: this.botUser,
          verify_key: '0'.repeat(64),
        },
      };
    }
    if ((m = /^\/applications\/([^/]+)\/commands$/.exec(path))) {
      this.requireAuth(request);
      if (m[1] !== this.applicationId) throw discordError(403, 50001, 'Missing Access');
      if (method === 'GET') return { status: 200, body: this.registered.global ?? [] };
      if (method === 'PUT')
        return { status: 200, body: (this.registered.global = this.overwrite(request.body, this.registered.global)) };
    }
    if ((m = /^\/applications\/([^/]+)\/guilds\/([^/]+)\/commands$/.exec(path))) {
      this.requireAuth(request);
      if (m[1] !== this.applicationId || m[2] !== this.guildId) throw discordError(403, 50001, 'Missing Access');
      const guildId = m[2];
      if (method === 'GET') return { status: 200, body: this.registered.guilds.get(guildId) ?? [] };
      if (method === 'PUT') {
        const commands = this.overwrite(request.body, this.registered.guilds.get(guildId), guildId);
        this.registered.guilds.set(guildId, commands);
        return { status: 200, body: commands };
      }
    }
    if (method === 'POST' && (m = /^\/channels\/([^/]+)\/messages\/([^/]+)\/threads$/.exec(path))) {
      this.requireAuth(request);
      return this.onStartThread(m[1] ?? '', m[2] ?? '', request.body);
    }
    if (method === 'POST' && (m = /^\/channels\/([^/]+)\/messages$/.exec(path))) {
      this.requireAuth(request);
      return this.onChannelMessage(m[1] ?? '', request.body);
    }
    if (method === 'PATCH' && (m = /^\/channels\/([^/]+)\/messages\/([^/]+)$/.exec(path))) {
      this.requireAuth(request);
      return this.onChannelMessageEdit(m[1] ?? '', m[2] ?? '', request.body);
    }
    if (method === 'POST' && (m = /^\/channels\/([^/]+)\/typing$/.exec(path))) {
      this.requireAuth(request);
      if (!this.channels.has(m[1] ?? '')) throw discordError(404, 10003, 'Unknown Channel');
      return { status: 204 };
    }
    if (method === 'DELETE' && (m = /^\/users\/@me\/guilds\/([^/]+)$/.exec(path))) {
      // Leave Guild: 204, then GUILD_DELETE (without `unavailable`: the bot was removed).
      this.requireAuth(request);
      const guild = this.joinedGuilds.get(m[1] ?? '');
      if (m[1] === this.guildId) throw discordError(400, 50001, 'The stand-in keeps the bot in its main guild');
      if (!guild || guild.leftAt !== undefined) throw discordError(404, 10004, 'Unknown Guild');
      guild.leftAt = Date.now();
      const confirm = () => this.dispatch('GUILD_DELETE', { id: guild.guildId });
      if (this.options.guildDeleteDelayMs > 0) setTimeout(confirm, this.options.guildDeleteDelayMs);
      else setImmediate(confirm);
      return { status: 204 };
    }
    if (method === 'POST' && (m = /^\/interactions\/([^/]+)\/([^/]+)\/callback$/.exec(path))) {
      request.interactionId = m[1];
      return this.onCallback(m[1] ?? '', m[2] ?? '', request);
    }
    if ((m = /^\/webhooks\/([^/]+)\/([^/]+)$/.exec(path)) && method === 'POST') {
      request.interactionId = this.byToken.get(m[2] ?? '')?.id;
      return this.onFollowUp(this.webhookRecord(m[1] ?? '', m[2] ?? ''), request);
    }
    if ((m = /^\/webhooks\/([^/]+)\/([^/]+)\/messages\/([^/]+)$/.exec(path))) {
      request.interactionId = this.byToken.get(m[2] ?? '')?.id;
      const record = this.webhookRecord(m[1] ?? '', m[2] ?? '');
      return this.onWebhookMessage(record, m[3] ?? '', request);
    }
    throw discordError(404, 0, '404: Not Found');
  }

  /** Start Thread from Message: 201 with the thread channel, then THREAD_CREATE. */
  private onStartThread(channelId: string, messageId: string, body: unknown): { status: number; body?: unknown } {
    const channel = this.channels.get(channelId);
    if (!channel) throw discordError(404, 10003, 'Unknown Channel');
    if (channel.type !== 0) throw discordError(400, 50024, 'Cannot execute action on this channel type');
    const message = this.messages.get(messageId);
    if (!message || message.channel_id !== channelId) throw UNKNOWN_MESSAGE();
    if (this.threadOf.has(messageId))
      throw discordError(400, 160004, 'A thread has already been created for this message');
    const errors = new FormErrors();
    if (!isObject(body)) errors.add([], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    else {
      if (typeof body.name !== 'string' || body.name.trim().length < 1 || body.name.length > 100) {
        errors.add(['name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      }
      if (
        body.auto_archive_duration !== undefined &&
        ![60, 1440, 4320, 10080].includes(body.auto_archive_duration as number)
      ) {
        errors.add(['auto_archive_duration'], 'BASE_TYPE_CHOICES', 'Value must be one of {60, 1440, 4320, 10080}.');
      }
      if (body.rate_limit_per_user !== undefined && body.rate_limit_per_user !== null) {
        const rate = body.rate_limit_per_user;
        if (typeof rate !== 'number' || !Number.isInteger(rate) || rate < 0 || rate > 21600)
          errors.add(['rate_limit_per_user'], 'NUMBER_TYPE_MAX', 'int value should be between 0 and 21600.');
      }
    }
    if (!errors.empty) throw formError(errors);
    const fields = body as { name: string; auto_archive_duration?: number };
    // A thread started from a message has the message's id.
    const thread: StandInChannel = {
      id: messageId,
      type: 11,
      guildId: channel.guildId,
      name: fields.name,
      parentId: channelId,
      ownerId: this.botUser.id,
      autoArchiveDuration: fields.auto_archive_duration ?? 4320,
    };
    this.channels.set(thread.id, thread);
    this.threadOf.set(messageId, thread.id);
    const object = this.channelObject(thread);
    this.dispatch('THREAD_CREATE', { ...object, newly_created: true });
    return { status: 201, body: object };
  }

  /** Create Message in a channel or thread, by the bot: validated like every message, then MESSAGE_CREATE. */
  /** A bot editing its own message (a reply written as it streams in); only its own, in that channel. */
  private onChannelMessageEdit(
    channelId: string,
    messageId: string,
    body: unknown,
  ): { status: number; body?: unknown } {
    const target = this.messages.get(messageId);
    if (!target || target.channel_id !== channelId) throw discordError(404, 10008, 'Unknown Message');
    if (target.author.id !== this.botUser.id)
      throw discordError(403, 50005, 'Cannot edit a message authored by another user');
    const errors = validateMessage(body, { partial: true });
    if (!errors.empty) throw formError(errors);
    this.messageEdits.push({ at: Date.now(), messageId, body: structuredClone(body) as Record<string, unknown> });
    return { status: 200, body: this.applyEdit(target, body as Record<string, unknown>) };
  }

  private onChannelMessage(channelId: string, body: unknown): { status: number; body?: unknown } {
    const channel = this.channels.get(channelId);
    if (!channel) throw discordError(404, 10003, 'Unknown Channel');
    if (channel.guildId && this.joinedGuilds.get(channel.guildId)?.leftAt !== undefined)
      throw discordError(403, 50001, 'Missing Access');
    const errors = validateMessage(body, { partial: false });
    if (!errors.empty) throw formError(errors);
    const data = body as Record<string, unknown>;
    if (isEmptyMessage(data)) throw discordError(400, 50006, 'Cannot send an empty message');
    if (typeof data.flags === 'number' && data.flags & MESSAGE_FLAGS.EPHEMERAL) {
      const flagErrors = new FormErrors();
      flagErrors.add(['flags'], 'MESSAGE_FLAGS_INVALID', 'Ephemeral messages exist only as interaction responses.');
      throw formError(flagErrors);
    }
    const reference = isObject(data.message_reference) ? data.message_reference : undefined;
    if (reference) {
      const target = this.messages.get(String(reference.message_id));
      if ((!target || target.channel_id !== channelId) && reference.fail_if_not_exists !== false) {
        const refErrors = new FormErrors();
        refErrors.add(['message_reference'], 'REPLIES_UNKNOWN_MESSAGE', 'Unknown message');
        throw formError(refErrors);
      }
    }
    const message: StoredMessage = {
      id: snowflake(),
      channel_id: channelId,
      ...(channel.guildId ? { guild_id: channel.guildId } : {}),
      author: this.botUser,
      content: typeof data.content === 'string' ? data.content : '',
      embeds: Array.isArray(data.embeds) ? structuredClone(data.embeds) : [],
      components: Array.isArray(data.components) ? structuredClone(data.components) : [],
      attachments: [],
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      type: reference ? 19 : 0,
      ...(reference
        ? {
            message_reference: {
              type: 0,
              message_id: String(reference.message_id),
              channel_id: channelId,
              ...(channel.guildId ? { guild_id: channel.guildId } : {}),
            },
          }
        : {}),
    } as StoredMessage;
    this.messages.set(message.id, message);
    this.botMessages.push(message);
    if (channel.type === 11) this.countThreadMessage(channel.id);
    // The bot receives its own messages too (with their content): it must not answer itself.
    this.dispatch('MESSAGE_CREATE', { ...JSON.parse(JSON.stringify(message)), channel_type: channel.type });
    return { status: 200, body: message };
  }

  private overwrite(body: unknown, previous: RegisteredCommand[] | undefined, guildId?: string): RegisteredCommand[] {
    const errors = validateCommands(body);
    if (!errors.empty) throw formError(errors);
    return (body as Record<string, unknown>[]).map((command) => {
      const kept = previous?.find((old) => old.name === command.name);
      return {
        ...command,
        id: kept?.id ?? snowflake(),
        application_id: this.applicationId,
        ...(guildId ? { guild_id: guildId } : {}),
        version: snowflake(),
        type: command.type ?? 1,
        name: String(command.name),
        default_member_permissions: command.default_member_permissions ?? null,
        nsfw: command.nsfw ?? false,
      };
    });
  }

  private toOptions(
    command: RegisteredCommand | undefined,
    values: OptionValues,
  ): { name: string; type: number; value: unknown }[] {
    const declared = Array.isArray(command?.options) ? (command.options as { name: string; type: number }[]) : [];
    return Object.entries(values).map(([name, value]) => {
      const spec = declared.find((option) => option.name === name);
      const type =
        spec?.type ??
        (typeof value === 'string' ? 3 : typeof value === 'boolean' ? 5 : Number.isInteger(value) ? 4 : 10);
      return { name, type, value };
    });
  }

  // --- interaction callbacks -------------------------------------------------------------------

  private onCallback(id: string, token: string, request: RecordedRequest): { status: number; body?: unknown } {
    const record = this.interactions.get(id);
    if (!record || record.token !== token) throw UNKNOWN_INTERACTION();
    if (record.callbacks.length > 0) throw discordError(400, 40060, 'Interaction has already been acknowledged.');
    const age = Date.now() - record.createdAt;
    // Discord answers a late first response as if the interaction no longer existed.
    if (age > this.options.responseWindowMs) throw UNKNOWN_INTERACTION();
    const body = request.body;
    if (!isObject(body) || typeof body.type !== 'number') {
      const errors = new FormErrors();
      errors.add(['type'], 'BASE_TYPE_REQUIRED', 'This field is required');
      throw formError(errors);
    }
    const type = body.type;
    const allowed = record.type === 2 ? [4, 5, 9] : record.type === 3 ? [4, 5, 6, 7, 9] : record.type === 4 ? [8] : [];
    if (!allowed.includes(type)) {
      const errors = new FormErrors();
      errors.add(
        ['type'],
        'INTERACTION_RESPONSE_TYPE_INVALID',
        `Response type ${type} is not valid for interaction type ${record.type}.`,
      );
      throw formError(errors);
    }
    const data = body.data;
    const now = Date.now();
    let message: StoredMessage | undefined;
    let choices: Outcome['choices'];
    switch (type) {
      case 4: {
        const errors = validateMessage(data, { partial: false, prefix: ['data'] });
        this.notePayload(record, 'callback', data, errors.empty ? 200 : 400);
        if (!errors.empty) throw formError(errors);
        if (isEmptyMessage(data as Record<string, unknown>))
          throw discordError(400, 50006, 'Cannot send an empty message');
        message = this.createMessage(
          record,
          data as Record<string, unknown>,
          ((data as { flags?: number }).flags ?? 0) & MESSAGE_FLAGS.EPHEMERAL,
        );
        record.original = message;
        break;
      }
      case 5: {
        const flags = isObject(data) && typeof data.flags === 'number' ? data.flags : 0;
        if ((flags & ~MESSAGE_FLAGS.EPHEMERAL) !== 0) {
          const errors = new FormErrors(['data']);
          errors.add(['flags'], 'MESSAGE_FLAGS_INVALID', 'Only EPHEMERAL may be set when deferring.');
          throw formError(errors);
        }
        record.original = this.createMessage(
          record,
          { content: '' },
          MESSAGE_FLAGS.LOADING | (flags & MESSAGE_FLAGS.EPHEMERAL),
        );
        break;
      }
      case 6:
        record.original = this.clickedMessage(record);
        break;
      case 7: {
        const errors = validateMessage(data, { partial: true, prefix: ['data'] });
        this.notePayload(record, 'callback', data, errors.empty ? 200 : 400);
        if (!errors.empty) throw formError(errors);
        const target = this.clickedMessage(record);
        message = this.applyEdit(target, data as Record<string, unknown>);
        record.original = message;
        break;
      }
      case 8: {
        const errors = validateChoices(data);
        if (!errors.empty) throw formError(errors);
        choices = (data as { choices: { name: string; value: string | number }[] }).choices;
        break;
      }
      default: {
        // 9 (modal) is allowed by Discord but this bot never shows one.
        throw discordError(400, 50035, 'The stand-in does not implement modals.');
      }
    }
    record.callbacks.push({ at: now, type, data });
    if (type === 4 || type === 7 || type === 8) this.settle(record, message, choices);
    if (request.query.with_response === 'true') {
      return {
        status: 200,
        body: {
          interaction: {
            id: record.id,
            type: record.type,
            activity_instance_id: null,
            response_message_id: record.original?.id ?? null,
            response_message_loading: type === 5,
            response_message_ephemeral: Boolean((record.original?.flags ?? 0) & MESSAGE_FLAGS.EPHEMERAL),
          },
          resource: record.original ? { type, message: record.original } : { type },
        },
      };
    }
    return { status: 204 };
  }

  private clickedMessage(record: InteractionRecord): StoredMessage {
    const current = record.clicked && this.messages.get(record.clicked.id);
    if (!current) throw UNKNOWN_MESSAGE();
    return current;
  }

  // --- webhooks (edits and follow-ups) -----------------------------------------------------------

  private webhookRecord(applicationId: string, token: string): InteractionRecord {
    const record = this.byToken.get(token);
    if (!record || applicationId !== this.applicationId) throw UNKNOWN_WEBHOOK();
    if (Date.now() - record.createdAt > this.options.tokenLifetimeMs)
      throw discordError(401, 50027, 'Invalid Webhook Token');
    if (record.callbacks.length === 0) throw UNKNOWN_WEBHOOK(); // not acknowledged yet
    if (record.type === 4) throw UNKNOWN_WEBHOOK(); // autocomplete has no messages
    return record;
  }

  private onFollowUp(record: InteractionRecord, request: RecordedRequest): { status: number; body?: unknown } {
    const body = request.body;
    const errors = validateMessage(body, { partial: false });
    this.notePayload(record, 'followup', body, errors.empty ? 200 : 400);
    if (!errors.empty) throw formError(errors);
    const data = body as Record<string, unknown>;
    if (isEmptyMessage(data)) throw discordError(400, 50006, 'Cannot send an empty message');
    let message: StoredMessage;
    const original = record.original;
    const firstCallback = record.callbacks[0]?.type;
    if (firstCallback === 5 && original && !record.originalDeleted && original.flags & MESSAGE_FLAGS.LOADING) {
      // Documented: the first follow-up after a deferred reply edits the loading message, and the
      // ephemeral state chosen when deferring is kept (the flag in this body is ignored).
      message = this.applyEdit(original, { ...data, flags: undefined });
    } else {
      message = this.createMessage(
        record,
        data,
        (typeof data.flags === 'number' ? data.flags : 0) & MESSAGE_FLAGS.EPHEMERAL,
      );
      record.followUps.push(message);
    }
    this.settle(record, message);
    return request.query.wait === 'true' ? { status: 200, body: message } : { status: 204 };
  }

  private onWebhookMessage(
    record: InteractionRecord,
    messageId: string,
    request: RecordedRequest,
  ): { status: number; body?: unknown } {
    const target =
      messageId === '@original'
        ? record.originalDeleted
          ? undefined
          : record.original
        : [record.original, ...record.followUps].find((message) => message?.id === messageId);
    if (!target || !this.messages.has(target.id)) throw UNKNOWN_MESSAGE();
    switch (request.method) {
      case 'GET':
        return { status: 200, body: target };
      case 'DELETE':
        this.messages.delete(target.id);
        if (target === record.original) record.originalDeleted = true;
        return { status: 204 };
      case 'PATCH': {
        const errors = validateMessage(request.body, { partial: true });
        this.notePayload(record, 'edit', request.body, errors.empty ? 200 : 400);
        if (!errors.empty) throw formError(errors);
        const updated = this.applyEdit(target, request.body as Record<string, unknown>);
        if (target === record.original) this.settle(record, updated);
        return { status: 200, body: updated };
      }
      default:
        throw discordError(405, 0, '405: Method Not Allowed');
    }
  }

  // --- messages ----------------------------------------------------------------------------------

  private createMessage(record: InteractionRecord, data: Record<string, unknown>, flags: number): StoredMessage {
    const message: StoredMessage = {
      id: snowflake(),
      channel_id: this.channelId,
      guild_id: this.guildId,
      author: this.botUser,
      content: typeof data.content === 'string' ? data.content : '',
      embeds: Array.isArray(data.embeds) ? structuredClone(data.embeds) : [],
      components: Array.isArray(data.components) ? structuredClone(data.components) : [],
      attachments: [],
      flags,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      type: record.type === 2 ? 20 : 19,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      interaction_metadata: {
        id: record.id,
        type: record.type,
        user: record.user,
        authorizing_integration_owners: { '0': this.guildId },
      },
    };
    this.messages.set(message.id, message);
    return message;
  }

  /** Applies an edit in place; a deferred message stops loading. Ephemerality never changes. */
  private applyEdit(message: StoredMessage, data: Record<string, unknown>): StoredMessage {
    const next: StoredMessage = { ...message };
    if ('content' in data) next.content = typeof data.content === 'string' ? data.content : '';
    if ('embeds' in data) next.embeds = Array.isArray(data.embeds) ? structuredClone(data.embeds) : [];
    if ('components' in data) next.components = Array.isArray(data.components) ? structuredClone(data.components) : [];
    const wasLoading = (message.flags & MESSAGE_FLAGS.LOADING) !== 0;
    next.flags = message.flags & ~MESSAGE_FLAGS.LOADING;
    if (!wasLoading) next.edited_timestamp = new Date().toISOString();
    if (isEmptyMessage(next)) throw discordError(400, 50006, 'Cannot send an empty message');
    Object.assign(message, next);
    return message;
  }

  private notePayload(
    record: InteractionRecord,
    via: MessagePayloadRecord['via'],
    body: unknown,
    status: number,
  ): void {
    record.payloads.push({ at: Date.now(), via, body: isObject(body) ? structuredClone(body) : {}, status });
  }

  private scheduleFailFast(interactionId: string): void {
    const pending = this.pending.get(interactionId);
    const record = this.interactions.get(interactionId);
    if (!pending || !record || pending.settledOnce) return;
    clearTimeout(pending.failFast);
    pending.failFast = setTimeout(() => {
      pending.fail(
        new Error(
          `stand-in: rejected a request for interaction ${interactionId} and no final message followed.\n${this.describe(record)}`,
        ),
      );
    }, this.options.failFastMs);
    pending.failFast.unref();
  }

  private settle(record: InteractionRecord, message: StoredMessage | undefined, choices?: Outcome['choices']): void {
    const pending = this.pending.get(record.id);
    if (!pending || pending.settledOnce) return;
    pending.settle({
      interaction: record,
      callbackTypes: record.callbacks.map((callback) => callback.type),
      deferred: record.callbacks[0]?.type === 5 || record.callbacks[0]?.type === 6,
      message: message ? structuredClone(message) : undefined,
      ephemeral: Boolean((message?.flags ?? 0) & MESSAGE_FLAGS.EPHEMERAL),
      choices,
    });
  }
}
