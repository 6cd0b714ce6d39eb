/**
 * The shape of an event module (discord.js guide style: `{ name, once?, execute }`) and what every
 * event's `execute` gets besides the event's own arguments: the bot's settings and handlers.
 */
import type { ClientEvents, Interaction, Message } from 'discord.js';
import type { Config } from '../../config.js';
import type { InFlight } from '../inFlight.js';
import type { AnswererSource } from '../liveAnswerer.js';
import type { Servers } from '../servers.js';

export interface EventContext {
  readonly config: Config;
  readonly answerers: AnswererSource;
  /** Answers in progress; once draining, new work is turned away. */
  readonly inFlight: InFlight;
  /** The interaction router (interactions/). */
  readonly onInteraction: (interaction: Interaction) => Promise<void>;
  /** The conversation handler (conversation/messages.ts). */
  readonly onMessage: (message: Message) => Promise<void>;
  /** A library message with the token taken out, in case one ever carries it. */
  readonly say: (message: string) => string;
  /** True once `stop()` is disconnecting on purpose. */
  readonly stopping: () => boolean;
  /** True until `start()` has succeeded or failed: a refusal then is reported by `start()`, not logged. */
  readonly starting: () => boolean;
  /**
   * Settled by the ready event once its start-up work is done, or rejected when Discord closes the
   * gateway for good first; `start()` waits for it.
   */
  readonly started: { resolve(): void; reject(error: unknown): void };
  /** The servers the bot is in (and answers in). */
  readonly servers: Servers;
}

export interface BotEvent<K extends keyof ClientEvents = keyof ClientEvents> {
  readonly name: K;
  /** Handled the first time only. */
  readonly once?: boolean;
  execute(context: EventContext, ...args: ClientEvents[K]): void;
}

/** Declares an event module with its arguments typed by the event's name. */
export function botEvent<K extends keyof ClientEvents>(event: BotEvent<K>): BotEvent<K> {
  return event;
}
