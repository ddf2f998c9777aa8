import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PayloadOverHttp, servePayloadOverHttp } from '../testing/servePayloadOverHttp.ts';
import { startTestPayload, type TestPayload } from '../testing/startTestPayload.ts';
import { rateLimits } from './rateLimits.ts';

const password = 'rate limits checked over http';

describe('rate limits on the public API writes', () => {
  let test: TestPayload;
  let http: PayloadOverHttp;

  beforeAll(async () => {
    test = await startTestPayload();
    await test.payload.create({ collection: 'users', data: { email: 'admin@example.org', password, roles: ['admin'] } });
    http = await servePayloadOverHttp(test);
  });
  afterAll(async () => {
    await http?.close();
    await test?.stop();
  });

  // Each test is a different client, by the address a reverse proxy appends to X-Forwarded-For (the last entry).
  const post = (client: string, path: string, body: unknown) =>
    fetch(`${http.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify(body),
    });
  const errorMessage = async (response: Response) => ((await response.json()) as { errors?: { message: string }[] }).errors?.[0]?.message;

  it(`lets one address try to sign in ${rateLimits.signIn.attempts} times in 5 minutes, across accounts, then answers 429`, async () => {
    const client = '203.0.113.5';
    for (let attempt = 1; attempt <= rateLimits.signIn.attempts; attempt++) {
      // A different account each time: the per-account lockout never comes into play.
      const response = await post(client, '/api/users/login', { email: `guess${attempt}@example.org`, password: 'wrong password' });
      expect(response.status).toBe(401);
    }
    const refused = await post(client, '/api/users/login', { email: 'admin@example.org', password });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(200);
    expect(await errorMessage(refused)).toBe('Too many attempts from this network. Try again in 5 minutes.');

    // GraphQL signs in through the same operation and is counted the same way.
    const graphql = await post(client, '/api/graphql', {
      query: `mutation { loginUser(email: "admin@example.org", password: "${password}") { token } }`,
    });
    const answer = (await graphql.json()) as { data?: { loginUser: unknown }; errors?: { message: string }[] };
    expect(answer.data?.loginUser ?? null).toBeNull();
    expect(answer.errors?.[0]?.message).toBe('Too many attempts from this network. Try again in 5 minutes.');
  });

  it('counts by the address the nearest proxy appended, not what the client wrote before it', async () => {
    const spoofed = await post('10.0.0.1, 203.0.113.5', '/api/users/login', { email: 'admin@example.org', password });
    expect(spoofed.status).toBe(429);
    const otherClient = await post('198.51.100.7', '/api/users/login', { email: 'admin@example.org', password });
    expect(otherClient.status).toBe(200);
  });

  it(`lets one address ask for ${rateLimits.accountRecovery.attempts} password resets in 15 minutes, then answers 429`, async () => {
    const client = '192.0.2.44';
    for (let attempt = 1; attempt <= rateLimits.accountRecovery.attempts; attempt++) {
      expect((await post(client, '/api/users/forgot-password', { email: 'admin@example.org' })).status).toBe(200);
    }
    const refused = await post(client, '/api/users/forgot-password', { email: 'admin@example.org' });
    expect(refused.status).toBe(429);
    expect(await errorMessage(refused)).toBe('Too many attempts from this network. Try again in 15 minutes.');
    // A reset with a guessed token from the same address is refused before the token is even looked at.
    expect((await post(client, '/api/users/reset-password', { token: 'guessed', password: 'a new long password 42' })).status).toBe(429);
  });
});
