import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { invitationCreateSchema } from '@cantiere/domain';
import type { GlobalRole } from '@cantiere/domain';
import { call } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { FormField } from '../../../components/FormField';
import { QueryError } from '../../../components/QueryError';
import { apiErrors, FieldErrors, focusFirstError, zodFieldErrors } from '../../../forms/errors';
import { adminKeys } from '../api/keys';
import { useInvitations } from '../hooks/useInvitations';
import { AccountsPanel } from '../components/AccountsPanel';
import { AuditPanel } from '../components/AuditPanel';
import { ACCOUNT } from '../../../i18n/namespaces/account';
import { invitationRoutes } from '@cantiere/domain';

export function AdminUsersPage() {
  const { t, i18n } = useTranslation(ACCOUNT);
  const client = useQueryClient();
  const query = useInvitations();
  const invitations = query.data ?? null;
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<GlobalRole>('user');
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () => client.invalidateQueries({ queryKey: adminKeys.invitations() });

  const invite = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const parsed = invitationCreateSchema.safeParse({ email, name, role });
    if (!parsed.success) {
      const f = zodFieldErrors(t, parsed.error);
      setFields(f);
      return focusFirstError(f, 'invite-form-');
    }
    setBusy(true);
    try {
      await call(invitationRoutes.create, { body: parsed.data });
      setFields({});
      setMessage({ kind: 'success', text: t('admin.sent', { email: parsed.data.email }) });
      setEmail('');
      setName('');
      setRole('user');
      await load();
    } catch (err) {
      const r = apiErrors(t, err);
      setFields(r.fields);
      if (r.message) setMessage({ kind: 'danger', text: r.message });
      focusFirstError(r.fields, 'invite-form-');
    } finally {
      setBusy(false);
    }
  };
  const revoke = async (id: string) => {
    await call(invitationRoutes.revoke, { params: { id } });
    setMessage({ kind: 'success', text: t('admin.revoked') });
    await load();
  };

  return (
    <>
      <h1>{t('nav.users')}</h1>
      <AccountsPanel />
      <section aria-labelledby="invite-title" className="mb-5">
        <h2 id="invite-title" className="h4">
          {t('admin.invite')}
        </h2>
        <p>{t('admin.inviteIntro')}</p>
        {message && <Alert kind={message.kind}>{message.text}</Alert>}
        <form onSubmit={invite} noValidate className="row g-3">
          <div className="col-md-4">
            <FormField id="invite-form-email" label={t('common.email')} error={fields.email}>
              {(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
            </FormField>
          </div>
          <div className="col-md-4">
            <FormField id="invite-form-name" label={t('admin.name')} error={fields.name}>
              {(p) => <input type="text" {...p} value={name} onChange={(e) => setName(e.target.value)} />}
            </FormField>
          </div>
          <div className="col-md-4">
            <FormField id="invite-form-role" label={t('common.role')} error={fields.role}>
              {(p) => (
                <select {...p} className="form-select" value={role} onChange={(e) => setRole(e.target.value as GlobalRole)}>
                  <option value="user">{t('admin.role_user')}</option>
                  <option value="admin">{t('admin.role_admin')}</option>
                </select>
              )}
            </FormField>
          </div>
          <div className="col-12">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {t('admin.send')}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="invitations-title">
        <h2 id="invitations-title" className="h4">
          {t('admin.invitations')}
        </h2>
        {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
        {invitations && invitations.length === 0 && <p>{t('admin.noInvitations')}</p>}
        {invitations && invitations.length > 0 && (
          <div className="table-responsive">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.name')}</th>
                  <th scope="col">{t('common.email')}</th>
                  <th scope="col">{t('common.role')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col">{t('admin.expires')}</th>
                  <th scope="col">{t('admin.by')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((inv) => (
                  <tr key={inv.id}>
                    <td>{inv.name}</td>
                    <td>{inv.email}</td>
                    <td>{t(`admin.role_${inv.role}`)}</td>
                    <td>{t(`admin.status_${inv.status}`)}</td>
                    <td>{new Date(inv.expiresAt).toLocaleDateString(i18n.language)}</td>
                    <td>{inv.invitedBy ?? t('common.none')}</td>
                    <td>
                      {inv.status === 'pending' && (
                        <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => void revoke(inv.id)}>
                          {t('admin.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <AuditPanel />
    </>
  );
}
