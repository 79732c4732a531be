/**
 * Normalisation throughput on the specimen article repeated to 20 MB (UTF-8).
 *
 * Reports MB/s for every preset, plain and with the offset map (`publish`
 * must keep at least half the throughput of `display`), and compares
 * `search` with two baselines measured in the same run: a straightforward
 * regex-chain implementation of the search rules, and a straightforward JS
 * port of Lucene's per-character ArabicNormalizer loop (run per token, as
 * Lucene does). Lucene's own Java figure on these machines, about 230 MB/s,
 * is the third reference. Each figure is the median of several timed rounds
 * after warm-up runs; every normaliser runs once per round, in turn.
 *
 * It reads the built `dist/`, as users load the package: run `npm run build`
 * first. Run alone: `npx tsx bench/normalize.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { luceneJavaMbPerS } from './lucene';
import { loadBuiltLibrary, medianMsInTurns } from './measure';

const SPECIMEN = fileURLToPath(new URL('../../shared/seeds/000_7e7b13f37a42b062.txt', import.meta.url));
const TARGET_BYTES = 20_000_000;
const WARM_UP_RUNS = 2;
const TIMED_RUNS = 7;

/** The specimen repeated to 20 MB, as one flat string. */
function benchInput(): { text: string; bytes: number } | undefined {
  if (!existsSync(SPECIMEN)) return undefined;
  const specimen = readFileSync(SPECIMEN, 'utf8');
  const repeated = specimen.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(specimen)));
  // Through a buffer and back, so the string is flat like text read from a file.
  const text = Buffer.from(repeated, 'utf8').toString('utf8');
  return { text, bytes: Buffer.byteLength(text) };
}

// ── baseline 1: the search rules as a chain of regular expressions ──

const WORD = /[\p{L}\p{M}\p{N}\p{S}]/u;
const digitShift = (offset: number) => (digit: string): string => String.fromCharCode(digit.charCodeAt(0) - offset);

/** The `search` rules written the obvious way: one String.replace per rule. */
export function regexChainSearch(text: string): string {
  return text
    // HTML references (the common ones; mojibake repair has no regex form and the specimen needs none).
    .replace(/&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|(quot|amp|lt|gt|nbsp|apos));/gu, (_, decimal?: string, hex?: string, name?: string) =>
      name ? NAMED_REFERENCES[name]! : String.fromCodePoint(decimal ? Number(decimal) : parseInt(hex!, 16)),
    )
    .normalize('NFC')
    .replace(/[\ufb50-\ufdf9\ufe70-\ufefc]/gu, (form) => form.normalize('NFKC').replace(/^[ \u0640](?=[\u064b-\u065f\u0670])/u, ''))
    .replace(/[\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u0640\u06e5\u06e6]/gu, '')
    .replace(/(?<=[\u0649\u0627\u0622\u0623\u0625\u0671-\u0673\u0675][\u064b-\u065f]*)\u0670/gu, '')
    .replace(/(?<=\u0647[\u064b-\u065f]*)\u0670(?=[\u064b-\u065f]*[\u0630\u0624])/gu, '')
    .replace(/(?<=\u0630[\u064b-\u065f]*)\u0670(?=[\u064b-\u065f]*\u0644)/gu, '')
    .replace(/(?<=\u0644[\u064b-\u065f]*)\u0670(?=[\u064b-\u065f]*[\u0643\u0647\u0626])/gu, '')
    .replace(/\u0670/gu, '\u0627')
    .replace(/[\u0610-\u061a\u064b-\u065f\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0897-\u089f\u08ca-\u08e1\u08e3-\u08ff]/gu, '')
    .replace(/[أإآٱٲٳٵ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/[ةۃ]/gu, 'ه')
    .replace(/[یے]/gu, 'ي')
    .replace(/ۓ/gu, 'ئ')
    .replace(/[کڪ]/gu, 'ك')
    .replace(/[ەھہۀۂ]/gu, 'ه')
    .replace(/[\u0660-\u0669]/gu, digitShift(0x0630))
    .replace(/[\u06f0-\u06f9]/gu, digitShift(0x06c0))
    .replace(/(?<=[0-9])\u066b(?=[0-9])/gu, '.')
    .replace(/(?<=[0-9])\u066c(?=[0-9])/gu, ',')
    .replace(/[\u200c\u200d]/gu, (joiner, offset: number, whole: string) =>
      WORD.test(whole[offset - 1] ?? '') && WORD.test(whole[offset + 1] ?? '') ? joiner : '',
    )
    // Runs of two or more spaces, or any other space character; a lone U+0020 is left alone.
    .replace(/ [\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000][\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/gu, ' ')
    // ، ؛ ؟ → , ; ? unless between digits (addresses left out: the specimen has none).
    .replace(/[،؛؟]/gu, (mark, offset: number, whole: string) =>
      DIGIT.test(whole[offset - 1] ?? '') && DIGIT.test(whole[offset + 1] ?? '') ? mark : ASCII_PUNCTUATION[mark]!,
    );
}

const NAMED_REFERENCES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', apos: "'" };
const ASCII_PUNCTUATION: Record<string, string> = { '،': ',', '؛': ';', '؟': '?' };
const DIGIT = /^[0-9]$/u;

// ── baseline 2: Lucene's ArabicNormalizer loop, ported as it is ──

function isWhiteSpace(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit === 0xa0 || unit === 0x2028 || unit === 0x2029;
}

/** `ArabicNormalizer.normalize(char[] s, int len)`: in place, deleting with an array copy. */
function luceneNormalize(s: Uint16Array, len: number): number {
  for (let i = 0; i < len; i++) {
    switch (s[i]) {
      case 0x0622:
      case 0x0623:
      case 0x0625:
        s[i] = 0x0627;
        break;
      case 0x0649:
        s[i] = 0x064a;
        break;
      case 0x0629:
        s[i] = 0x0647;
        break;
      case 0x0640:
      case 0x064b:
      case 0x064c:
      case 0x064d:
      case 0x064e:
      case 0x064f:
      case 0x0650:
      case 0x0651:
      case 0x0652:
        if (i < len - 1) s.copyWithin(i, i + 1, len);
        len--;
        i--;
        break;
      default:
        break;
    }
  }
  return len;
}

/** Lucene's normaliser per white-space token (Lucene runs it on tokens), white space copied as is. */
export function luceneJsPort(text: string): string {
  const parts: string[] = [];
  let buffer = new Uint16Array(256);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && isWhiteSpace(text.charCodeAt(j))) j++;
    if (j > i) parts.push(text.slice(i, j));
    i = j;
    while (j < n && !isWhiteSpace(text.charCodeAt(j))) j++;
    if (j > i) {
      if (buffer.length < j - i) buffer = new Uint16Array(2 * (j - i));
      for (let k = i; k < j; k++) buffer[k - i] = text.charCodeAt(k);
      const len = luceneNormalize(buffer, j - i);
      parts.push(String.fromCharCode.apply(null, buffer.subarray(0, len) as unknown as number[]));
    }
    i = j;
  }
  return parts.join('');
}

// ── the run ──

interface Row {
  name: string;
  mbPerS: number;
}

const format = (value: number): string => value.toFixed(1).padStart(8);

/** Runs the normalisation benchmark and prints a table. */
export async function runNormalizeBench(): Promise<void> {
  const input = benchInput();
  if (!input) {
    console.log(`normalisation benchmark skipped: the specimen ${SPECIMEN} is absent`);
    return;
  }
  const library = await loadBuiltLibrary('normalisation benchmark');
  if (!library) return;
  const { NORMALIZE_PRESETS, createNormalizer } = library;
  const { text, bytes } = input;
  const mb = bytes / 1e6;
  console.log(
    `normalisation: specimen repeated to ${mb.toFixed(1)} MB (${text.length} UTF-16 units), median of ${TIMED_RUNS} rounds (every normaliser once per round) after ${WARM_UP_RUNS} warm-up runs`,
  );

  const runners: Array<{ name: string; run: (text: string) => unknown }> = [];
  for (const preset of NORMALIZE_PRESETS) {
    const normalize = createNormalizer(preset);
    runners.push({ name: preset, run: normalize }, { name: `${preset} withMap`, run: normalize.withMap });
  }
  runners.push({ name: 'baseline: regex chain (search rules)', run: regexChainSearch });
  runners.push({ name: 'baseline: Lucene loop, JS port', run: luceneJsPort });
  const times = medianMsInTurns(
    runners.map((runner) => () => runner.run(text)),
    TIMED_RUNS,
    WARM_UP_RUNS,
  );
  const rows: Row[] = runners.map((runner, k) => ({ name: runner.name, mbPerS: mb / (times[k]! / 1000) }));
  const rateOf = (name: string): number => rows.find((row) => row.name === name)!.mbPerS;
  const regexChain = rateOf('baseline: regex chain (search rules)');
  const lucenePort = rateOf('baseline: Lucene loop, JS port');
  const plain = new Map<string, number>(NORMALIZE_PRESETS.map((preset) => [preset, rateOf(preset)]));
  const cache = fileURLToPath(new URL('../.bench-cache', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const inputPath = join(cache, 'normalize-input.txt');
  writeFileSync(inputPath, text);
  const java = luceneJavaMbPerS(inputPath);
  // Without Java, the JS port of Lucene's loop stands in for it (and the column says so).
  const lucene = java ?? lucenePort;
  console.log(java ? `Lucene ArabicNormalizer in Java, same input, same run: ${java.toFixed(0)} MB/s` : 'Java absent: the last column is the ratio to the JS port');

  console.log(`| ${'normaliser'.padEnd(38)} | ${'MB/s'.padStart(8)} | ${'× regex'.padStart(8)} | ${'× Lucene JS'.padStart(11)} | ${'× Lucene Java'.padStart(13)} |`);
  console.log(`|${'-'.repeat(40)}|${'-'.repeat(10)}|${'-'.repeat(10)}|${'-'.repeat(13)}|${'-'.repeat(15)}|`);
  for (const row of rows) {
    console.log(
      `| ${row.name.padEnd(38)} | ${format(row.mbPerS)} | ${format(row.mbPerS / regexChain)} | ${format(row.mbPerS / lucenePort).padStart(11)} | ${format(row.mbPerS / lucene).padStart(13)} |`,
    );
  }

  const search = plain.get('search')!;
  const checks: Array<[string, boolean]> = [
    [`search ≥ 2 × Lucene ${java ? 'Java' : 'JS port'} (${(2 * lucene).toFixed(0)} MB/s)`, search >= 2 * lucene],
    ['search ≥ 4 × regex chain', search >= 4 * regexChain],
    ['publish ≥ ½ display', plain.get('publish')! >= plain.get('display')! / 2],
    ...rows
      .filter((row) => row.name.endsWith(' withMap'))
      .map((row): [string, boolean] => {
        const preset = row.name.replace(' withMap', '');
        return [`${preset} withMap ≥ ½ ${preset}`, row.mbPerS >= plain.get(preset)! / 2];
      }),
  ];
  for (const [name, met] of checks) console.log(`${met ? 'met   ' : 'MISSED'} ${name}`);
  const sample = text.slice(0, 20_000);
  const same = regexChainSearch(sample) === createNormalizer('search')(sample);
  console.log(`regex-chain output ${same ? 'equals' : 'differs from'} the search preset on the first 20,000 units`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runNormalizeBench();
}
