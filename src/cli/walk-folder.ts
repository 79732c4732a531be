/**
 * The `.txt` files of a directory named to `khabar parse`, depth first in name
 * order. Only regular files are read: devices, FIFOs and sockets are skipped
 * and named, since reading one could never end. Links to directories are not
 * followed, and a directory met again inside itself (a bind mount) is
 * skipped, so no cycle can trap the walk; a link to a file is followed when
 * the file lies inside the walked directory, and otherwise skipped and named
 * unless `--follow-links` asks for it (a walk reads nothing it was not given).
 * Names are read as bytes, so a name that is not valid UTF-8 still opens.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { inputErrorFromSystem } from './errors';
import type { Input, Location } from './inputs';

/** What a walk needs to know besides the directory. */
export interface WalkOptions {
  /** Read links to files outside the walked directory too. */
  readonly followLinks: boolean;
  /** Receives one line for every `.txt` entry skipped or read under a replaced name. */
  readonly notices: string[];
}

const SEPARATOR = Buffer.from(sep);

function isTextFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

function byName(a: Dirent<Buffer>, b: Dirent<Buffer>): number {
  const left = a.name.toString('utf8');
  const right = b.name.toString('utf8');
  return left < right ? -1 : left > right ? 1 : Buffer.compare(a.name, b.name);
}

function toBuffer(location: Location): Buffer {
  return typeof location === 'string' ? Buffer.from(location) : location;
}

/** An entry of `dir`: the path to open (bytes when the name is not UTF-8) and the name to show. */
function childOf(dir: Location, dirLabel: string, name: Buffer): { location: Location; label: string; exact: boolean } {
  const text = name.toString('utf8');
  const label = join(dirLabel, text);
  const exact = Buffer.from(text).equals(name);
  if (typeof dir === 'string' && exact) return { location: label, label, exact };
  return { location: Buffer.concat([toBuffer(dir), SEPARATOR, name]), label, exact };
}

/** What a non-regular file is, for the notice that skips it. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a directory';
  return 'not a regular file';
}

/** Whether `real` (a resolved path) is inside the resolved directory `root`. */
function isInside(real: Buffer, root: Buffer): boolean {
  const prefix = root.length > 0 && root[root.length - 1] === SEPARATOR[0] ? root : Buffer.concat([root, SEPARATOR]);
  return real.length > prefix.length && real.subarray(0, prefix.length).equals(prefix);
}

/** Appends the readable `.txt` files under `dir` (named `label`) to `into`, in walk order. */
export function walkFolder(dir: Location, label: string, into: Input[], options: WalkOptions): void {
  let root: Buffer;
  try {
    root = realpathSync(dir, { encoding: 'buffer' });
  } catch (error) {
    into.push({ kind: 'error', error: inputErrorFromSystem(error, label) });
    return;
  }
  visit(dir, label, { root, into, ancestors: new Set(), ...options });
}

interface Walk extends WalkOptions {
  readonly root: Buffer;
  readonly into: Input[];
  /** Device and inode of the directories being walked, outermost first. */
  readonly ancestors: Set<string>;
}

function visit(dir: Location, dirLabel: string, walk: Walk): void {
  let entries: Dirent<Buffer>[];
  let identity: string;
  try {
    const stats = statSync(dir);
    identity = `${stats.dev}:${stats.ino}`;
    entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    walk.into.push({ kind: 'error', error: inputErrorFromSystem(error, dirLabel) });
    return;
  }
  if (walk.ancestors.has(identity)) {
    // Links are not followed, but a bind mount can still put a directory inside itself.
    walk.notices.push(`${dirLabel}: skipped, the same directory as one it is inside (a mount loop)`);
    return;
  }
  walk.ancestors.add(identity);
  entries.sort(byName);
  for (const entry of entries) {
    const { location, label, exact } = childOf(dir, dirLabel, entry.name);
    let stats: Stats;
    try {
      // The entry's type says what it is without a system call; lstat is needed for size and identity.
      if (entry.isDirectory()) {
        visit(location, label, walk);
        continue;
      }
      if (!isTextFileName(label)) continue;
      stats = lstatSync(location);
      if (stats.isDirectory()) {
        visit(location, label, walk); // a file system that does not report entry types
        continue;
      }
    } catch (error) {
      walk.into.push({ kind: 'error', error: inputErrorFromSystem(error, label) });
      continue;
    }
    if (!exact) walk.notices.push(`${label}: its name is not valid UTF-8; it is read, and named here with U+FFFD for the bad bytes`);
    if (stats.isFile()) {
      walk.into.push({ kind: 'file', path: label, location, size: stats.size, dev: stats.dev, ino: stats.ino, origin: 'walk' });
    } else if (stats.isSymbolicLink()) {
      followLink(location, label, walk);
    } else {
      walk.notices.push(`${label}: skipped, ${kindOf(stats)}, not a regular file`);
    }
  }
  walk.ancestors.delete(identity);
}

function followLink(location: Location, label: string, walk: Walk): void {
  let target: Stats;
  let real: Buffer;
  try {
    target = statSync(location);
    real = realpathSync(location, { encoding: 'buffer' });
  } catch (error) {
    walk.into.push({ kind: 'error', error: inputErrorFromSystem(error, label) }); // broken link or a loop of links
    return;
  }
  if (target.isDirectory()) {
    walk.notices.push(`${label}: skipped, a link to a directory (links to directories are not followed)`);
  } else if (!target.isFile()) {
    walk.notices.push(`${label}: skipped, a link to ${kindOf(target)}, not to a regular file`);
  } else if (!walk.followLinks && !isInside(real, walk.root)) {
    walk.notices.push(`${label}: skipped, a link to ${real.toString('utf8')}, outside the directory (--follow-links reads it)`);
  } else {
    walk.into.push({ kind: 'file', path: label, location, size: target.size, dev: target.dev, ino: target.ino, origin: 'walk-link' });
  }
}
