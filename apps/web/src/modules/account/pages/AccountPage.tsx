import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newPasswordSchema, personNameSchema } from '@cantiere/domain';
import { call } from '../../../api/client';
import { CalendarFeedPanel } from '../../meetings';
import { useAuth } from '../../../auth/AuthContext';
import { Alert } from '../../../components/Alert';
import { FormField } from '../../../components/FormField';
import { apiErrors, FieldErrors, focusFirstError, messageFor } from '../../../forms/errors';
import { LOCALE_KEY } from '../../../i18n';
import { NotificationPreferencesPanel } from '../../notifications';
import { ApiTokensPanel } from '../components/ApiTokensPanel';
import { SessionsPanel } from '../components/SessionsPanel';
import { ACCOUNT } from '../../../i18n/namespaces/account';
import { accountRoutes } from '@cantiere/domain';

export function AccountPage() {
  const { t, i18n } = useTranslation(ACCOUNT);
  const { user, setUser } = useAuth();
  const [name, setName] = useState(user?.name ?? '');
  const [locale, setLocale] = useState(user?.locale ?? 'it');
  const [profileMsg, setProfileMsg] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [pwFields, setPwFields] = useState<FieldErrors>({});
  const [pwMsg, setPwMsg] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);

  const saveProfile = async (e: FormEvent) => {
    e.preventDefault();
    setProfileMsg(null);
    const n = personNameSchema.safeParse(name);
    if (!n.success) {
      const f = { name: messageFor(t, n.error.issues[0].message) };
      setFields(f);
      return focusFirstError(f, 'account-');
    }
    try {
      const r = await call(accountRoutes.update, { body: { name, locale } });
      setFields({});
      setUser(r.user);
      localStorage.setItem(LOCALE_KEY, r.user.locale);
      await i18n.changeLanguage(r.user.locale);
      setProfileMsg(t('account.saved'));
    } catch (err) {
      setFields(apiErrors(t, err).fields);
    }
  };

  const changePassword = async (e: FormEvent) => {
    e.preventDefault();
    setPwMsg(null);
    const f: FieldErrors = {};
    if (!current) f.currentPassword = t('errors.required');
    const p = newPasswordSchema.safeParse(next);
    if (!p.success) f.newPassword = messageFor(t, p.error.issues[0].message);
    if (confirm !== next) f.confirm = t('errors.passwords_differ');
    setPwFields(f);
    if (Object.keys(f).length) return focusFirstError(f, 'pw-');
    try {
      await call(accountRoutes.changePassword, { body: { currentPassword: current, newPassword: next } });
      setCurrent('');
      setNext('');
      setConfirm('');
      setPwMsg({ kind: 'success', text: t('account.passwordChanged') });
    } catch (err) {
      const r = apiErrors(t, err);
      setPwFields(r.fields);
      if (r.message) setPwMsg({ kind: 'danger', text: r.message });
      focusFirstError(r.fields, 'pw-');
    }
  };

  return (
    <>
      <h1>{t('nav.account')}</h1>
      <div className="row g-4">
        <section className="col-lg-6" aria-labelledby="profile-title">
          <h2 id="profile-title" className="h4">
            {t('account.profile')}
          </h2>
          {profileMsg && <Alert kind="success">{profileMsg}</Alert>}
          <form onSubmit={saveProfile} noValidate>
            <FormField id="account-name" label={t('account.name')} error={fields.name}>
              {(p) => <input type="text" {...p} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
            </FormField>
            <FormField id="account-email" label={t('common.email')}>
              {(p) => <input type="email" {...p} value={user?.email ?? ''} readOnly />}
            </FormField>
            <FormField id="account-locale" label={t('account.language')}>
              {(p) => (
                <select {...p} className="form-select" value={locale} onChange={(e) => setLocale(e.target.value as 'it' | 'en')}>
                  <option value="it" lang="it">
                    Italiano
                  </option>
                  <option value="en" lang="en">
                    English
                  </option>
                </select>
              )}
            </FormField>
            <button type="submit" className="btn btn-primary">
              {t('common.save')}
            </button>
          </form>
        </section>
        <section className="col-lg-6" aria-labelledby="password-title">
          <h2 id="password-title" className="h4">
            {t('account.password')}
          </h2>
          {pwMsg && <Alert kind={pwMsg.kind}>{pwMsg.text}</Alert>}
          <form onSubmit={changePassword} noValidate>
            <FormField id="pw-currentPassword" label={t('account.current')} error={pwFields.currentPassword}>
              {(p) => <input {...p} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />}
            </FormField>
            <FormField id="pw-newPassword" label={t('account.new')} error={pwFields.newPassword} hint={t('reset.hint')}>
              {(p) => <input {...p} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />}
            </FormField>
            <FormField id="pw-confirm" label={t('account.confirm')} error={pwFields.confirm}>
              {(p) => <input {...p} type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
            </FormField>
            <button type="submit" className="btn btn-primary">
              {t('account.changePassword')}
            </button>
          </form>
        </section>
      </div>
      <SessionsPanel />
      <ApiTokensPanel />
      <CalendarFeedPanel />
      <NotificationPreferencesPanel />
    </>
  );
}
