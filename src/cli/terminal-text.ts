/**
 * Text for a terminal: what the command prints on standard error names files,
 * and a file name (from a scraped archive, say) may hold escape sequences
 * that recolour, retitle or rewrite the terminal, or bidi overrides that show
 * one name as another. Those become U+FFFD, as in the source lines that
 * `formatDiagnostic` prints; line feeds and tabs stay.
 */

const REPLACEMENT = '\uFFFD';

/** Whether the UTF-16 unit `unit` may not reach a terminal as it is (surrogates are judged in pairs elsewhere). */
function isUnsafe(unit: number): boolean {
  if (unit === 0x0a || unit === 0x09) return false;
  if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) return true;
  return (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069);
}

/** `text` with control characters (but line feed and tab), bidi overrides and isolates, and lone surrogates as U+FFFD. */
export function terminalSafe(text: string): string {
  let result = '';
  let copied = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    let bad = isUnsafe(unit);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++;
        continue;
      }
      bad = true;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) bad = true;
    if (!bad) continue;
    result += text.slice(copied, index) + REPLACEMENT;
    copied = index + 1;
  }
  return copied === 0 ? text : result + text.slice(copied);
}

/** Writes `text` on standard error, made {@link terminalSafe}. */
export function printError(text: string): void {
  process.stderr.write(terminalSafe(text));
}
