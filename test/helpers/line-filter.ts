/**
 * Drives a line-in, line-out command the way pipeline engines do: the input
 * reaches its standard input in pieces cut at random points (inside a line,
 * inside a UTF-8 sequence), each piece a separate write; or line by line,
 * each written only once the answer to the one before has come back, as a
 * queue worker does.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { Readable } from 'node:stream';

/** What the command left behind. */
export interface FilterResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Writes the input took. */
  writes: number;
}

/** A small seeded generator (mulberry32), so a failing run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function collect(stream: Readable): { text: () => string } {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Runs `command args…` with `input` written to its standard input in pieces
 * of 1 to `maxPiece` bytes, cut at points drawn from `seed`; a pause between
 * writes lets each piece arrive as a read of its own.
 */
export async function pipeInPieces(
  command: string,
  args: readonly string[],
  input: Uint8Array,
  options: { seed: number; maxPiece: number; pauseEvery?: number },
): Promise<FilterResult> {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stdout = collect(child.stdout);
  const stderr = collect(child.stderr);
  const exited = once(child, 'close');
  const random = seededRandom(options.seed);
  const pauseEvery = options.pauseEvery ?? 1;
  let writes = 0;
  for (let at = 0; at < input.length; ) {
    const size = 1 + Math.floor(random() * options.maxPiece);
    const piece = input.subarray(at, Math.min(input.length, at + size));
    at += piece.length;
    writes++;
    if (!child.stdin.write(piece)) await once(child.stdin, 'drain');
    if (writes % pauseEvery === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  child.stdin.end();
  const [status] = (await exited) as [number | null];
  return { status, stdout: stdout.text(), stderr: stderr.text(), writes };
}

/**
 * Runs `command args…` as a queue worker would: writes one line, waits for
 * the line that answers it, then writes the next. Resolves to the answers;
 * hangs (and the test times out) if the command holds an answer back.
 */
export async function askLineByLine(command: string, args: readonly string[], lines: readonly string[]): Promise<{ answers: string[]; status: number | null }> {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
  const exited = once(child, 'close');
  let buffered = '';
  const answers: string[] = [];
  let waiting: (() => void) | undefined;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    buffered += text;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      answers.push(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
    }
    waiting?.();
  });
  for (const [index, line] of lines.entries()) {
    child.stdin.write(`${line}\n`);
    while (answers.length <= index) {
      await new Promise<void>((resolve) => {
        waiting = resolve;
      });
    }
  }
  child.stdin.end();
  const [status] = (await exited) as [number | null];
  return { answers, status };
}
