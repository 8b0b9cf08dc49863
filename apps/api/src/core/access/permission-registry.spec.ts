import type { Actor } from '../auth/actor';
import { AppError } from '../errors/app-error';
import { GLOBAL, PermissionRegistry, type PermissionCheck } from './permission-registry';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const actor = { user: { id: 'u-1' }, sessionId: null } as unknown as Actor;

function registry() {
  const r = new PermissionRegistry();
  const calls: (readonly string[])[] = [];
  r.register('document.write', {
    denied: 'You can read this document but not change it',
    decide: async (_actor, ids) => {
      calls.push(ids);
      return new Set(ids.filter((id) => id !== C));
    },
  });
  r.register('document.archive', { denied: 'Only facilitators', decide: async (_actor, ids) => new Set(ids.filter((id) => id === A)) });
  return { r, calls };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('PermissionRegistry', () => {
  it('decides many ids with one call of the rule, each id once', async () => {
    const { r, calls } = registry();
    expect([...(await r.allowed(actor, 'document.write', [A, B, C, A, B]))].sort()).toEqual([A, B]);
    expect(calls).toEqual([[A, B, C]]);
  });

  it('never hands a rule an id that is not a UUID (nothing to find, no bad cast), nor calls it for none', async () => {
    const { r, calls } = registry();
    expect([...(await r.allowed(actor, 'document.write', ['not-a-uuid', "1' OR '1'='1", A]))]).toEqual([A]);
    expect(await r.allowed(actor, 'document.write', ['nope'])).toEqual(new Set());
    expect(await r.allowed(actor, 'document.write', [])).toEqual(new Set());
    expect(calls).toEqual([[A]]);
  });

  it('passes the global id through to global rules', async () => {
    const r = new PermissionRegistry();
    r.register('platform.administer', { denied: 'Only administrators can do this', decide: async (_a, ids) => new Set(ids) });
    expect(await r.allowed(actor, 'platform.administer', [GLOBAL])).toEqual(new Set([GLOBAL]));
  });

  it('require passes when every id is allowed, else throws the one 403 naming the permission', async () => {
    const { r } = registry();
    await expect(r.require(actor, 'document.write', [A, B])).resolves.toBeUndefined();
    const err = await refusal(r.require(actor, 'document.write', [A, C]));
    expect([err.status, err.code, err.message, err.details]).toEqual([
      403,
      'forbidden',
      'You can read this document but not change it (document.write)',
      { permission: 'document.write' },
    ]);
  });

  it('require answers 404 instead where the caller asks to hide existence', async () => {
    const { r } = registry();
    const err = await refusal(r.require(actor, 'document.write', [C], { notFound: 'Document' }));
    expect([err.status, err.code, err.message]).toEqual([404, 'not_found', 'Document not found']);
  });

  it('can answers every permission for every id, one rule call per permission', async () => {
    const { r, calls } = registry();
    const can = await r.can(actor, ['document.write', 'document.archive'], [A, B, C]);
    expect(Object.fromEntries(can)).toEqual({
      [A]: { 'document.write': true, 'document.archive': true },
      [B]: { 'document.write': true, 'document.archive': false },
      [C]: { 'document.write': false, 'document.archive': false },
    });
    expect(calls).toHaveLength(1);
  });

  it('calls a rule shared by two permissions once in can, and still records both checks', async () => {
    const r = new PermissionRegistry();
    const calls: (readonly string[])[] = [];
    const decide = async (_actor: Actor, ids: readonly string[]) => {
      calls.push(ids);
      return new Set([A]);
    };
    r.register('meeting.manage', { denied: 'Only officers', decide });
    r.register('minutes.approve', { denied: 'Only officers', decide });
    const seen: string[] = [];
    r.observe((c) => seen.push(c.permission));
    const can = await r.can(actor, ['meeting.manage', 'minutes.approve'], [A, B]);
    expect(Object.fromEntries(can)).toEqual({
      [A]: { 'meeting.manage': true, 'minutes.approve': true },
      [B]: { 'meeting.manage': false, 'minutes.approve': false },
    });
    expect(calls).toEqual([[A, B]]);
    expect(seen).toEqual(['meeting.manage', 'minutes.approve']);
  });

  it('tells observers of every check until they stop listening', async () => {
    const { r } = registry();
    const seen: PermissionCheck[] = [];
    const stop = r.observe((c) => seen.push(c));
    await r.allowed(actor, 'document.write', [A, A]);
    r.record(actor, 'platform.administer', [GLOBAL]);
    stop();
    await r.allowed(actor, 'document.write', [B]);
    expect(seen).toEqual([
      { actorUserId: 'u-1', permission: 'document.write', ids: [A] },
      { actorUserId: 'u-1', permission: 'platform.administer', ids: [GLOBAL] },
    ]);
  });

  it('refuses a second rule for one permission, and a check of a permission nobody registered', async () => {
    const { r } = registry();
    expect(() => r.register('document.write', { denied: 'x', decide: async () => new Set() })).toThrow('permission document.write is already registered');
    await expect(r.allowed(actor, 'minutes.write', [A])).rejects.toThrow('no rule registered for permission minutes.write');
  });
});
