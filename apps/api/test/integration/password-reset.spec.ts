import { createUser, TEST_PASSWORD } from '../support/factories';
import { linkIn, readOutbox } from '../support/outbox';
import { startTestApp, TestApp } from '../support/test-app';

const tokenOf = (link: string) => link.split('/').pop()!;

describe('password reset by emailed link', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends a link that sets a new password once and ends every session', async () => {
    const user = await createUser(t, { email: 'reset.me@example.org' });
    const agent = t.agent();
    await agent.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);

    await t.request().post('/api/auth/password-reset/request').send({ email: 'RESET.me@example.org' }).expect(202);
    const mail = readOutbox(t.dataDir).find((m) => m.includes('To: reset.me@example.org'));
    expect(mail).toContain('Subject: Reimpostazione della password del Cantiere');
    const token = tokenOf(linkIn(mail!, '/reimposta-password'));

    await t.request().post('/api/auth/password-reset/confirm').send({ token, password: 'nuova password sicura' }).expect(204);
    await agent.get('/api/auth/me').expect(401);
    await t.request().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    await t.request().post('/api/auth/login').send({ email: user.email, password: 'nuova password sicura' }).expect(200);

    const reuse = await t.request().post('/api/auth/password-reset/confirm').send({ token, password: 'ancora un altra password' });
    expect(reuse.status).toBe(410);
    expect(reuse.body.error.code).toBe('gone');
  });

  const linksTo = (email: string) =>
    readOutbox(t.dataDir)
      .filter((m) => m.includes(`To: ${email}`))
      .map((m) => tokenOf(linkIn(m, '/reimposta-password')));

  it('voids every other outstanding link of the account once one link is used', async () => {
    const user = await createUser(t, { email: 'two.links@example.org' });
    await t.request().post('/api/auth/password-reset/request').send({ email: user.email }).expect(202);
    await t.request().post('/api/auth/password-reset/request').send({ email: user.email }).expect(202);
    const [first, second] = linksTo(user.email);
    expect(first).not.toBe(second);

    await t.request().post('/api/auth/password-reset/confirm').send({ token: second, password: 'scelta con il secondo link' }).expect(204);
    const older = await t.request().post('/api/auth/password-reset/confirm').send({ token: first, password: 'scelta con il primo link' });
    expect(older.status).toBe(410);
    expect(older.body.error.code).toBe('gone');
    await t.request().post('/api/auth/login').send({ email: user.email, password: 'scelta con il primo link' }).expect(401);
    await t.request().post('/api/auth/login').send({ email: user.email, password: 'scelta con il secondo link' }).expect(200);
  });

  it('lets only one of two links used at the same moment set the password', async () => {
    const user = await createUser(t, { email: 'racing.links@example.org' });
    await t.request().post('/api/auth/password-reset/request').send({ email: user.email }).expect(202);
    await t.request().post('/api/auth/password-reset/request').send({ email: user.email }).expect(202);
    const [first, second] = linksTo(user.email);
    const statuses = await Promise.all([
      t.request().post('/api/auth/password-reset/confirm').send({ token: first, password: 'prima password in gara' }),
      t.request().post('/api/auth/password-reset/confirm').send({ token: second, password: 'seconda password in gara' }),
    ]).then((all) => all.map((r) => r.status).sort());
    expect(statuses).toEqual([204, 410]);
  });

  it('voids outstanding links when the password is changed from the account page', async () => {
    const user = await createUser(t, { email: 'changed.meanwhile@example.org' });
    await t.request().post('/api/auth/password-reset/request').send({ email: user.email }).expect(202);
    const [link] = linksTo(user.email);
    const agent = t.agent();
    await agent.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    await agent.post('/api/account/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'cambiata dalla pagina account' }).expect(204);

    const stale = await t.request().post('/api/auth/password-reset/confirm').send({ token: link, password: 'da un link ormai vecchio' });
    expect(stale.status).toBe(410);
    await t.request().post('/api/auth/login').send({ email: user.email, password: 'cambiata dalla pagina account' }).expect(200);
  });

  it('answers the same for an unknown email and sends nothing', async () => {
    const before = readOutbox(t.dataDir).length;
    const res = await t.request().post('/api/auth/password-reset/request').send({ email: 'ghost@example.org' });
    expect(res.status).toBe(202);
    expect(readOutbox(t.dataDir).length).toBe(before);
  });

  it('rejects a short new password and a forged token', async () => {
    const short = await t
      .request()
      .post('/api/auth/password-reset/confirm')
      .send({ token: 'a'.repeat(43), password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.details).toEqual([{ path: 'password', message: 'password_too_short' }]);
    const forged = await t
      .request()
      .post('/api/auth/password-reset/confirm')
      .send({ token: 'a'.repeat(43), password: 'lunga abbastanza davvero' });
    expect(forged.status).toBe(410);
  });

  it('limits how many reset mails one address can trigger', async () => {
    await createUser(t, { email: 'flooded@example.org' });
    for (let i = 0; i < 5; i++) await t.request().post('/api/auth/password-reset/request').send({ email: 'flooded@example.org' }).expect(202);
    const res = await t.request().post('/api/auth/password-reset/request').send({ email: 'flooded@example.org' });
    expect(res.status).toBe(429);
    expect(readOutbox(t.dataDir).filter((m) => m.includes('To: flooded@example.org'))).toHaveLength(5);
  });
});
