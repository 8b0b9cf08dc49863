import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ORGANISATION_TYPES } from '@cantiere/domain/constants';
import { useAuth } from '../../../auth/AuthContext';
import { Pagination } from '../../../components/Pagination';
import { QueryError } from '../../../components/QueryError';
import { networkKeys } from '../api/keys';
import { useOrganisations } from '../hooks/useOrganisations';
import { useSpaces } from '../../spaces';
import { useListFilters } from '../hooks/useListFilters';
import { OrganisationForm } from '../components/OrganisationForm';
import { useReferenceList } from '../hooks/useReferenceList';
import { NETWORK } from '../../../i18n/namespaces/network';

/** Search and filters live in the URL, so that a filtered list can be shared and exported as it is. */
export function OrganisationsPage() {
  const { t } = useTranslation(NETWORK);
  const { user } = useAuth();
  const { params, query, exportQuery, set } = useListFilters();
  const client = useQueryClient();
  const resultQuery = useOrganisations(query);
  const result = resultQuery.data ?? null;
  const spacesQuery = useSpaces();
  const spaces = spacesQuery.data ?? [];
  const [q, setQ] = useState(params.get('q') ?? '');
  const [creating, setCreating] = useState(false);
  const areas = useReferenceList('thematic_area');
  const comuni = useReferenceList('comune');
  const load = () => client.invalidateQueries({ queryKey: networkKeys.organisations() });
  const search = (e: FormEvent) => {
    e.preventDefault();
    set('q', q.trim());
  };

  return (
    <>
      <div className="d-flex justify-content-between align-items-start flex-wrap gap-2">
        <div>
          <h1>{t('nav.organisations')}</h1>
          <p>{t('orgs.intro')}</p>
        </div>
        <div className="d-flex gap-2">
          <a className="btn btn-outline-primary" href={`/api/organisations/export.csv?${exportQuery}`} download>
            {t('common.export')}
          </a>
          {user?.role === 'admin' && (
            <button type="button" className="btn btn-primary" aria-expanded={creating} onClick={() => setCreating((c) => !c)}>
              {t('orgs.new')}
            </button>
          )}
        </div>
      </div>
      {creating && (
        <section className="border rounded p-3 mb-4" aria-label={t('orgs.new')}>
          <OrganisationForm
            onSaved={() => {
              setCreating(false);
              void load();
            }}
          />
        </section>
      )}
      <form role="search" onSubmit={search} className="row g-2 align-items-end mb-3">
        <div className="col-md-4">
          <label htmlFor="org-q" className="form-label">
            {t('common.search')}
          </label>
          <input id="org-q" className="form-control" type="search" placeholder={t('orgs.search')} value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="col-md-2">
          <label htmlFor="org-type" className="form-label">
            {t('common.kind')}
          </label>
          <select id="org-type" className="form-select" value={params.get('type') ?? ''} onChange={(e) => set('type', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {ORGANISATION_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`orgs.types.${ty}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="col-md-2">
          <label htmlFor="org-area" className="form-label">
            {t('orgs.area')}
          </label>
          <select id="org-area" className="form-select" value={params.get('area') ?? ''} onChange={(e) => set('area', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {areas.items.map((a) => (
              <option key={a.code} value={a.code}>
                {areas.label(a.code)}
              </option>
            ))}
          </select>
        </div>
        <div className="col-md-2">
          <label htmlFor="org-comune" className="form-label">
            {t('orgs.comune')}
          </label>
          <select id="org-comune" className="form-select" value={params.get('comune') ?? ''} onChange={(e) => set('comune', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {comuni.items.map((c) => (
              <option key={c.code} value={c.code}>
                {comuni.label(c.code)}
              </option>
            ))}
          </select>
        </div>
        <div className="col-md-2">
          <label htmlFor="org-space" className="form-label">
            {t('orgs.space')}
          </label>
          <select id="org-space" className="form-select" value={params.get('spaceId') ?? ''} onChange={(e) => set('spaceId', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {spaces.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        {user?.role === 'admin' && (
          <div className="col-12 form-check ms-2">
            <input
              id="org-archived"
              className="form-check-input"
              type="checkbox"
              checked={params.get('archived') === 'all'}
              onChange={(e) => set('archived', e.target.checked ? 'all' : '')}
            />
            <label htmlFor="org-archived" className="form-check-label">
              {t('common.showArchived')}
            </label>
          </div>
        )}
        <div className="col-12">
          <button type="submit" className="btn btn-primary">
            {t('common.search')}
          </button>
        </div>
      </form>
      {spacesQuery.error && <QueryError error={spacesQuery.error} onRetry={() => spacesQuery.refetch()} />}
      {resultQuery.error && <QueryError error={resultQuery.error} onRetry={() => resultQuery.refetch()} />}
      {result && <p role="status">{t('common.results', { count: result.total })}</p>}
      {result && result.items.length === 0 && <p>{t('orgs.none')}</p>}
      {result && result.items.length > 0 && (
        <div className="table-responsive">
          <table className="table" data-testid="organisations">
            <thead>
              <tr>
                <th scope="col">{t('orgs.name')}</th>
                <th scope="col">{t('common.kind')}</th>
                <th scope="col">{t('orgs.thematicAreas')}</th>
                <th scope="col">{t('orgs.comuni')}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link to={`/organizzazioni/${o.id}`}>{o.name}</Link>
                    {o.archivedAt && <span className="badge text-bg-secondary ms-2">{t('common.archived')}</span>}
                  </td>
                  <td>{t(`orgs.types.${o.type}`)}</td>
                  <td>{o.thematicAreas.map(areas.label).join(', ')}</td>
                  <td>{o.comuni.map(comuni.label).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result && <Pagination page={result.page} pageSize={result.pageSize} total={result.total} onPage={(p) => set('page', String(p))} />}
    </>
  );
}
