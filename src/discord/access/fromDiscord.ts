/** Builds the plain AccessRequest from what discord.js gives for an interaction or a message. */
import type { APIInteractionGuildMember, Channel, Guild, GuildMember } from 'discord.js';
import type { AccessConfig } from '../../config.js';
import type { AccessRequest } from './types.js';

export interface AskerSource {
  readonly guildId: string | null;
  readonly guild: Guild | null;
  readonly channelId: string | null;
  readonly channel: Channel | null;
  readonly member: GuildMember | APIInteractionGuildMember | null;
}

function roleIdsOf(member: AskerSource['member']): string[] | undefined {
  if (!member) return undefined;
  // Interactions from a server the bot has not cached carry the raw member (role ids as strings).
  return Array.isArray(member.roles) ? [...member.roles] : [...(member as GuildMember).roles.cache.keys()];
}

export function accessRequestOf(source: AskerSource, userId: string, settings: AccessConfig): AccessRequest {
  const channel = source.channel;
  const parentChannelId = channel && 'isThread' in channel && channel.isThread() ? channel.parentId : null;
  const roles = source.guild?.roles.cache;
  const channels = source.guild?.channels.cache;
  return {
    guildId: source.guildId,
    channelId: source.channelId,
    parentChannelId,
    userId,
    roleIds: source.guildId === null ? undefined : (roleIdsOf(source.member) ?? []),
    allowedRoleNamesHere: settings.allowedRoleIds.flatMap((id) => {
      const role = roles?.get(id);
      return role ? [role.name] : [];
    }),
    allowedChannelsHere: settings.allowedChannelIds.filter((id) => channels?.has(id) ?? false),
  };
}
