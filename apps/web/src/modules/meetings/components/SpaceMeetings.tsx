import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Meeting } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { meetingsApi } from '../api';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { useSpaceMembers } from '../useSpaceMembers';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';

/** The meetings of a space and, for its facilitators, the form that creates one. */
export function SpaceMeetings({ spaceId, canManage }: { spaceId: string; canManage: boolean }) {
  const { t } = useTranslation(MEETINGS);
  const navigate = useNavigate();
  const [meetings, setMeetings] = useState<Meeting[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const members = useSpaceMembers(canManage ? spaceId : null);
  useEffect(() => {
    meetingsApi.list({ spaceId }).then(
      (r) => setMeetings(r.meetings),
      (e: Error) => setError(e.message),
    );
  }, [spaceId]);
  return (
    <section aria-labelledby="space-meetings-title" className="mt-4">
      <h2 id="space-meetings-title" className="h4">
        {t('meetings')}
      </h2>
      {error && (
        <div className="alert alert-danger" role="alert">
          {t('common.error', { message: error })}
        </div>
      )}
      {meetings ? <MeetingList meetings={meetings} empty={t('noMeetings')} /> : <p role="status">{t('app.loading')}</p>}
      {canManage && !creating && (
        <button type="button" className="btn btn-outline-primary" onClick={() => setCreating(true)}>
          {t('newMeeting')}
        </button>
      )}
      {canManage && creating && (
        <div className="card card-body">
          <h3 className="h5">{t('newMeeting')}</h3>
          <MeetingForm
            idPrefix="new-meeting"
            members={members}
            submitLabel={t('create')}
            onCancel={() => setCreating(false)}
            onSubmit={async (values) => {
              const { meeting } = await meetingsApi.create({ spaceId, ...values });
              navigate(`/sedute/${meeting.id}`);
            }}
          />
        </div>
      )}
    </section>
  );
}
