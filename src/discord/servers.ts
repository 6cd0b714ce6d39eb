/**
 * The servers the bot is in, for answering and for counting: discord.js's guild cache less the
 * servers the bot has just left. Discord confirms a leave with GUILD_DELETE a moment after the
 * request, so without this the ready line would still count a server left at start-up, and a
 * mention sent from it in between would be answered (and refused by Discord with a 403). Kicks,
 * bans and deleted servers arrive as GUILD_DELETE (events/guildDelete.ts) and leave the cache.
 */
import type { Client } from 'discord.js';

export class Servers {
  private readonly left = new Set<string>();

  constructor(private readonly client: Client) {}

  /** The bot left `id` or was removed from it; true the first time it is told. */
  markLeft(id: string): boolean {
    if (this.left.has(id)) return false;
    this.left.add(id);
    return true;
  }

  /** The bot was added (again) to `id`. */
  markJoined(id: string): void {
    this.left.delete(id);
  }

  /** Whether the bot is in `id` and answers there. */
  has(id: string): boolean {
    return !this.left.has(id) && this.client.guilds.cache.has(id);
  }

  get count(): number {
    return [...this.client.guilds.cache.keys()].filter((id) => !this.left.has(id)).length;
  }
}
