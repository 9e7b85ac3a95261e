import { readFile } from "node:fs/promises";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize, sep } from "node:path";

/** A file server on 127.0.0.1 (a secure context for the browser, so Web Crypto is there). */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".ts": "text/plain",
};

function contentType(name: string): string {
  return TYPES[name.slice(name.lastIndexOf("."))] ?? "application/octet-stream";
}

/** Serves the named files of `root`, and nothing else. */
export async function serveFiles(root: string, files: readonly string[]): Promise<StaticServer> {
  return listen(async (request, response) => {
    const name = new URL(request.url ?? "/", "http://127.0.0.1").pathname.slice(1);
    if (!files.includes(name)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": contentType(name) }).end(await readFile(join(root, name)));
  });
}

/** Serves every file under `root` (a built site), 404 for anything else. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  return listen(async (request, response) => {
    const name = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname));
    const file = join(root, name);
    const body = file.startsWith(root + sep) ? await readFile(file).catch(() => undefined) : undefined;
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": contentType(name) }).end(body);
  });
}

async function listen(handler: RequestListener): Promise<StaticServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
