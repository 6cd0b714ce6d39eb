/**
 * Every setting, read once from the environment (and `.env` via dotenv), validated and typed.
 * `.env.example` documents each one; keep the two in step.
 */
import { config as loadDotenv } from 'dotenv';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createError } from './errors.js';
import { LOG_LEVELS, type LogLevel } from './log.js';

/** How passages are searched: BM25 and vectors fused, or either alone. A setting, so it lives here. */
export const RETRIEVAL_MODES = ['hybrid', 'lexical', 'dense'] as const;
export type RetrievalMode = (typeof RETRIEVAL_MODES)[number];

/**
 * The project root: paths in answers (`source`) are relative to it. The nearest folder above this
 * file holding package.json, so the compiled copy (dist/src/config.js) finds the same root.
 */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '..');
  }
}

export const DEFAULT_MODEL = 'Xenova/all-MiniLM-L6-v2';

export interface Config {
  readonly projectRoot: string;
  /** Folder of profile files (.md, .txt), searched recursively. */
  readonly corpusDir: string;
  /** Where the built index lives (the `index/` folder inside it is swapped whole on rebuild). */
  readonly dataDir: string;
  readonly modelName: string;
  /** Local models folder (`<dir>/<org>/<model>/...`); when set, loading never touches the network. */
  readonly modelsDir: string | undefined;
  /** Where downloaded models are cached when no local folder is set. */
  readonly modelCacheDir: string;
  /** Give up loading (or downloading) the model after this long and answer lexically. */
  readonly modelLoadTimeoutMs: number;
  /** Set to false to skip the model entirely (lexical retrieval only). */
  readonly useModel: boolean;
  readonly maxQuestionChars: number;
  /** Read by log.ts from the environment; validated here with every other setting. */
  readonly logLevel: LogLevel;
  readonly retrieval: {
    readonly mode: RetrievalMode;
    /** Cosine similarity at which a passage found by meaning alone counts as evidence. */
    readonly denseMinSimilarity: number;
    /** Widen question words with WordNet synonyms and derived forms (off: it cost honest "nobody"s when measured). */
    readonly wordnet: boolean;
  };
  readonly discord: {
    readonly token: string | undefined;
    readonly applicationId: string | undefined;
    readonly guildId: string | undefined;
    /** Discord's REST base; tests point it at a loopback stand-in. */
    readonly apiBase: string;
    readonly cooldownSeconds: number;
    /**
     * Ask Discord for the privileged Message Content intent (switch it on in the Developer Portal
     * first), so follow-ups in the bot's threads need no mention. Off: follow-ups mention the bot.
     */
    readonly messageContent: boolean;
  };
  /** Who may use the bot, and how answers are shown and recorded (Discord only). */
  readonly access: AccessConfig;
  /** On SIGTERM/SIGINT, how long answers in progress may take before the bot disconnects anyway. */
  readonly shutdownGraceMs: number;
  /** feedback.jsonl is renamed to feedback.jsonl.1 before a vote would take it past this size. */
  readonly feedbackMaxBytes: number;
  /** An OpenAI-compatible server that words answers from their citations; undefined (the default): off. */
  readonly llm: LlmConfig | undefined;
  /** What reading one profile file may cost; a file past a limit is skipped with a warning. */
  readonly reading: ReadingConfig;
}

/** Limits for reading one parsed file (PDF, DOCX, JSON Resume, LaTeX, HTML), which runs in its own thread. */
export interface ReadingConfig {
  /** Wall-clock time one file may take, in ms. */
  readonly timeoutMs: number;
  /** Memory one file may use while it is read, in MB. */
  readonly memoryMb: number;
  /** Bytes a DOCX or PDF may decompress to in total, in MB. */
  readonly inflatedMb: number;
}

export interface LlmConfig {
  /** The server's `/v1` base, e.g. `http://localhost:11434/v1` for Ollama. */
  readonly baseUrl: string;
  readonly model: string;
  /** Sent as the bearer token; never logged. Local servers need none. */
  readonly apiKey: string | undefined;
  /** The whole reply, streamed or not, must arrive within this; later, the extractive answer is shown. */
  readonly timeoutMs: number;
  readonly maxTokens: number;
}

export interface AccessConfig {
  /** Answer in DMs and group DMs too (commands are registered for servers only otherwise). */
  readonly allowDms: boolean;
  /** Servers the bot answers in and stays in; empty: every server. DISCORD_GUILD_ID is always included. */
  readonly allowedGuildIds: readonly string[];
  /** A member needs one of these roles; empty: no role needed. */
  readonly allowedRoleIds: readonly string[];
  /** Commands are answered only in these channels (and threads under them); empty: any channel. */
  readonly allowedChannelIds: readonly string[];
  /** Answers are visible only to the asker unless they pass `private:false`. */
  readonly privateByDefault: boolean;
  /** One JSON line per answered command in the log stream. */
  readonly auditLog: boolean;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw createError('CONFIG_INVALID', name, `expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw createError('CONFIG_INVALID', name, `expected true or false, got "${raw}"`);
}

function fraction(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < -1 || value > 1)
    throw createError('CONFIG_INVALID', name, `expected a number from -1 to 1, got "${raw}"`);
  return value;
}

function choice<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw))
    throw createError('CONFIG_INVALID', name, `expected one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function optional(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

/** A comma-separated list of Discord ids (snowflakes: 17 to 20 digits). */
function idList(env: NodeJS.ProcessEnv, name: string): string[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const bad = ids.find((id) => !/^\d{17,20}$/.test(id));
  if (bad !== undefined)
    throw createError(
      'CONFIG_INVALID',
      name,
      `expected Discord ids (17 to 20 digits) separated by commas, got "${bad}"`,
    );
  return [...new Set(ids)];
}

function resolvePath(root: string, value: string): string {
  return path.resolve(root, value);
}

/**
 * Reads the configuration. `env` defaults to `process.env` after loading `.env`; tests pass their own.
 */
export function loadConfig(env: NodeJS.ProcessEnv = loadEnvironment()): Config {
  const root = env.WHOKNOWS_ROOT ? path.resolve(env.WHOKNOWS_ROOT) : PROJECT_ROOT;
  const modelsDir = optional(env, 'MODELS_DIR');
  return {
    projectRoot: root,
    corpusDir: resolvePath(root, optional(env, 'CORPUS_DIR') ?? 'corpus'),
    dataDir: resolvePath(root, optional(env, 'DATA_DIR') ?? 'data'),
    modelName: optional(env, 'MODEL_NAME') ?? DEFAULT_MODEL,
    modelsDir: modelsDir ? resolvePath(root, modelsDir) : undefined,
    modelCacheDir: resolvePath(root, optional(env, 'MODEL_CACHE_DIR') ?? '.cache/models'),
    modelLoadTimeoutMs: integer(env, 'MODEL_LOAD_TIMEOUT_MS', 20_000, 100, 600_000),
    useModel: boolean(env, 'USE_MODEL', true),
    maxQuestionChars: integer(env, 'MAX_QUESTION_CHARS', 500, 10, 4000),
    logLevel: choice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    retrieval: {
      mode: choice(env, 'RETRIEVAL_MODE', RETRIEVAL_MODES, 'hybrid'),
      denseMinSimilarity: fraction(env, 'DENSE_MIN_SIMILARITY', 0.5),
      wordnet: boolean(env, 'WORDNET_EXPANSION', false),
    },
    discord: {
      token: optional(env, 'DISCORD_TOKEN'),
      applicationId: optional(env, 'DISCORD_APPLICATION_ID'),
      guildId: optional(env, 'DISCORD_GUILD_ID'),
      apiBase: optional(env, 'DISCORD_API_BASE') ?? 'https://discord.com/api',
      cooldownSeconds: integer(env, 'COOLDOWN_SECONDS', 3, 0, 3600),
      messageContent: boolean(env, 'MESSAGE_CONTENT_INTENT', false),
    },
    access: accessConfig(env),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 5000, 0, 60_000),
    // About 30,000 votes; the rotated copy keeps as many again.
    feedbackMaxBytes: integer(env, 'FEEDBACK_MAX_BYTES', 10 * 1024 * 1024, 4096, 2 ** 40),
    reading: {
      timeoutMs: integer(env, 'READ_TIMEOUT_MS', 20_000, 100, 600_000),
      memoryMb: integer(env, 'READ_MEMORY_MB', 512, 64, 16_384),
      inflatedMb: integer(env, 'READ_INFLATED_MB', 200, 1, 16_384),
    },
    llm: llmConfig(env),
  };
}

/** Off unless LLM_BASE_URL is set; then LLM_MODEL is required (a server serves several models). */
function llmConfig(env: NodeJS.ProcessEnv): LlmConfig | undefined {
  const baseUrl = optional(env, 'LLM_BASE_URL');
  const timeoutMs = integer(env, 'LLM_TIMEOUT_MS', 30_000, 100, 600_000);
  const maxTokens = integer(env, 'LLM_MAX_TOKENS', 400, 16, 32_000);
  if (!baseUrl) return undefined;
  if (!/^https?:\/\/[^\s/]+/i.test(baseUrl)) {
    throw createError('CONFIG_INVALID', 'LLM_BASE_URL', `expected an http(s) URL ending in /v1, got "${baseUrl}"`);
  }
  const model = optional(env, 'LLM_MODEL');
  if (!model) throw createError('CONFIG_INVALID', 'LLM_MODEL', 'expected a model name, since LLM_BASE_URL is set');
  return { baseUrl: baseUrl.replace(/\/+$/, ''), model, apiKey: optional(env, 'LLM_API_KEY'), timeoutMs, maxTokens };
}

function accessConfig(env: NodeJS.ProcessEnv): AccessConfig {
  const guildId = optional(env, 'DISCORD_GUILD_ID');
  const allowedGuildIds = idList(env, 'ALLOWED_GUILD_IDS');
  // The development server is allowed implicitly, but only when a list restricts servers at all.
  if (guildId && allowedGuildIds.length > 0 && !allowedGuildIds.includes(guildId)) allowedGuildIds.push(guildId);
  return {
    allowDms: boolean(env, 'ALLOW_DMS', false),
    allowedGuildIds,
    allowedRoleIds: idList(env, 'ALLOWED_ROLE_IDS'),
    allowedChannelIds: idList(env, 'ALLOWED_CHANNEL_IDS'),
    privateByDefault: boolean(env, 'PRIVATE_BY_DEFAULT', false),
    auditLog: boolean(env, 'AUDIT_LOG', true),
  };
}

let loaded = false;
function loadEnvironment(): NodeJS.ProcessEnv {
  if (!loaded) {
    // quiet: dotenv would otherwise print a banner to stdout and break `--json` output.
    loadDotenv({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });
    loaded = true;
  }
  return process.env;
}
