import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { passwordResetRequestSchema } from '@cantiere/domain';
import { call } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { FormField } from '../../../components/FormField';
import { apiErrors, FieldErrors, focusFirstError, zodFieldErrors } from '../../../forms/errors';
import { ACCOUNT } from '../../../i18n/namespaces/account';
import { authRoutes } from '@cantiere/domain';

export function ForgotPasswordPage() {
  const { t } = useTranslation(ACCOUNT);
  const [email, setEmail] = useState('');
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = passwordResetRequestSchema.safeParse({ email });
    if (!parsed.success) {
      const f = zodFieldErrors(t, parsed.error);
      setFields(f);
      focusFirstError(f, 'forgot-');
      return;
    }
    setBusy(true);
    setFields({});
    try {
      await call(authRoutes.requestReset, { body: parsed.data });
      setSent(true);
    } catch (err) {
      setError(apiErrors(t, err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="row justify-content-center">
      <div className="col-md-7 col-lg-5">
        <h1>{t('forgot.title')}</h1>
        {sent ? (
          <Alert kind="success">{t('forgot.sent')}</Alert>
        ) : (
          <>
            <p>{t('forgot.intro')}</p>
            {error && <Alert kind="danger">{error}</Alert>}
            <form onSubmit={submit} noValidate>
              <FormField id="forgot-email" label={t('common.email')} error={fields.email}>
                {(p) => <input {...p} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
              </FormField>
              <button type="submit" className="btn btn-primary" disabled={busy}>
                {t('forgot.submit')}
              </button>
            </form>
          </>
        )}
        <p className="mt-3">
          <Link to="/accesso">{t('forgot.back')}</Link>
        </p>
      </div>
    </div>
  );
}
