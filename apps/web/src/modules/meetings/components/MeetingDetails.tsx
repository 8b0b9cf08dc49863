import type { Meeting } from '@cantiere/domain';
import { formatDay, formatTime } from '../rome';
import { useMeetingText } from '../texts';

export function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const t = useMeetingText();
  return (
    <dl className="row">
      <dt className="col-sm-3">{t('kind')}</dt>
      <dd className="col-sm-9">{t(`kind_${meeting.kind}`)}</dd>
      <dt className="col-sm-3">{t('when')}</dt>
      <dd className="col-sm-9">
        {t('timeRange', {
          day: formatDay(meeting.startsAt, t.locale),
          start: formatTime(meeting.startsAt, t.locale),
          end: formatTime(meeting.endsAt, t.locale),
        })}
      </dd>
      <dt className="col-sm-3">{t('where')}</dt>
      <dd className="col-sm-9">
        {meeting.place ?? ''}
        {meeting.place && meeting.onlineUrl && <br />}
        {meeting.onlineUrl && (
          <a href={meeting.onlineUrl} rel="noreferrer" target="_blank">
            {meeting.onlineUrl}
          </a>
        )}
        {!meeting.place && !meeting.onlineUrl && '—'}
      </dd>
      <dt className="col-sm-3">{t('chair')}</dt>
      <dd className="col-sm-9">{meeting.chairName ?? '—'}</dd>
      <dt className="col-sm-3">{t('minuteTaker')}</dt>
      <dd className="col-sm-9">{meeting.minuteTakerName ?? '—'}</dd>
      {meeting.convocationNote && (
        <>
          <dt className="col-sm-3">{t('convocationNote')}</dt>
          <dd className="col-sm-9" style={{ whiteSpace: 'pre-line' }}>
            {meeting.convocationNote}
          </dd>
        </>
      )}
    </dl>
  );
}
