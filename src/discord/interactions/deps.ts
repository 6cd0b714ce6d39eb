/** What the interaction handlers share: settings, the answerer, the stores, and the command lists. */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Config } from '../../config.js';
import type { FeedbackLog } from '../../feedback/feedbackLog.js';
import type { AnswerWriter } from '../../llm/writer.js';
import type { Command, CommandContext, MenuCommand } from '../command.js';
import type { Cooldown } from '../cooldown.js';
import type { AnswererSource } from '../liveAnswerer.js';
import type { PageStore } from '../pageStore.js';
import type { Visibility } from '../replyTo.js';

export interface InteractionDeps {
  readonly config: Config;
  readonly feedback: FeedbackLog;
  readonly answerers: AnswererSource;
  readonly commands: readonly Command[];
  readonly menus?: readonly MenuCommand[];
  readonly cooldown: Cooldown;
  readonly pages: PageStore;
  readonly writer?: AnswerWriter;
}

export interface Registered {
  readonly command: Command;
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/** The deps with the command lists looked up by name, built once per bot. */
export interface Routes {
  readonly deps: InteractionDeps;
  readonly registry: ReadonlyMap<string, Registered>;
  /** `/ask, /who-knows, …`: named when an unknown command arrives. */
  readonly known: string;
  readonly menus: ReadonlyMap<string, MenuCommand>;
}

export function routesFor(deps: InteractionDeps): Routes {
  const registry = new Map<string, Registered>();
  for (const command of deps.commands) {
    const definition = command.data(deps.config).toJSON();
    registry.set(definition.name, { command, definition });
  }
  const known = [...registry.keys()].map((name) => `/${name}`).join(', ');
  const menus = new Map((deps.menus ?? []).map((menu) => [menu.data(deps.config).name, menu]));
  return { deps, registry, known, menus };
}

/** The context a command runs with; the Answerer is taken now and kept to the end. */
export function contextFor(deps: InteractionDeps, visibility: Visibility): CommandContext {
  const { config, pages, writer } = deps;
  return { answerer: deps.answerers.current(), config, pages, visibility, writer };
}
