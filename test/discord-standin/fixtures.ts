/**
 * Discord objects as the API sends them (v10 field names, snake_case), with just enough detail
 * for discord.js to build its structures: users, the guild and its channel, members, messages.
 */

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A snowflake for "now" (timestamp << 22 | counter), like Discord's ids. */
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export interface ApiUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
  public_flags?: number;
}

export function makeUser(id: string, username: string, bot = false): ApiUser {
  return { id, username, discriminator: '0', global_name: bot ? null : username, avatar: null, bot, public_flags: 0 };
}

/** Default permissions of a member in the test channel (view, send, use application commands…). */
export const MEMBER_PERMISSIONS = '2248473465835073';

export function makeMember(user: ApiUser): Record<string, unknown> {
  return {
    user,
    nick: null,
    avatar: null,
    roles: [],
    joined_at: new Date(0).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    permissions: MEMBER_PERMISSIONS,
  };
}

export function makeChannel(id: string, guildId: string, name = 'general'): Record<string, unknown> {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name,
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0,
  };
}

export interface GuildExtras {
  readonly roles?: readonly { id: string; name: string }[];
  readonly extraChannels?: readonly { id: string; name: string }[];
}

function makeRole(id: string, name: string, position: number, permissions: string): Record<string, unknown> {
  return {
    id,
    name,
    color: 0,
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions,
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

/** A GUILD_CREATE payload: one text channel (plus `extraChannels`), @everyone (plus `roles`). */
export function makeGuild(
  id: string,
  channelId: string,
  ownerId: string,
  bot: ApiUser,
  extras: GuildExtras = {},
): Record<string, unknown> {
  return {
    id,
    name: 'Stand-in Guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      makeRole(id, '@everyone', 0, MEMBER_PERMISSIONS),
      ...(extras.roles ?? []).map((role, i) => makeRole(role.id, role.name, i + 1, '0')),
    ],
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: channelId,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    stickers: [],
    // GUILD_CREATE extras
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [makeMember(bot)],
    channels: [
      makeChannel(channelId, id),
      ...(extras.extraChannels ?? []).map((channel) => makeChannel(channel.id, id, channel.name)),
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A message as returned by webhook/interaction endpoints. */
export interface StoredMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: ApiUser;
  content: string;
  embeds: unknown[];
  components: unknown[];
  attachments: unknown[];
  flags: number;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: unknown[];
  mention_roles: string[];
  pinned: boolean;
  type: number;
  webhook_id?: string;
  application_id?: string;
  interaction_metadata?: Record<string, unknown>;
  message_reference?: Record<string, unknown>;
}

export const MESSAGE_FLAGS = { EPHEMERAL: 64, LOADING: 128 } as const;
