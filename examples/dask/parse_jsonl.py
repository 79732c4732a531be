#!/usr/bin/env python3
"""Run khabar over a JSON Lines file on a Dask cluster, in input order.

Starts a local Dask cluster of worker processes (or joins one with
--scheduler), cuts the file into partitions of whole lines, pipes each
partition through ``khabar parse --input jsonl`` on a worker, and writes the
records to standard output (or --out) in input order: exactly one line per
input line, an error record where a line could not be read (its path and
line number those of the file, not of the partition).

    python3 examples/dask/parse_jsonl.py articles.jsonl > records.jsonl
    python3 examples/dask/parse_jsonl.py --workers 4 --blocksize 8MB articles.jsonl \\
        -- parse --input jsonl --field body --normalize search
    python3 examples/dask/parse_jsonl.py --khabar "node dist/cli.js" articles.jsonl

Needs Dask distributed (Debian: apt-get install python3-distributed; pip:
pip install "dask[distributed]") and the khabar command on every worker.
"""
import argparse
import json
import shlex
import subprocess
import sys

DEFAULT_ARGS = ["parse", "--input", "jsonl"]

# Only error records hold this at the top level; other lines pass untouched.
ERROR_MARK = b'"error":{"code":'


def line_count(block):
    """Lines in a block of bytes; a last line without a line feed counts."""
    return block.count(b"\n") + (1 if block and not block.endswith(b"\n") else 0)


def run_khabar(block, command):
    """Pipes one partition (bytes of whole lines) through khabar; returns its output bytes.

    Partitions stay bytes from the file to khabar and back, so no line is
    decoded or copied line by line in Python, and a line that is not UTF-8
    reaches khabar as it is and becomes its error record.
    """
    done = subprocess.run(command, input=block, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"khabar exited with {done.returncode}: {message}")
    if line_count(done.stdout) != line_count(block):
        raise RuntimeError(f"khabar wrote {line_count(done.stdout)} lines for {line_count(block)}")
    return done.stdout


def relocate(line, path, number):
    """Points an error record at the file's line instead of its partition's.

    khabar names a line of its standard input ("<stdin>:55"); the gatherer
    knows where the partition starts in the file.
    """
    record = json.loads(line)
    error = record.get("error")
    if list(record) != ["id", "error"] or not isinstance(error, dict) or "line" not in error:
        return line, None
    reason = error["message"].split(":", 2)[2]
    error["message"] = f"{path}:{number}:{reason}"
    error["path"] = path
    error["line"] = number
    # The separators and raw non-ASCII text of JSON.stringify, so the line reads as khabar wrote it.
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
    return text.encode("utf-8"), error["message"]


def write_partition(output, out, path, first_line):
    """Writes one partition's output; error records are rewritten, the rest copied as is."""
    if ERROR_MARK not in output:
        out.write(output)
        return
    for number, line in enumerate(output.splitlines(keepends=True), start=first_line):
        if ERROR_MARK in line:
            line, message = relocate(line, path, number)
            if message:
                print(f"khabar: {message}", file=sys.stderr)
        out.write(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("input", help="a JSON Lines file that every worker can read")
    parser.add_argument("khabar_args", nargs="*", help=f"khabar's arguments after -- (default: {' '.join(DEFAULT_ARGS)})")
    parser.add_argument("--khabar", default="khabar", help='the khabar command (default: khabar; e.g. "npx khabar")')
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default: 2)")
    parser.add_argument("--blocksize", default="4MB", help="bytes per partition (default: 4MB)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler, instead of a local cluster")
    parser.add_argument("--out", help="write the records to this file instead of standard output")
    options = parser.parse_args()

    # Imported here, so that --help works without Dask.
    import logging

    from dask import delayed
    from dask.bytes import read_bytes
    from dask.distributed import Client, LocalCluster

    command = shlex.split(options.khabar) + (options.khabar_args or DEFAULT_ARGS)
    cluster = None
    if not options.scheduler:
        cluster = LocalCluster(
            n_workers=options.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    client = Client(options.scheduler or cluster)
    out = open(options.out, "wb") if options.out else sys.stdout.buffer
    try:
        # Blocks cut at line feeds, read by the workers themselves; one partition each.
        _, [blocks] = read_bytes(options.input, delimiter=b"\n", blocksize=options.blocksize, sample=False)
        # One future per partition, gathered in order: workers run ahead while earlier ones are written.
        futures = client.compute([delayed(run_khabar)(block, command) for block in blocks])
        first_line = 1
        for future in futures:
            output = future.result()
            write_partition(output, out, options.input, first_line)
            first_line += line_count(output)
            future.release()
    finally:
        out.flush()
        if options.out:
            out.close()
        # The client first: closed after its cluster, it would try to reconnect.
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()
