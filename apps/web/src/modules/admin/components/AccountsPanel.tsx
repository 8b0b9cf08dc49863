import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '@cantiere/domain';
import { call } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { QueryError } from '../../../components/QueryError';
import { useConfirmDialog } from '../../../components/useConfirmDialog';
import { apiErrors } from '../../../forms/errors';
import { useAuth } from '../../../auth/AuthContext';
import { adminKeys } from '../api/keys';
import { useAdminUsers } from '../hooks/useAdminUsers';
import { ACCOUNT } from '../../../i18n/namespaces/account';
import { userAdminRoutes } from '@cantiere/domain';

/**
 * Every account, with deactivation and reactivation after a confirmation: a deactivated account cannot log in,
 * and its sessions, tokens and open documents end at once (the server does that; this only asks).
 */
export function AccountsPanel() {
  const { t, i18n } = useTranslation(ACCOUNT);
  const { user: me } = useAuth();
  const client = useQueryClient();
  const query = useAdminUsers();
  const users = query.data ?? null;
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const { confirm, dialog } = useConfirmDialog();
  const load = () => client.invalidateQueries({ queryKey: adminKeys.users() });

  const toggle = async (u: AdminUser) => {
    const deactivating = u.disabledAt === null;
    const yes = await confirm({
      title: t(deactivating ? 'admin.deactivateTitle' : 'admin.reactivateTitle'),
      body: t(deactivating ? 'admin.deactivateConfirm' : 'admin.reactivateConfirm', { name: u.name }),
      confirmLabel: t(deactivating ? 'admin.deactivate' : 'admin.reactivate'),
      cancelLabel: t('common.cancel'),
      tone: deactivating ? 'danger' : 'primary',
    });
    if (!yes) return;
    setBusy(u.id);
    setMessage(null);
    try {
      await call(deactivating ? userAdminRoutes.deactivate : userAdminRoutes.reactivate, { params: { id: u.id } });
      setMessage({ kind: 'success', text: t(deactivating ? 'admin.deactivated' : 'admin.reactivated', { name: u.name }) });
      await load();
    } catch (err) {
      setMessage({ kind: 'danger', text: apiErrors(t, err).message ?? t('errors.server') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="accounts-title" className="mb-5">
      <h2 id="accounts-title" className="h4">
        {t('admin.users')}
      </h2>
      {message && <Alert kind={message.kind}>{message.text}</Alert>}
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {users && users.length === 0 && <p>{t('admin.noUsers')}</p>}
      {users && users.length > 0 && (
        // A phone scrolls the table sideways: the region takes the focus so that the keyboard can scroll it too.
        <div className="table-responsive" tabIndex={0} role="region" aria-labelledby="accounts-title">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('admin.name')}</th>
                <th scope="col">{t('common.email')}</th>
                <th scope="col">{t('common.role')}</th>
                <th scope="col">{t('admin.accountStatus')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>
                    {u.name}
                    {u.id === me?.id && ` ${t('admin.you')}`}
                  </td>
                  <td>{u.email}</td>
                  <td>{t(`admin.role_${u.role}`)}</td>
                  <td>{u.disabledAt ? t('admin.disabled', { date: new Date(u.disabledAt).toLocaleDateString(i18n.language) }) : t('admin.active')}</td>
                  <td>
                    {u.id !== me?.id && (
                      <button
                        type="button"
                        className={`btn btn-sm ${u.disabledAt ? 'btn-outline-primary' : 'btn-outline-danger'}`}
                        disabled={busy === u.id}
                        onClick={() => void toggle(u)}
                        aria-label={`${t(u.disabledAt ? 'admin.reactivate' : 'admin.deactivate')}: ${u.name}`}
                      >
                        {t(u.disabledAt ? 'admin.reactivate' : 'admin.deactivate')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog}
    </section>
  );
}
