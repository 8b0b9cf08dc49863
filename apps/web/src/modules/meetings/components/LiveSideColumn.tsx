import type { Agenda, Attendance, Meeting } from '@cantiere/domain';
import { AgendaOutline } from './AgendaOutline';
import { AttendanceSummary } from './AttendanceSummary';
import { CurrentItemCard } from './CurrentItemCard';

/** Beside the live minutes: the item under discussion, who is here and the running order (loaded only in that phase). */
export function LiveSideColumn({ meeting, agenda, attendance }: { meeting: Meeting; agenda: Agenda; attendance: Attendance | undefined }) {
  return (
    <div className="meeting-side">
      <CurrentItemCard meeting={meeting} items={agenda.items} />
      {attendance && <AttendanceSummary attendance={attendance} />}
      <AgendaOutline items={agenda.items} currentItemId={meeting.run.currentItemId} />
    </div>
  );
}
