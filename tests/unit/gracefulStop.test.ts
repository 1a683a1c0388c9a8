import { afterEach, describe, expect, it } from 'vitest';
import { closingWhenStopping, stopping } from '../../cms/src/lib/gracefulStop';

// The flag boundStop() sets on SIGTERM (a real signal would end the test process).
const stoppingKey = Symbol.for('xiangtan-portal.cmsStopping');
const flags = globalThis as Record<symbol, boolean | undefined>;
afterEach(() => delete flags[stoppingKey]);

describe("the CMS's API routes while it stops", () => {
  const route = closingWhenStopping(async (request: Request) =>
    Response.json({ path: new URL(request.url).pathname }, { status: 201, headers: { 'x-kept': 'yes' } }),
  );

  it('answer as before until the stop signal comes', async () => {
    expect(stopping()).toBe(false);
    const response = await route(new Request('http://cms.test/api/inquiries/submit'));
    expect(response.headers.get('connection')).toBeNull();
    expect(response.status).toBe(201);
  });

  it('then close their connection after the answer, which is otherwise the same', async () => {
    flags[stoppingKey] = true;
    expect(stopping()).toBe(true);
    const response = await route(new Request('http://cms.test/api/inquiries/submit'));
    expect(response.headers.get('connection')).toBe('close');
    expect(response.status).toBe(201);
    expect(response.headers.get('x-kept')).toBe('yes');
    expect(await response.json()).toEqual({ path: '/api/inquiries/submit' });
  });
});
