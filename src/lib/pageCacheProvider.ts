import memoryProvider, { type MemoryCacheProviderOptions } from 'astro/cache/memory';

type CacheProvider = ReturnType<typeof memoryProvider>;

/**
 * Astro's memory cache, made safe against a race it does not handle: a page whose render
 * started before the CMS invalidated one of its tags (so it read the old content) but finished
 * after would be stored as fresh and served until its max age. Every invalidation stamps its
 * tags with a sequence number; a page stored by a render that started before one of its tags
 * was invalidated is dropped again at once, through a tag unique to that render. Storing and
 * dropping happen in one turn of the event loop, so no other request sees the stale copy.
 */
export default function renderSafeMemoryCache(config: MemoryCacheProviderOptions | undefined): CacheProvider {
  const inner = memoryProvider(config);
  const invalidatedAt = new Map<string, number>();
  let sequence = 0;
  let renders = 0;

  return {
    ...inner,
    name: 'memory (render-safe)',
    async onRequest(context, next) {
      const startedAt = sequence;
      const renderTag = `render:${++renders}`;
      let tags: string[] = [];
      const response = await inner.onRequest!(context, async () => {
        const rendered = await next();
        const header = rendered.headers.get('Cache-Tag');
        if (header) {
          tags = header.split(',').map((tag) => tag.trim());
          rendered.headers.set('Cache-Tag', `${header},${renderTag}`);
        }
        return rendered;
      });
      if (tags.length === 0) return response;
      response.headers.set('Cache-Tag', tags.join(','));
      if (tags.some((tag) => (invalidatedAt.get(tag) ?? 0) > startedAt)) await inner.invalidate({ tags: [renderTag] });
      return response;
    },
    async invalidate(options) {
      const tags = options.tags === undefined ? [] : Array.isArray(options.tags) ? options.tags : [options.tags];
      sequence += 1;
      for (const tag of tags) invalidatedAt.set(tag, sequence);
      await inner.invalidate(options);
    },
  };
}
