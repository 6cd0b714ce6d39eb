import { describe, expect, it } from 'vitest';
import { loadConfig, type AccessConfig } from '../src/config.js';
import { channelAllowed } from '../src/discord/access/channelAllowed.js';
import { dmAllowed } from '../src/discord/access/dmAllowed.js';
import { guildAllowed } from '../src/discord/access/guildAllowed.js';
import { checkAccess, guildPermitted, PRECONDITIONS, type AccessRequest } from '../src/discord/access/index.js';
import { roleAllowed } from '../src/discord/access/roleAllowed.js';

const GUILD = '100000000000000001';
const OTHER_GUILD = '100000000000000002';
const CHANNEL = '200000000000000001';
const OTHER_CHANNEL = '200000000000000002';
const ROLE = '300000000000000001';
const OTHER_ROLE = '300000000000000002';

function settings(env: Record<string, string> = {}): AccessConfig {
  return loadConfig(env).access;
}

function inServer(extra: Partial<AccessRequest> = {}): AccessRequest {
  return {
    guildId: GUILD,
    channelId: CHANNEL,
    parentChannelId: null,
    userId: '400000000000000001',
    roleIds: [],
    allowedRoleNamesHere: [],
    allowedChannelsHere: [],
    ...extra,
  };
}

const inDm: AccessRequest = { ...inServer(), guildId: null, roleIds: undefined };

describe('access settings', () => {
  it('are closed to DMs, open to every server, public and audited by default', () => {
    expect(settings()).toEqual({
      allowDms: false,
      allowedGuildIds: [],
      allowedRoleIds: [],
      allowedChannelIds: [],
      privateByDefault: false,
      auditLog: true,
    });
  });

  it('reads comma-separated id lists, trimming spaces and dropping repeats', () => {
    expect(settings({ ALLOWED_ROLE_IDS: ` ${ROLE} ,${OTHER_ROLE},${ROLE},` }).allowedRoleIds).toEqual([
      ROLE,
      OTHER_ROLE,
    ]);
  });

  it('allows DISCORD_GUILD_ID implicitly when a server list is set', () => {
    expect(settings({ ALLOWED_GUILD_IDS: OTHER_GUILD, DISCORD_GUILD_ID: GUILD }).allowedGuildIds).toEqual([
      OTHER_GUILD,
      GUILD,
    ]);
  });

  it('refuses an id list with something that is not a Discord id, naming the setting', () => {
    expect(() => settings({ ALLOWED_CHANNEL_IDS: `${CHANNEL},general` })).toThrow(
      /ALLOWED_CHANNEL_IDS is invalid: .*"general"/,
    );
  });

  it('refuses a yes/no setting that is neither', () => {
    expect(() => settings({ PRIVATE_BY_DEFAULT: 'maybe' })).toThrow(/PRIVATE_BY_DEFAULT is invalid/);
    expect(() => settings({ AUDIT_LOG: 'sometimes' })).toThrow(/AUDIT_LOG is invalid/);
    expect(() => settings({ ALLOW_DMS: '2' })).toThrow(/ALLOW_DMS is invalid/);
  });
});

describe('dmAllowed', () => {
  it('refuses a DM when ALLOW_DMS is off, saying to ask in the server', () => {
    const verdict = dmAllowed(inDm, settings());
    expect(verdict).toMatchObject({ ok: false, rule: 'dmAllowed' });
    expect(!verdict.ok && verdict.message).toMatch(/only answer inside the team's server/);
  });

  it('lets a DM through when ALLOW_DMS is on, and never stops a server message', () => {
    expect(dmAllowed(inDm, settings({ ALLOW_DMS: 'true' })).ok).toBe(true);
    expect(dmAllowed(inServer(), settings()).ok).toBe(true);
  });
});

describe('guildAllowed', () => {
  it('refuses a server not on ALLOWED_GUILD_IDS, without naming any id to the user', () => {
    const verdict = guildAllowed(inServer({ guildId: OTHER_GUILD }), settings({ ALLOWED_GUILD_IDS: GUILD }));
    expect(verdict).toMatchObject({ ok: false, rule: 'guildAllowed' });
    if (!verdict.ok) {
      expect(verdict.message).not.toMatch(/\d{17}/);
      expect(verdict.reason).toContain(OTHER_GUILD);
    }
  });

  it('allows listed servers, and every server when the list is empty', () => {
    expect(guildAllowed(inServer(), settings({ ALLOWED_GUILD_IDS: GUILD })).ok).toBe(true);
    expect(guildAllowed(inServer({ guildId: OTHER_GUILD }), settings()).ok).toBe(true);
  });

  it('says which servers the bot may stay in', () => {
    expect(guildPermitted(OTHER_GUILD, settings({ ALLOWED_GUILD_IDS: GUILD }))).toBe(false);
    expect(guildPermitted(GUILD, settings({ ALLOWED_GUILD_IDS: GUILD }))).toBe(true);
    expect(guildPermitted(OTHER_GUILD, settings())).toBe(true);
  });
});

describe('channelAllowed', () => {
  const only = settings({ ALLOWED_CHANNEL_IDS: CHANNEL });

  it('refuses another channel, linking the allowed channels of this server', () => {
    const verdict = channelAllowed(inServer({ channelId: OTHER_CHANNEL, allowedChannelsHere: [CHANNEL] }), only);
    expect(verdict).toMatchObject({ ok: false, rule: 'channelAllowed' });
    expect(!verdict.ok && verdict.message).toBe(`I answer only in <#${CHANNEL}>. Ask me there.`);
  });

  it('does not link channels of other servers, and says so in words', () => {
    const verdict = channelAllowed(inServer({ channelId: OTHER_CHANNEL }), only);
    expect(!verdict.ok && verdict.message).toMatch(/in the channels this server's admins chose/);
    expect(!verdict.ok && verdict.message).not.toContain(CHANNEL);
  });

  it('allows the listed channel, threads under it, and any channel with no list', () => {
    expect(channelAllowed(inServer(), only).ok).toBe(true);
    expect(channelAllowed(inServer({ channelId: '200000000000000009', parentChannelId: CHANNEL }), only).ok).toBe(true);
    expect(channelAllowed(inServer({ channelId: OTHER_CHANNEL }), settings()).ok).toBe(true);
  });
});

describe('roleAllowed', () => {
  const only = settings({ ALLOWED_ROLE_IDS: `${ROLE},${OTHER_ROLE}` });

  it('refuses a member without an allowed role, naming the roles of this server by name, never by id', () => {
    const verdict = roleAllowed(inServer({ roleIds: [GUILD], allowedRoleNamesHere: ['Engineers'] }), only);
    expect(verdict).toMatchObject({ ok: false, rule: 'roleAllowed' });
    expect(!verdict.ok && verdict.message).toMatch(/You need the Engineers role to ask me/);
    expect(!verdict.ok && verdict.message).not.toMatch(/\d{17}/);
  });

  it('says "a role this server\'s admins allowed" when none of the roles exists here', () => {
    const verdict = roleAllowed(inServer(), only);
    expect(!verdict.ok && verdict.message).toMatch(/a role this server's admins allowed/);
  });

  it('lists several role names', () => {
    const verdict = roleAllowed(inServer({ allowedRoleNamesHere: ['Engineers', 'Staff'] }), only);
    expect(!verdict.ok && verdict.message).toMatch(/one of these roles: Engineers, Staff/);
  });

  it('allows a member with any one of the roles, and everyone when no roles are set', () => {
    expect(roleAllowed(inServer({ roleIds: [OTHER_ROLE] }), only).ok).toBe(true);
    expect(roleAllowed(inServer(), settings()).ok).toBe(true);
  });

  it('refuses in a DM, where roles cannot be checked', () => {
    expect(roleAllowed(inDm, only).ok).toBe(false);
  });
});

describe('checkAccess', () => {
  it('checks DMs, then the server, then the channel, then roles', () => {
    expect(PRECONDITIONS).toEqual([dmAllowed, guildAllowed, channelAllowed, roleAllowed]);
  });

  it('answers with the first refusal: a wrong server is reported before a missing role', () => {
    const strict = settings({ ALLOWED_GUILD_IDS: GUILD, ALLOWED_ROLE_IDS: ROLE, ALLOWED_CHANNEL_IDS: CHANNEL });
    expect(checkAccess(inServer({ guildId: OTHER_GUILD, channelId: OTHER_CHANNEL }), strict)).toMatchObject({
      rule: 'guildAllowed',
    });
    expect(checkAccess(inServer({ channelId: OTHER_CHANNEL }), strict)).toMatchObject({ rule: 'channelAllowed' });
    expect(checkAccess(inServer(), strict)).toMatchObject({ rule: 'roleAllowed' });
    expect(checkAccess(inServer({ roleIds: [ROLE] }), strict)).toEqual({ ok: true });
  });
});
