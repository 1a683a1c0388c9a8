import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownAPIKeyMessage, ownRoleMessage } from '../../cms/src/hooks/refuseOwnAccessChange';
import { graphQL } from '../helpers/graphql';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// What the account form's rules mean through the API: a refused change of one's own role or API
// key answers 400 at the field (REST and GraphQL), never a silent 200; admins still change roles;
// an API key exists only on the site's service account; a new account's role is chosen, not
// defaulted.
let cms: TestCms;
type Staff = Awaited<ReturnType<typeof makeUser>>;
let admin: Staff, editor: Staff, officer: Staff, service: Staff;
const headers: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  cms = await startTestCms();
  admin = await makeUser(cms.payload, 'admin');
  editor = await makeUser(cms.payload, 'editor');
  officer = await makeUser(cms.payload, 'investment-officer');
  service = await makeUser(cms.payload, 'site-service');
  for (const [name, user] of Object.entries({ admin, editor, officer, service })) headers[name] = await authHeader(cms.payload, user);
});
afterAll(async () => cms?.close());

const roleOf = async (id: number | string) => (await cms.payload.findByID({ collection: 'users', id, overrideAccess: true })).role;
const patch = (who: string, id: number | string, body: unknown) => cms.api('PATCH', `/users/${id}`, { headers: headers[who], body });
const fieldErrors = async (response: Response) => {
  const body = (await response.json()) as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] };
  return body.errors?.[0]?.data?.errors ?? [];
};

describe('changing one’s own role', () => {
  it('is refused for an officer and an editor with a bilingual message at the role field (REST)', async () => {
    for (const [who, user] of [
      ['officer', officer],
      ['editor', editor],
    ] as const) {
      const response = await patch(who, user.id, { role: 'admin' });
      expect(response.status, who).toBe(400);
      expect(await fieldErrors(response)).toEqual([{ path: 'role', message: ownRoleMessage }]);
      expect(await roleOf(user.id)).toBe(user.role);
    }
    expect(ownRoleMessage).toMatch(/管理员.* \/ Only an administrator/);
  });

  it('is refused through GraphQL too', async () => {
    const result = await graphQL(cms.payload, officer, `mutation { updateUser(id: ${officer.id}, data: { role: admin }) { role } }`);
    expect(result.data?.updateUser ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/role|角色/i);
    // The route's error formatter sends this error's data (status and field errors) to the client.
    const error = result.errors?.[0]?.originalError as { status?: number; data?: { errors?: unknown[] } } | undefined;
    expect(error?.status).toBe(400);
    expect(error?.data?.errors).toEqual([{ path: 'role', message: ownRoleMessage }]);
    expect(await roleOf(officer.id)).toBe('investment-officer');
  });

  it('passes when the role sent is the one held (the account form always sends it), with other changes saved', async () => {
    const response = await patch('officer', officer.id, { role: 'investment-officer', name: 'Li Ming' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { doc: { name: string } }).doc.name).toBe('Li Ming');
  });

  it("is no reason to answer 400 about someone else's account: that stays a refusal of access", async () => {
    const response = await patch('editor', officer.id, { role: 'editor' });
    expect(response.status).toBe(403);
  });

  it('still works for administrators, on anyone (REST and GraphQL)', async () => {
    const other = await makeUser(cms.payload, 'editor');
    expect((await patch('admin', other.id, { role: 'investment-officer' })).status).toBe(200);
    expect(await roleOf(other.id)).toBe('investment-officer');
    const result = await graphQL(cms.payload, admin, `mutation { updateUser(id: ${other.id}, data: { role: editor }) { role } }`);
    expect(result.errors).toBeUndefined();
    expect(await roleOf(other.id)).toBe('editor');
  });
});

describe('API keys', () => {
  const keyWorks = async (key: string) =>
    ((await cms.api('GET', '/users/me', { headers: { authorization: `users API-Key ${key}` } }).then((r) => r.json())) as { user: unknown })
      .user != null;

  it('an editor or officer cannot give themselves one: 400 at the field, and no key works', async () => {
    for (const [who, user] of [
      ['editor', editor],
      ['officer', officer],
    ] as const) {
      const key = `self-made-${who}-0123456789abcdef`;
      const response = await patch(who, user.id, { enableAPIKey: true, apiKey: key });
      expect(response.status, who).toBe(400);
      expect((await fieldErrors(response)).map((e) => [e.path, e.message])).toEqual([
        ['enableAPIKey', ownAPIKeyMessage],
        ['apiKey', ownAPIKeyMessage],
      ]);
      expect(await keyWorks(key)).toBe(false);
    }
  });

  it("an administrator sets one on the site's service account only", async () => {
    const staffKey = 'admin-given-to-editor-0123456789ab';
    expect((await patch('admin', editor.id, { enableAPIKey: true, apiKey: staffKey })).status).toBe(200);
    expect(await keyWorks(staffKey)).toBe(false);
    const serviceKey = 'admin-given-to-service-0123456789';
    expect((await patch('admin', service.id, { enableAPIKey: true, apiKey: serviceKey })).status).toBe(200);
    expect(await keyWorks(serviceKey)).toBe(true);
  });

  it("the admin's form offers the API key block only on the service account (field permissions)", async () => {
    const permissions = async (id: number | string) => {
      const response = await cms.api('POST', `/users/access/${id}`, { headers: headers.admin, body: {} });
      return ((await response.json()) as { fields: Record<string, { update?: boolean }> }).fields;
    };
    expect((await permissions(service.id)).apiKey?.update).toBe(true);
    expect((await permissions(editor.id)).apiKey?.update).toBeFalsy();
  });
});

describe('a new account', () => {
  it('needs its role chosen: none is assumed', async () => {
    const response = await cms.api('POST', '/users', {
      headers: headers.admin,
      body: { email: 'no-role@portal.invalid', password: 'correct horse battery staple' },
    });
    expect(response.status).toBe(400);
    expect((await fieldErrors(response)).map((e) => e.path)).toEqual(['role']);
  });

  it("is not offered the site's service role, which only the service account itself shows as chosen", async () => {
    const role = cms.payload.collections.users.config.fields.find((f) => 'name' in f && f.name === 'role') as {
      filterOptions: (args: unknown) => { value: string }[];
      options: { value: string }[];
    };
    const req = { user: admin };
    const offered = (data: unknown) => role.filterOptions({ data, options: role.options, req, siblingData: data }).map((o) => o.value);
    expect(offered({})).toEqual(['admin', 'editor', 'investment-officer']);
    expect(offered({ role: 'editor' })).toEqual(['admin', 'editor', 'investment-officer']);
    expect(offered({ role: 'site-service' })).toEqual(['admin', 'editor', 'investment-officer', 'site-service']);
  });
});
