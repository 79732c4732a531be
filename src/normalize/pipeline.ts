/**
 * The normaliser with its passes around the table-driven engine: repair
 * (HTML references, mojibake) before it, punctuation after it, with the
 * offset maps of the three composed into one.
 *
 * A rule of one pass can make work for an earlier one, or for itself:
 * removing a soft hyphen can join two halves of a piece of mojibake, restyling
 * a quote can put a continuation character after a mojibake lead, a space the
 * spacing rule puts after a mark can end an address token and so let a quote
 * pair. Each pass says when that may have happened, and then the passes run
 * again on the result, until a round changes nothing: a fixed point (in
 * practice a second round is rare and a third unseen). Lines never affect each
 * other within a round, and a line at its fixed point stays there, so each
 * line ends at its own fixed point whatever the other lines needed: the
 * normaliser is idempotent, and a stream that normalises line by line gives
 * the same text as one call.
 */
import { repairPass, type RepairPass } from '../repair/repair-text';
import type { TextRepair } from '../repair/types';
import type { CompiledNormalizer } from './compile';
import {
  decodeOutput,
  runPlainUnits,
  runWithMap,
  runWithMapUnits,
  unitsToText,
  type CoreUnits,
  type NormalizedWithMap,
} from './engine';
import { mapOutputRange } from './offsets';
import { onlyAsciiPunctuation } from './punctuation/options';
import { AsciiRewrite, asciiPunctuationInPlace } from './punctuation/ascii';
import { UNIT_CHUNK } from '../unicode/units-of-text';
import { punctuate } from './punctuation/pass';

/** Rounds after which the passes stop even if another round would still change something. */
const MAX_ROUNDS = 6;

/** Something a pass noticed, with the input range it is about. */
export interface NormalizeNote {
  /** A repair, or a quotation mark left alone because its line does not balance. */
  readonly kind: TextRepair['kind'] | 'unbalanced-quote';
  /** Offset of the first input unit concerned. */
  readonly start: number;
  /** Offset just past it. */
  readonly end: number;
}

interface Round {
  text: string;
  /** Output unit → input offset, plus the input length (only with maps). */
  map: Uint32Array | undefined;
  notes: NormalizeNote[];
  again: boolean;
}

/**
 * `outer` maps into the text that `inner` maps from: the composition maps
 * `outer`'s text to `inner`'s source. Written over `outer`, which is the
 * round's own (each entry is read before it is written).
 */
function composeInPlace(outer: Uint32Array, inner: Uint32Array): Uint32Array {
  for (let k = 0; k < outer.length; k++) outer[k] = inner[outer[k]!]!;
  return outer;
}

/** A map that is a view of a much larger buffer (in-place rewrites leave one) keeps only what it needs. */
function trimmed(map: Uint32Array): Uint32Array {
  return (map.buffer.byteLength >> 2) - map.length > map.length >> 3 ? map.slice() : map;
}

/** What a run gives besides the text: nothing, the offset map, or the map and the notes. */
type Wanted = 'text' | 'map' | 'notes';

function round(compiled: CompiledNormalizer, text: string, repaired: RepairPass | undefined, wanted: Wanted): Round {
  const withMap = wanted !== 'text';
  const notes: NormalizeNote[] = [];
  const pass = repaired ?? (compiled.repair ? repairPass(text, compiled.repair, withMap) : undefined);
  let current = text;
  let map: Uint32Array | undefined;
  if (pass?.changed) {
    current = pass.text;
    map = pass.sourceIndex;
    if (wanted === 'notes') for (const repair of pass.repairs) notes.push({ kind: repair.kind, start: repair.start, end: repair.end });
  }
  let core: CoreUnits;
  if (withMap) {
    const mapped = runWithMapUnits(compiled, current, true, compiled.punctuation !== null);
    map = map ? composeInPlace(mapped.sourceIndex, map) : mapped.sourceIndex;
    core = mapped;
  } else core = current.length === 0 ? { out: new Uint16Array(0), length: 0, loneSurrogate: false, stops: undefined } : runPlainUnits(compiled, current);
  let suspicious = pass?.suspicious ?? false;
  let moved = false;
  let output: string | undefined;
  if (compiled.punctuation) {
    // The engine's buffer is reused by its next call: the pass reads it first.
    const result = punctuate(core.out, core.length, compiled.punctuation, core.stops?.view(), wanted === 'notes');
    suspicious ||= result.suspicious;
    moved = result.moved !== undefined;
    if (map) {
      for (const at of result.unbalanced) notes.push({ kind: 'unbalanced-quote', start: map[at]!, end: mapOutputRange(map, at, at + 1).end });
      // The round's map is its own: the pass's map is written over it.
      if (result.moved) map = result.moved.composeMap(map, true);
    }
    // The pass changed something: no use comparing with the input before making the string.
    if (result.out) output = decodeOutput(result.out, result.length, core.loneSurrogate);
  }
  output ??= unitsToText(current, core);
  // Punctuation beyond the ASCII marks moves spaces and marks, which other marks of the line read: look
  // again. Quotation marks restyled where they stand, and nothing else, leave every other mark as the
  // pass leaves it: the restyled pairs keep their roles, and so the spacing they asked for.
  const punctuationMoved = moved && !onlyAsciiPunctuation(compiled.punctuation!);
  return { text: output, map, notes, again: (compiled.repair !== null && suspicious) || punctuationMoved };
}

/**
 * Normalises with every pass the options switch on, to a fixed point; the
 * text, and its offset map and notes when wanted.
 *
 * Rounds after the first are tried without a map: most find nothing to
 * change, and a round with a map holds two more maps (4 bytes a unit each)
 * beside the first round's. Only a round that changes the text runs again
 * with its map.
 */
function run(compiled: CompiledNormalizer, text: string, wanted: Wanted): Round {
  let result = round(compiled, text, undefined, wanted);
  for (let rounds = 1; result.again && rounds < MAX_ROUNDS; rounds++) {
    const check = compiled.repair ? repairPass(result.text, compiled.repair, false) : undefined;
    let next = round(compiled, result.text, check, 'text');
    // Nothing changed: the text is at its fixed point (the notes of this round repeat what was noted).
    if (next.text === result.text && !check?.changed) break;
    if (wanted === 'text') {
      result = next;
      continue;
    }
    next = round(compiled, result.text, undefined, wanted);
    const earlier = result.map!;
    const notes = result.notes.filter((note) => note.kind !== 'unbalanced-quote');
    for (const note of next.notes) {
      // Notes of a later round are about the earlier round's output: map them back.
      const range = mapOutputRange(earlier, note.start, note.end);
      notes.push({ kind: note.kind, start: range.start, end: range.end });
    }
    result = { text: next.text, map: composeInPlace(next.map!, earlier), notes, again: next.again };
  }
  if (result.map) result.map = trimmed(result.map);
  return result;
}

/**
 * Under `punctuation: 'ascii'` alone, a text without a repair trigger is one
 * round of the pipeline without its objects: the engine, then ، ؛ ؟ rewritten
 * in the engine's units. The rewrite moves nothing and leaves nothing for a
 * repair to find, so no second round could change the result. `rewrite` has
 * done the marks of a long text's pieces already, as the engine wrote them.
 */
function inPlacePunctuated(text: string, core: CoreUnits, rewrite: AsciiRewrite | undefined): string {
  const { stops } = core;
  const data = stops?.overflowed ? undefined : stops?.data;
  const count = stops?.count ?? 0;
  let rewritten: number;
  if (rewrite) {
    rewrite.upTo(core.out, core.length, core.length, data, count);
    rewritten = rewrite.rewritten;
  } else rewritten = asciiPunctuationInPlace(core.out, core.length, data, count);
  if (rewritten === 0) return unitsToText(text, core);
  return decodeOutput(core.out, core.length, core.loneSurrogate);
}

/** Whether `text` can take the in-place route (see {@link runInPlacePunctuation}). */
export function takesInPlacePunctuation(compiled: CompiledNormalizer, text: string): boolean {
  return compiled.inPlacePunctuation && (compiled.repairTriggers === null || !compiled.repairTriggers(text));
}

/** Normalises a text that {@link takesInPlacePunctuation}: the engine and the in-place rewrite of ، ؛ ؟. */
export function runInPlacePunctuation(compiled: CompiledNormalizer, text: string): string {
  const rewrite = rewriteByPieces(text);
  return inPlacePunctuated(text, runPlainUnits(compiled, text, true, rewrite), rewrite);
}

/** {@link runInPlacePunctuation} with the offset map, which the rewrite leaves as it is. */
export function runInPlacePunctuationWithMap(compiled: CompiledNormalizer, text: string): NormalizedWithMap {
  const rewrite = rewriteByPieces(text);
  const core = runWithMapUnits(compiled, text, true, false, true, rewrite);
  return { text: inPlacePunctuated(text, core, rewrite), sourceIndex: core.sourceIndex };
}

/** A rewrite that follows the engine's pieces, for a text of more than one (one piece is in cache anyway). */
function rewriteByPieces(text: string): AsciiRewrite | undefined {
  return text.length > UNIT_CHUNK ? new AsciiRewrite() : undefined;
}

/** Normalises `text` (compiled options with a repair or punctuation pass). */
export function runPipeline(compiled: CompiledNormalizer, text: string): string {
  return run(compiled, text, 'text').text;
}

/** Normalises `text` and returns the offset map (compiled options with a repair or punctuation pass). */
export function runPipelineWithMap(compiled: CompiledNormalizer, text: string): NormalizedWithMap {
  const { text: output, map } = run(compiled, text, 'map');
  return { text: output, sourceIndex: map! };
}

/** Normalises `text` and returns the offset map and what the passes noticed, in input order. */
export function runPipelineWithNotes(compiled: CompiledNormalizer, text: string): NormalizedWithMap & { notes: NormalizeNote[] } {
  if (!compiled.lineContext) return { ...runWithMap(compiled, text), notes: [] };
  const { text: output, map, notes } = run(compiled, text, 'notes');
  notes.sort((a, b) => a.start - b.start);
  return { text: output, sourceIndex: map!, notes };
}
