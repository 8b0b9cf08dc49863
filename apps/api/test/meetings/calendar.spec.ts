import ICAL from 'ical.js';
import { listen } from '../support/collab-harness';
import { meetingFixture } from '../support/meeting-fixture';
import { startTestApp, TestApp } from '../support/test-app';

describe('meetings: calendar files and the personal feed', () => {
  let t: TestApp;
  let baseUrl: string;
  let f: Awaited<ReturnType<typeof meetingFixture>>;
  beforeAll(async () => {
    t = await startTestApp();
    baseUrl = await listen(t.app);
    f = await meetingFixture(t, baseUrl);
  });
  afterAll(() => t.close());

  it('serves each meeting as a valid iCalendar file in Rome time', async () => {
    const { meeting } = await f.convenedMeeting({
      title: 'Seduta, con virgole; e punto e virgola',
      startsAt: '2031-07-01T15:30:00Z',
      endsAt: '2031-07-01T17:00:00Z',
    });
    const res = await f.call('GET', `/api/meetings/${meeting.id}/calendar.ics`, f.cookies.member);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(res.text));
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(tz);
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(event.summary).toContain('Seduta, con virgole; e punto e virgola');
    expect(event.startDate.toJSDate().toISOString()).toBe('2031-07-01T15:30:00.000Z');
    expect(event.startDate.zone.tzid).toBe('Europe/Rome');
    expect(res.text).toContain('DTSTART;TZID=Europe/Rome:20310701T173000');
    expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(event.description).toContain('1. Approvazione del verbale precedente');
    expect((await f.call('GET', `/api/meetings/${meeting.id}/calendar.ics`, f.cookies.outsider)).status).toBe(404);
  });

  it('gives each account a secret feed URL that calendar programs read without logging in', async () => {
    const { meeting } = await f.convenedMeeting({ title: 'Seduta nel calendario personale' });
    const cancelled = await f.convenedMeeting({ title: 'Seduta annullata nel calendario' });
    await f.ok('POST', `/api/meetings/${cancelled.meeting.id}/transitions`, f.cookies.facilitator, { transition: 'cancel' });
    const draft = await f.ok('POST', '/api/meetings', f.cookies.facilitator, f.meetingInput({ title: 'Bozza non pubblicata' }));
    expect(await f.ok('GET', '/api/account/calendar-feed', f.cookies.member)).toEqual({ feed: { active: false, createdAt: null } });
    const { feed: created } = await f.ok('POST', '/api/account/calendar-feed', f.cookies.member);
    expect(created).toEqual({ active: true, createdAt: expect.any(String), url: expect.any(String) });
    expect(await f.ok('GET', '/api/account/calendar-feed', f.cookies.member)).toEqual({ feed: { active: true, createdAt: created.createdAt } });
    const { url } = created;
    expect(url).toMatch(/^http:\/\/cantiere\.test\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(url).pathname;
    const feed = await f.call('GET', path, null);
    expect(feed.status).toBe(200);
    const cal = new ICAL.Component(ICAL.parse(feed.text));
    const events = cal.getAllSubcomponents('vevent').map((e) => [String(e.getFirstPropertyValue('uid')), e.getFirstPropertyValue('status')]);
    expect(events).toEqual(
      expect.arrayContaining([
        [`meeting-${meeting.id}@cantiere`, 'CONFIRMED'],
        [`meeting-${cancelled.meeting.id}@cantiere`, 'CANCELLED'],
      ]),
    );
    expect(events.map(([uid]) => uid)).not.toContain(`meeting-${draft.meeting.id}@cantiere`);
    // The outsider's feed holds none of the members-only space's meetings.
    const outsiderFeed = await f.call('GET', new URL((await f.ok('POST', '/api/account/calendar-feed', f.cookies.outsider)).feed.url).pathname, null);
    expect(outsiderFeed.text).not.toContain(meeting.id);
    // A new URL revokes the old one; revoking stops the feed.
    const second = (await f.ok('POST', '/api/account/calendar-feed', f.cookies.member)).feed.url;
    expect((await f.call('GET', path, null)).status).toBe(404);
    expect((await f.call('GET', new URL(second).pathname, null)).status).toBe(200);
    expect((await f.call('DELETE', '/api/account/calendar-feed', f.cookies.member)).status).toBe(204);
    expect((await f.call('GET', new URL(second).pathname, null)).status).toBe(404);
    expect((await f.call('GET', '/api/calendar/short.ics', null)).status).toBe(400);
  });
});
