import { InvitationEntity } from '../../src/modules/invitation/invitation.entity';
import { createUser, loggedInAgent } from '../support/factories';
import { linkIn, readOutbox } from '../support/outbox';
import { startTestApp, TestApp } from '../support/test-app';

const tokenOf = (link: string) => link.split('/').pop()!;

describe('invitations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('an admin invites by email; the link shows who is invited, creates the account and logs it in', async () => {
    const { agent: admin, user: inviter } = await loggedInAgent(t, 'admin');
    const created = await admin.post('/api/invitations').send({ email: 'Nuovo.Socio@Example.org', name: 'Nuovo Socio' }).expect(201);
    expect(created.body.invitation).toMatchObject({
      email: 'nuovo.socio@example.org',
      name: 'Nuovo Socio',
      role: 'user',
      status: 'pending',
      invitedBy: inviter.name,
    });

    const mail = readOutbox(t.dataDir).find((m) => m.includes('To: nuovo.socio@example.org'));
    expect(mail).toBeDefined();
    expect(mail).toContain('Subject: Invito al Cantiere Welfare Inclusione sociale');
    const link = linkIn(mail!, '/invito');
    expect(link.startsWith('http://cantiere.test/invito/')).toBe(true);

    const preview = await t
      .request()
      .get(`/api/auth/invitations/${tokenOf(link)}`)
      .expect(200);
    expect(preview.body).toEqual({ invitation: { email: 'nuovo.socio@example.org', name: 'Nuovo Socio', expiresAt: expect.any(String) } });

    const invitee = t.agent();
    const accepted = await invitee
      .post(`/api/auth/invitations/${tokenOf(link)}/accept`)
      .send({ name: 'Nuovo Socio APS', password: 'una password lunga' })
      .expect(200);
    expect(accepted.body.user).toMatchObject({ email: 'nuovo.socio@example.org', name: 'Nuovo Socio APS', role: 'user' });
    await invitee.get('/api/auth/me').expect(200);
    await t.request().post('/api/auth/login').send({ email: 'nuovo.socio@example.org', password: 'una password lunga' }).expect(200);

    const list = await admin.get('/api/invitations').expect(200);
    expect(list.body.items.find((i: { email: string }) => i.email === 'nuovo.socio@example.org').status).toBe('accepted');
  });

  it('a used, revoked or expired link is gone (410) and an unknown one is not found (404)', async () => {
    const { agent: admin } = await loggedInAgent(t, 'admin');
    await admin.post('/api/invitations').send({ email: 'used@example.org', name: 'Used' }).expect(201);
    const used = tokenOf(
      linkIn(
        readOutbox(t.dataDir).find((m) => m.includes('To: used@example.org'))!,
        '/invito',
      ),
    );
    await t.request().post(`/api/auth/invitations/${used}/accept`).send({ password: 'prima password ok' }).expect(200);
    const again = await t.request().post(`/api/auth/invitations/${used}/accept`).send({ password: 'seconda password' });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('gone');

    const revokedInv = await admin.post('/api/invitations').send({ email: 'revoked@example.org', name: 'Revoked' }).expect(201);
    const revoked = tokenOf(
      linkIn(
        readOutbox(t.dataDir).find((m) => m.includes('To: revoked@example.org'))!,
        '/invito',
      ),
    );
    await admin.delete(`/api/invitations/${revokedInv.body.invitation.id}`).expect(204);
    await t.request().get(`/api/auth/invitations/${revoked}`).expect(410);

    await admin.post('/api/invitations').send({ email: 'expired@example.org', name: 'Expired' }).expect(201);
    const expired = tokenOf(
      linkIn(
        readOutbox(t.dataDir).find((m) => m.includes('To: expired@example.org'))!,
        '/invito',
      ),
    );
    await t.dataSource.getRepository(InvitationEntity).update({ email: 'expired@example.org' }, { expiresAt: new Date(Date.now() - 1000) });
    await t.request().post(`/api/auth/invitations/${expired}/accept`).send({ password: 'password abbastanza lunga' }).expect(410);

    const unknown = await t.request().get(`/api/auth/invitations/${'x'.repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
  });

  it('inviting the same email twice keeps only the newest link working', async () => {
    const { agent: admin } = await loggedInAgent(t, 'admin');
    await admin.post('/api/invitations').send({ email: 'twice@example.org', name: 'Twice' }).expect(201);
    await admin.post('/api/invitations').send({ email: 'twice@example.org', name: 'Twice' }).expect(201);
    const [first, second] = readOutbox(t.dataDir)
      .filter((m) => m.includes('To: twice@example.org'))
      .map((m) => tokenOf(linkIn(m, '/invito')));
    await t.request().get(`/api/auth/invitations/${first}`).expect(410);
    await t.request().get(`/api/auth/invitations/${second}`).expect(200);
  });

  it('refuses an email that already has an account (409) and a weak password (400)', async () => {
    const { agent: admin } = await loggedInAgent(t, 'admin');
    const existing = await createUser(t);
    const conflict = await admin.post('/api/invitations').send({ email: existing.email, name: 'Dup' });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({ code: 'conflict', details: [{ path: 'email', message: 'email_taken' }] });

    await admin.post('/api/invitations').send({ email: 'weak@example.org', name: 'Weak' }).expect(201);
    const token = tokenOf(
      linkIn(
        readOutbox(t.dataDir).find((m) => m.includes('To: weak@example.org'))!,
        '/invito',
      ),
    );
    const weak = await t.request().post(`/api/auth/invitations/${token}/accept`).send({ password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details).toEqual([{ path: 'password', message: 'password_too_short' }]);
    await t.request().get(`/api/auth/invitations/${token}`).expect(200);
  });

  it('only admins see, create and revoke invitations', async () => {
    const { agent: member } = await loggedInAgent(t, 'user');
    const before = readOutbox(t.dataDir).length;
    const create = await member.post('/api/invitations').send({ email: 'sneaky@example.org', name: 'Sneaky' });
    expect(create.status).toBe(403);
    expect(create.body.error.code).toBe('forbidden');
    await member.get('/api/invitations').expect(403);
    await member.delete('/api/invitations/3f1c2b9e-8a4d-4c6b-9e2f-1a2b3c4d5e6f').expect(403);
    expect(readOutbox(t.dataDir).length).toBe(before);
  });

  it('validates the invitation form with field details', async () => {
    const { agent: admin } = await loggedInAgent(t, 'admin');
    const res = await admin.post('/api/invitations').send({ email: 'nope', name: '', role: 'superuser' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['email', 'name', 'role']);
    await admin.delete('/api/invitations/not-a-uuid').expect(404);
  });
});
