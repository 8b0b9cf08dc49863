import { docIdOf } from '@cantiere/collab';
import { waitFor } from '../support/collab-harness';
import { meetingSuite } from '../support/live-suite';
import { type Json } from '../support/meeting-fixture';
import { paragraph, sectionOf } from '../support/minutes-doc';

describe('accepted suggestions are applied to the minutes', () => {
  const f = meetingSuite();
  const { openMinutes: open } = f;

  /** A closed meeting in review whose second section holds `lines`, written by the minute-taker. */
  async function inReview(title: string, lines: string[]) {
    const { meeting, items } = await f.startedMeeting(title);
    const officer = await open(f.cookies.facilitator, meeting.id);
    const texts = lines.map((line) => paragraph(sectionOf(officer.ydoc, items[1].id), line));
    await officer.session.whenSaved();
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/review`, f.cookies.facilitator, { days: 7 });
    const suggest = async (quote: string, text: string) =>
      (await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.member, { kind: 'suggestion', agendaItemId: items[1].id, quote, text }))
        .remark as Json;
    const resolve = async (remarkId: string, resolution: string) =>
      f.call('POST', `/api/meetings/${meeting.id}/minutes/remarks/${remarkId}/resolution`, f.cookies.facilitator, { resolution });
    return { meeting, items: items as Json[], officer, texts, suggest, resolve };
  }

  it("replaces the quoted passage live, in the proposer's name, and the approved verbale says so", async () => {
    const { meeting, items, suggest, resolve } = await inReview('Sportello alimentare', ['Lo sportello resta aperto due pomeriggi a settimana.']);
    const watcher = await open(f.cookies.third, meeting.id);
    const remark = await suggest('due pomeriggi', 'tre pomeriggi');
    const accepted = await resolve(remark.id, 'accepted');
    expect(accepted.status).toBe(200);
    expect(accepted.body.remark).toMatchObject({ resolution: 'accepted', application: 'applied', applicationIssue: null });
    // Every open copy receives the change at once, without reloading.
    await waitFor(() => sectionOf(watcher.ydoc, items[1].id).toString().includes('tre pomeriggi'), 5_000, 'live change');
    expect(sectionOf(watcher.ydoc, items[1].id).toString()).not.toContain('due pomeriggi');
    const [row] = await f.t.dataSource.query(`SELECT author FROM collab_updates WHERE doc_id = $1 AND msg_id LIKE 'server:%' ORDER BY seq DESC LIMIT 1`, [
      docIdOf('minutes', meeting.id),
    ]);
    expect(row.author).toBe(f.member.user.id);
    // Accepting again changes nothing more.
    expect((await resolve(remark.id, 'accepted')).body.remark.application).toBe('applied');
    expect((await resolve(remark.id, 'rejected')).status).toBe(409);

    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, { confirm: ['review_open'] });
    const verbale = await f.call('GET', `/api/meetings/${meeting.id}/minutes.txt`, f.cookies.third);
    expect(verbale.text).toContain('Lo sportello resta aperto tre pomeriggi a settimana.');
    expect(verbale.text).not.toContain('due pomeriggi');
  });

  it('leaves a passage changed meanwhile, or repeated, to be applied by hand, and approval warns until it is', async () => {
    const { meeting, items, officer, texts, suggest, resolve } = await inReview('Sportello casa', [
      'Apertura il lunedì mattina.',
      'Su appuntamento: colloqui lunghi e colloqui brevi.',
    ]);
    const gone = await suggest('lunedì mattina', 'martedì mattina');
    const repeated = await suggest('colloqui', 'incontri');
    // The minute-taker rewrites the passage before the suggestion is accepted.
    officer.ydoc.transact(() => {
      texts[0].delete(0, texts[0].length);
      texts[0].insert(0, 'Apertura il lunedì pomeriggio.');
    });
    await officer.session.whenSaved();

    const first = await resolve(gone.id, 'accepted');
    expect(first.body.remark).toMatchObject({ resolution: 'accepted', application: 'to_apply', applicationIssue: 'not_found' });
    expect((await resolve(repeated.id, 'accepted')).body.remark).toMatchObject({ application: 'to_apply', applicationIssue: 'ambiguous' });
    expect(sectionOf(officer.ydoc, items[1].id).toString()).toContain('Su appuntamento: colloqui lunghi e colloqui brevi.');

    const refused = await f.call('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, { confirm: ['review_open'] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('confirmation_required');
    expect(refused.body.error.details.warnings.find((w: Json) => w.code === 'unapplied_suggestions')).toEqual({ code: 'unapplied_suggestions', count: 2 });
    expect((await f.ok('GET', `/api/meetings/${meeting.id}`, f.cookies.facilitator)).meeting.minutesStatus).toBe('in_review');

    expect((await f.call('POST', `/api/meetings/${meeting.id}/minutes/remarks/${gone.id}/applied`, f.cookies.member)).status).toBe(403);
    expect((await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks/${gone.id}/applied`, f.cookies.facilitator)).remark.application).toBe(
      'applied_by_hand',
    );
    expect((await f.call('POST', `/api/meetings/${meeting.id}/minutes/remarks/${gone.id}/applied`, f.cookies.facilitator)).status).toBe(409);
    const still = await f.call('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, { confirm: ['review_open'] });
    expect(still.body.error.details.warnings.find((w: Json) => w.code === 'unapplied_suggestions')).toEqual({ code: 'unapplied_suggestions', count: 1 });

    const approved = (
      await f.ok('POST', `/api/meetings/${meeting.id}/minutes/approve`, f.cookies.facilitator, { confirm: ['review_open', 'unapplied_suggestions'] })
    ).meeting;
    expect(approved.transitions.at(-1).confirmedWarnings.map((w: Json) => w.code)).toEqual(['review_open', 'unapplied_suggestions']);
  });
});
