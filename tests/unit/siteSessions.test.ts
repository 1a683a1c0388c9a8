import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

describe('the site', () => {
  it('keeps no sessions: nothing uses Astro.session, and the Node adapter would otherwise keep them in files of each instance', () => {
    expect(config.session).toBe(false);
  });
});
