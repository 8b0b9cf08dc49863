import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MeetingChanged } from '@cantiere/collab';
import type { Agenda, Attendance, Meeting } from '@cantiere/domain';
import { meetingsApi } from './api';
import { LatestWins } from './latest-wins';
import { useMeetingLive } from './useMeetingLive';

export interface MeetingData {
  meeting: Meeting | null;
  agenda: Agenda | null;
  attendance: Attendance | null;
  /** When the run state arrived, on the browser's clock, to measure elapsed time against the server's. */
  receivedAt: number;
  missing: boolean;
  setMeeting: (m: Meeting) => void;
  setAgenda: (a: Agenda) => void;
  /** For a change made on the page: returns what shows its states (optimistic, then the server's answer) from now on. */
  beginAgendaChange: () => (a: Agenda) => void;
  setAttendance: (a: Attendance) => void;
  /** Bumped on each agenda change, for panels that derive from it (the backlog). */
  agendaVersion: number;
  minutesVersion: number;
}

/** A meeting with its agenda and register, kept current by the live channel. */
export function useMeetingData(id: string): MeetingData {
  const [meeting, setMeetingState] = useState<Meeting | null>(null);
  const [agenda, setAgendaState] = useState<Agenda | null>(null);
  const [attendance, setAttendanceState] = useState<Attendance | null>(null);
  const [receivedAt, setReceivedAt] = useState(Date.now());
  const [missing, setMissing] = useState(false);
  const [agendaVersion, setAgendaVersion] = useState(0);
  const [minutesVersion, setMinutesVersion] = useState(0);
  // Answers to fetches and to the page's own changes can cross: the one that started last is what stays on screen.
  const order = useMemo(() => ({ meeting: new LatestWins(), agenda: new LatestWins(), attendance: new LatestWins() }), [id]);
  const showMeeting = useCallback(
    (m: Meeting, ticket: number) => {
      if (!order.meeting.accept(ticket)) return;
      setMeetingState(m);
      setReceivedAt(Date.now());
    },
    [order],
  );
  const showAgenda = useCallback(
    (a: Agenda, ticket: number) => {
      if (!order.agenda.accept(ticket)) return;
      setAgendaState(a);
      setAgendaVersion((v) => v + 1);
    },
    [order],
  );
  const showAttendance = useCallback(
    (a: Attendance, ticket: number) => {
      if (order.attendance.accept(ticket)) setAttendanceState(a);
    },
    [order],
  );
  const setMeeting = useCallback((m: Meeting) => showMeeting(m, order.meeting.start()), [order, showMeeting]);
  const beginAgendaChange = useCallback(() => {
    const ticket = order.agenda.start();
    return (a: Agenda) => showAgenda(a, ticket);
  }, [order, showAgenda]);
  const setAgenda = useCallback((a: Agenda) => showAgenda(a, order.agenda.start()), [order, showAgenda]);
  const setAttendance = useCallback((a: Attendance) => showAttendance(a, order.attendance.start()), [order, showAttendance]);
  const load = useCallback(
    (parts: ('meeting' | 'agenda' | 'attendance')[]) => {
      if (parts.includes('meeting')) {
        const ticket = order.meeting.start();
        meetingsApi.get(id).then(
          (r) => showMeeting(r.meeting, ticket),
          () => setMissing(true),
        );
      }
      if (parts.includes('agenda')) {
        const ticket = order.agenda.start();
        meetingsApi.agenda(id).then(
          (a) => showAgenda(a, ticket),
          () => undefined,
        );
      }
      if (parts.includes('attendance')) {
        const ticket = order.attendance.start();
        meetingsApi.attendance(id).then(
          (a) => showAttendance(a, ticket),
          () => undefined,
        );
      }
    },
    [id, order, showMeeting, showAgenda, showAttendance],
  );
  useEffect(() => load(['meeting', 'agenda', 'attendance']), [load]);
  useMeetingLive(id, (change: MeetingChanged | null) => {
    if (!change) return load(['meeting', 'agenda', 'attendance']);
    if (change.part === 'run' && change.run) {
      setMeetingState((m) => (m ? { ...m, run: change.run! } : m));
      setReceivedAt(Date.now());
    } else if (change.part === 'minutes') {
      setMinutesVersion((v) => v + 1);
      load(['meeting']);
    } else if (change.part !== 'run') load([change.part]);
  });
  return { meeting, agenda, attendance, receivedAt, missing, setMeeting, setAgenda, beginAgendaChange, setAttendance, agendaVersion, minutesVersion };
}
