import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { newPasswordSchema } from '@cantiere/domain';
import { ApiError, call } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { FormField } from '../../../components/FormField';
import { apiErrors, FieldErrors, focusFirstError, messageFor } from '../../../forms/errors';
import { ACCOUNT } from '../../../i18n/namespaces/account';
import { authRoutes } from '@cantiere/domain';

export function ResetPasswordPage() {
  const { t } = useTranslation(ACCOUNT);
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [gone, setGone] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const f: FieldErrors = {};
    const parsed = newPasswordSchema.safeParse(password);
    if (!parsed.success) f.password = messageFor(t, parsed.error.issues[0].message);
    if (confirm !== password) f.confirm = t('errors.passwords_differ');
    setFields(f);
    if (Object.keys(f).length) return focusFirstError(f, 'reset-');
    try {
      await call(authRoutes.confirmReset, { body: { token, password } });
      navigate('/accesso', { state: { resetDone: true } });
    } catch (err) {
      if (err instanceof ApiError && (err.status === 410 || (err.status === 400 && err.fieldIssues.some((i) => i.path === 'token')))) setGone(true);
      else {
        const r = apiErrors(t, err);
        setFields(r.fields);
        setError(r.message);
      }
    }
  };
  return (
    <div className="row justify-content-center">
      <div className="col-md-7 col-lg-5">
        <h1>{t('reset.title')}</h1>
        {gone ? (
          <>
            <Alert kind="danger">{t('reset.gone')}</Alert>
            <Link to="/password-dimenticata">{t('reset.again')}</Link>
          </>
        ) : (
          <form onSubmit={submit} noValidate>
            {error && <Alert kind="danger">{error}</Alert>}
            <FormField id="reset-password" label={t('reset.password')} error={fields.password} hint={t('reset.hint')}>
              {(p) => <input {...p} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
            </FormField>
            <FormField id="reset-confirm" label={t('reset.confirm')} error={fields.confirm}>
              {(p) => <input {...p} type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
            </FormField>
            <button type="submit" className="btn btn-primary">
              {t('reset.submit')}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}
