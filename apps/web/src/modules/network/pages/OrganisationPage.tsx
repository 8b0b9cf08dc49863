import { Suspense, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Organisation } from '@cantiere/domain';
import { ApiError, call } from '../../../api/client';
import { useAuth } from '../../../auth/AuthContext';
import { Alert } from '../../../components/Alert';
import { QueryError } from '../../../components/QueryError';
import { networkKeys } from '../api/keys';
import { useOrganisation } from '../hooks/useOrganisation';
import { useOrganisationSpaces } from '../hooks/useOrganisationSpaces';
import { usePeople } from '../hooks/usePeople';
import { OrganisationForm } from '../components/OrganisationForm';
import { useReferenceList } from '../hooks/useReferenceList';
import { NETWORK } from '../../../i18n/namespaces/network';
import { organisationRoutes } from '@cantiere/domain';
import { OrganisationPlanActions } from '../../plans';
import { NotFoundNotice } from '../../../components/NotFoundNotice';

export function OrganisationPage() {
  const { t, i18n } = useTranslation(NETWORK);
  const { id = '' } = useParams();
  const { user } = useAuth();
  const client = useQueryClient();
  const orgQuery = useOrganisation(id);
  const org = orgQuery.data;
  const peopleQuery = usePeople(`organisationId=${id}&pageSize=200`);
  const people = peopleQuery.data?.items ?? [];
  const spacesQuery = useOrganisationSpaces(id);
  const spaces = spacesQuery.data ?? [];
  const missing = orgQuery.error instanceof ApiError && (orgQuery.error.status === 404 || orgQuery.error.status === 400);
  const setOrg = (o: Organisation) => {
    client.setQueryData(networkKeys.organisation(id), o);
    void client.invalidateQueries({ queryKey: [...networkKeys.organisations(), 'list'] });
  };
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const areas = useReferenceList('thematic_area');
  const comuni = useReferenceList('comune');
  if (missing) return <NotFoundNotice message={t('orgs.notFound')} />;
  if (orgQuery.error) return <QueryError error={orgQuery.error} onRetry={() => orgQuery.refetch()} />;
  if (!org) return <p role="status">{t('app.loading')}</p>;
  const setArchived = async (archived: boolean) => {
    const r = await call(archived ? organisationRoutes.archive : organisationRoutes.restore, { params: { id: org.id } });
    setOrg(r.organisation);
  };
  const row = (label: string, value: string | null | undefined) => (
    <>
      <dt className="col-sm-3">{label}</dt>
      <dd className="col-sm-9">{value || t('common.none')}</dd>
    </>
  );
  return (
    <>
      <p className="mb-1">
        <Link to="/organizzazioni">{t('nav.organisations')}</Link>
      </p>
      <h1>{org.name}</h1>
      {org.archivedAt && <Alert kind="warning">{t('orgs.archivedNotice', { date: new Date(org.archivedAt).toLocaleDateString(i18n.language) })}</Alert>}
      {saved && <Alert kind="success">{t('common.saved')}</Alert>}
      <div className="d-flex gap-2 mb-3">
        {org.can['organisation.edit'] && (
          <button type="button" className="btn btn-outline-primary" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
            {editing ? t('common.cancel') : t('common.edit')}
          </button>
        )}
        {user?.role === 'admin' && (
          <button type="button" className="btn btn-outline-secondary" onClick={() => void setArchived(!org.archivedAt)}>
            {org.archivedAt ? t('common.restore') : t('common.archive')}
          </button>
        )}
      </div>
      {editing ? (
        <OrganisationForm
          organisation={org}
          onSaved={(o) => {
            setOrg(o);
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <dl className="row">
          {row(t('common.kind'), t(`orgs.types.${org.type}`))}
          {row(t('orgs.shortName'), org.shortName)}
          {row(t('orgs.fiscalCode'), org.fiscalCode)}
          {row(t('orgs.vatNumber'), org.vatNumber)}
          {row(t('orgs.runtsNumber'), org.runtsNumber)}
          {row(t('orgs.thematicAreas'), org.thematicAreas.map(areas.label).join(', '))}
          {row(t('orgs.comuni'), org.comuni.map(comuni.label).join(', '))}
          {row(t('orgs.address'), org.address)}
          {row(t('orgs.website'), org.website)}
          {row(t('common.email'), org.email)}
          {row(t('orgs.phone'), org.phone)}
          {org.can['organisation.edit'] && row(t('orgs.notes'), org.notes)}
        </dl>
      )}
      <div className="row mt-4">
        <section className="col-md-6" aria-labelledby="org-people">
          <h2 id="org-people" className="h5">
            {t('nav.people')}
          </h2>
          {peopleQuery.error && <QueryError error={peopleQuery.error} onRetry={() => peopleQuery.refetch()} />}
          <ul>
            {people.map((p) => (
              <li key={p.id}>
                <Link to={`/persone/${p.id}`}>{p.fullName}</Link> —{' '}
                {p.affiliations
                  .filter((a) => a.organisationId === org.id)
                  .map((a) => t(`people.roles.${a.role}`))
                  .join(', ')}
              </li>
            ))}
          </ul>
        </section>
        <section className="col-md-6" aria-labelledby="org-spaces">
          <h2 id="org-spaces" className="h5">
            {t('orgs.spaces')}
          </h2>
          {spacesQuery.error && <QueryError error={spacesQuery.error} onRetry={() => spacesQuery.refetch()} />}
          <ul>
            {spaces.map((s) => (
              <li key={s.id}>
                <Link to={`/spazi/${s.id}`}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <OrganisationPlanActions organisationId={org.id} />
      </Suspense>
    </>
  );
}
