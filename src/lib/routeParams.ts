import { isLocale } from '#common/locales.ts';

/** A 404 that Astro renders with src/pages/404.astro; never cached. */
export function notFound(): Response {
  return new Response(null, { status: 404 });
}

/** True when the `[lang]` segment names one of our locales. */
export function isKnownLocale(value: string | undefined): boolean {
  return isLocale(value);
}

/** `?page=` as a positive integer, or undefined when it is not one. */
export function pageNumber(value: string | null): number | undefined {
  if (value === null) return 1;
  if (!/^[1-9]\d{0,5}$/.test(value)) return undefined;
  return Number(value);
}

/**
 * getLiveEntry() reports a missing document as an error named LiveEntryNotFoundError; the class
 * itself is not exported through `astro:content`, so it is recognised by name, as Astro does.
 */
export function isEntryNotFound(error: unknown): boolean {
  return (error as { name?: string } | undefined)?.name === 'LiveEntryNotFoundError';
}
