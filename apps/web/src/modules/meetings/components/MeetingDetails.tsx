import type { Meeting } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { formatDay, formatTime } from '../rome';
import { dateLocale } from '../../../i18n';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

export function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation(MEETINGS);
  const locale = dateLocale(i18n.language);
  return (
    <dl className="row">
      <dt className="col-sm-3">{t('kind')}</dt>
      <dd className="col-sm-9">{t(`kind_${meeting.kind}`)}</dd>
      <dt className="col-sm-3">{t('when')}</dt>
      <dd className="col-sm-9">
        {t('timeRange', {
          day: formatDay(meeting.startsAt, locale),
          start: formatTime(meeting.startsAt, locale),
          end: formatTime(meeting.endsAt, locale),
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
