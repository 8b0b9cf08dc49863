import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { newPasswordSchema, personNameSchema } from '@cantiere/domain';
import type { InvitationPreview } from '@cantiere/domain';
import { ApiError, call } from '../../../api/client';
import { useAuth } from '../../../auth/AuthContext';
import { Alert } from '../../../components/Alert';
import { FormField } from '../../../components/FormField';
import { QueryError } from '../../../components/QueryError';
import { apiErrors, FieldErrors, focusFirstError, messageFor } from '../../../forms/errors';
import { useInvitationPreview } from '../hooks/useInvitationPreview';
import { ACCOUNT } from '../../../i18n/namespaces/account';
import { invitationAcceptanceRoutes } from '@cantiere/domain';

export function InvitationPage() {
  const { token = '' } = useParams();
  const query = useInvitationPreview(token);
  const err = query.error;
  if (err && !(err instanceof ApiError && err.status >= 400 && err.status < 500)) return <QueryError error={err} onRetry={() => query.refetch()} />;
  const problem = err ? (err instanceof ApiError && err.status === 410 ? 'gone' : 'invalid') : null;
  return <InvitationForm key={`${token}:${query.data ? 'in' : 'out'}`} token={token} preview={query.data ?? null} initialProblem={problem} />;
}

/** The invitation's form, its name field starting from the name the administrator gave. */
function InvitationForm({ token, preview, initialProblem }: { token: string; preview: InvitationPreview | null; initialProblem: 'invalid' | 'gone' | null }) {
  const { t, i18n } = useTranslation(ACCOUNT);
  const navigate = useNavigate();
  const { setUser } = useAuth();
  const [acceptProblem, setProblem] = useState<'invalid' | 'gone' | null>(null);
  const problem = acceptProblem ?? initialProblem;
  const [name, setName] = useState(preview?.name ?? '');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const f: FieldErrors = {};
    const n = personNameSchema.safeParse(name);
    if (!n.success) f.name = messageFor(t, n.error.issues[0].message);
    const p = newPasswordSchema.safeParse(password);
    if (!p.success) f.password = messageFor(t, p.error.issues[0].message);
    if (confirm !== password) f.confirm = t('errors.passwords_differ');
    setFields(f);
    if (Object.keys(f).length) return focusFirstError(f, 'invite-');
    try {
      const { user } = await call(invitationAcceptanceRoutes.accept, { params: { token }, body: { name, password } });
      setUser(user);
      navigate('/', { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.status === 410) return setProblem('gone');
      const r = apiErrors(t, err);
      setFields(r.fields);
      setError(r.message);
    }
  };

  return (
    <div className="row justify-content-center">
      <div className="col-md-8 col-lg-6">
        <h1>{t('invitation.title')}</h1>
        {problem && <Alert kind="danger">{t(`invitation.${problem}`)}</Alert>}
        {!problem && !preview && <p role="status">{t('app.loading')}</p>}
        {preview && !problem && (
          <form onSubmit={submit} noValidate>
            <p>{t('invitation.intro', { email: preview.email })}</p>
            <p className="text-secondary small">{t('invitation.expires', { date: new Date(preview.expiresAt).toLocaleString(i18n.language) })}</p>
            {error && <Alert kind="danger">{error}</Alert>}
            <FormField id="invite-name" label={t('invitation.name')} error={fields.name}>
              {(p) => <input type="text" {...p} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
            </FormField>
            <FormField id="invite-password" label={t('reset.password')} error={fields.password} hint={t('reset.hint')}>
              {(p) => <input {...p} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
            </FormField>
            <FormField id="invite-confirm" label={t('reset.confirm')} error={fields.confirm}>
              {(p) => <input {...p} type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
            </FormField>
            <button type="submit" className="btn btn-primary">
              {t('invitation.submit')}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
