import type { JsonObject } from './fake-discord-types.js';

/** An error answer of the emulated API: an HTTP status and Discord's `{code, message}` body. */
export class DiscordErrorAnswer {
  constructor(
    readonly status: number,
    readonly body: JsonObject,
  ) {}
}

type FieldError = { path: Array<string | number>; code: string; message: string };

/** Discord's error 50035 with the nested `errors` tree discord.js flattens into its message. */
export function invalidFormBody(fieldErrors: FieldError[]): DiscordErrorAnswer {
  const errors: JsonObject = {};
  for (const { path, code, message } of fieldErrors) {
    let node = errors;
    for (const key of path) {
      node[String(key)] ??= {};
      node = node[String(key)] as JsonObject;
    }
    node._errors ??= [];
    (node._errors as JsonObject[]).push({ code, message });
  }
  return new DiscordErrorAnswer(400, { message: 'Invalid Form Body', code: 50035, errors });
}

/** A Discord error answer with a JSON error code (10003 Unknown Channel, 30038, …). */
export function discordError(status: number, code: number, message: string): DiscordErrorAnswer {
  return new DiscordErrorAnswer(status, { message, code });
}

const asObject = (value: unknown): JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const textLength = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);

function maxLength(errors: FieldError[], path: Array<string | number>, value: unknown, max: number): void {
  if (textLength(value) > max) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
}

function embedErrors(embeds: unknown[]): FieldError[] {
  const errors: FieldError[] = [];
  if (embeds.length > 10) {
    errors.push({
      path: ['embeds'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: 'Must be 10 or fewer in length.',
    });
  }
  let total = 0;
  for (const [index, raw] of embeds.entries()) {
    const embed = asObject(raw);
    const at = (...rest: Array<string | number>) => ['embeds', index, ...rest];
    const footer = asObject(embed.footer);
    const author = asObject(embed.author);
    maxLength(errors, at('title'), embed.title, 256);
    maxLength(errors, at('description'), embed.description, 4096);
    maxLength(errors, at('footer', 'text'), footer.text, 2048);
    maxLength(errors, at('author', 'name'), author.name, 256);
    total += textLength(embed.title) + textLength(embed.description);
    total += textLength(footer.text) + textLength(author.name);
    const fields = asArray(embed.fields);
    if (fields.length > 25) {
      errors.push({
        path: at('fields'),
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 25 or fewer in length.',
      });
    }
    for (const [fieldIndex, rawField] of fields.entries()) {
      const field = asObject(rawField);
      for (const [key, max] of [
        ['name', 256],
        ['value', 1024],
      ] as const) {
        if (textLength(field[key]) === 0) {
          errors.push({
            path: at('fields', fieldIndex, key),
            code: 'BASE_TYPE_REQUIRED',
            message: 'This field is required',
          });
        }
        maxLength(errors, at('fields', fieldIndex, key), field[key], max);
      }
      total += textLength(field.name) + textLength(field.value);
    }
  }
  if (total > 6000) {
    errors.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: 'Embed size exceeds maximum size of 6000',
    });
  }
  return errors;
}

/** Discord's checks on a message create or edit: lengths, embed limits, no empty message. */
export function messageBodyError(
  body: JsonObject,
  fileCount: number,
  { creating }: { creating: boolean },
): DiscordErrorAnswer | null {
  const errors: FieldError[] = [];
  maxLength(errors, ['content'], body.content, 2000);
  errors.push(...embedErrors(asArray(body.embeds)));
  if (errors.length > 0) return invalidFormBody(errors);
  const empty =
    textLength(body.content) === 0 &&
    asArray(body.embeds).length === 0 &&
    asArray(body.components).length === 0 &&
    asArray(body.sticker_ids).length === 0 &&
    asArray(body.attachments).length === 0 &&
    body.poll === undefined &&
    fileCount === 0;
  if (creating && empty) return discordError(400, 50006, 'Cannot send an empty message');
  return null;
}

/** Locales Discord accepts in `name_localizations` (note: `fr`, never `fr-FR`). */
export const DISCORD_LOCALES = new Set([
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
]);

const COMMAND_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function nameErrors(
  errors: FieldError[],
  path: Array<string | number>,
  value: unknown,
  lowercase: boolean,
): void {
  const name = typeof value === 'string' ? value : '';
  if (!COMMAND_NAME.test(name) || (lowercase && name !== name.toLowerCase())) {
    errors.push({ path, code: 'APPLICATION_COMMAND_INVALID_NAME', message: `Command name is invalid` });
  }
}

function descriptionErrors(errors: FieldError[], path: Array<string | number>, value: unknown): void {
  const length = textLength(value);
  if (length < 1 || length > 100) {
    errors.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
  }
}

function localizationErrors(
  errors: FieldError[],
  path: Array<string | number>,
  value: unknown,
  check: (path: Array<string | number>, text: unknown) => void,
): void {
  if (value === undefined || value === null) return;
  for (const [locale, text] of Object.entries(asObject(value))) {
    if (!DISCORD_LOCALES.has(locale)) {
      errors.push({
        path: [...path, locale],
        code: 'ENUM_TYPE_COERCE',
        message: `Value "${locale}" is not a valid enum value.`,
      });
    } else {
      check([...path, locale], text);
    }
  }
}

function optionErrors(errors: FieldError[], path: Array<string | number>, options: unknown[]): void {
  if (options.length > 25) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
  }
  const seen = new Set<string>();
  let optionalSeen = false;
  for (const [index, raw] of options.entries()) {
    const option = asObject(raw);
    const at = [...path, index];
    nameErrors(errors, [...at, 'name'], option.name, true);
    descriptionErrors(errors, [...at, 'description'], option.description);
    localizationErrors(errors, [...at, 'name_localizations'], option.name_localizations, (p, t) =>
      nameErrors(errors, p, t, true),
    );
    localizationErrors(
      errors,
      [...at, 'description_localizations'],
      option.description_localizations,
      (p, t) => descriptionErrors(errors, p, t),
    );
    if (typeof option.name === 'string') {
      if (seen.has(option.name)) {
        errors.push({
          path: [...at, 'name'],
          code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          message: 'Option name already exists',
        });
      }
      seen.add(option.name);
    }
    const type = Number(option.type);
    if (!Number.isInteger(type) || type < 1 || type > 11) {
      errors.push({
        path: [...at, 'type'],
        code: 'BASE_TYPE_CHOICES',
        message: 'Value must be one of 1..11.',
      });
    }
    if (type === 1 || type === 2) {
      optionErrors(errors, [...at, 'options'], asArray(option.options));
      continue;
    }
    if (option.required === true && optionalSeen) {
      errors.push({
        path: [...at, 'required'],
        code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        message: 'Required options must be placed before non-required options',
      });
    }
    if (option.required !== true) optionalSeen = true;
    const choices = asArray(option.choices);
    if (choices.length > 25) {
      errors.push({
        path: [...at, 'choices'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: 'Must be 25 or fewer in length.',
      });
    }
    if (choices.length > 0 && option.autocomplete === true) {
      errors.push({
        path: [...at, 'autocomplete'],
        code: 'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_AND_CHOICES',
        message: 'Autocomplete cannot be set with choices',
      });
    }
    for (const [choiceIndex, choice] of choices.entries()) {
      const length = textLength(asObject(choice).name);
      if (length < 1 || length > 100) {
        errors.push({
          path: [...at, 'choices', choiceIndex, 'name'],
          code: 'BASE_TYPE_BAD_LENGTH',
          message: 'Must be between 1 and 100 in length.',
        });
      }
    }
  }
}

/** Discord's checks on application commands (bulk overwrite or create). */
export function commandListError(commands: unknown[]): DiscordErrorAnswer | null {
  const errors: FieldError[] = [];
  if (commands.length > 100) {
    errors.push({ path: [], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 100 or fewer in length.' });
  }
  const seen = new Set<string>();
  for (const [index, raw] of commands.entries()) {
    const command = asObject(raw);
    const chatInput = command.type === undefined || command.type === 1;
    nameErrors(errors, [index, 'name'], command.name, chatInput);
    if (chatInput) descriptionErrors(errors, [index, 'description'], command.description);
    localizationErrors(errors, [index, 'name_localizations'], command.name_localizations, (p, t) =>
      nameErrors(errors, p, t, chatInput),
    );
    localizationErrors(
      errors,
      [index, 'description_localizations'],
      command.description_localizations,
      (p, t) => descriptionErrors(errors, p, t),
    );
    optionErrors(errors, [index, 'options'], asArray(command.options));
    const key = `${command.type ?? 1}:${String(command.name)}`;
    if (seen.has(key)) {
      errors.push({
        path: [index, 'name'],
        code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
        message: `Application command names must be unique`,
      });
    }
    seen.add(key);
  }
  return errors.length > 0 ? invalidFormBody(errors) : null;
}

/** Discord's checks on a scheduled event, once a create or an edit is applied. */
export function scheduledEventError(
  event: JsonObject,
  { now, startChanged }: { now: number; startChanged: boolean },
): DiscordErrorAnswer | null {
  const errors: FieldError[] = [];
  const nameLength = textLength(event.name);
  if (nameLength < 1 || nameLength > 100) {
    errors.push({
      path: ['name'],
      code: 'BASE_TYPE_BAD_LENGTH',
      message: 'Must be between 1 and 100 in length.',
    });
  }
  maxLength(errors, ['description'], event.description, 1000);
  if (event.privacy_level !== 2) {
    errors.push({ path: ['privacy_level'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {2}.' });
  }
  const start = Date.parse(String(event.scheduled_start_time));
  const end = event.scheduled_end_time ? Date.parse(String(event.scheduled_end_time)) : null;
  if (Number.isNaN(start)) {
    errors.push({
      path: ['scheduled_start_time'],
      code: 'DATE_TIME_TYPE_PARSE',
      message: 'Could not parse the date and time.',
    });
  } else if (startChanged && start < now) {
    errors.push({
      path: ['scheduled_start_time'],
      code: 'GUILD_SCHEDULED_EVENT_SCHEDULED_START_TIME_IN_PAST',
      message: 'Cannot schedule event in the past.',
    });
  }
  if (end !== null && (Number.isNaN(end) || end <= start)) {
    errors.push({
      path: ['scheduled_end_time'],
      code: 'GUILD_SCHEDULED_EVENT_END_BEFORE_START',
      message: 'Cannot schedule event to end before starting.',
    });
  }
  const entityType = event.entity_type;
  if (entityType === 3) {
    const location = textLength(asObject(event.entity_metadata).location);
    if (location < 1 || location > 100) {
      errors.push({
        path: ['entity_metadata', 'location'],
        code: 'BASE_TYPE_BAD_LENGTH',
        message: 'Must be between 1 and 100 in length.',
      });
    }
    if (end === null) {
      errors.push({
        path: ['scheduled_end_time'],
        code: 'BASE_TYPE_REQUIRED',
        message: 'This field is required',
      });
    }
    if (event.channel_id) {
      errors.push({
        path: ['channel_id'],
        code: 'BASE_TYPE_NULL',
        message: 'Must be null for external events.',
      });
    }
  } else if (entityType === 1 || entityType === 2) {
    if (!event.channel_id) {
      errors.push({ path: ['channel_id'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    }
  } else {
    errors.push({
      path: ['entity_type'],
      code: 'BASE_TYPE_CHOICES',
      message: 'Value must be one of {1, 2, 3}.',
    });
  }
  return errors.length > 0 ? invalidFormBody(errors) : null;
}

const STATUS_TRANSITIONS: Record<number, number[]> = { 1: [1, 2, 4], 2: [2, 3] };

/** Scheduled → active or canceled, active → completed; anything else is refused. */
export function statusTransitionError(from: number, to: number): DiscordErrorAnswer | null {
  if (STATUS_TRANSITIONS[from]?.includes(to)) return null;
  return invalidFormBody([
    {
      path: ['status'],
      code: 'GUILD_SCHEDULED_EVENT_INVALID_STATUS_TRANSITION',
      message: 'Invalid status transition.',
    },
  ]);
}
