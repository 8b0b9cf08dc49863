import { docIdOf } from '@cantiere/collab';
import { listen, openDoc, type OpenDoc } from './collab-harness';
import { meetingFixture, type Json } from './meeting-fixture';
import { startTestApp, type TestApp } from './test-app';

type MeetingFixture = Awaited<ReturnType<typeof meetingFixture>>;

/** What a meeting's minutes can be downloaded as. */
export const MINUTES_EXPORTS = ['minutes.json', 'minutes.pdf', 'minutes.docx', 'minutes.txt'] as const;

/**
 * Registers the hooks of a suite that talks to the application over HTTP and sockets: the application starts on its
 * own database and port before the tests and closes after them, and the live documents a test joins through `open`
 * are left after it. The fields are set by the time the tests run.
 */
export function liveAppSuite() {
  const opened: OpenDoc[] = [];
  const suite = {
    t: undefined as unknown as TestApp,
    baseUrl: '',
    /** Joins a live document; it is left after the test. */
    async open(cookie: string, docId: string): Promise<OpenDoc> {
      const o = await openDoc(suite.baseUrl, { cookie }, docId);
      opened.push(o);
      return o;
    },
    /** Leaves every live document joined so far. */
    closeOpened(): void {
      opened.splice(0).forEach((o) => o.client.close());
    },
  };
  beforeAll(async () => {
    suite.t = await startTestApp();
    suite.baseUrl = await listen(suite.t.app);
  });
  afterEach(() => suite.closeOpened());
  afterAll(() => suite.t.close());
  return suite;
}

/**
 * {@link liveAppSuite} with the {@link meetingFixture} spread on it (`ok`, `cookies`, `convenedMeeting`...), plus the
 * steps most meeting tests start from.
 */
export function meetingSuite() {
  const app = liveAppSuite();
  let fixture: MeetingFixture;
  const steps = {
    /** Joins the live minutes of a meeting; they are left after the test. */
    openMinutes: (cookie: string, meetingId: string) => app.open(cookie, docIdOf('minutes', meetingId)),
    /** A meeting with two agenda items, convened and started now, a week ahead of its schedule. */
    async startedMeeting(title: string): Promise<{ meeting: Json; items: Json[] }> {
      const { meeting, items } = await fixture.convenedMeeting({ title });
      await fixture.ok('POST', `/api/meetings/${meeting.id}/transitions`, fixture.cookies.facilitator, { transition: 'start', confirm: ['far_from_schedule'] });
      return { meeting, items };
    },
    /** Downloads a file of a meeting (by default as its facilitator), expecting it to be served. */
    async download(meetingId: string, file: string, cookie = fixture.cookies.facilitator): Promise<{ bytes: Buffer; headers: Headers }> {
      const res = await fetch(`${app.baseUrl}/api/meetings/${meetingId}/${file}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      return { bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
    },
  };
  const suite = Object.assign(app, steps) as typeof app & typeof steps & MeetingFixture;
  beforeAll(async () => {
    fixture = await meetingFixture(app.t, app.baseUrl);
    Object.assign(suite, fixture);
  });
  return suite;
}
