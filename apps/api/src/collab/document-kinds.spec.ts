import type { Actor } from '../core/auth/actor';
import { CollabAccess } from './collab-access';
import { DocumentKinds } from './document-kinds';

const ID = '0b6c3f9e-4a1d-4c2b-9e8f-1a2b3c4d5e6f';
const actor = { user: { id: 'u' } } as unknown as Actor;

describe('document kinds', () => {
  it('dispatches a doc id to the kind registered for its prefix, with the entity id after the colon', async () => {
    const kinds = new DocumentKinds();
    const asked: string[] = [];
    kinds.register({ prefix: 'minutes', access: async (_a, id) => (asked.push(`minutes ${id}`), 'write') });
    kinds.register({ prefix: 'document', access: async (_a, id) => (asked.push(`document ${id}`), 'read') });
    const access = new CollabAccess(kinds);
    expect(await access.decide(actor, `minutes:${ID}`)).toBe('write');
    expect(await access.decide(actor, `document:${ID}`)).toBe('read');
    expect(asked).toEqual([`minutes ${ID}`, `document ${ID}`]);
  });

  it('reads a kind nobody registered, or a malformed id, as not found', async () => {
    const kinds = new DocumentKinds();
    kinds.register({ prefix: 'document', access: async () => 'write' });
    const access = new CollabAccess(kinds);
    expect(await access.decide(actor, `proposal:${ID}`)).toBe('not_found');
    expect(await access.decide(actor, `document:${ID.toUpperCase()}`)).toBe('not_found');
    expect(kinds.of(`proposal:${ID}`)).toBeUndefined();
  });

  it('refuses a second registration of the same prefix', () => {
    const kinds = new DocumentKinds();
    kinds.register({ prefix: 'minutes', access: async () => 'read' });
    expect(() => kinds.register({ prefix: 'minutes', access: async () => 'write' })).toThrow('The document kind minutes is registered twice');
  });
});
