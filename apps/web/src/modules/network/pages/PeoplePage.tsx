import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ORGANISATION_TYPES } from '@cantiere/domain/constants';
import { useAuth } from '../../../auth/AuthContext';
import { Pagination } from '../../../components/Pagination';
import { QueryError } from '../../../components/QueryError';
import { usePeople } from '../hooks/usePeople';
import { useListFilters } from '../hooks/useListFilters';
import { PersonForm } from '../components/PersonForm';
import { NETWORK } from '../../../i18n/namespaces/network';

export function PeoplePage() {
  const { t } = useTranslation(NETWORK);
  const navigate = useNavigate();
  const { user } = useAuth();
  const { params, query, exportQuery, set } = useListFilters();
  const resultQuery = usePeople(query);
  const result = resultQuery.data ?? null;
  const [q, setQ] = useState(params.get('q') ?? '');
  const [creating, setCreating] = useState(false);
  return (
    <>
      <div className="d-flex justify-content-between align-items-start flex-wrap gap-2">
        <div>
          <h1>{t('nav.people')}</h1>
          <p>{t('people.intro')}</p>
        </div>
        <div className="d-flex gap-2">
          {/* The whole registry's contacts in one file are for administrators only (GDPR art. 5). */}
          {user?.role === 'admin' && (
            <a className="btn btn-outline-primary" href={`/api/people/export.csv?${exportQuery}`} download>
              {t('common.export')}
            </a>
          )}
          <button type="button" className="btn btn-primary" aria-expanded={creating} onClick={() => setCreating((c) => !c)}>
            {t('people.new')}
          </button>
        </div>
      </div>
      {creating && (
        <section className="border rounded p-3 mb-4" aria-label={t('people.new')}>
          <PersonForm onSaved={(p) => navigate(`/persone/${p.id}`)} />
        </section>
      )}
      <form
        role="search"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          set('q', q.trim());
        }}
        className="row g-2 align-items-end mb-3"
      >
        <div className="col-md-6">
          <label htmlFor="people-q" className="form-label">
            {t('common.search')}
          </label>
          <input id="people-q" type="search" className="form-control" placeholder={t('people.search')} value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="col-md-3">
          <label htmlFor="people-type" className="form-label">
            {t('common.kind')}
          </label>
          <select id="people-type" className="form-select" value={params.get('type') ?? ''} onChange={(e) => set('type', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {ORGANISATION_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`orgs.types.${ty}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="col-md-3">
          <button type="submit" className="btn btn-primary">
            {t('common.search')}
          </button>
        </div>
      </form>
      {resultQuery.error && <QueryError error={resultQuery.error} onRetry={() => resultQuery.refetch()} />}
      {result && <p role="status">{t('common.results', { count: result.total })}</p>}
      {result && result.items.length === 0 && <p>{t('people.none')}</p>}
      {result && result.items.length > 0 && (
        <div className="table-responsive">
          <table className="table" data-testid="people">
            <thead>
              <tr>
                <th scope="col">{t('people.lastName')}</th>
                <th scope="col">{t('people.affiliations')}</th>
                <th scope="col">{t('common.email')}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/persone/${p.id}`}>
                      {p.lastName} {p.firstName}
                    </Link>
                  </td>
                  <td>{p.affiliations.map((a) => `${a.organisationName} (${t(`people.roles.${a.role}`)})`).join('; ')}</td>
                  <td>
                    {p.contactsHidden ? (
                      <span className="text-muted" title={t('people.contactsHiddenHint')}>
                        {t('people.contactsHidden')}
                      </span>
                    ) : (
                      (p.email ?? t('common.none'))
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result && <Pagination page={result.page} pageSize={result.pageSize} total={result.total} onPage={(pg) => set('page', String(pg))} />}
    </>
  );
}
