import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Person } from '@cantiere/domain';
import { ApiError, call } from '../../../api/client';
import { useAuth } from '../../../auth/AuthContext';
import { Alert } from '../../../components/Alert';
import { QueryError } from '../../../components/QueryError';
import { networkKeys } from '../api/keys';
import { usePerson } from '../hooks/usePerson';
import { apiErrors } from '../../../forms/errors';
import { PersonForm } from '../components/PersonForm';
import { NETWORK } from '../../../i18n/namespaces/network';
import { personRoutes } from '@cantiere/domain';
import { NotFoundNotice } from '../../../components/NotFoundNotice';

export function PersonPage() {
  const { t, i18n } = useTranslation(NETWORK);
  const { id = '' } = useParams();
  const { user } = useAuth();
  const client = useQueryClient();
  const query = usePerson(id);
  const person = query.data;
  const missing = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400);
  const setPerson = (p: Person) => {
    client.setQueryData(networkKeys.person(id), p);
    void client.invalidateQueries({ queryKey: [...networkKeys.people(), 'list'] });
  };
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const [confirmErase, setConfirmErase] = useState(false);
  if (missing) return <NotFoundNotice message={t('people.notFound')} />;
  if (query.error) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!person) return <p role="status">{t('app.loading')}</p>;
  const admin = user?.role === 'admin';
  const act = async (work: () => Promise<unknown>, success: string) => {
    try {
      await work();
      setMessage({ kind: 'success', text: success });
    } catch (err) {
      setMessage({ kind: 'danger', text: apiErrors(t, err).message ?? t('errors.server') });
    }
  };
  const erase = () =>
    act(
      async () => {
        const r = await call(personRoutes.erase, { params: { id: person.id } });
        setPerson(r.person);
        setConfirmErase(false);
      },
      t('people.erased', { date: new Date().toLocaleDateString(i18n.language) }),
    );

  return (
    <>
      <p className="mb-1">
        <Link to="/persone">{t('nav.people')}</Link>
      </p>
      <h1>{person.fullName}</h1>
      {person.erasedAt && <Alert kind="warning">{t('people.erased', { date: new Date(person.erasedAt).toLocaleDateString(i18n.language) })}</Alert>}
      {message && <Alert kind={message.kind}>{message.text}</Alert>}
      {person.can['person.edit'] && !person.erasedAt && (
        <button type="button" className="btn btn-outline-primary mb-3" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          {editing ? t('common.cancel') : t('common.edit')}
        </button>
      )}
      {editing ? (
        <PersonForm
          person={person}
          onSaved={(p) => {
            setPerson(p);
            setEditing(false);
            setMessage({ kind: 'success', text: t('common.saved') });
          }}
        />
      ) : (
        <dl className="row">
          {person.contactsHidden ? (
            <>
              <dt className="col-sm-3">
                {t('common.email')}, {t('people.phone').toLowerCase()}
              </dt>
              <dd className="col-sm-9" data-testid="contacts-hidden">
                {t('people.contactsHidden')}
                <div className="form-text">{t('people.contactsHiddenHint')}</div>
              </dd>
            </>
          ) : (
            <>
              <dt className="col-sm-3">{t('common.email')}</dt>
              <dd className="col-sm-9">{person.email ?? t('common.none')}</dd>
              <dt className="col-sm-3">{t('people.phone')}</dt>
              <dd className="col-sm-9">{person.phone ?? t('common.none')}</dd>
            </>
          )}
          <dt className="col-sm-3">{t('people.affiliations')}</dt>
          <dd className="col-sm-9">
            <ul className="mb-0">
              {person.affiliations.map((a) => (
                <li key={a.organisationId}>
                  <Link to={`/organizzazioni/${a.organisationId}`}>{a.organisationName}</Link> — {t(`people.roles.${a.role}`)}
                  {a.title ? `, ${a.title}` : ''}
                </li>
              ))}
            </ul>
          </dd>
          {person.can['person.edit'] && (
            <>
              <dt className="col-sm-3">{t('people.notes')}</dt>
              <dd className="col-sm-9">{person.notes ?? t('common.none')}</dd>
            </>
          )}
        </dl>
      )}
      {admin && (
        <section className="border rounded p-3 mt-4" aria-labelledby="privacy-title">
          <h2 id="privacy-title" className="h5">
            {t('people.privacy')}
          </h2>
          {person.consent ? (
            <dl className="row mb-3">
              <dt className="col-sm-3">{t('people.legalBasis')}</dt>
              <dd className="col-sm-9">{t(`people.bases.${person.consent.legalBasis}`)}</dd>
              <dt className="col-sm-3">{t('people.purpose')}</dt>
              <dd className="col-sm-9">{person.consent.purpose}</dd>
              <dt className="col-sm-3">{t('common.date')}</dt>
              <dd className="col-sm-9">{new Date(`${person.consent.date}T12:00:00`).toLocaleDateString(i18n.language)}</dd>
              <dt className="col-sm-3">{t('people.consentSource')}</dt>
              <dd className="col-sm-9">{person.consent.source}</dd>
            </dl>
          ) : (
            <p>{t('people.noConsent')}</p>
          )}
          <p className="small">{t('people.minutesKept')}</p>
          <div className="d-flex flex-wrap gap-2">
            <a className="btn btn-outline-primary" href={`/api/people/${person.id}/data-export`} download>
              {t('people.exportData')}
            </a>
            {!person.userId && !person.erasedAt && person.email && (
              <button
                type="button"
                className="btn btn-outline-primary"
                onClick={() => void act(() => call(personRoutes.invite, { params: { id: person.id } }), t('people.invited'))}
              >
                {t('people.invite')}
              </button>
            )}
            {person.userId && <span className="badge text-bg-light border align-self-center">{t('people.hasAccount')}</span>}
            {!person.erasedAt && (
              <button type="button" className="btn btn-outline-danger" aria-expanded={confirmErase} onClick={() => setConfirmErase(true)}>
                {t('people.erase')}
              </button>
            )}
          </div>
          {confirmErase && (
            <div role="alertdialog" aria-labelledby="erase-title" aria-describedby="erase-text erase-kept" className="alert alert-danger mt-3">
              <h3 id="erase-title" className="h6">
                {t('people.erase')}
              </h3>
              <p id="erase-text">{t('people.eraseExplain')}</p>
              <p id="erase-kept">{t('people.minutesKept')}</p>
              <div className="d-flex gap-2">
                <button type="button" className="btn btn-danger" onClick={() => void erase()}>
                  {t('people.eraseConfirm')}
                </button>
                <button type="button" className="btn btn-outline-secondary" autoFocus onClick={() => setConfirmErase(false)}>
                  {t('common.cancel')}
                </button>
              </div>
            </div>
          )}
        </section>
      )}
    </>
  );
}
