import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
});
afterAll(async () => {
  await cms?.close();
});

const password = 'correct horse battery staple';
const login = (email: string, pass: string, language = 'en') =>
  cms.api('POST', '/users/login', { body: { email, password: pass }, headers: { 'accept-language': language } });

/** Five wrong passwords: Payload's default maxLoginAttempts locks the account. */
async function lockOut(email: string) {
  for (let i = 0; i < 5; i += 1) await login(email, `wrong password ${i}`);
}

/** Status, body and headers a client can see (the Date header aside). */
async function answer(response: Response) {
  const headers = [...response.headers.entries()].filter(([name]) => name !== 'date');
  return { status: response.status, body: await response.text(), headers };
}

describe('locked accounts', () => {
  it('only an administrator unlocks an account; editors, officers, the site account and strangers are refused and it stays locked', async () => {
    const admin = await makeUser(cms.payload, 'admin');
    const callers = {
      editor: await authHeader(cms.payload, await makeUser(cms.payload, 'editor')),
      'investment-officer': await authHeader(cms.payload, await makeUser(cms.payload, 'investment-officer')),
      'site-service': await authHeader(cms.payload, await makeUser(cms.payload, 'site-service')),
      anonymous: {},
    };
    const adminHeaders = await authHeader(cms.payload, admin);
    const victim = await makeUser(cms.payload, 'editor');
    await lockOut(victim.email);
    expect((await login(victim.email, password)).status).toBe(401);

    for (const [who, headers] of Object.entries(callers)) {
      const unlock = await cms.api('POST', '/users/unlock', { body: { email: victim.email }, headers });
      expect(unlock.status, who).toBe(403);
      expect((await login(victim.email, password)).status, `${who} unlocked the account`).toBe(401);
    }

    const unlock = await cms.api('POST', '/users/unlock', { body: { email: victim.email }, headers: adminHeaders });
    expect(unlock.status).toBe(200);
    expect((await login(victim.email, password)).status).toBe(200);
  });

  it('a locked account, a wrong password and an unknown email get byte-identical answers, in the language asked for', async () => {
    const locked = await makeUser(cms.payload, 'investment-officer');
    const known = await makeUser(cms.payload, 'investment-officer');
    await lockOut(locked.email);
    for (const language of ['en', 'zh']) {
      const [lockedAnswer, wrongAnswer, unknownAnswer] = [
        await answer(await login(locked.email, password, language)),
        await answer(await login(known.email, 'not the password', language)),
        await answer(await login('nobody-here@portal.invalid', password, language)),
      ];
      expect(wrongAnswer.status).toBe(401);
      expect(lockedAnswer).toEqual(wrongAnswer);
      expect(unknownAnswer).toEqual(wrongAnswer);
      expect(JSON.parse(wrongAnswer.body)).toEqual({
        errors: [{ message: language === 'en' ? 'The email or password provided is incorrect.' : '提供的电子邮件或密码不正确。' }],
      });
    }
  });

  it('forgot-password answers a known and an unknown email alike', async () => {
    const known = await makeUser(cms.payload, 'editor');
    const ask = async (email: string) => answer(await cms.api('POST', '/users/forgot-password', { body: { email } }));
    const [forKnown, forUnknown] = [await ask(known.email), await ask('nobody-here@portal.invalid')];
    expect(forKnown.status).toBe(200);
    expect(forUnknown).toEqual(forKnown);
    // Asked again within Payload's minimum interval: still the same answer.
    expect(await ask(known.email)).toEqual(forKnown);
  });
});
