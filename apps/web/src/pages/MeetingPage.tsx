import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { SharedDocument } from '@cantiere/domain';
import { useAuth } from '../auth/AuthContext';
import { documentsApi } from '../modules/collab/api/documents';
import { meetingsApi } from '../modules/meetings/api';
import { AgendaEditor } from '../modules/meetings/components/AgendaEditor';
import { AttendancePanel } from '../modules/meetings/components/AttendancePanel';
import { BacklogPanel } from '../modules/meetings/components/BacklogPanel';
import { MeetingActions } from '../modules/meetings/components/MeetingActions';
import { MeetingDetails } from '../modules/meetings/components/MeetingDetails';
import { MeetingForm } from '../modules/meetings/components/MeetingForm';
import { MeetingHistory } from '../modules/meetings/components/MeetingHistory';
import { StatusBadge } from '../modules/meetings/components/StatusBadge';
import { useMeetingText } from '../modules/meetings/texts';
import { useMeetingData } from '../modules/meetings/useMeetingData';
import { useSpaceMembers } from '../modules/meetings/useSpaceMembers';

// The minutes editor brings Tiptap and Yjs: loaded only when the page shows it.
const MeetingMinutes = lazy(() => import('../modules/minutes').then((m) => ({ default: m.MeetingMinutes })));

/** A meeting from convocation to approved verbale: details, lifecycle, agenda, register, minutes, exports. */
export function MeetingPage() {
  const t = useMeetingText();
  const { id = '' } = useParams();
  const { user, organisation } = useAuth();
  const data = useMeetingData(id);
  const { meeting, agenda, attendance } = data;
  const [editing, setEditing] = useState(false);
  const [documents, setDocuments] = useState<SharedDocument[]>([]);
  const members = useSpaceMembers(meeting?.canManage ? meeting.spaceId : null);
  useEffect(() => {
    if (meeting?.canManage) documentsApi.list(meeting.spaceId).then((r) => setDocuments(r.documents), () => setDocuments([]));
  }, [meeting?.canManage, meeting?.spaceId]);

  if (data.missing) return <div className="alert alert-warning" role="alert">{t('notFound')}</div>;
  if (!meeting || !agenda || !attendance || !user) return <p role="status">{t('loading')}</p>;
  const agendaEditable = meeting.canManage && ['draft', 'convened', 'in_progress'].includes(meeting.status);
  const hasMinutes = ['in_progress', 'closed', 'minutes_approved'].includes(meeting.status);
  return (
    <article>
      <p className="mb-1"><Link to={`/spazi/${meeting.spaceId}`}>{meeting.spaceName}</Link></p>
      <h1 className="h2">{t('number', { number: meeting.number, year: meeting.year })} – {meeting.title}</h1>
      <p><StatusBadge status={meeting.status} /></p>
      {editing ? (
        <div className="card card-body mb-3">
          <MeetingForm idPrefix="edit-meeting" members={members} initial={meeting} submitLabel={t('save')} onCancel={() => setEditing(false)}
            onSubmit={async (values) => { data.setMeeting((await meetingsApi.update(meeting.id, values)).meeting); setEditing(false); }} />
        </div>
      ) : (
        <>
          <MeetingDetails meeting={meeting} />
          {meeting.canManage && ['draft', 'convened'].includes(meeting.status) && <button type="button" className="btn btn-link px-0 mb-2" onClick={() => setEditing(true)}>{t('edit')}</button>}
        </>
      )}
      <MeetingActions meeting={meeting} onChange={data.setMeeting} />
      <nav aria-label={t('meetings')} className="mb-3">
        <a href="#agenda-title" className="me-3">{t('tabAgenda')}</a>
        <a href="#attendance-title" className="me-3">{t('tabAttendance')}</a>
        {hasMinutes && <a href="#minutes-title">{t('tabMinutes')}</a>}
      </nav>
      <AgendaEditor meetingId={meeting.id} agenda={agenda} editable={agendaEditable} currentItemId={meeting.run.currentItemId} members={members} documents={documents} onChange={data.setAgenda} beginChange={data.beginAgendaChange} />
      {agendaEditable && meeting.status !== 'in_progress' && <BacklogPanel meetingId={meeting.id} agendaVersion={data.agendaVersion} onAdded={data.setAgenda} />}
      <hr className="my-4" />
      <AttendancePanel meeting={meeting} attendance={attendance} onChange={data.setAttendance} />
      {hasMinutes && (
        <>
          <hr className="my-4" />
          <section aria-labelledby="minutes-title">
            <h2 id="minutes-title" className="h4">{t('tabMinutes')}</h2>
            <p className="d-flex flex-wrap gap-2">
              <a className="btn btn-sm btn-outline-primary" href={`/api/meetings/${meeting.id}/minutes.docx`} download>{t('downloadDocx')}</a>
              <a className="btn btn-sm btn-outline-primary" href={`/api/meetings/${meeting.id}/minutes.pdf`} download>{t('downloadPdf')}</a>
              <a className="btn btn-sm btn-outline-secondary" href={`/api/meetings/${meeting.id}/minutes.json`}>{t('downloadJson')}</a>
            </p>
            <Suspense fallback={<p role="status">{t('loading')}</p>}>
              <MeetingMinutes meeting={meeting} items={agenda.items} currentItemId={meeting.run.currentItemId} user={{ id: user.id, name: user.name, organisation }} minutesVersion={data.minutesVersion} onMeetingChange={data.setMeeting} />
            </Suspense>
          </section>
        </>
      )}
      <MeetingHistory meeting={meeting} />
    </article>
  );
}
