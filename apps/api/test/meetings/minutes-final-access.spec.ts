import type { AccessChange } from '@cantiere/collab';
import { waitFor } from '../support/collab-harness';
import { meetingSuite } from '../support/live-suite';

describe('minutes made final: their writers are told', () => {
  const f = meetingSuite();

  it('tells a writer with doc:access (read, document_final) when the minutes are approved, and refuses its later writes', async () => {
    const { meeting } = await f.startedMeeting('Seduta da approvare');
    const writer = await f.openMinutes(f.cookies.facilitator, meeting.id);
    expect(writer.session.access).toBe('write');
    const changes: AccessChange[] = [];
    writer.session.on('access', (change) => changes.push(change));
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });
    // Closing the meeting keeps the draft minutes open to their writers: nothing to tell yet.
    expect(changes).toEqual([]);

    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, {});
    await waitFor(() => changes.length > 0, 5_000, 'doc:access after the approval');
    expect(changes).toEqual([{ access: 'read', reason: 'document_final' }]);
    expect(writer.session.access).toBe('read');
    const refused = await writer.client.socket.emitWithAck('doc:update', { docId: writer.session.docId, msgId: 'tardivo-1', update: new Uint8Array([0, 0]) });
    expect(refused).toEqual({ ok: false, error: { code: 'read_only', message: 'You can read this document but not change it' } });
  });
});
