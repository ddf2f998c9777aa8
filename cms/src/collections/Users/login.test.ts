import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionOf } from '../../testing/rejection.ts';
import { type PayloadOverHttp, servePayloadOverHttp } from '../../testing/servePayloadOverHttp.ts';
import { startTestPayload, type TestPayload } from '../../testing/startTestPayload.ts';
import { passwordProblem } from './passwordRules.ts';

const strong = 'seven orange kites over Copán';

describe('signing in', () => {
  let test: TestPayload;
  let payload: Payload;
  let http: PayloadOverHttp;

  beforeAll(async () => {
    test = await startTestPayload();
    payload = test.payload;
    http = await servePayloadOverHttp(test);
    await payload.create({ collection: 'users', data: { email: 'admin@example.org', password: strong, roles: ['admin'] } });
  });
  afterAll(async () => {
    await http?.close();
    await test?.stop();
  });

  const login = (email: string, password: string) =>
    fetch(`${http.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });

  describe('password rules', () => {
    it.each([
      ['short', 'Xq7#pL2!', /at least 12 characters/],
      ['the e-mail address', 'ana.lopez@example.org', /e-mail address/],
      ['a common password', 'password1234', /too easy to guess/],
      ['a keyboard pattern', 'qwertyuiop123', /too easy to guess/],
      ['built from the e-mail', 'ana.lopez2026', /too easy to guess/],
    ])('refuses one that is %s', (_what, password, reason) => {
      expect(passwordProblem(password, { email: 'ana.lopez@example.org' })).toMatch(reason);
    });

    it("explains a refusal in the editor's admin language", () => {
      expect(passwordProblem('Xq7#pL2!', {}, 'es')).toMatch(/Use al menos 12 caracteres/);
      expect(passwordProblem('password1234', {}, 'es')).toMatch(/^Esta contraseña es demasiado fácil de adivinar\. .+\. Use unas palabras/);
      expect(passwordProblem('password1234', {}, 'fr')).toMatch(/^Ce mot de passe est trop facile à deviner\./);
      expect(passwordProblem('ana.lopez@example.org', { email: 'ana.lopez@example.org' }, 'fr')).toBe(
        'N’utilisez pas votre adresse e-mail comme mot de passe.',
      );
    });

    it('accepts a few unrelated words, or a long random one', () => {
      expect(passwordProblem(strong, { email: 'ana.lopez@example.org' })).toBeUndefined();
      expect(passwordProblem('c2V4Y3ZiX3Rlc3Rz-9Qa', { email: 'ana.lopez@example.org' })).toBeUndefined();
    });

    it('applies when an account is created, when a password is changed and when it is reset', async () => {
      expect(
        await rejectionOf(
          payload.create({
            collection: 'users',
            data: { email: 'ana.lopez@example.org', password: 'password1234', roles: ['country-editor'] },
          }),
        ),
      ).toEqual([expect.stringMatching(/too easy to guess/)]);
      const ana = await payload.create({
        collection: 'users',
        data: { email: 'ana.lopez@example.org', password: strong, roles: ['country-editor'] },
      });
      expect(await rejectionOf(payload.update({ collection: 'users', id: ana.id, data: { password: 'ana.lopez@example.org' } }))).toEqual([
        expect.stringMatching(/e-mail address/),
      ]);

      const token = await payload.forgotPassword({ collection: 'users', data: { email: 'ana.lopez@example.org' }, disableEmail: true });
      const reset = await fetch(`${http.baseUrl}/api/users/reset-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, password: 'ana.lopez2026' }),
      });
      expect(reset.status).toBe(400);
      expect(JSON.stringify(await reset.json())).toMatch(/too easy to guess/);
      expect((await login('ana.lopez@example.org', strong)).status).toBe(200);
    });
  });

  it('locks an account after 5 wrong passwords, the right one included, until an admin unlocks it', async () => {
    await payload.create({ collection: 'users', data: { email: 'guess.me@example.org', password: strong, roles: ['reviewer'] } });
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await login('guess.me@example.org', `wrong guess number ${attempt}`)).status).toBe(401);
    }
    const locked = await login('guess.me@example.org', strong);
    expect(locked.status).not.toBe(200);
    expect(JSON.stringify(await locked.json())).toMatch(/locked/i);

    // Unlocking asks for the e-mail only; Payload's type also lists a password it does not use.
    await payload.unlock({ collection: 'users', data: { email: 'guess.me@example.org' } as never, overrideAccess: true });
    expect((await login('guess.me@example.org', strong)).status).toBe(200);
  });

  it('sets an HTTP-only, same-site session cookie that lasts two hours', async () => {
    const response = await login('admin@example.org', strong);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^payload-token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // Tests run outside production: the cookie may travel over plain HTTP to a local admin.
    expect(cookie).not.toMatch(/Secure/i);
    const { exp } = (await response.json()) as { exp: number };
    expect(exp - Date.now() / 1000).toBeGreaterThan(2 * 3600 - 60);
    expect(exp - Date.now() / 1000).toBeLessThanOrEqual(2 * 3600);
  });

  it('sends the cookie over HTTPS only in production, unless told otherwise', async () => {
    const { readEnv } = await import('../../env.ts');
    const base = {
      PAYLOAD_SECRET: 'a production secret for this test',
      DATABASE_URL: 'file:/tmp/unused.db',
    } as unknown as NodeJS.ProcessEnv;
    expect(readEnv({ ...base, NODE_ENV: 'production' }).secureCookies).toBe(true);
    expect(readEnv({ ...base, NODE_ENV: 'production', INFOHUB_SECURE_COOKIES: 'false' }).secureCookies).toBe(false);
    expect(readEnv({ ...base, NODE_ENV: 'development' }).secureCookies).toBe(false);
    expect(() => readEnv({ ...base, INFOHUB_SECURE_COOKIES: 'yes' })).toThrow(/true or false/);
  });
});
