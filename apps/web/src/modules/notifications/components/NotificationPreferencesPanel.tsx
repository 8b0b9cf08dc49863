import { useTranslation } from 'react-i18next';
import { NOTIFICATION_CHANNELS } from '@cantiere/domain';
import type { NotificationPreferencesInput } from '@cantiere/domain';
import { Alert } from '../../../components/Alert';
import { QueryError, errorMessage } from '../../../components/QueryError';
import { NOTIFICATIONS } from '../../../i18n/namespaces/notifications';
import { useNotificationPreferences, useUpdateNotificationPreferences } from '../hooks/useNotificationPreferences';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** On the account page: per kind, mail at once, in the daily digest or never; and the digest's hour. Saved on change. */
export function NotificationPreferencesPanel() {
  const { t } = useTranslation(NOTIFICATIONS);
  const { t: tc } = useTranslation();
  const query = useNotificationPreferences();
  const prefs = query.data ?? null;
  const update = useUpdateNotificationPreferences();
  const save = (body: NotificationPreferencesInput) => update.mutate(body);
  return (
    <section className="mt-5" aria-labelledby="notification-preferences-title">
      <h2 id="notification-preferences-title" className="h4">
        {t('preferences.title')}
      </h2>
      <p>{t('preferences.intro')}</p>
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {prefs === null ? (
        !query.error && <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          <div className="mb-3" style={{ maxWidth: '24rem' }}>
            <label htmlFor="digest-hour" className="form-label">
              {t('preferences.digestHour')}
            </label>
            <select id="digest-hour" className="form-select" value={prefs.digestHour} onChange={(e) => save({ digestHour: Number(e.target.value) })}>
              {HOURS.map((hour) => (
                <option key={hour} value={hour}>
                  {t('preferences.hourOption', { hour: String(hour).padStart(2, '0') })}
                </option>
              ))}
            </select>
          </div>
          <div className="table-responsive">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('preferences.kind')}</th>
                  {NOTIFICATION_CHANNELS.map((c) => (
                    <th scope="col" key={c}>
                      {t(`preferences.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {prefs.kinds.map((k) => (
                  <tr key={k.kind}>
                    <th scope="row">{k.label}</th>
                    {NOTIFICATION_CHANNELS.map((c) => (
                      <td key={c}>
                        <input
                          type="radio"
                          className="form-check-input"
                          name={`channel-${k.kind}`}
                          value={c}
                          checked={k.channel === c}
                          aria-label={`${t('preferences.channel', { kind: k.label })}: ${t(`preferences.${c}`)}`}
                          onChange={() => save({ kinds: [{ kind: k.kind, channel: c }] })}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {update.isSuccess && <Alert kind="success">{t('common.saved')}</Alert>}
          {update.error && <Alert kind="danger">{errorMessage(tc, update.error)}</Alert>}
        </>
      )}
    </section>
  );
}
