import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { describeDevice } from '../lib/describe-device';
import { QueryError } from '../../../components/QueryError';
import { accountKeys } from '../api/keys';
import { useSessions } from '../hooks/useSessions';
import { ACCOUNT } from '../../../i18n/namespaces/account';
import { accountRoutes } from '@cantiere/domain';

export function SessionsPanel() {
  const { t, i18n } = useTranslation(ACCOUNT);
  const client = useQueryClient();
  const query = useSessions();
  const sessions = query.data ?? null;
  const load = () => client.invalidateQueries({ queryKey: accountKeys.sessions() });
  // "Chrome su Linux" rather than the raw user-agent string, which means little to most people.
  const device = (userAgent: string | null) => {
    const { browser, os } = userAgent ? describeDevice(userAgent) : { browser: null, os: null };
    if (browser && os) return t('account.deviceOn', { browser, os });
    return browser ?? os ?? t('account.unknownDevice');
  };
  const end = async (id: string) => {
    await call(accountRoutes.revokeSession, { params: { id } });
    await load();
  };
  return (
    <section className="mt-5" aria-labelledby="sessions-title">
      <h2 id="sessions-title" className="h4">
        {t('account.sessions')}
      </h2>
      <p>{t('account.sessionsIntro')}</p>
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      <div className="table-responsive">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('account.device')}</th>
              <th scope="col">{t('account.address')}</th>
              <th scope="col">{t('account.lastSeen')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions?.map((s) => (
              <tr key={s.id}>
                <td title={s.userAgent ?? undefined}>
                  {device(s.userAgent)}
                  {s.current && <strong> ({t('account.thisSession')})</strong>}
                </td>
                <td>{s.ip ?? t('common.none')}</td>
                <td>{new Date(s.lastSeenAt).toLocaleString(i18n.language)}</td>
                <td className="table-actions">
                  {!s.current && (
                    <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => void end(s.id)}>
                      {t('account.end')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
