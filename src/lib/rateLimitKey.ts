/** What a rate limit counts: inquiries sent, tracking lookups, answers from the tracking page. */
export type RateLimitKind = 'inquiry' | 'track' | 'answer';

/** The namespace of the portal's counters in a Redis that may hold other applications' keys. */
export const rateLimitNamespace = 'portal:rate-limit';

/**
 * The client part of a counter's name: the address as the site saw it, with an IPv4 address
 * written as IPv6 (`::ffff:203.0.113.5`, from a dual-stack listener) folded to its IPv4 form, so
 * that one client is one counter whichever way an instance's socket reported it.
 */
export function clientPart(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}

/**
 * The prefix of one limit's counters: its kind and its window length. The window is part of
 * the name, so instances started with another RATE_LIMIT_WINDOW_SECONDS (during a rolling
 * change) never read a count kept for a window of a different length.
 */
export function rateLimitPrefix(kind: RateLimitKind, windowSeconds: number): string {
  return `${rateLimitNamespace}:${kind}:${windowSeconds}s`;
}

/** The full name of one client's counter in one limit, as it is stored in Redis. */
export function rateLimitKey(kind: RateLimitKind, windowSeconds: number, address: string): string {
  return `${rateLimitPrefix(kind, windowSeconds)}:${clientPart(address)}`;
}
