import { useMemo } from 'react';
import type { AgendaItem, Meeting } from '@cantiere/domain';
import { docIdOf, type PresenceUser } from '@cantiere/collab';
import { useTranslation } from 'react-i18next';
import { AccessNotice, colorFor, PresenceList, SaveIndicator, useCollabDocument } from '../../editor';
import { useSpaceMembers } from '../../meetings';
import { MinutesContext } from '../minutes-context';
import { MINUTES } from '../../../i18n/namespaces/minutes';
import { MinutesEditor } from './MinutesEditor';
import { MinutesWorkflow } from './MinutesWorkflow';
import { RemarksPanel } from './RemarksPanel';
import '../minutes.css';

export interface MeetingMinutesProps {
  meeting: Meeting;
  items: AgendaItem[];
  currentItemId: string | null;
  user: { id: string; name: string; organisation: string | null };
  onMeetingChange: (m: Meeting) => void;
}

/** The live minutes of a meeting with their workflow: writing, review with remarks, approval. */
export function MeetingMinutes(props: MeetingMinutesProps) {
  const { meeting } = props;
  return (
    <>
      <MinutesWorkflow meeting={meeting} onChange={props.onMeetingChange} />
      {/* Reopened when the status changes, so that access (write or read) is decided afresh by the server. */}
      <LiveMinutes key={`${meeting.status}:${meeting.minutesStatus}`} {...props} />
      {meeting.minutesStatus !== 'draft' && <RemarksPanel meeting={meeting} items={props.items} />}
    </>
  );
}

function LiveMinutes({ meeting, currentItemId, user }: MeetingMinutesProps) {
  const { t } = useTranslation(MINUTES);
  const collab = useCollabDocument(docIdOf('minutes', meeting.id), user.id);
  const members = useSpaceMembers(meeting.spaceId);
  const context = useMemo(() => ({ members }), [members]);
  const presence: PresenceUser = useMemo(
    () => ({ id: user.id, name: user.name, organisation: user.organisation, color: colorFor(user.id) }),
    [user.id, user.name, user.organisation],
  );
  if (collab.error && !collab.session)
    return (
      <div className="alert alert-danger" role="alert">
        {t('common.error', { message: collab.error.message })}
      </div>
    );
  if (!collab.ydoc || !collab.session) return <p role="status">{t('app.loading')}</p>;
  const readOnly = collab.session.access === 'read' || meeting.minutesStatus === 'approved';
  return (
    <MinutesContext.Provider value={context}>
      <SaveIndicator status={collab.status} pending={collab.pending} readOnly={readOnly} />
      <AccessNotice change={collab.accessChange} />
      {collab.error && collab.error.code !== 'rate_limited' && collab.accessChange?.access !== null && (
        <div className="alert alert-danger" role="alert">
          {collab.error.code === 'read_only' ? t('collab:nowReadOnly') : t('common.error', { message: collab.error.message })}
        </div>
      )}
      <PresenceList session={collab.session} />
      <MinutesEditor
        ydoc={collab.ydoc}
        session={collab.session}
        user={presence}
        editable={!readOnly && collab.status !== 'closed'}
        currentItemId={meeting.status === 'in_progress' ? currentItemId : null}
      />
    </MinutesContext.Provider>
  );
}
