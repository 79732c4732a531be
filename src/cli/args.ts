/**
 * Command-line parsing on top of `node:util`'s `parseArgs`, with its errors
 * turned into usage errors and the few value checks every command shares.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `args` strictly (unknown options are errors); positionals are allowed. */
export function parseCommandLine<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error));
  }
}

/** A short sentence from `parseArgs`'s error, without its advice about `--`. */
function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const option = /'([^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `unknown option '${option}'`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    return message.includes('argument missing') ? `option '${option}' needs a value` : `option '${option}' takes no value`;
  }
  return message.split('. ')[0] ?? message;
}

/** Checks that `value` is one of `allowed`; names the option in the error. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value '${value}' for ${option}; allowed: ${allowed.join(', ')}`);
}

/** Reads a positive integer option such as `--jobs 4`. */
export function positiveInteger(value: string, option: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw new UsageError(`invalid value '${value}' for ${option}; expected a whole number of 1 or more`);
  }
  return number;
}

/** `presentationForms` → `--presentation-forms`. */
export function flagOf(name: string): string {
  let flag = '--';
  for (const character of name) flag += character >= 'A' && character <= 'Z' ? `-${character.toLowerCase()}` : character;
  return flag;
}
