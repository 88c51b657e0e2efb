import type { MailHost } from "../../../src/hosts/mailhost";

/**
 * Outlook answering late: the host's `method` does its work at once, and its promise settles
 * only when the returned `answer` is called.
 */
export function answerLate(host: MailHost, method: "insertAtCursor" | "replyWith"): () => void {
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const real = host[method].bind(host);
  jest.spyOn(host, method).mockImplementation(async (content) => {
    await real(content);
    await answered;
  });
  return answer;
}
