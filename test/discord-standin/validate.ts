/**
 * Payload checks the stand-in applies, following Discord's API v10 documentation
 * (Message > Create Message, Embed Limits, Message Components, Interactions > Receiving and
 * Responding). Each failed check becomes a Discord-like "Invalid Form Body" error:
 *
 *   { "code": 50035, "message": "Invalid Form Body",
 *     "errors": { "embeds": { "0": { "description": { "_errors": [{ "code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 4096 or fewer in length." }] } } } } }
 *
 * One deliberate addition to Discord's rules: every message payload must carry `allowed_mentions`
 * (the project's safety rule), so a bot that forgets it fails loudly in tests.
 */

export interface FieldError {
  readonly code: string;
  readonly message: string;
}

/** Collects errors under JSON paths and renders them the way Discord nests them. */
export class FormErrors {
  private readonly tree: Record<string, unknown> = {};
  private count = 0;

  constructor(private readonly prefix: readonly (string | number)[] = []) {}

  add(path: readonly (string | number)[], code: string, message: string): void {
    let node = this.tree;
    for (const key of [...this.prefix, ...path]) {
      const next = (node[String(key)] ??= {}) as Record<string, unknown>;
      node = next;
    }
    ((node._errors ??= []) as FieldError[]).push({ code, message });
    this.count += 1;
  }

  get empty(): boolean {
    return this.count === 0;
  }

  /** Every error as `path: message`, for test failure output. */
  flatten(): string[] {
    const out: string[] = [];
    const walk = (node: Record<string, unknown>, path: string[]) => {
      for (const [key, value] of Object.entries(node)) {
        if (key === '_errors')
          for (const error of value as FieldError[]) out.push(`${path.join('.') || '(body)'}: ${error.message}`);
        else walk(value as Record<string, unknown>, [...path, key]);
      }
    };
    walk(this.tree, []);
    return out;
  }

  toBody(): { code: number; message: string; errors: Record<string, unknown> } {
    return { code: 50035, message: 'Invalid Form Body', errors: this.tree };
  }
}

// Deliberately not imported from src/discord/render.ts: the stand-in is the bot's independent
// check, so it keeps its own copy of Discord's documented limits. A typo in the bot's table must
// fail the tests, not pass them.
export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  rowComponents: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkString(
  errors: FormErrors,
  path: (string | number)[],
  value: unknown,
  { max, min = 0, required = false }: { max: number; min?: number; required?: boolean },
): number {
  if (value === undefined || value === null) {
    if (required) errors.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
    return 0;
  }
  if (typeof value !== 'string') {
    errors.add(path, 'BASE_TYPE_STRING', 'Must be a string.');
    return 0;
  }
  if (value.length > max) errors.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  if (value.length < min) errors.add(path, 'BASE_TYPE_MIN_LENGTH', `Must be ${min} or more in length.`);
  return value.length;
}

/** Characters counted towards the 6,000 total of one embed. */
export function embedLength(embed: Json): number {
  let total = 0;
  const add = (value: unknown) => {
    if (typeof value === 'string') total += value.length;
  };
  add(embed.title);
  add(embed.description);
  if (isObject(embed.footer)) add(embed.footer.text);
  if (isObject(embed.author)) add(embed.author.name);
  if (Array.isArray(embed.fields))
    for (const field of embed.fields) if (isObject(field)) add(field.name), add(field.value);
  return total;
}

function checkEmbeds(errors: FormErrors, embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    errors.add(['embeds'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if (embeds.length > LIMITS.embeds)
    errors.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.embeds} or fewer in length.`);
  let total = 0;
  embeds.forEach((embed, i) => {
    if (!isObject(embed)) {
      errors.add(['embeds', i], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    checkString(errors, ['embeds', i, 'title'], embed.title, { max: LIMITS.title });
    checkString(errors, ['embeds', i, 'description'], embed.description, { max: LIMITS.description });
    if (embed.footer !== undefined) {
      if (!isObject(embed.footer))
        errors.add(['embeds', i, 'footer'], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      else
        checkString(errors, ['embeds', i, 'footer', 'text'], embed.footer.text, {
          max: LIMITS.footer,
          min: 1,
          required: true,
        });
    }
    if (embed.author !== undefined) {
      if (!isObject(embed.author))
        errors.add(['embeds', i, 'author'], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      else
        checkString(errors, ['embeds', i, 'author', 'name'], embed.author.name, {
          max: LIMITS.authorName,
          min: 1,
          required: true,
        });
    }
    if (embed.fields !== undefined) {
      if (!Array.isArray(embed.fields)) errors.add(['embeds', i, 'fields'], 'BASE_TYPE_ARRAY', 'Must be an array.');
      else {
        if (embed.fields.length > LIMITS.fields) {
          errors.add(['embeds', i, 'fields'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.fields} or fewer in length.`);
        }
        embed.fields.forEach((field, j) => {
          if (!isObject(field)) {
            errors.add(
              ['embeds', i, 'fields', j],
              'MODEL_TYPE_CONVERT',
              'Only dictionaries may be used in a ModelType',
            );
            return;
          }
          checkString(errors, ['embeds', i, 'fields', j, 'name'], field.name, {
            max: LIMITS.fieldName,
            min: 1,
            required: true,
          });
          checkString(errors, ['embeds', i, 'fields', j, 'value'], field.value, {
            max: LIMITS.fieldValue,
            min: 1,
            required: true,
          });
        });
      }
    }
    if (embed.color !== undefined && (typeof embed.color !== 'number' || embed.color < 0 || embed.color > 0xffffff)) {
      errors.add(['embeds', i, 'color'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 16777215.');
    }
    total += embedLength(embed);
  });
  if (total > LIMITS.embedTotal) {
    errors.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${LIMITS.embedTotal}`);
  }
}

function checkComponents(errors: FormErrors, components: unknown): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    errors.add(['components'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if (components.length > LIMITS.actionRows) {
    errors.add(['components'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.actionRows} or fewer in length.`);
  }
  const seen = new Set<string>();
  components.forEach((row, i) => {
    if (!isObject(row) || row.type !== 1) {
      errors.add(
        ['components', i, 'type'],
        'COMPONENT_LAYOUT_INVALID',
        'Top-level components must be action rows (type 1).',
      );
      return;
    }
    if (!Array.isArray(row.components) || row.components.length < 1 || row.components.length > LIMITS.rowComponents) {
      errors.add(
        ['components', i, 'components'],
        'BASE_TYPE_BAD_LENGTH',
        `Must be between 1 and ${LIMITS.rowComponents} in length.`,
      );
      return;
    }
    row.components.forEach((button, j) => {
      const path = ['components', i, 'components', j];
      if (!isObject(button) || button.type !== 2) {
        errors.add(
          [...path, 'type'],
          'COMPONENT_TYPE_INVALID',
          'The stand-in only knows buttons (type 2) inside action rows.',
        );
        return;
      }
      const style = button.style;
      if (typeof style !== 'number' || style < 1 || style > 6)
        errors.add([...path, 'style'], 'BUTTON_STYLE_INVALID', 'Invalid button style.');
      checkString(errors, [...path, 'label'], button.label, { max: LIMITS.buttonLabel });
      if (button.label === undefined && button.emoji === undefined) {
        errors.add([...path, 'label'], 'BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED', 'A label or an emoji is required.');
      }
      if (style === 5) {
        if (typeof button.url !== 'string')
          errors.add([...path, 'url'], 'BASE_TYPE_REQUIRED', 'This field is required');
        if (button.custom_id !== undefined)
          errors.add(
            [...path, 'custom_id'],
            'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED',
            'A link button cannot have a custom_id.',
          );
      } else if (style !== 6) {
        checkString(errors, [...path, 'custom_id'], button.custom_id, { max: LIMITS.customId, min: 1, required: true });
        if (typeof button.custom_id === 'string') {
          if (seen.has(button.custom_id))
            errors.add(
              [...path, 'custom_id'],
              'COMPONENT_CUSTOM_ID_DUPLICATED',
              'Component custom id cannot be duplicated',
            );
          seen.add(button.custom_id);
        }
      }
    });
  });
}

function checkAllowedMentions(errors: FormErrors, allowed: unknown): void {
  if (allowed === undefined || allowed === null) {
    errors.add(
      ['allowed_mentions'],
      'BASE_TYPE_REQUIRED',
      'This field is required (the stand-in requires allowed_mentions on every message payload).',
    );
    return;
  }
  if (!isObject(allowed)) {
    errors.add(['allowed_mentions'], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return;
  }
  const parse = allowed.parse;
  if (parse !== undefined) {
    if (!Array.isArray(parse) || parse.some((kind) => !['roles', 'users', 'everyone'].includes(String(kind)))) {
      errors.add(
        ['allowed_mentions', 'parse'],
        'BASE_TYPE_CHOICES',
        'Value must be one of {"roles", "users", "everyone"}.',
      );
    }
  }
  for (const key of ['roles', 'users'] as const) {
    const list = allowed[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length > 100)
      errors.add(['allowed_mentions', key], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
    if (Array.isArray(parse) && parse.includes(key) && Array.isArray(list) && list.length > 0) {
      errors.add(
        ['allowed_mentions', key],
        'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
        `parse:["${key}"] and ${key}: [ids...] are mutually exclusive.`,
      );
    }
  }
}

const KNOWN_FLAGS = 4 /* SUPPRESS_EMBEDS */ | 64 /* EPHEMERAL */ | 4096 /* SUPPRESS_NOTIFICATIONS */;

/**
 * Checks a message body (create or edit). `prefix` places errors under e.g. `data` for callbacks.
 * For edits (`partial`) only the fields present are checked; emptiness is checked on the result.
 */
export function validateMessage(
  body: unknown,
  options: { partial: boolean; prefix?: (string | number)[] },
): FormErrors {
  const errors = new FormErrors(options.prefix ?? []);
  if (!isObject(body)) {
    errors.add([], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return errors;
  }
  checkAllowedMentions(errors, body.allowed_mentions);
  checkString(errors, ['content'], body.content, { max: LIMITS.content });
  checkEmbeds(errors, body.embeds);
  checkComponents(errors, body.components);
  if (body.flags !== undefined && body.flags !== null) {
    if (typeof body.flags !== 'number' || (body.flags & ~KNOWN_FLAGS) !== 0) {
      errors.add(
        ['flags'],
        'MESSAGE_FLAGS_INVALID',
        'The stand-in accepts only SUPPRESS_EMBEDS, EPHEMERAL and SUPPRESS_NOTIFICATIONS.',
      );
    }
  }
  return errors;
}

/** True when a message would show nothing (Discord: 50006 "Cannot send an empty message"). */
export function isEmptyMessage(message: { content?: unknown; embeds?: unknown; components?: unknown }): boolean {
  const hasContent = typeof message.content === 'string' && message.content.trim().length > 0;
  const hasEmbeds = Array.isArray(message.embeds) && message.embeds.length > 0;
  const hasComponents = Array.isArray(message.components) && message.components.length > 0;
  return !hasContent && !hasEmbeds && !hasComponents;
}

/** Autocomplete result (callback type 8) choices. */
export function validateChoices(data: unknown): FormErrors {
  const errors = new FormErrors(['data']);
  if (!isObject(data) || !Array.isArray(data.choices)) {
    errors.add(['choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
    return errors;
  }
  if (data.choices.length > LIMITS.choices)
    errors.add(['choices'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.choices} or fewer in length.`);
  data.choices.forEach((choice, i) => {
    if (!isObject(choice)) {
      errors.add(['choices', i], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    checkString(errors, ['choices', i, 'name'], choice.name, { max: LIMITS.choiceName, min: 1, required: true });
    if (typeof choice.value === 'string')
      checkString(errors, ['choices', i, 'value'], choice.value, { max: LIMITS.choiceValue });
    else if (typeof choice.value !== 'number')
      errors.add(['choices', i, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
  });
  return errors;
}

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
const MENU_NAME = /^(?=.{1,32}$)[\p{L}\p{N}\p{P}]+(?: [\p{L}\p{N}\p{P}]+)*$/u;

/** Application command definitions for bulk overwrite (PUT .../commands). */
export function validateCommands(body: unknown): FormErrors {
  const errors = new FormErrors();
  if (!Array.isArray(body)) {
    errors.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return errors;
  }
  if (body.length > 100) errors.add([], 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  const names = new Set<string>();
  body.forEach((command, i) => {
    if (!isObject(command)) {
      errors.add([i], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    const type = command.type ?? 1;
    if (![1, 2, 3].includes(type as number))
      errors.add([i, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3}.');
    // USER (2) and MESSAGE (3) commands may be mixed case and include spaces; no description, no options.
    const nameRule = type === 1 ? NAME : MENU_NAME;
    if (type !== 1) {
      if (command.description !== undefined && command.description !== '')
        errors.add(
          [i, 'description'],
          'APPLICATION_COMMAND_INVALID_DESCRIPTION',
          'Context menu commands cannot have a description',
        );
      if (Array.isArray(command.options) && command.options.length > 0)
        errors.add([i, 'options'], 'APPLICATION_COMMAND_INVALID_OPTIONS', 'Context menu commands cannot have options');
    }
    if (
      typeof command.name !== 'string' ||
      !nameRule.test(command.name) ||
      (type === 1 && command.name !== command.name.toLowerCase())
    ) {
      errors.add([i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    } else if (names.has(`${type}:${command.name}`)) {
      errors.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    } else names.add(`${type}:${command.name}`);
    if (type === 1) checkString(errors, [i, 'description'], command.description, { max: 100, min: 1, required: true });
    // contexts: 0 guild, 1 bot DM, 2 private channel; integration_types: 0 guild install, 1 user install.
    for (const [key, allowed] of [
      ['contexts', [0, 1, 2]],
      ['integration_types', [0, 1]],
    ] as const) {
      const value = command[key];
      if (value === undefined || value === null) continue;
      if (
        !Array.isArray(value) ||
        value.length === 0 ||
        value.some((v) => !(allowed as readonly unknown[]).includes(v))
      ) {
        errors.add([i, key], 'BASE_TYPE_CHOICES', `Value must be a non-empty list of ${allowed.join(', ')}.`);
      }
    }
    const options = command.options;
    if (options === undefined) return;
    if (!Array.isArray(options) || options.length > 25) {
      errors.add([i, 'options'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      return;
    }
    let optionalSeen = false;
    options.forEach((option, j) => {
      const path = [i, 'options', j];
      if (!isObject(option)) {
        errors.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
        return;
      }
      if (typeof option.name !== 'string' || !NAME.test(option.name) || option.name !== option.name.toLowerCase()) {
        errors.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
      }
      checkString(errors, [...path, 'description'], option.description, { max: 100, min: 1, required: true });
      if (option.required === true && optionalSeen) {
        errors.add(
          [...path, 'required'],
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
      }
      if (option.required !== true) optionalSeen = true;
      for (const key of ['max_length', 'min_length'] as const) {
        const value = option[key];
        if (value === undefined) continue;
        const min = key === 'max_length' ? 1 : 0;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > 6000) {
          errors.add([...path, key], 'NUMBER_TYPE_MAX', `int value should be between ${min} and 6000.`);
        }
      }
      if (option.autocomplete === true && Array.isArray(option.choices) && option.choices.length > 0) {
        errors.add(
          [...path, 'autocomplete'],
          'APPLICATION_COMMAND_AUTOCOMPLETE_INVALID_CHOICES',
          'Autocomplete cannot be enabled with choices',
        );
      }
    });
  });
  return errors;
}
