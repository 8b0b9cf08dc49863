import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { FormField } from '../../../components/FormField';
import { QueryError } from '../../../components/QueryError';
import { accountKeys } from '../api/keys';
import { useApiTokens } from '../hooks/useApiTokens';
import { ACCOUNT } from '../../../i18n/namespaces/account';
import { apiTokenRoutes } from '@cantiere/domain';

export function ApiTokensPanel() {
  const { t, i18n } = useTranslation(ACCOUNT);
  const client = useQueryClient();
  const query = useApiTokens();
  const tokens = query.data ?? null;
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const load = () => client.invalidateQueries({ queryKey: accountKeys.tokens() });
  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) {
      setNameError(t('errors.required'));
      document.getElementById('token-name')?.focus();
      return;
    }
    setNameError(undefined);
    const r = await call(apiTokenRoutes.create, { body: { name: name.trim() } });
    setSecret(r.token.secret);
    setCopied(false);
    setName('');
    await load();
  };
  const revoke = async (id: string) => {
    await call(apiTokenRoutes.revoke, { params: { id } });
    await load();
  };
  return (
    <section className="mt-5" aria-labelledby="tokens-title">
      <h2 id="tokens-title" className="h4">
        {t('account.tokens')}
      </h2>
      <p>{t('account.tokensIntro')}</p>
      {secret && (
        <Alert kind="info">
          {t('account.tokenCreated')} <code data-testid="token-secret">{secret}</code>{' '}
          <button
            type="button"
            className="btn btn-sm btn-outline-primary"
            onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}
          >
            {copied ? t('common.copied') : t('common.copy')}
          </button>
        </Alert>
      )}
      <form onSubmit={create} noValidate className="row g-2 align-items-end mb-3">
        <div className="col-md-6">
          <FormField id="token-name" label={t('account.tokenName')} error={nameError}>
            {(p) => <input type="text" {...p} maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
          </FormField>
        </div>
        <div className="col-md-3 mb-3">
          <button type="submit" className="btn btn-primary">
            {t('account.createToken')}
          </button>
        </div>
      </form>
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {tokens && tokens.length === 0 && <p>{t('account.noTokens')}</p>}
      {tokens && tokens.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('account.tokenName')}</th>
              <th scope="col">{t('account.created')}</th>
              <th scope="col">{t('account.lastUsed')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((tok) => (
              <tr key={tok.id}>
                <td>
                  {tok.name} <code>{tok.prefix}…</code>
                </td>
                <td>{new Date(tok.createdAt).toLocaleString(i18n.language)}</td>
                <td>{tok.lastUsedAt ? new Date(tok.lastUsedAt).toLocaleString(i18n.language) : t('account.never')}</td>
                <td>
                  <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => void revoke(tok.id)}>
                    {t('account.revoke')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
