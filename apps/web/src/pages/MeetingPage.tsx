import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { SharedDocument } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { documentsApi } from '../modules/collab/api/documents';
import { meetingsApi } from '../modules/meetings/api';
import { AgendaEditor } from '../modules/meetings/components/AgendaEditor';
import { AgendaOutline } from '../modules/meetings/components/AgendaOutline';
import { AttendancePanel } from '../modules/meetings/components/AttendancePanel';
import { AttendanceSummary } from '../modules/meetings/components/AttendanceSummary';
import { BacklogPanel } from '../modules/meetings/components/BacklogPanel';
import { ConvocationDeliveries } from '../modules/meetings/components/ConvocationDeliveries';
import { CurrentItemCard } from '../modules/meetings/components/CurrentItemCard';
import { MeetingActions } from '../modules/meetings/components/MeetingActions';
import { MeetingDetails } from '../modules/meetings/components/MeetingDetails';
import { MeetingForm } from '../modules/meetings/components/MeetingForm';
import { MeetingHistory } from '../modules/meetings/components/MeetingHistory';
import { MinutesSection } from '../modules/meetings/components/MinutesSection';
import { SectionNav } from '../modules/meetings/components/SectionNav';
import { StatusBadge } from '../modules/meetings/components/StatusBadge';
import { MEETINGS } from '../i18n/namespaces/meetings';
import { meetingPhase } from '../modules/meetings/phase';
import { useMeetingData } from '../modules/meetings/useMeetingData';
import { useSpaceMembers } from '../modules/meetings/useSpaceMembers';
import '../modules/meetings/meeting-layout.css';

/**
 * A meeting from convocation to approved verbale. The sections follow the phase: while preparing, the agenda
 * and the register; during the meeting, the minutes first with the current item, who is here and the running
 * order beside them, the full register and agenda below; afterwards, the minutes with review and downloads,
 * then the register and the agenda as dealt with.
 */
export function MeetingPage() {
  const { t } = useTranslation(MEETINGS);
  const { t: tl } = useTranslation(MEETINGS, { keyPrefix: 'layout' });
  const { id = '' } = useParams();
  const { user, organisation } = useAuth();
  const data = useMeetingData(id);
  const { meeting, agenda, attendance } = data;
  const [editing, setEditing] = useState(false);
  const [documents, setDocuments] = useState<SharedDocument[]>([]);
  const members = useSpaceMembers(meeting?.canManage ? meeting.spaceId : null);
  useEffect(() => {
    if (meeting?.canManage)
      documentsApi.list(meeting.spaceId).then(
        (r) => setDocuments(r.documents),
        () => setDocuments([]),
      );
  }, [meeting?.canManage, meeting?.spaceId]);

  if (data.missing)
    return (
      <div className="alert alert-warning" role="alert">
        {t('notFound')}
      </div>
    );
  if (!meeting || !agenda || !attendance || !user) return <p role="status">{t('app.loading')}</p>;
  const phase = meetingPhase(meeting.status);
  const agendaEditable = meeting.canManage && ['draft', 'convened', 'in_progress'].includes(meeting.status);
  const outcomeEditable = meeting.canManage && ['in_progress', 'closed'].includes(meeting.status) && meeting.minutesStatus !== 'approved';
  const agendaEditor = (
    <AgendaEditor
      meetingId={meeting.id}
      agenda={agenda}
      editable={agendaEditable}
      outcomeEditable={outcomeEditable}
      currentItemId={meeting.run.currentItemId}
      members={members}
      documents={documents}
      onChange={data.setAgenda}
      beginChange={data.beginAgendaChange}
    />
  );
  const attendancePanel = <AttendancePanel meeting={meeting} attendance={attendance} onChange={data.setAttendance} />;
  const minutes = (
    <MinutesSection
      meeting={meeting}
      items={agenda.items}
      user={{ id: user.id, name: user.name, organisation }}
      minutesVersion={data.minutesVersion}
      onMeetingChange={data.setMeeting}
    />
  );
  const links = {
    agenda: { href: phase === 'after' ? '#agenda-summary' : '#agenda-title', label: t('tabAgenda') },
    attendance: { href: '#attendance-title', label: t('tabAttendance') },
    minutes: { href: '#minutes-title', label: t('tabMinutes') },
    current: { href: '#current-item-title', label: t('currentItem') },
  };
  return (
    <article data-phase={phase}>
      <p className="mb-1">
        <Link to={`/spazi/${meeting.spaceId}`}>{meeting.spaceName}</Link>
      </p>
      <h1 className="h2">
        {t('number', { number: meeting.number, year: meeting.year })} – {meeting.title}
      </h1>
      <p>
        <StatusBadge status={meeting.status} />{' '}
        <span className="ms-2 small text-secondary" data-testid="meeting-phase">
          {tl(`phase_${phase}`)}
        </span>
      </p>
      {editing ? (
        <div className="card card-body mb-3">
          <MeetingForm
            idPrefix="edit-meeting"
            members={members}
            initial={meeting}
            submitLabel={t('common.save')}
            onCancel={() => setEditing(false)}
            onSubmit={async (values) => {
              data.setMeeting((await meetingsApi.update(meeting.id, values)).meeting);
              setEditing(false);
            }}
          />
        </div>
      ) : (
        <>
          <MeetingDetails meeting={meeting} />
          {meeting.canManage && ['draft', 'convened'].includes(meeting.status) && (
            <button type="button" className="btn btn-link px-0 mb-2" onClick={() => setEditing(true)}>
              {t('edit')}
            </button>
          )}
        </>
      )}
      <MeetingActions meeting={meeting} onChange={data.setMeeting} />
      {phase === 'preparation' && (
        <>
          <SectionNav links={[links.agenda, links.attendance]} />
          {agendaEditor}
          {agendaEditable && <BacklogPanel meetingId={meeting.id} agendaVersion={data.agendaVersion} onAdded={data.setAgenda} />}
          <hr className="my-4" />
          {attendancePanel}
        </>
      )}
      {phase === 'live' && (
        <>
          <SectionNav links={[links.minutes, links.current, links.attendance, links.agenda]} />
          <div className="row g-4">
            <div className="col-lg-7 col-xl-8">{minutes}</div>
            <aside className="col-lg-5 col-xl-4" aria-label={tl('sideColumn')}>
              <div className="meeting-side">
                <CurrentItemCard meeting={meeting} items={agenda.items} />
                <AttendanceSummary attendance={attendance} />
                <AgendaOutline items={agenda.items} currentItemId={meeting.run.currentItemId} />
              </div>
            </aside>
          </div>
          <hr className="my-4" />
          {attendancePanel}
          <hr className="my-4" />
          {agendaEditor}
        </>
      )}
      {phase === 'after' && (
        <>
          <SectionNav links={[links.minutes, links.attendance, links.agenda]} />
          {minutes}
          <hr className="my-4" />
          {attendancePanel}
          <hr className="my-4" />
          <details className="agenda-dealt-with">
            <summary id="agenda-summary" className="fw-semibold">
              {tl('showAgenda', { count: agenda.items.length })}
            </summary>
            <div className="mt-3">{agendaEditor}</div>
          </details>
        </>
      )}
      <MeetingHistory meeting={meeting} />
      {meeting.canManage && meeting.convenedAt && <ConvocationDeliveries meetingId={meeting.id} />}
    </article>
  );
}
