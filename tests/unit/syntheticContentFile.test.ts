import { describe, expect, it } from 'vitest';
import { syntheticContentFile } from '../../bench/lib/syntheticContent';

describe("the scale bench's synthetic content", () => {
  it('goes into the SQLite file its DATABASE_URL names', () => {
    expect(syntheticContentFile('file:/tmp/portal-bench-scale-x/portal.db', '/srv/portal')).toBe('/tmp/portal-bench-scale-x/portal.db');
    expect(syntheticContentFile('file:data/bench.db', '/srv/portal')).toBe('/srv/portal/data/bench.db');
  });
  it('is refused on MongoDB, whose collections would never read SQLite rows', () => {
    for (const url of ['mongodb://127.0.0.1:27017/portal', 'mongodb://a:27017,b:27017,c:27017/portal?replicaSet=rs0']) {
      expect(() => syntheticContentFile(url, '/srv/portal'), url).toThrow(/SQLite rows.*not MongoDB/);
    }
  });
});
