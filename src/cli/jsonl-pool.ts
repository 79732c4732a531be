/**
 * `--input jsonl --jobs N`: batches of lines are turned into output by N
 * worker threads while the input is still being read, and the results are
 * written strictly in input order. Reading runs ahead of writing by at most
 * two batches per worker, so memory stays bounded on an endless stream, and
 * a result is written as soon as it and those before it are done, so a
 * writer waiting for the answer to its last line gets it.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { LineBatch } from './jsonl-lines';
import { createBatchTransform, type BatchResult, type JsonlSettings } from './jsonl-transform';

/** Marks the worker data of a JSON Lines worker, so the CLI entry knows what to run. */
export const JSONL_WORKER_KEY = 'khabarJsonlWorker';

/** Batches a worker may hold at once: one to work on, one waiting. */
const IN_HAND = 2;

/** One item of the input: a batch to transform, or a result known already (an input that failed). */
export type JsonlItem = { readonly batch: LineBatch } | { readonly ready: BatchResult };

interface Task {
  readonly sequence: number;
  readonly batch: LineBatch;
}

interface Done {
  readonly sequence: number;
  readonly result: BatchResult;
}

/** Whether this thread is a worker started by {@link transformInOrder}. */
export function isJsonlWorker(): boolean {
  return parentPort !== null && typeof workerData === 'object' && workerData !== null && JSONL_WORKER_KEY in workerData;
}

/** The body of a JSON Lines worker: transform every batch it is sent and send the result back. */
export function runJsonlWorker(): void {
  const transform = createBatchTransform((workerData as Record<string, JsonlSettings>)[JSONL_WORKER_KEY]!);
  parentPort!.on('message', (task: Task) => {
    const done: Done = { sequence: task.sequence, result: transform(task.batch) };
    parentPort!.postMessage(done);
  });
}

/** A promise that can be waited on again and again, and woken from outside. */
class Signal {
  private wake: (() => void) | undefined;

  wait(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

/**
 * Transforms the batches of `items` with `jobs` workers started from `entry`
 * (the CLI's own module), or on this thread when `jobs` is 1, and hands each
 * result to `consume` in input order, awaiting it.
 */
export async function transformInOrder(
  items: AsyncIterable<JsonlItem>,
  settings: JsonlSettings,
  jobs: number,
  entry: URL,
  consume: (result: BatchResult) => Promise<void>,
): Promise<void> {
  if (jobs <= 1) {
    const transform = createBatchTransform(settings);
    for await (const item of items) await consume('ready' in item ? item.ready : transform(item.batch));
    return;
  }

  const workers = Array.from({ length: jobs }, () => new Worker(entry, { workerData: { [JSONL_WORKER_KEY]: settings } }));
  const inHand = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
  const waiting = new Map<number, { resolve: (result: BatchResult) => void; reject: (error: Error) => void }>();
  // Results in input order, dispatched but not yet written.
  const pending: Promise<BatchResult>[] = [];
  let failure: Error | undefined;
  let reading = true;
  const room = new Signal(); // the writer has taken a result
  const arrival = new Signal(); // the reader has added one, or stopped

  const fail = (error: Error): void => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
    room.notify();
    arrival.notify();
  };
  for (const worker of workers) {
    worker.on('message', (done: Done) => {
      inHand.set(worker, inHand.get(worker)! - 1);
      waiting.get(done.sequence)?.resolve(done.result);
      waiting.delete(done.sequence);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a worker thread stopped with exit code ${code}`)));
  }

  let sequence = 0;
  const dispatch = (batch: LineBatch): Promise<BatchResult> => {
    const result = new Promise<BatchResult>((resolve, reject) => waiting.set(sequence, { resolve, reject }));
    result.catch(() => undefined); // a failure is reported by the writer, in order
    let chosen = workers[0]!;
    for (const worker of workers) if (inHand.get(worker)! < inHand.get(chosen)!) chosen = worker;
    inHand.set(chosen, inHand.get(chosen)! + 1);
    const task: Task = { sequence: sequence++, batch };
    chosen.postMessage(task, [batch.bytes.buffer as ArrayBuffer]);
    return result;
  };

  const read = async (): Promise<void> => {
    try {
      for await (const item of items) {
        while (pending.length >= jobs * IN_HAND && !failure) await room.wait();
        if (failure) return;
        pending.push('ready' in item ? Promise.resolve(item.ready) : dispatch(item.batch));
        arrival.notify();
      }
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)));
    } finally {
      reading = false;
      arrival.notify();
    }
  };
  const write = async (): Promise<void> => {
    for (;;) {
      if (failure) throw failure;
      const next = pending[0];
      if (next === undefined) {
        if (!reading) return;
        await arrival.wait();
        continue;
      }
      const result = await next;
      pending.shift();
      room.notify();
      await consume(result);
    }
  };

  try {
    const reader = read();
    await write().catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
    // On a failure the reader may be stuck on an input that never ends: do not wait for it.
    if (failure) throw failure;
    await reader;
  } finally {
    for (const worker of workers) worker.removeAllListeners('exit');
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
