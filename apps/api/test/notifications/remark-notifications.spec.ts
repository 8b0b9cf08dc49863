import { settleJobs } from '../support/jobs';
import { meetingSuite } from '../support/live-suite';
import type { Json } from '../support/meeting-fixture';
import { paragraph, sectionOf } from '../support/minutes-doc';

describe('a remark on a passage of the minutes is told to whoever wrote that passage', () => {
  const f = meetingSuite();

  const remarksTold = async (cookie: string, meetingId: string) =>
    ((await f.ok('GET', '/api/notifications?pageSize=200', cookie)).items as Json[]).filter(
      (n) => n.kind === 'remark_on_my_passage' && n.link === `/sedute/${meetingId}`,
    );

  it("reaches the writers of the quoted words (two people typing at once each keep their own), never the remark's author", async () => {
    const { meeting, items } = await f.startedMeeting('Seduta sulle mense');
    const member = await f.openMinutes(f.cookies.member, meeting.id);
    const facilitator = await f.openMinutes(f.cookies.facilitator, meeting.id);
    // Both write in the same section at the same time; one projection sees both.
    paragraph(sectionOf(member.ydoc, items[1].id), 'La cooperativa propone di aprire la mensa anche il sabato.');
    paragraph(sectionOf(facilitator.ydoc, items[1].id), 'Il Comune verifica la copertura dei costi.');
    await Promise.all([member.session.whenSaved(), facilitator.session.whenSaved()]);
    await f.ok('POST', `/api/meetings/${meeting.id}/transitions`, f.cookies.facilitator, { transition: 'close' });
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/review`, f.cookies.facilitator, { days: 7 });

    const remark = (await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.third, {
      kind: 'suggestion',
      agendaItemId: items[1].id,
      quote: 'anche il sabato',
      text: 'anche il sabato e la domenica',
    })) as Json;
    expect(remark.remark.id).toBeDefined();
    await settleJobs(f.t.dataSource);
    const [told] = await remarksTold(f.cookies.member, meeting.id);
    expect({ title: told?.title, body: told?.body }).toEqual({
      title: 'Proposta di modifica a un passaggio che hai scritto',
      body: `${f.third.user.name} su «anche il sabato», nel verbale di «Seduta sulle mense»`,
    });
    for (const cookie of [f.cookies.facilitator, f.cookies.third, f.cookies.outsider]) expect(await remarksTold(cookie, meeting.id)).toEqual([]);

    // A quote across both paragraphs reaches both writers; the member's own remark on it tells only the other one.
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.member, {
      kind: 'comment',
      quote: 'anche il sabato.\nIl Comune verifica',
      text: 'Serve un dato sui costi.',
    });
    await settleJobs(f.t.dataSource);
    expect((await remarksTold(f.cookies.facilitator, meeting.id)).map((n) => n.title)).toEqual(['Commento su un passaggio che hai scritto']);
    expect(await remarksTold(f.cookies.member, meeting.id)).toHaveLength(1);

    // A comment with no passage quoted, or on words nobody wrote, tells nobody.
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.third, { kind: 'comment', text: 'Bene così.' });
    await f.ok('POST', `/api/meetings/${meeting.id}/minutes/remarks`, f.cookies.third, { kind: 'comment', quote: 'parole mai scritte', text: 'Dove?' });
    await settleJobs(f.t.dataSource);
    expect(await remarksTold(f.cookies.member, meeting.id)).toHaveLength(1);
    expect(await remarksTold(f.cookies.facilitator, meeting.id)).toHaveLength(1);
  });
});
