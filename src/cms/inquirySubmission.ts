// How the site stores one inquiry when the answer may be lost on the way back. Every inquiry
// carries an idempotency key (the contact page makes one per form), and the CMS answers an
// inquiry sent again with the same key with the reference it stored the first time. So when
// the outcome is unknown — the CMS answered 2xx but its body could not be read (e.g. the
// time limit ran out between its headers and its body, seen under heavy load), or the
// connection failed after the request may have reached it — the site asks once more instead of
// telling the prospect "not sent" about a lead that was stored.

export type SubmissionOutcome =
  | { kind: 'stored'; reference: string }
  /** The CMS answered, but not with a reference: the caller decides what it means. */
  | { kind: 'answered'; status: number }
  /** No usable answer: the inquiry may or may not have been stored. */
  | { kind: 'unknown'; error: unknown };

/**
 * Sends once, and once more with the same idempotency key when the first outcome is unknown or
 * a 2xx without a reference. Returns the last outcome.
 */
export async function submitWithOneResend(send: () => Promise<SubmissionOutcome>, hasIdempotencyKey: boolean): Promise<SubmissionOutcome> {
  const first = await send();
  const unknown = first.kind === 'unknown' || (first.kind === 'answered' && first.status >= 200 && first.status < 300);
  if (!unknown || !hasIdempotencyKey) return first;
  return send();
}
