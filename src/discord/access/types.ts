/**
 * Access rules as plain data: who asked, where, with which roles. Each rule is a small function
 * from (request, settings) to a verdict, so each can be tested alone and the router applies the
 * same ordered list to every entry point (slash commands, autocomplete, buttons, mentions, menus).
 */
import type { AccessConfig } from '../../config.js';

export interface AccessRequest {
  /** The server, or null for a DM or group DM. */
  readonly guildId: string | null;
  readonly channelId: string | null;
  /** For a thread: the channel it belongs to (allowed channels cover their threads). */
  readonly parentChannelId: string | null;
  readonly userId: string;
  /** The member's role ids in this server; undefined outside a server. */
  readonly roleIds: readonly string[] | undefined;
  /** Names of the allowed roles that exist in this server (every member can see a server's role names). */
  readonly allowedRoleNamesHere: readonly string[];
  /** Allowed channels that belong to this server (named to the user as channel links). */
  readonly allowedChannelsHere: readonly string[];
}

export type Verdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** The rule that refused, e.g. "guildAllowed". */
      readonly rule: string;
      /** Shown to the user, ephemerally. */
      readonly message: string;
      /** Written to the log: says why, with ids (never shown to the user). */
      readonly reason: string;
    };

export type Precondition = (request: AccessRequest, settings: AccessConfig) => Verdict;

export const ALLOWED: Verdict = { ok: true };
