import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loggedInAgent, memberOf } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

/** The session the served page carries (apps/api/src/core/http/web-page.ts), as the client reads it. */
const sessionIn = (html: string): unknown => JSON.parse(html.match(/<script type="application\/json" id="cantiere-session">(.*?)<\/script>/)![1]);

describe('the web page carries who is logged in', () => {
  let t: TestApp;
  let web: string;
  beforeAll(async () => {
    web = fs.mkdtempSync(path.join(os.tmpdir(), 'cantiere-web-'));
    fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><html><head><title>Cantiere</title></head><body><div id="root"></div></body></html>');
    t = await startTestApp({ WEB_DIST_DIR: web });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(web, { recursive: true, force: true });
  });

  it('as /api/auth/me answers it, organisation included, until the logout', async () => {
    const admin = (await loggedInAgent(t, 'admin')).agent;
    const organisation = (await admin.post('/api/organisations').send({ name: 'Cooperativa Il Cerchio', type: 'cooperativa_sociale' }).expect(201)).body
      .organisation;
    const { agent } = await memberOf(t, organisation.id);
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.organisation).toBe('Cooperativa Il Cerchio');
    const page = await agent.get('/sedute/42').expect(200);
    expect(sessionIn(page.text)).toEqual(me.body);
    expect(page.headers['cache-control']).toBe('private, no-store');
    await agent.post('/api/auth/logout').expect(204);
    expect(sessionIn((await agent.get('/').expect(200)).text)).toBeNull();
  });

  it('as nobody for a visitor without a session', async () => {
    expect(sessionIn((await t.request().get('/accesso').expect(200)).text)).toBeNull();
  });
});
