import { useCallback, useEffect, useState } from 'react';
import type { MeetingChanged } from '@cantiere/collab';
import type { Agenda, Attendance, Meeting } from '@cantiere/domain';
import { meetingsApi } from './api';
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
  setAttendance: (a: Attendance) => void;
  /** Bumped on each agenda change, for panels that derive from it (the backlog). */
  agendaVersion: number;
  minutesVersion: number;
}

/** A meeting with its agenda and register, kept current by the live channel. */
export function useMeetingData(id: string): MeetingData {
  const [meeting, setMeetingState] = useState<Meeting | null>(null);
  const [agenda, setAgendaState] = useState<Agenda | null>(null);
  const [attendance, setAttendance] = useState<Attendance | null>(null);
  const [receivedAt, setReceivedAt] = useState(Date.now());
  const [missing, setMissing] = useState(false);
  const [agendaVersion, setAgendaVersion] = useState(0);
  const [minutesVersion, setMinutesVersion] = useState(0);
  const setMeeting = useCallback((m: Meeting) => {
    setMeetingState(m);
    setReceivedAt(Date.now());
  }, []);
  const setAgenda = useCallback((a: Agenda) => {
    setAgendaState(a);
    setAgendaVersion((v) => v + 1);
  }, []);
  const load = useCallback(
    (parts: ('meeting' | 'agenda' | 'attendance')[]) => {
      if (parts.includes('meeting')) meetingsApi.get(id).then((r) => setMeeting(r.meeting), () => setMissing(true));
      if (parts.includes('agenda')) meetingsApi.agenda(id).then(setAgenda, () => undefined);
      if (parts.includes('attendance')) meetingsApi.attendance(id).then(setAttendance, () => undefined);
    },
    [id, setMeeting, setAgenda],
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
  return { meeting, agenda, attendance, receivedAt, missing, setMeeting, setAgenda, setAttendance, agendaVersion, minutesVersion };
}
