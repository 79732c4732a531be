/**
 * Command-line parsing on top of `node:util`'s `parseArgs`, with its errors
 * turned into usage errors (with a "did you mean" for a misspelt flag) and
 * the few value checks every command shares.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { nearestName } from '../diagnostics/nearest-name';
import { UsageError } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses `args` strictly: unknown options are errors, and so is an option that
 * takes a value given twice (unless it is `multiple`); positionals are allowed.
 * A negative number after an option that takes a value is that value
 * (`--jobs -1`), so that the value check can say what is wrong with it.
 */
export function parseCommandLine<T extends Options>(args: string[], options: T) {
  refuseSingleDashLongOptions(args, options);
  let parsed;
  try {
    parsed = parseArgs({ args: attachNegativeNumbers(args, options), options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, options));
  }
  refuseRepeatedValues(parsed.tokens, options);
  return parsed;
}

/** Index of `--`, after which every argument is a positional; the length when there is none. */
function endOfOptions(args: readonly string[]): number {
  const end = args.indexOf('--');
  return end < 0 ? args.length : end;
}

/** The long name of `arg` when it is `--name` or the short flag of an option taking a value. */
function valuedOptionName(arg: string, options: Options): string | undefined {
  if (arg.startsWith('--')) {
    const name = arg.slice(2);
    return options[name]?.type === 'string' ? name : undefined;
  }
  if (arg.length !== 2 || arg[0] !== '-') return undefined;
  return Object.keys(options).find((name) => options[name]!.short === arg[1] && options[name]!.type === 'string');
}

/** `--jobs -1` → `--jobs=-1`: parseArgs would take `-1` for an option and call the value missing. */
function attachNegativeNumbers(args: readonly string[], options: Options): string[] {
  const result: string[] = [];
  const end = endOfOptions(args);
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const next = args[index + 1];
    const name = index + 1 < end ? valuedOptionName(arg, options) : undefined;
    if (name !== undefined && next !== undefined && /^-\.?\d/.test(next)) {
      result.push(`--${name}=${next}`);
      index++;
    } else result.push(arg);
  }
  return result;
}

/**
 * `-format json` would read as `-f ormat` and give a puzzling message about
 * the value 'ormat'; a single dash before a (near) long name is refused instead.
 */
function refuseSingleDashLongOptions(args: readonly string[], options: Options): void {
  const names = Object.keys(options);
  for (const arg of args.slice(0, endOfOptions(args))) {
    if (arg.length < 4 || arg[0] !== '-' || arg[1] === '-') continue;
    const meant = nearestName(arg.slice(1).split('=')[0]!, names);
    if (meant !== undefined) throw new UsageError(`unknown option '${arg}' (did you mean --${meant}?)`);
  }
}

/** parseArgs keeps the last of repeated values silently; a second value is more likely a slip. */
function refuseRepeatedValues(tokens: ReadonlyArray<{ kind: string; name?: string; value?: string | undefined }>, options: Options): void {
  const seen = new Map<string, string | undefined>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const option = options[token.name];
    if (option?.type !== 'string' || option.multiple) continue;
    if (seen.has(token.name)) {
      const values = `'${seen.get(token.name)}', then '${token.value}'`;
      throw new UsageError(`option '--${token.name}' is given more than once (${values}); give it once`);
    }
    seen.set(token.name, token.value);
  }
}

/** A short sentence from `parseArgs`'s error, without its advice about `--`. */
function usageMessage(error: unknown, options: Options): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const option = /'([^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
    const meant = option.startsWith('--') ? nearestName(option.slice(2), Object.keys(options)) : undefined;
    return `unknown option '${option}'${meant === undefined ? '' : ` (did you mean --${meant}?)`}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    const long = option.split(', ').pop()!.split(' ')[0]!;
    if (message.includes('ambiguous')) {
      return `option '${long}' needs a value (to give one that starts with '-', write ${long}=VALUE)`;
    }
    return message.includes('argument missing') ? `option '${long}' needs a value` : `option '${long}' takes no value`;
  }
  return message.split('. ')[0] ?? message;
}

/** Checks that `value` is one of `allowed`; names the option, and the nearest allowed value, in the error. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const meant = nearestName(value, allowed);
  const hint = meant === undefined ? '' : ` (did you mean ${meant}?)`;
  throw new UsageError(`invalid value '${value}' for ${option}${hint}; allowed: ${allowed.join(', ')}`);
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

const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1 << 10, kib: 1 << 10, m: 1 << 20, mib: 1 << 20, g: 1 << 30, gib: 1 << 30 };

/** Reads a size such as `--max-bytes 64MiB`: bytes, or a whole number of K, M or G (KiB, MiB, GiB: powers of 1,024). */
export function byteSize(value: string, option: string): number {
  const match = /^(\d{1,15})\s?([a-z]{0,3})$/i.exec(value);
  const unit = match ? BYTE_UNITS[match[2]!.toLowerCase()] : undefined;
  const bytes = match && unit !== undefined ? Number(match[1]) * unit : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new UsageError(`invalid value '${value}' for ${option}; expected a size such as 1048576, 512K, 64M or 1G (1 or more bytes)`);
  }
  return bytes;
}
