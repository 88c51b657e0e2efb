// A static file server on loopback for the built add-in: what the e2e tests and
// benchmarks open in Chromium. Serves `root`; resolves to { url, close }. `delayFor(path)`
// gives the milliseconds to wait before answering a file, as a server across a network does
// (bench/latency-ab.mjs); loopback answers at once.
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

function serveDir(root, { port = 0, headers = {}, delayFor = () => 0 } = {}) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(base, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      const answer = () => {
        res.writeHead(200, {
          "content-type": TYPES[path.extname(file)] || "application/octet-stream",
          ...headers,
        });
        res.end(body);
      };
      const ms = delayFor(pathname);
      if (ms > 0) setTimeout(answer, ms);
      else answer();
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      resolve({ url, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

module.exports = { serveDir };
