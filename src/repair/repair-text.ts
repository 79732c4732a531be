/**
 * Repair of a whole text, line by line: the public `repairText`, and the pass
 * the normaliser runs before its other rules.
 */
import { repairLine } from './repair-line';
import { scanTriggers, type TriggerOptions } from './triggers';
import type { RepairedText, TextRepair } from './types';

/** The outcome of one repair pass over a text. */
export interface RepairPass {
  /** The repaired text. */
  readonly text: string;
  /** Whether anything was repaired. */
  readonly changed: boolean;
  /** For each unit of `text` the input offset it came from, plus the input length (only when asked for). */
  readonly sourceIndex: Uint32Array | undefined;
  /** What was repaired, with input offsets. */
  readonly repairs: readonly TextRepair[];
  /** A trigger pair may form once the transparent units of the options are removed (see `triggers.ts`). */
  readonly suspicious: boolean;
}

const NO_REPAIRS: readonly TextRepair[] = Object.freeze([]);

/** Runs the repair pass; `withSources` asks for the offset map. Linear in the text. */
export function repairPass(text: string, options: TriggerOptions, withSources: boolean): RepairPass {
  const scan = scanTriggers(text, options);
  if (scan.lines.length === 0) return { text, changed: false, sourceIndex: undefined, repairs: NO_REPAIRS, suspicious: scan.suspicious };
  const parts: string[] = [];
  const repairs: TextRepair[] = [];
  const lineSources: Array<{ at: number; start: number; end: number; sources: Uint32Array }> = [];
  let copied = 0;
  let length = 0;
  for (const [start, end] of scan.lines) {
    const repaired = repairLine(text.slice(start, end), options.entities, options.mojibake);
    if (!repaired) continue;
    parts.push(text.slice(copied, start), repaired.text);
    length += start - copied;
    lineSources.push({ at: length, start, end, sources: repaired.sources });
    length += repaired.text.length;
    for (const repair of repaired.repairs) repairs.push({ ...repair, start: repair.start + start, end: repair.end + start });
    copied = end;
  }
  if (repairs.length === 0) return { text, changed: false, sourceIndex: undefined, repairs, suspicious: scan.suspicious };
  parts.push(text.slice(copied));
  length += text.length - copied;
  const repairedText = parts.join('');
  let sourceIndex: Uint32Array | undefined;
  if (withSources) {
    sourceIndex = new Uint32Array(length + 1);
    let o = 0;
    let i = 0;
    for (const line of lineSources) {
      while (o < line.at) sourceIndex[o++] = i++;
      for (const source of line.sources) sourceIndex[o++] = line.start + source;
      i = line.end;
    }
    while (o < length) sourceIndex[o++] = i++;
    sourceIndex[length] = text.length;
  }
  return { text: repairedText, changed: true, sourceIndex, repairs, suspicious: true };
}

/**
 * Repairs text damaged on its way from a web page: HTML character references
 * left by a crawler (`&quot;` `&amp;` `&lt;` `&gt;` `&nbsp;` `&apos;`,
 * typographic ones such as `&laquo;` `&hellip;` `&rsquo;`, numeric `&#1605;`
 * `&#x645;`), and Arabic written in UTF-8 but read as windows-1256
 * (`ظ…ط±ط­ط¨ط§`) or as Latin-1/windows-1252 (`Ù…Ø±Ø­Ø¨Ø§`).
 *
 * Mojibake is decoded only where the result is more plausible Arabic than
 * the input (see docs/normalization.md, "Text repair"); clean text comes back
 * unchanged, as the same string. Everything works line by line, and the
 * result is stable: repairing it again changes nothing.
 *
 * @param text - any text
 * @returns the repaired text and, in input order, what was repaired where
 * @example
 * ```ts
 * repairText('قال &quot;سلام&quot;').text; // 'قال "سلام"'
 * const { text, repairs } = repairText('ط³ظ„ط§ظ… Ø¨Ùƒ');
 * text; // 'سلام بك'
 * repairs.map((repair) => repair.kind); // ['mojibake-windows-1256', 'mojibake-latin-1']
 * ```
 */
export function repairText(text: string): RepairedText {
  if (typeof text !== 'string') throw new TypeError(`Text to repair must be a string, got ${typeof text}`);
  const pass = repairPass(text, { entities: true, mojibake: true }, false);
  return { text: pass.text, repairs: pass.repairs };
}
