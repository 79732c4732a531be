/**
 * Minimised failures of the fuzz properties, kept as JSON fixtures in
 * `test/fixtures/fuzz/` and replayed by the test suite. Arguments are stored
 * with tags for what JSON cannot hold: bytes, `undefined`, non-finite
 * numbers and negative zero. Keys such as `__proto__` stay own keys both ways.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Folder of the fixtures. */
export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/fuzz/', import.meta.url));

/** One kept failure. */
export interface FuzzFixture {
  /** The property that failed. */
  property: string;
  /** What the check said when it failed (at the time it was found). */
  failure: string;
  /** The seed and path that reproduce it with fast-check. */
  seed: number;
  path: string;
  /** The shrunk arguments. */
  args: unknown[];
}

function encode(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('hex') };
  if (value === undefined) return { $undefined: true };
  if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) return { $number: String(value === 0 ? '-0' : value) };
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  return value;
}

function decode(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const tagged = value as Record<string, unknown>;
  const keys = Object.keys(tagged);
  if (keys.length !== 1) return value;
  if (typeof tagged['$bytes'] === 'string') return Uint8Array.from(Buffer.from(tagged['$bytes'], 'hex'));
  if (tagged['$undefined'] === true) return undefined;
  if (typeof tagged['$number'] === 'string') return tagged['$number'] === '-0' ? -0 : Number(tagged['$number']);
  if (typeof tagged['$bigint'] === 'string') return BigInt(tagged['$bigint']);
  return value;
}

/** Serialises arguments; `undefined` inside arrays and objects is kept. */
export function serializeArgs(args: readonly unknown[]): string {
  // JSON.stringify drops undefined object values before a replacer sees them; tag them first.
  const tag = (value: unknown): unknown => {
    if (value instanceof Uint8Array || typeof value !== 'object' || value === null) return encode('', value);
    if (Array.isArray(value)) return value.map(tag);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: tag((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
    return out;
  };
  return JSON.stringify(args.map(tag), null, 2);
}

/** Reads serialised arguments back. */
export function deserializeArgs(json: string): unknown[] {
  return JSON.parse(json, decode) as unknown[];
}

/** Writes a failure as `<property>-<seed>.json`; returns the file path. */
export function saveFixture(fixture: FuzzFixture): string {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const file = join(FIXTURE_DIR, `${fixture.property}-${fixture.seed >>> 0}.json`);
  const body = `{\n  "property": ${JSON.stringify(fixture.property)},\n  "failure": ${JSON.stringify(fixture.failure)},\n  "seed": ${fixture.seed},\n  "path": ${JSON.stringify(fixture.path)},\n  "args": ${serializeArgs(fixture.args).replace(/\n/g, '\n  ')}\n}\n`;
  writeFileSync(file, body);
  return file;
}

/** Every kept failure, by file name. */
export function loadFixtures(): Array<{ file: string; fixture: FuzzFixture }> {
  let files: string[];
  try {
    files = readdirSync(FIXTURE_DIR).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const raw = JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as Omit<FuzzFixture, 'args'> & { args: unknown };
    return { file, fixture: { ...raw, args: deserializeArgs(JSON.stringify(raw.args)) } };
  });
}
