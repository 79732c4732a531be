/**
 * The incremental normaliser on one line it must hold, or could hold, whole:
 * each shape of {@link HELD_LINES} at 1, 2, 4 … MB (UTF-16 units, one line,
 * no line break), fed in 64 Ki-unit pieces. For each preset the table prints
 * the CPU time at each size, the ratio of each doubling (2 for linear work)
 * and the most units held back at once. With `--gb N` it instead runs one
 * shape once on a line of N GiB of UTF-16 (generated piece by piece, never
 * whole in memory) and prints the peak RSS and array buffers seen between
 * pieces, which is the stream's own memory: the input is never held.
 *
 * Run alone: `npx tsx bench/stream-lines.ts [--max-mb 16] [--only search]`
 * or `node --import tsx bench/stream-lines.ts --gb 1 --preset search --shape digits`.
 */
import { parseArgs } from 'node:util';
import { createIncrementalNormalizer, type NormalizePreset } from '../src/index';
import { printTable } from './measure';

/** Lines each preset's stream could hold whole, by name: a repeated unit of text. */
export const HELD_LINES = {
  words: 'قالت الوزارة في بيان إن المشروع الجديد يضم ١٢ مدرسة، ',
  'lone surrogates': '\udc00\udc01\udc02',
  'digits and spaces': '123 456 7890 ',
  'HTML references': '&amp; &quot; &#1605; &nbsp; ',
  'nested quotes': '"«قال “نعم” و‘لا’ »" ',
} as const;

type HeldLine = keyof typeof HELD_LINES;
const PRESETS: readonly NormalizePreset[] = ['display', 'search', 'publish'];
const PIECE = 1 << 16;
const MIB = 1024 * 1024;

/** One piece of the line: the pattern repeated, starting where the previous piece stopped. */
function pieceOf(pattern: string, at: number, length: number): string {
  const start = at % pattern.length;
  return (pattern.repeat(Math.ceil((length + start) / pattern.length) + 1)).slice(start, start + length);
}

interface Run {
  ms: number;
  maxPending: number;
  rss: number;
  arrayBuffers: number;
}

function feed(preset: NormalizePreset, pattern: string, units: number, sampleMemory: boolean): Run {
  const normalizer = createIncrementalNormalizer(preset);
  // The pieces of a pattern repeat: made once, so the input costs no memory.
  const pieces = new Map<number, string>();
  let maxPending = 0;
  let rss = 0;
  let arrayBuffers = 0;
  const started = process.cpuUsage();
  for (let at = 0; at < units; at += PIECE) {
    const key = at % pattern.length;
    let piece = pieces.get(key);
    if (piece === undefined) pieces.set(key, (piece = pieceOf(pattern, at, PIECE)));
    normalizer.push(piece);
    maxPending = Math.max(maxPending, normalizer.pending);
    if (sampleMemory && (at / PIECE) % 64 === 0) {
      const memory = process.memoryUsage();
      rss = Math.max(rss, memory.rss);
      arrayBuffers = Math.max(arrayBuffers, memory.arrayBuffers);
    }
  }
  normalizer.end();
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, maxPending, rss, arrayBuffers };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      'max-mb': { type: 'string', default: '16' },
      only: { type: 'string' },
      gb: { type: 'string' },
      preset: { type: 'string', default: 'search' },
      shape: { type: 'string', default: 'digits and spaces' },
    },
  });
  if (values.gb !== undefined) {
    const pattern = HELD_LINES[values.shape as HeldLine];
    if (!pattern) throw new Error(`unknown shape ${values.shape}`);
    const units = Math.round(Number(values.gb) * 1024 * MIB / 2);
    const before = process.memoryUsage();
    const run = feed(values.preset as NormalizePreset, pattern, units, true);
    console.log(
      `${values.preset} / ${values.shape}: ${values.gb} GiB of UTF-16 in one line, ${(run.ms / 1000).toFixed(1)} s CPU, ` +
        `at most ${run.maxPending} units held; RSS ${(before.rss / MIB).toFixed(0)} MiB before, peak ${(run.rss / MIB).toFixed(0)} MiB; ` +
        `array buffers peak ${(run.arrayBuffers / MIB).toFixed(1)} MiB`,
    );
    return;
  }
  const maxUnits = Number(values['max-mb']) * MIB;
  const rows: string[][] = [];
  for (const preset of PRESETS) {
    if (values.only && values.only !== preset) continue;
    for (const [shape, pattern] of Object.entries(HELD_LINES)) {
      const times: number[] = [];
      let maxPending = 0;
      for (let units = MIB; units <= maxUnits; units *= 2) {
        feed(preset, pattern, Math.min(units, 1 << 18), false);
        const run = feed(preset, pattern, units, false);
        times.push(run.ms);
        maxPending = Math.max(maxPending, run.maxPending);
      }
      const ratios = times.slice(1).map((time, k) => (time / times[k]!).toFixed(2));
      rows.push([preset, shape, `${(times.at(-1)! / 1000).toFixed(2)} s`, ratios.join(' '), String(maxPending)]);
    }
  }
  printTable('The stream on one held line (64 Ki-unit pieces)', ['preset', 'line', `time at ${values['max-mb']} Mi units`, 'ratio per doubling', 'most units held'], rows);
}

main();
