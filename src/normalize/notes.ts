/**
 * What the repair and punctuation passes noticed while normalising a text,
 * for callers that report it (the parser's diagnostics). Not part of the
 * public API.
 */
import type { CompiledNormalizer } from './compile';
import { needsPasses } from './normalizer';
import { runPipelineWithNotes, takesInPlacePunctuation, type NormalizeNote } from './pipeline';

export type { NormalizeNote } from './pipeline';

/**
 * The repairs made and the quotation marks left alone (their line does not
 * balance) when `text` is normalised with `compiled` options, with input
 * offsets, in input order. Empty when the options switch neither family on.
 */
export function normalizationNotes(text: string, compiled: CompiledNormalizer): NormalizeNote[] {
  // A text with nothing for the passes has nothing to report: no map, no second run. Nor has one that
  // takes the in-place rewrite of ، ؛ ؟ (search keys): that rule notes nothing, and no repair can start.
  if (!needsPasses(compiled, text) || takesInPlacePunctuation(compiled, text)) return [];
  return runPipelineWithNotes(compiled, text).notes;
}
