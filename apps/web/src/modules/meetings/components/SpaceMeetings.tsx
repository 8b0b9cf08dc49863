import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { QueryError } from '../../../components/QueryError';
import { meetingKeys } from '../api/keys';
import { useSpaceMeetings } from '../hooks/useSpaceMeetings';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { useSpaceMembers } from '../useSpaceMembers';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';
import { meetingRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** The meetings of a space and, for its facilitators, the form that creates one. */
export function SpaceMeetings({ spaceId, canCreate }: { spaceId: string; canCreate: boolean }) {
  const { t } = useTranslation(MEETINGS);
  const navigate = useNavigate();
  const client = useQueryClient();
  const query = useSpaceMeetings(spaceId);
  const meetings = query.data;
  const [creating, setCreating] = useState(false);
  const members = useSpaceMembers(canCreate ? spaceId : null);
  return (
    <section aria-labelledby="space-meetings-title" className="mt-4">
      <h2 id="space-meetings-title" className="h4">
        {t('meetings')}
      </h2>
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {meetings ? <MeetingList meetings={meetings} empty={t('noMeetings')} /> : !query.error && <p role="status">{t('app.loading')}</p>}
      {canCreate && !creating && (
        <button type="button" className="btn btn-outline-primary" onClick={() => setCreating(true)}>
          {t('newMeeting')}
        </button>
      )}
      {canCreate && creating && (
        <div className="card card-body">
          <h3 className="h5">{t('newMeeting')}</h3>
          <MeetingForm
            idPrefix="new-meeting"
            members={members}
            submitLabel={t('create')}
            onCancel={() => setCreating(false)}
            onSubmit={async (values) => {
              const { meeting } = await call(meetingRoutes.create, { body: { spaceId, ...values } });
              client.setQueryData(meetingKeys.detail(meeting.id), meeting);
              void client.invalidateQueries({ queryKey: meetingKeys.lists() });
              navigate(`/sedute/${meeting.id}`);
            }}
          />
        </div>
      )}
    </section>
  );
}
