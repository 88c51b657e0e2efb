/**
 * @jest-environment node
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { builtInLibrary, mergeLibraries } from "../../../src/core/compose";
import { fetchTeamLibraries } from "../../../src/taskpane/team-library";

// The team's file comes over HTTP: a real server on loopback plays the team's web server.
let server: http.Server;
let base: string;
const routes = new Map<string, (res: http.ServerResponse) => void>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const route = routes.get(req.url ?? "");
    if (route) route(res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((ok) => server.close(() => ok()));
});

const json = (value: unknown) => (res: http.ServerResponse) =>
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(value));

function teamFile(lang: "en" | "es") {
  const own = builtInLibrary(lang).paragraphs[0];
  return { lang, paragraphs: [{ ...own, text: `Our team says: ${own.text}` }] };
}

const one = (paragraph: unknown) => ({ lang: "en", paragraphs: [paragraph] });

describe("the team's paragraph file", () => {
  it("reads one file, and its paragraph replaces the built-in one", async () => {
    routes.set("/team.json", json(teamFile("en")));
    const files = await fetchTeamLibraries(`${base}/team.json`);
    expect(files).toHaveLength(1);
    const merged = mergeLibraries(builtInLibrary("en"), ...files);
    const id = teamFile("en").paragraphs[0].id;
    expect(merged.paragraphs.find((p) => p.id === id)?.text).toMatch(/^Our team says: /);
  });

  it("reads an array of files, one per language", async () => {
    routes.set("/all.json", json([teamFile("en"), teamFile("es")]));
    const files = await fetchTeamLibraries(`${base}/all.json`);
    expect(files.map((f) => f.lang)).toEqual(["en", "es"]);
  });

  it("says what went wrong: a missing file, broken JSON, a file with mistakes", async () => {
    await expect(fetchTeamLibraries(`${base}/missing.json`)).rejects.toThrow(/answered 404/);
    routes.set("/broken.json", (res) => res.writeHead(200).end("{ not json"));
    await expect(fetchTeamLibraries(`${base}/broken.json`)).rejects.toThrow(/not valid JSON/);
    routes.set("/wrong.json", json({ lang: "en", paragraphs: [{ id: 7 }] }));
    await expect(fetchTeamLibraries(`${base}/wrong.json`)).rejects.toThrow(/wrong\.json/);
  });

  it("refuses a file too large, markup and a clashing id, as the CLI does", async () => {
    const huge = {
      lang: "en",
      paragraphs: [{ id: "c", kind: "closing", text: "x".repeat(300_000) }],
    };
    routes.set("/huge.json", json(huge));
    await expect(fetchTeamLibraries(`${base}/huge.json`)).rejects.toThrow(
      /huge\.json: file too large \(300,0\d\d characters; a paragraph file may hold at most 262,144\)/
    );
    routes.set("/markup.json", json(one({ id: "c", kind: "closing", text: "<b>Hi</b>" })));
    await expect(fetchTeamLibraries(`${base}/markup.json`)).rejects.toThrow(/markup "<b>"/);
    routes.set("/clash.json", json(one({ id: "opening.first", kind: "closing", text: "Bye" })));
    await expect(fetchTeamLibraries(`${base}/clash.json`)).rejects.toThrow(
      /"opening\.first" is the id of the built-in paragraph/
    );
  });

  it("gives up on a server that does not answer", async () => {
    routes.set("/slow.json", () => undefined);
    await expect(fetchTeamLibraries(`${base}/slow.json`, fetch, 200)).rejects.toThrow(
      /no answer within 0.2 s/
    );
  });

  it("says when the address cannot be reached at all", async () => {
    await expect(fetchTeamLibraries("http://127.0.0.1:1/team.json")).rejects.toThrow(
      /^http:\/\/127\.0\.0\.1:1\/team\.json: /
    );
  });
});
