/**
 * `khabar parse --jobs N`: files are parsed by N worker threads, and results
 * are written strictly in input order, whatever order the workers finish in.
 * Files travel in batches, because one article parses faster than a message
 * crosses between threads; each worker has at most two batches in hand, and
 * no file is handed out more than a window ahead of the one being written,
 * so memory stays bounded on batches of any size.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { isFileRef, parseFile, type ParseResult, type ParseSettings } from './parse-job';
import type { FileRef } from './read-input';

/** Marks the worker data of a parse worker, so the CLI entry knows what to run. */
export const PARSE_WORKER_KEY = 'khabarParseWorker';

interface Task {
  /** Index of the first file. */
  readonly start: number;
  readonly files: readonly FileRef[];
}

interface Done {
  readonly start: number;
  readonly results: readonly ParseResult[];
}

/** Batches a worker may hold at once: one to work on, one waiting. */
const IN_HAND = 2;
/** Files per batch. */
const BATCH = 16;

/** Whether this thread is a parse worker started by {@link parseInWorkers}. */
export function isParseWorker(): boolean {
  return parentPort !== null && typeof workerData === 'object' && workerData !== null && PARSE_WORKER_KEY in workerData;
}

/** The body of a parse worker: parse every file it is sent and send the result back. */
export function runParseWorker(): void {
  const settings = (workerData as Record<string, ParseSettings>)[PARSE_WORKER_KEY]!;
  parentPort!.on('message', (task: Task) => {
    const done: Done = { start: task.start, results: task.files.map((file) => parseFile(file, settings)) };
    parentPort!.postMessage(done);
  });
}

/**
 * Parses the files of `items` with `size` workers started from
 * `entry` (the CLI's own module); items that are already results (a failed
 * path, standard input) pass straight through. Hands each result to
 * `consume` in input order, awaiting it.
 */
export async function parseInWorkers(
  entry: URL,
  size: number,
  items: ReadonlyArray<FileRef | ParseResult>,
  settings: ParseSettings,
  consume: (index: number, result: ParseResult) => Promise<void>,
): Promise<void> {
  const results = new Map<number, ParseResult>();
  const window = size * IN_HAND * BATCH * 2;
  let dispatched = 0;
  let consumed = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };

  const workers = Array.from({ length: size }, () => new Worker(entry, { workerData: { [PARSE_WORKER_KEY]: settings } }));
  const inHand = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
  const feed = (worker: Worker): void => {
    while (dispatched < items.length && dispatched < consumed + window) {
      const item = items[dispatched]!;
      if (!isFileRef(item)) {
        results.set(dispatched++, item);
        continue;
      }
      if (inHand.get(worker)! >= IN_HAND) return;
      // A batch is a run of consecutive files; a known result ends it.
      const start = dispatched;
      const files: FileRef[] = [];
      while (files.length < BATCH && dispatched < items.length && isFileRef(items[dispatched]!)) {
        files.push(items[dispatched++] as FileRef);
      }
      const task: Task = { start, files };
      worker.postMessage(task);
      inHand.set(worker, inHand.get(worker)! + 1);
    }
  };
  for (const worker of workers) {
    worker.on('message', (done: Done) => {
      done.results.forEach((result, offset) => results.set(done.start + offset, result));
      inHand.set(worker, inHand.get(worker)! - 1);
      feed(worker);
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new Error(`a parse worker stopped with exit code ${code}`);
      notify();
    });
    feed(worker);
  }

  try {
    while (consumed < items.length) {
      const result = results.get(consumed);
      if (result === undefined) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      results.delete(consumed);
      await consume(consumed, result);
      consumed++;
      for (const worker of workers) feed(worker);
    }
  } finally {
    for (const worker of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
