/**
 * What the command prints on standard error is safe for a terminal: file
 * names may hold escape sequences and bidi overrides, which become U+FFFD.
 */
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/terminal-text';

describe('terminalSafe', () => {
  it('keeps text, line feeds, tabs and surrogate pairs as they are', () => {
    const text = 'khabar: أرشيف/خبر 😀.txt:\t1:1 warning\n';
    expect(terminalSafe(text)).toBe(text);
  });

  it('replaces controls, DEL, C1 controls, bidi overrides and isolates, and lone surrogates', () => {
    expect(terminalSafe('a\u001b[31mb\rc\u0007\u007f\u009b\u202e\u2066\ud800x\udc00')).toBe('a\uFFFD[31mb\uFFFDc\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDx\uFFFD');
  });

  it('keeps the marks Arabic text uses for direction (RLM, LRM, ALM)', () => {
    expect(terminalSafe('\u200f\u200e\u061c')).toBe('\u200f\u200e\u061c');
  });
});
