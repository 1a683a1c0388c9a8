import type { Media } from '../../cms/src/payload-types';

type SizeName = keyof NonNullable<Media['sizes']>;

/**
 * The absolute URL of an uploaded image in one of its sharp sizes (the original when that size
 * is missing), for link previews and structured data. Undefined when the field holds no image
 * or only its id.
 */
export function imageUrl(media: number | string | Media | null | undefined, size: SizeName, site: URL | undefined): string | undefined {
  if (typeof media !== 'object' || !media?.filename || !site) return undefined;
  const filename = media.sizes?.[size]?.filename ?? media.filename;
  return new URL(`/media/${encodeURIComponent(filename)}`, site).href;
}
