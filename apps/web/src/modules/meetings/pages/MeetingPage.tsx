import { Suspense, useDeferredValue, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, call } from '../../../api/client';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthContext';
import { QueryError } from '../../../components/QueryError';
import { SectionFallback } from '../../../components/SectionFallback';
import { useSpaceDocuments } from '../../collab';
import { useMembers } from '../../spaces';
import { AgendaEditor } from '../components/AgendaEditor';
import { MeetingActions } from '../components/MeetingActions';
import { MeetingDetails } from '../components/MeetingDetails';
import { SectionNav } from '../components/SectionNav';
import { StatusBadge } from '../components/StatusBadge';
import { useAgenda } from '../hooks/useAgenda';
import { useAttendance } from '../hooks/useAttendance';
import { useMeeting } from '../hooks/useMeeting';
import { useMeetingCache } from '../hooks/useMeetingCache';
import { useMeetingLiveSync } from '../hooks/useMeetingLiveSync';
import { meetingPhase } from '../phase';
import { lazyComponent } from '../../../routing/lazy-component';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import '../meeting-layout.css';
import { meetingRoutes } from '@cantiere/domain';
import { NotFoundNotice } from '../../../components/NotFoundNotice';

// Below the fold, or only in one phase: their code arrives beside the data instead of delaying the first render.
const AttendancePanel = lazyComponent(() => import('../components/AttendancePanel'), 'AttendancePanel');
const BacklogPanel = lazyComponent(() => import('../components/BacklogPanel'), 'BacklogPanel');
const ConvocationDeliveries = lazyComponent(() => import('../components/ConvocationDeliveries'), 'ConvocationDeliveries');
const LiveSideColumn = lazyComponent(() => import('../components/LiveSideColumn'), 'LiveSideColumn');
const MeetingForm = lazyComponent(() => import('../components/MeetingForm'), 'MeetingForm');
const MeetingHistory = lazyComponent(() => import('../components/MeetingHistory'), 'MeetingHistory');
const NONE: never[] = [];
const MinutesSection = lazyComponent(() => import('../components/MinutesSection'), 'MinutesSection');

/**
 * A meeting from convocation to approved verbale. The sections follow the phase: while preparing, the agenda
 * and the register; during the meeting, the minutes first with the current item, who is here and the running
 * order beside them, the full register and agenda below; afterwards, the minutes with review and downloads,
 * then the register and the agenda as dealt with. The meeting, its agenda and its register are asked for together;
 * each section shows as soon as its own data is in, and every change announced live refreshes what it touched.
 */
export function MeetingPage() {
  const { t } = useTranslation(MEETINGS);
  const { t: tl } = useTranslation(MEETINGS, { keyPrefix: 'layout' });
  const { id = '' } = useParams();
  const { user, organisation } = useAuth();
  const meetingQuery = useMeeting(id);
  const agendaQuery = useAgenda(id);
  const attendanceQuery = useAttendance(id);
  useMeetingLiveSync(id);
  const cache = useMeetingCache(id);
  // The page is rendered in the background (interruptible, in slices) when its data arrives: one long render of
  // the agenda and the register blocked a phone's main thread for hundreds of milliseconds.
  const meeting = useDeferredValue(meetingQuery.data);
  const agenda = useDeferredValue(agendaQuery.data);
  const attendance = useDeferredValue(attendanceQuery.data);
  // The people and papers to pick from when editing: only for those who run the meeting.
  const manages = meetingQuery.data?.can['meeting.manage'] ? meetingQuery.data.spaceId : null;
  const membersQuery = useMembers(manages);
  const documentsQuery = useSpaceDocuments(manages);
  const members = membersQuery.data ?? NONE;
  const documents = documentsQuery.data ?? NONE;
  const pickersFailed = membersQuery.error ? membersQuery : documentsQuery.error ? documentsQuery : null;
  const [editing, setEditing] = useState(false);
  const phase = meeting ? meetingPhase(meeting.status) : null;
  useEffect(() => {
    AttendancePanel.preload();
    if (phase === 'preparation') BacklogPanel.preload();
    if (phase === 'live') LiveSideColumn.preload();
    if (phase === 'live' || phase === 'after') MinutesSection.preload();
  }, [phase]);

  if (meetingQuery.error instanceof ApiError && (meetingQuery.error.status === 404 || meetingQuery.error.status === 400))
    return <NotFoundNotice message={t('notFound')} />;
  if (meetingQuery.error) return <QueryError error={meetingQuery.error} onRetry={() => meetingQuery.refetch()} />;
  if (!meeting || !user || !phase) return <p role="status">{t('app.loading')}</p>;
  const agendaEditable = meeting.can['meeting.manage'] && ['draft', 'convened', 'in_progress'].includes(meeting.status);
  const outcomeEditable = meeting.can['meeting.manage'] && ['in_progress', 'closed'].includes(meeting.status) && meeting.minutesStatus !== 'approved';
  const agendaError = agendaQuery.error && <QueryError error={agendaQuery.error} onRetry={() => agendaQuery.refetch()} testId="agenda-error" />;
  const agendaEditor = agenda ? (
    <AgendaEditor
      meetingId={meeting.id}
      agenda={agenda}
      editable={agendaEditable}
      outcomeEditable={outcomeEditable}
      currentItemId={meeting.run.currentItemId}
      members={members}
      documents={documents}
    />
  ) : (
    (agendaError ?? <SectionFallback minHeight="16rem" />)
  );
  const attendancePanel = attendance ? (
    <Suspense fallback={<SectionFallback minHeight="20rem" />}>
      <AttendancePanel meeting={meeting} attendance={attendance} onChange={cache.setAttendance} folded={phase === 'after'} />
    </Suspense>
  ) : attendanceQuery.error ? (
    <QueryError error={attendanceQuery.error} onRetry={() => attendanceQuery.refetch()} testId="attendance-error" />
  ) : (
    <SectionFallback minHeight="20rem" />
  );
  const minutes = agenda ? (
    <Suspense fallback={<SectionFallback minHeight="24rem" />}>
      <MinutesSection meeting={meeting} items={agenda.items} user={{ id: user.id, name: user.name, organisation }} onMeetingChange={cache.setMeeting} />
    </Suspense>
  ) : (
    (agendaError ?? <SectionFallback minHeight="24rem" />)
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
          <Suspense fallback={<SectionFallback minHeight="30rem" />}>
            <MeetingForm
              idPrefix="edit-meeting"
              members={members}
              initial={meeting}
              submitLabel={t('common.save')}
              onCancel={() => setEditing(false)}
              onSubmit={async (values) => {
                cache.setMeeting((await call(meetingRoutes.update, { params: { id: meeting.id }, body: values })).meeting);
                setEditing(false);
              }}
            />
          </Suspense>
        </div>
      ) : (
        <>
          <MeetingDetails meeting={meeting} />
          {meeting.can['meeting.manage'] && ['draft', 'convened'].includes(meeting.status) && (
            <button
              type="button"
              className="btn btn-link px-0 mb-2"
              onMouseEnter={MeetingForm.preload}
              onFocus={MeetingForm.preload}
              onClick={() => setEditing(true)}
            >
              {t('edit')}
            </button>
          )}
        </>
      )}
      <MeetingActions meeting={meeting} onChange={cache.setMeeting} />
      {pickersFailed && <QueryError error={pickersFailed.error} onRetry={() => pickersFailed.refetch()} testId="pickers-error" />}
      {phase === 'preparation' && (
        <>
          <SectionNav links={[links.agenda, links.attendance]} />
          {agendaEditor}
          {agendaEditable && (
            <Suspense fallback={<SectionFallback minHeight="8rem" />}>
              <BacklogPanel meetingId={meeting.id} />
            </Suspense>
          )}
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
              {agenda && (
                <Suspense fallback={<SectionFallback minHeight="20rem" />}>
                  <LiveSideColumn meeting={meeting} agenda={agenda} attendance={attendance} />
                </Suspense>
              )}
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
              {tl('showAgenda', { count: agenda?.items.length ?? 0 })}
            </summary>
            <div className="mt-3">{agendaEditor}</div>
          </details>
        </>
      )}
      {meeting.transitions.length > 0 && (
        <Suspense fallback={null}>
          <MeetingHistory meeting={meeting} />
        </Suspense>
      )}
      {meeting.can['meeting.manage'] && meeting.convenedAt && (
        <Suspense fallback={null}>
          <ConvocationDeliveries meetingId={meeting.id} />
        </Suspense>
      )}
    </article>
  );
}
