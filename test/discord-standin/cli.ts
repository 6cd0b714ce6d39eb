/**
 * Runs the Discord stand-in by hand, to try the real bot (`npm run dev`) without Discord:
 *
 *   npx tsx test/discord-standin/cli.ts [--port 8787]
 *
 * It prints the settings to give the bot (DISCORD_API_BASE, DISCORD_TOKEN, …), then reads
 * commands on stdin and prints what the bot answered:
 *
 *   /ask question=who knows terraform?      a slash command (options as name=value)
 *   /who-knows skill=terraform
 *   /profile person=Grace Hopper
 *   /sources
 *   ? profile person=gr                     autocomplete (the last option is the focused one)
 *   @ who knows terraform?                  a message mentioning the bot in #general (it answers in a thread)
 *   say and who else?                       a message (no mention) in the last thread the bot opened
 *   menu anyone know terraform or k8s?      posts the message, then runs "Who knows this?" on it
 *   click 1                                 clicks button 1 of the last answer
 *   drop | invalidate | reconnect           connection trouble (resume / re-identify / op 7)
 *   rejections                              what the stand-in refused so far
 *   quit
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { StoredMessage } from './fixtures.js';
import { DiscordStandIn, type OptionValues, type Outcome } from './standin.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });
const standin = await DiscordStandIn.start({
  port: Number(values.port),
  token: process.env.STANDIN_TOKEN,
  settleTimeoutMs: 120_000,
  // By hand, follow-ups without a mention work when the bot runs with MESSAGE_CONTENT_INTENT=true.
  privilegedIntents: 1 << 15,
  log: (line) => process.stderr.write(`[stand-in] ${line}\n`),
});

process.stdout.write(
  [
    '# Start the bot against this stand-in with:',
    `DISCORD_API_BASE=${standin.apiBase} DISCORD_TOKEN=${standin.token} \\`,
    `DISCORD_APPLICATION_ID=${standin.applicationId} DISCORD_GUILD_ID=${standin.guildId} npm run dev`,
    '# (and `npx tsx scripts/register.ts` with the same settings to see the registration request)',
    '',
  ].join('\n'),
);

function parseOptions(text: string): OptionValues {
  const options: Record<string, string> = {};
  for (const part of text.trim().split(/\s+(?=[\w-]+=)/)) {
    const at = part.indexOf('=');
    if (at > 0) options[part.slice(0, at)] = part.slice(at + 1);
  }
  return options;
}

function show(outcome: Outcome): void {
  const message = outcome.message;
  process.stdout.write(
    `callbacks ${JSON.stringify(outcome.callbackTypes)}${outcome.ephemeral ? ' (ephemeral)' : ''}\n`,
  );
  if (message?.content) process.stdout.write(`${message.content}\n`);
  for (const embed of (message?.embeds ?? []) as {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
  }[]) {
    process.stdout.write(`── ${embed.title ?? ''}\n${embed.description ?? ''}\n`);
    for (const field of embed.fields ?? []) process.stdout.write(`  ${field.name}: ${field.value}\n`);
  }
  const buttons = (message?.components ?? []).flatMap(
    (row) => (row as { components: { label?: string }[] }).components,
  );
  buttons.forEach((button, i) => process.stdout.write(`[${i + 1}] ${button.label ?? ''}\n`));
}

let last: StoredMessage | undefined;
let thread: string | undefined;

/** Waits for the bot's next channel message and prints it. */
async function showNext(from: number): Promise<void> {
  const [reply] = await standin.waitForBotMessages(from, 1, 120_000);
  if (!reply) return;
  last = reply;
  show({ message: reply, callbackTypes: [], ephemeral: false } as unknown as Outcome);
}
const lines = createInterface({ input: process.stdin });
lines.on('line', (raw) => {
  const line = raw.trim();
  void (async () => {
    try {
      if (line === 'quit') {
        lines.close();
        return;
      }
      if (line === 'drop') return standin.dropConnection();
      if (line === 'invalidate') return standin.invalidateSession();
      if (line === 'reconnect') return standin.requestReconnect();
      if (line === 'rejections')
        return void process.stdout.write(`${standin.takeRejections().join('\n') || '(none)'}\n`);
      if (line.startsWith('click ')) {
        const index = Number(line.slice(6)) - 1;
        const ids = (last?.components ?? []).flatMap((row) =>
          (row as { components: { custom_id: string }[] }).components.map((b) => b.custom_id),
        );
        const id = ids[index];
        if (!last || !id) return void process.stdout.write('no such button\n');
        const outcome = await standin.clickButton(last, id);
        last = outcome.message ?? last;
        return show(outcome);
      }
      if (line.startsWith('@ ')) {
        const from = standin.botMessages.length;
        const posted = standin.postMessage(line.slice(2), standin.defaultUser, { mentionBot: true });
        await showNext(from);
        thread = standin.threadFor(posted.id)?.id ?? thread;
        return;
      }
      if (line.startsWith('say ')) {
        if (!thread) return void process.stdout.write('no thread yet: ask with "@ question" first\n');
        const from = standin.botMessages.length;
        standin.postMessage(line.slice(4), standin.defaultUser, { channelId: thread });
        return showNext(from);
      }
      if (line.startsWith('menu ')) {
        const posted = standin.postMessage(line.slice(5), 'someone-else');
        return show(await standin.sendMessageCommand('Who knows this?', posted));
      }
      if (line.startsWith('? ')) {
        const [name = '', ...rest] = line.slice(2).split(' ');
        const options = parseOptions(rest.join(' '));
        const focused = Object.keys(options).at(-1) ?? '';
        const choices = await standin.sendAutocomplete(name, options, focused);
        return void process.stdout.write(`${choices.map((choice) => choice.name).join('\n') || '(no choices)'}\n`);
      }
      if (line.startsWith('/')) {
        const [name = '', ...rest] = line.slice(1).split(' ');
        const outcome = await standin.sendCommand(name, parseOptions(rest.join(' ')));
        if (outcome.message && !outcome.ephemeral) last = outcome.message;
        return show(outcome);
      }
      if (line) process.stdout.write('unknown input; see the comment at the top of cli.ts\n');
    } catch (error) {
      process.stdout.write(`${error instanceof Error ? error.message : String(error)}\n`);
    }
  })();
});
lines.on('close', () => void standin.close().then(() => process.exit(0)));
