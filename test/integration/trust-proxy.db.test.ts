import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { testApp } from '../support/app';
import { describeEachDatabase } from '../support/databases';
import { PASSWORD, seedBasics } from '../support/fixtures';

describeEachDatabase('behind a trusted load balancer', (t) => {
  let app: Awaited<ReturnType<typeof testApp>>['app'];
  beforeAll(async () => {
    await seedBasics(t().store);
    const config = { ...loadConfig({ GUARANTOR_TRUST_PROXY: '10.0.0.5' }), loadDemo: false };
    ({ app } = await testApp(t(), { config }));
  });
  afterAll(() => app.close());

  const signIn = (from: string, client: string, password: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress: from,
      headers: { 'x-forwarded-for': client },
      payload: { email: 'gb@test.invalid', password },
    });

  it('limits sign-in per client named by the balancer, and ignores the header from anyone else', async () => {
    for (let i = 0; i < 10; i++) await signIn('10.0.0.5', '198.51.100.1', 'wrong password!');
    expect((await signIn('10.0.0.5', '198.51.100.1', PASSWORD)).statusCode).toBe(429);
    // another client behind the same balancer is not locked out
    expect((await signIn('10.0.0.5', '198.51.100.2', PASSWORD)).statusCode).toBe(200);
    // a direct caller cannot pick its own address with the header
    for (let i = 0; i < 10; i++) await signIn('10.9.9.9', `203.0.113.${i}`, 'wrong password!');
    expect((await signIn('10.9.9.9', '203.0.113.200', PASSWORD)).statusCode).toBe(429);
  });

  it('refuses a malformed proxy list by name', () => {
    expect(() => loadConfig({ GUARANTOR_TRUST_PROXY: 'everyone' })).toThrow(/GUARANTOR_TRUST_PROXY/);
  });
});
