import { TEST_PASSWORD, loggedInAgent } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

describe('account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('updates name and language, validating both', async () => {
    const { agent } = await loggedInAgent(t);
    const res = await agent.patch('/api/account').send({ name: '  Anna Ricci ', locale: 'en' }).expect(200);
    expect(res.body.user).toMatchObject({ name: 'Anna Ricci', locale: 'en' });
    expect((await agent.get('/api/auth/me')).body.user.locale).toBe('en');
    const bad = await agent.patch('/api/account').send({ locale: 'fr', name: 'x'.repeat(121) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['locale', 'name']);
    await agent.patch('/api/account').send({}).expect(400);
  });

  it('changes the password only with the current one, ending the other sessions', async () => {
    const { agent, user } = await loggedInAgent(t);
    const other = t.agent();
    await other.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(200);

    const wrong = await agent.post('/api/account/password').send({ currentPassword: 'nope', newPassword: 'una nuova password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toEqual([{ path: 'currentPassword', message: 'wrong_password' }]);

    await agent.post('/api/account/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'una nuova password' }).expect(204);
    await agent.get('/api/auth/me').expect(200);
    await other.get('/api/auth/me').expect(401);
  });

  it("lists the active sessions and ends one of them, but not another user's", async () => {
    const { agent, user } = await loggedInAgent(t);
    const phone = t.agent();
    await phone.post('/api/auth/login').set('User-Agent', 'Telefono di prova').send({ email: user.email, password: TEST_PASSWORD }).expect(200);
    const { body } = await agent.get('/api/account/sessions').expect(200);
    expect(body.items).toHaveLength(2);
    expect(body.items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const phoneSession = body.items.find((s: { userAgent: string }) => s.userAgent === 'Telefono di prova');
    expect(phoneSession.current).toBe(false);

    const { agent: stranger } = await loggedInAgent(t);
    await stranger.delete(`/api/account/sessions/${phoneSession.id}`).expect(404);
    await phone.get('/api/auth/me').expect(200);

    await agent.delete(`/api/account/sessions/${phoneSession.id}`).expect(204);
    await phone.get('/api/auth/me').expect(401);
    expect((await agent.get('/api/account/sessions')).body.items).toHaveLength(1);
  });
});
