import { createUser, loggedInAgent, TEST_PASSWORD } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

describe('login and logout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '3' });
  });
  afterAll(() => t.close());

  it('logs in with the right password and sets an httpOnly SameSite=Lax session cookie', async () => {
    const user = await createUser(t, { email: 'giulia.rossi@example.org', name: 'Giulia Rossi' });
    const res = await t.request().post('/api/auth/login').send({ email: 'Giulia.Rossi@Example.org ', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: { id: user.id, email: 'giulia.rossi@example.org', name: 'Giulia Rossi', role: 'user', locale: 'it', createdAt: expect.any(String) },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^cantiere_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(res.body.user).not.toHaveProperty('passwordHash');
  });

  it('answers /me for the session and forgets it after logout', async () => {
    const user = await createUser(t);
    const agent = t.agent();
    await agent.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.user.id).toBe(user.id);
    const out = await agent.post('/api/auth/logout').expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/cantiere_session=;/);
    await agent.get('/api/auth/me').expect(401);
  });

  it('a revoked session stops working even if the browser still sends the cookie', async () => {
    const user = await createUser(t);
    const login = await t.request().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0];
    await t.request().post('/api/auth/logout').set('Cookie', cookie).expect(204);
    const res = await t.request().get('/api/auth/me').set('Cookie', cookie);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'unauthorized', message: 'Authentication required' } });
  });

  it('refuses a wrong password and an unknown email with the same 401', async () => {
    const user = await createUser(t);
    const wrong = await t.request().post('/api/auth/login').set('X-Forwarded-For', '10.0.0.1').send({ email: user.email, password: 'not the password' });
    const unknown = await t.request().post('/api/auth/login').send({ email: 'nobody@example.org', password: 'whatever' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual({ error: { code: 'invalid_credentials', message: 'Email or password is not correct' } });
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a deactivated account with account_disabled, said only to whoever gives the right password', async () => {
    const user = await createUser(t, { disabled: true });
    const res = await t.request().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ error: { code: 'account_disabled', message: 'This account was deactivated by an administrator' } });
    expect(res.headers['set-cookie']).toBeUndefined();
    const wrong = await t.request().post('/api/auth/login').send({ email: user.email, password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
  });

  it('rejects invalid input with field details', async () => {
    const res = await t.request().post('/api/auth/login').send({ email: 'not-an-email', password: '' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([
        { path: 'email', message: 'invalid_email' },
        { path: 'password', message: 'required' },
      ]),
    );
  });

  it('rejects malformed JSON, wrong types and oversized bodies without a 500', async () => {
    const malformed = await t.request().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('validation_failed');
    const wrongTypes = await t
      .request()
      .post('/api/auth/login')
      .send({ email: 42, password: ['x'] });
    expect(wrongTypes.status).toBe(400);
    expect(wrongTypes.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['email', 'password']);
    const huge = await t
      .request()
      .post('/api/auth/login')
      .send({ email: 'a@b.it', password: 'x'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });

  it('rate-limits repeated failures for an account, then lets the right password in after the window only', async () => {
    const user = await createUser(t);
    for (let i = 0; i < 3; i++) {
      await t
        .request()
        .post('/api/auth/login')
        .send({ email: user.email, password: `wrong-${i}` })
        .expect(401);
    }
    const limited = await t.request().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['set-cookie']).toBeUndefined();
  });
});

describe('who am I', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
  });
  afterAll(() => t.close());

  it('tells the organisation a user belongs to, so that others see it beside their name', async () => {
    const agent = t.agent();
    await agent.post('/api/auth/login').send({ email: 'giulia.rossi@ilcerchio.example', password: 'cantiere-demo-2026' }).expect(200);
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body).toEqual({ user: expect.objectContaining({ email: 'giulia.rossi@ilcerchio.example' }), organisation: 'Il Cerchio' });
    const { agent: loner } = await loggedInAgent(t);
    expect((await loner.get('/api/auth/me')).body.organisation).toBeNull();
  });
});
