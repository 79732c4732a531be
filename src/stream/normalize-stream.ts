/**
 * The Web Streams face of the incremental normaliser: works in Node and in
 * browsers alike, with `pipeThrough` from any stream of strings.
 */
import type { NormalizeOptions, NormalizePreset } from '../normalize/option-values';
import { createIncrementalNormalizer, type NormalizeStreamOptions } from './incremental-normalizer';

/**
 * A `TransformStream` of strings that normalises Arabic text as it flows:
 * its output, concatenated, equals `normalizeArabic(input, options)` for any
 * way the input is cut into chunks (chunks may split a surrogate pair, a
 * letter from its marks, a CRLF, a run of spaces or a lam-alef ligature).
 * Memory stays bounded on inputs of any size; see
 * {@link createIncrementalNormalizer} for the one exception.
 *
 * @param options - a preset name or options, as for `normalizeArabic`
 * @param streamOptions - see {@link NormalizeStreamOptions}
 * @example
 * ```ts
 * const response = await fetch('/articles/huge.txt');
 * const normalized = response.body!
 *   .pipeThrough(new TextDecoderStream())
 *   .pipeThrough(createNormalizeStream('search'));
 * for await (const text of normalized) console.log(text);
 * ```
 */
export function createNormalizeStream(
  options?: NormalizePreset | NormalizeOptions,
  streamOptions?: NormalizeStreamOptions,
): TransformStream<string, string> {
  const normalizer = createIncrementalNormalizer(options, streamOptions);
  return new TransformStream<string, string>({
    transform(chunk, controller) {
      const out = normalizer.push(chunk);
      if (out.length > 0) controller.enqueue(out);
    },
    flush(controller) {
      const out = normalizer.end();
      if (out.length > 0) controller.enqueue(out);
    },
  });
}
