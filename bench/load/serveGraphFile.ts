// A throwaway local HTTP server for one large graph file, so the browser downloads it like any
// response (handing hundreds of MB through the DevTools protocol would measure the protocol).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedGraphFile {
  url: string;
  close(): Promise<void>;
}

export function serveGraphFile(path: string): Promise<ServedGraphFile> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': statSync(path).size, 'access-control-allow-origin': '*' });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/graph.json`, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}
