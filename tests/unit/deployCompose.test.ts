import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDatabaseUrl, splitMongoUrl } from '../../cms/src/lib/databaseUrl';

// deploy/compose.yaml cannot be run here (no `mongo` image can be pulled), so its replica set's
// wiring is checked as written: three members, one initiation naming the same three, and a
// DATABASE_URL that names all of them and the set.
interface Service {
  image?: string;
  command?: string[];
  volumes?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../deploy/compose.yaml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const members = ['mongo1', 'mongo2', 'mongo3'];
const initScript = () => compose.services['mongo-init']!.command!.at(-1)!;

describe("compose.yaml's MongoDB replica set", () => {
  it('runs three members of the set rs0, each on a volume of its own', () => {
    const mongos = Object.entries(compose.services).filter(([, s]) => s.image?.startsWith('mongo:') && s.command?.includes('--replSet'));
    expect(mongos.map(([name]) => name)).toEqual(members);
    const volumes = mongos.map(([, s]) => s.volumes![0]!.split(':')[0]!);
    expect(new Set(volumes).size).toBe(3);
    for (const [name, service] of mongos) {
      expect(service.command!.slice(service.command!.indexOf('--replSet'), service.command!.indexOf('--replSet') + 2), name).toEqual([
        '--replSet',
        'rs0',
      ]);
      expect(compose.volumes).toHaveProperty(service.volumes![0]!.split(':')[0]!);
    }
  });

  it('initiates the set once with the same three members, after all are up, and waits for a primary', () => {
    const init = compose.services['mongo-init']!;
    expect(Object.keys(init.depends_on!)).toEqual(members);
    for (const member of members) expect(init.depends_on![member]!.condition).toBe('service_healthy');
    const script = initScript();
    expect(script.match(/const members = \[([^\]]*)\]/)![1]!.match(/'[^']+'/g)).toEqual(members.map((m) => `'${m}:27017'`));
    expect(script).toContain("rs.initiate({ _id: 'rs0'");
    expect(script).toMatch(/try \{\s*rs\.status\(\);/);
    expect(script).toContain('db.hello().primary');
    // mongosh runs it as JavaScript: it must at least parse as such.
    expect(() => new Function('rs', 'db', 'sleep', 'quit', script)).not.toThrow();
  });

  it("gives the CMS and the site a DATABASE_URL naming every member and replicaSet=rs0, and prepares only after the set's election", () => {
    for (const name of ['prepare', 'cms', 'site']) {
      const url = compose.services[name]!.environment!.DATABASE_URL!;
      expect(parseDatabaseUrl(url, '/srv/portal').kind, name).toBe('mongodb');
      const parts = splitMongoUrl(url)!;
      expect(parts.hosts, name).toEqual(members.map((m) => `${m}:27017`));
      expect(new URLSearchParams(parts.query).get('replicaSet'), name).toBe('rs0');
      expect(parts.database, name).toBe('portal');
    }
    expect(compose.services.prepare!.depends_on).toEqual({ 'mongo-init': { condition: 'service_completed_successfully' } });
  });
});
