import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { authRoutes } from '@cantiere/domain';
import { ApiError, call, type RouteRef } from '../../../api/client';
import { useAuth } from '../../../auth/AuthContext';
import { Alert } from '../../../components/Alert';
import { FormField } from '../../../components/FormField';
import { apiErrors, FieldErrors, focusFirstError, zodFieldErrors } from '../../../forms/errors';
import { ACCOUNT } from '../../../i18n/namespaces/account';

// By method and path, typed from the route table: importing the table would bring zod into the login page's chunk.
const LOGIN: RouteRef<typeof authRoutes.login> = { method: 'POST', path: '/api/auth/login' };

// Fetched when the form is first focused, and awaited on submit if it has not arrived by then.
const loginSchema = () => import('../../../forms/login-schema').then((m) => m.loginRequestSchema);

export function LoginPage() {
  const { t } = useTranslation(ACCOUNT);
  const { setUser } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: string; resetDone?: boolean } | null;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const schema = await loginSchema().catch(() => null);
    if (!schema) return setError(t('errors.network'));
    const parsed = schema.safeParse({ email, password });
    if (!parsed.success) {
      const f = zodFieldErrors(t, parsed.error);
      setFields(f);
      focusFirstError(f, 'login-');
      return;
    }
    setFields({});
    setBusy(true);
    try {
      const { user } = await call(LOGIN, { body: parsed.data });
      setUser(user);
      navigate(state?.from && state.from !== '/accesso' ? state.from : '/', { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'invalid_credentials') setError(t('login.invalid'));
      else if (err instanceof ApiError && err.code === 'account_disabled') setError(t('login.disabled'));
      else {
        const r = apiErrors(t, err);
        setFields(r.fields);
        setError(r.message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="row justify-content-center">
      <div className="col-md-7 col-lg-5">
        <h1>{t('nav.login')}</h1>
        <p>{t('login.intro')}</p>
        {state?.resetDone && <Alert kind="success">{t('login.resetDone')}</Alert>}
        {error && <Alert kind="danger">{error}</Alert>}
        <form onSubmit={submit} onFocus={() => void loginSchema().catch(() => undefined)} noValidate>
          <FormField id="login-email" label={t('common.email')} error={fields.email}>
            {(p) => <input {...p} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </FormField>
          <FormField id="login-password" label={t('login.password')} error={fields.password}>
            {(p) => <input {...p} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
          </FormField>
          <button type="submit" className="btn btn-primary" disabled={busy} aria-busy={busy}>
            {t('nav.login')}
          </button>
          <p className="mt-3">
            <Link to="/password-dimenticata">{t('login.forgot')}</Link>
          </p>
        </form>
      </div>
    </div>
  );
}
