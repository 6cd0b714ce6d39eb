/**
 * Arguments of the developer scripts (`npm run eval`, `bench`, `profile-misses`): a mistyped option
 * ends in one line naming it and the usage, exit 2, like the user commands in src/cli, rather than
 * a stack trace from node:util.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function scriptArgs<T extends Options>(options: T, usage: string) {
  try {
    return parseArgs({ options, allowPositionals: false });
  } catch (error) {
    usageError((error as Error).message, usage);
  }
}

export function usageError(message: string, usage: string): never {
  console.error(`error: ${message}\n${usage}`);
  process.exit(2);
}
