/**
 * The first value `probe` gives that is neither undefined nor false, asked every 200 ms: for what
 * the CMS does on its own time (the jobs queue, the mail server). Throws, naming `what`, after
 * `timeoutMs`.
 */
export async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
