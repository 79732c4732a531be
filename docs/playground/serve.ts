/**
 * A small static file server for the built playground, on 127.0.0.1 only.
 *
 * Run: `npm run playground` — builds the page, then serves it on
 * http://127.0.0.1:4173/ (set `PORT` to change; `PORT=0` picks a free port).
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlayground, DEFAULT_OUT_DIR } from './build';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running server. */
export interface RunningServer {
  /** Base URL, ending with `/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** The file a request path names inside `root`, or `null` when it leaves `root` or does not exist. */
function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  let path = resolve(root, `.${decoded}`);
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    return statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}

/** Serves the files under `root` on 127.0.0.1 at `port` (0 picks a free one). */
export function serveDirectory(root: string, port = 0): Promise<RunningServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = request.method === 'GET' || request.method === 'HEAD' ? fileFor(base, pathname) : null;
    if (file === null) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildPlayground(DEFAULT_OUT_DIR);
  const server = await serveDirectory(DEFAULT_OUT_DIR, Number(process.env['PORT'] ?? 4173));
  console.log(`playground: ${server.url}`);
  console.log(`plain-page example: ${server.url}examples/browser/`);
}
