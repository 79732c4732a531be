/**
 * Parser throughput: the specimen parsed 2,500 times, one article of 20 MB,
 * and how parse time grows from 1 MB to 20 MB (it must stay linear).
 * Baseline in the same process: splitting the text into trimmed non-blank
 * lines with a regular expression, the least any parser has to do.
 */
import { parseArticle } from '../src/index';
import { mbPerSecond, medianMs, megabytes, printTable, readSpecimenOrExit } from './measure';

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

function splitLinesBaseline(text: string): number {
  let count = 0;
  for (const line of text.split(LINE_BREAK)) if (line.trim() !== '') count++;
  return count;
}

/** Builds an article of about `bytes` UTF-8 bytes: the specimen's body repeated between its head and its related block. */
export function growSpecimen(specimen: string, bytes: number): string {
  const lines = specimen.split('\n');
  const labelIndex = lines.findIndex((line) => line.trim() === 'قراءة المزيد');
  const head = lines.slice(0, 5).join('\n');
  const body = lines.slice(5, labelIndex).filter((line) => line.trim() !== '').join('\n');
  const tail = lines.slice(labelIndex - 1).join('\n');
  const fixed = Buffer.byteLength(head + tail, 'utf8');
  const bodyBytes = Buffer.byteLength(body + '\n', 'utf8');
  const copies = Math.max(1, Math.round((bytes - fixed) / bodyBytes));
  return [head, ...Array.from({ length: copies }, () => body), tail].join('\n');
}

/** Runs the parser benchmarks and prints their tables. */
export function runParseBench(): void {
  const specimen = readSpecimenOrExit();
  const specimenMb = megabytes(specimen);
  const rows: Array<Array<string | number>> = [];
  for (const normalize of [false, 'display'] as const) {
    const ms = medianMs(() => {
      for (let i = 0; i < 2500; i++) parseArticle(specimen, { normalize });
    }, 5, 1);
    const baseMs = medianMs(() => {
      for (let i = 0; i < 2500; i++) splitLinesBaseline(specimen);
    }, 5, 1);
    rows.push([`specimen x2500, normalize: ${String(normalize)}`, ms, mbPerSecond(specimenMb * 2500, ms), mbPerSecond(specimenMb * 2500, baseMs), baseMs / ms]);
  }
  const big = growSpecimen(specimen, 20e6);
  for (const normalize of [false, 'display'] as const) {
    const ms = medianMs(() => parseArticle(big, { normalize }), 3, 1);
    const baseMs = medianMs(() => splitLinesBaseline(big), 3, 1);
    rows.push([`one 20 MB article, normalize: ${String(normalize)}`, ms, mbPerSecond(megabytes(big), ms), mbPerSecond(megabytes(big), baseMs), baseMs / ms]);
  }
  printTable('parseArticle throughput (median of runs)', ['input', 'ms', 'MB/s', 'baseline MB/s', 'speed vs baseline'], rows);

  const growth: Array<Array<string | number>> = [];
  let msPerMbAt1 = 0;
  // Warm the JIT on the largest input first, so the small sizes are not measured cold.
  medianMs(() => parseArticle(big, { normalize: false }), 1, 2);
  for (const size of [1, 2, 5, 10, 20, 40]) {
    const text = growSpecimen(specimen, size * 1e6);
    const mb = megabytes(text);
    const ms = medianMs(() => parseArticle(text, { normalize: false }), size <= 2 ? 21 : 7, 2);
    const msPerMb = ms / mb;
    if (size === 1) msPerMbAt1 = msPerMb;
    growth.push([`${size} MB`, mb, ms, msPerMb, msPerMb / msPerMbAt1]);
  }
  printTable('growth of parse time (normalize: false); linear means ms per MB stays flat', ['target', 'MB', 'ms', 'ms per MB', 'vs 1 MB'], growth);
}

if (import.meta.url === `file://${process.argv[1]}`) runParseBench();
