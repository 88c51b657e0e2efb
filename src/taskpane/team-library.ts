import { parseLibraries, type LibraryFile } from "../core/compose";

/** How long the composer waits for the team's file before writing with Kindly's own paragraphs. */
export const TEAM_FILE_TIMEOUT_MS = 10_000;

/**
 * The team's paragraph files at the address in the settings: one library file, or an array
 * of them (one per language), refused whole for a mistake (parseLibraries). Rejects with a
 * message for the rep.
 */
export async function fetchTeamLibraries(
  url: string,
  fetcher: typeof fetch = fetch,
  timeoutMs = TEAM_FILE_TIMEOUT_MS
): Promise<LibraryFile[]> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  let response: Response;
  let text = "";
  try {
    response = await fetcher(url, { signal: abort.signal, credentials: "omit" });
    if (response.ok) text = await response.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      abort.signal.aborted ? `${url}: no answer within ${timeoutMs / 1000} s.` : `${url}: ${reason}`
    );
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw new Error(`${url}: the server answered ${response.status}.`);
  // Read as `kindly compose --team` reads a file; the first mistakes, for a notice.
  const { files, errors } = parseLibraries(text, url);
  if (errors.length > 0) throw new Error(errors.slice(0, 3).join(" "));
  return files;
}
