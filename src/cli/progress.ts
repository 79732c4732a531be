/**
 * The progress line of a batch on standard error: files done, throughput and
 * time left, redrawn at most ten times a second, and only when standard
 * error is a terminal. Messages printed meanwhile erase the line first and
 * redraw it after, so they never mix.
 */
import { terminalSafe } from './terminal-text';

const REDRAW_MS = 100;
const ERASE_LINE = '\r\u001b[2K';

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole}s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}m${String(whole % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

/** Reports messages, and draws the progress of a batch when enabled. */
export class Progress {
  private done = 0;
  private bytesDone = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
    private readonly totalFiles: number,
    private readonly totalBytes: number,
  ) {}

  /** One more input is done; `bytes` is its size. */
  advance(bytes: number): void {
    this.done += 1;
    this.bytesDone += bytes;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS && this.done < this.totalFiles) return;
    this.lastDraw = now;
    this.draw(now);
  }

  /** Prints a message (a diagnostic, a failure) on its own lines. */
  message(text: string): void {
    if (text.length === 0) return;
    if (this.drawn) this.stream.write(ERASE_LINE);
    const safe = terminalSafe(text); // file names in messages are not the terminal's to interpret
    this.stream.write(safe.endsWith('\n') ? safe : `${safe}\n`);
    if (this.drawn) this.draw(Date.now());
  }

  /** Erases the progress line for good. */
  finish(): void {
    if (this.drawn) this.stream.write(ERASE_LINE);
    this.drawn = false;
  }

  private draw(now: number): void {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = this.bytesDone / 1e6 / seconds;
    const left = this.bytesDone > 0 ? ((this.totalBytes - this.bytesDone) / this.bytesDone) * seconds : Number.NaN;
    const line = `${this.done}/${this.totalFiles} files · ${rate.toFixed(1)} MB/s · ETA ${duration(left)}`;
    this.stream.write(`${ERASE_LINE}${line}`);
    this.drawn = true;
  }
}
