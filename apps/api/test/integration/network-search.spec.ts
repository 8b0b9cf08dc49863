import { loggedInAgent } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

describe('searching the network', () => {
  let t: TestApp;
  let agent: Awaited<ReturnType<typeof loggedInAgent>>['agent'];
  beforeAll(async () => {
    t = await startTestApp({ SEED_DEMO: 'true' });
    agent = (await loggedInAgent(t, 'user')).agent;
  });
  afterAll(() => t.close());

  const names = (res: { body: { items: { name?: string; fullName?: string }[] } }) => res.body.items.map((i) => i.name ?? i.fullName);

  it('finds "Cooperativa" when searching for "cooperative" (Italian stemming), and by prefix', async () => {
    const res = await agent.get('/api/organisations').query({ q: 'cooperative' }).expect(200);
    expect(names(res).sort()).toEqual(['Cooperativa sociale Il Cerchio', 'Cooperativa sociale Il Ponte Onlus']);
    expect(names(await agent.get('/api/organisations').query({ q: 'solidariet' }))).toEqual(['Associazione Banco di Solidarietà Cremona ODV']);
    expect(names(await agent.get('/api/organisations').query({ q: '00297960197' }))).toEqual(['Comune di Cremona - Settore Politiche sociali']);
  });

  it('filters by type, thematic area, Comune and space, and pages the result', async () => {
    const coops = await agent.get('/api/organisations').query({ type: 'cooperativa_sociale,odv' });
    expect(coops.body.total).toBe(3);
    const food = await agent.get('/api/organisations').query({ area: 'food_poverty' });
    expect(names(food).sort()).toEqual(['Associazione Banco di Solidarietà Cremona ODV', 'Caritas Cremonese', 'Comune di Cremona - Settore Politiche sociali']);
    const soresina = await agent.get('/api/organisations').query({ comune: 'soresina' });
    expect(names(soresina)).toEqual(['Impresa sociale Lavoro e Dignità']);
    const spaces = (await agent.get('/api/spaces')).body.items as { id: string; name: string }[];
    const foodTable = spaces.find((s) => s.name === 'Tavolo Povertà alimentare')!;
    const inTable = await agent.get('/api/organisations').query({ spaceId: foodTable.id });
    expect(names(inTable).sort()).toEqual([
      'APS Quartieri Insieme',
      'Associazione Banco di Solidarietà Cremona ODV',
      'Caritas Cremonese',
      'Comune di Cremona - Settore Politiche sociali',
    ]);
    const page1 = await agent.get('/api/organisations').query({ pageSize: 5, page: 1 });
    const page3 = await agent.get('/api/organisations').query({ pageSize: 5, page: 3 });
    expect(page1.body).toMatchObject({ total: 14, page: 1, pageSize: 5 });
    expect(page1.body.items).toHaveLength(5);
    expect(page3.body.items).toHaveLength(4);
  });

  it('searches people by name, organisation and space', async () => {
    expect(names(await agent.get('/api/people').query({ q: 'rossi' }))).toEqual(['Giulia Rossi']);
    const caritas = (await agent.get('/api/organisations').query({ q: 'Caritas' })).body.items[0];
    expect(names(await agent.get('/api/people').query({ organisationId: caritas.id })).sort()).toEqual(['Anna Ricci', 'Luca Fontana']);
    expect((await agent.get('/api/people').query({ type: 'union' })).body.items.map((p: { lastName: string }) => p.lastName)).toEqual(['Gatti']);
  });

  it('treats hostile or odd search input as text, and rejects bad filters with details', async () => {
    for (const q of ["'; DROP TABLE organisations; --", '%_\\', '!!!', 'a & | ! :*']) {
      const res = await agent.get('/api/organisations').query({ q });
      expect({ q, status: res.status }).toEqual({ q, status: 200 });
    }
    const bad = await agent.get('/api/organisations').query({ pageSize: 1000, page: 0, spaceId: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['page', 'pageSize', 'spaceId']);
  });
});
