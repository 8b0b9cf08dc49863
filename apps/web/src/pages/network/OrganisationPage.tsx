import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Organisation, Page, Person, Space } from '@cantiere/domain';
import { api } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { Alert } from '../../components/Alert';
import { OrganisationForm } from './OrganisationForm';
import { useReferenceList } from './useReferenceList';
import { NETWORK } from '../../i18n/namespaces/network';

export function OrganisationPage() {
  const { t, i18n } = useTranslation(NETWORK);
  const { id = '' } = useParams();
  const { user } = useAuth();
  const [org, setOrg] = useState<Organisation | null>(null);
  const [people, setPeople] = useState<Person[]>([]);
  const [spaces, setSpaces] = useState<Space[]>([]);
  const [missing, setMissing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const areas = useReferenceList('thematic_area');
  const comuni = useReferenceList('comune');
  useEffect(() => {
    api<{ organisation: Organisation }>('GET', `/api/organisations/${id}`).then(
      (r) => setOrg(r.organisation),
      () => setMissing(true),
    );
    api<Page<Person>>('GET', `/api/people?organisationId=${id}&pageSize=200`).then(
      (r) => setPeople(r.items),
      () => undefined,
    );
    api<Page<Space>>('GET', '/api/spaces').then(
      async (r) => {
        const withOrg = await Promise.all(
          r.items.map(async (s) =>
            (await api<Page<Organisation>>('GET', `/api/organisations?spaceId=${s.id}&pageSize=200`)).items.some((o) => o.id === id) ? s : null,
          ),
        );
        setSpaces(withOrg.filter((s): s is Space => s !== null));
      },
      () => undefined,
    );
  }, [id]);
  if (missing) return <Alert kind="warning">{t('orgs.notFound')}</Alert>;
  if (!org) return <p role="status">{t('app.loading')}</p>;
  const setArchived = async (archived: boolean) => {
    const r = await api<{ organisation: Organisation }>('POST', `/api/organisations/${org.id}/${archived ? 'archive' : 'restore'}`);
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
          <ul>
            {spaces.map((s) => (
              <li key={s.id}>
                <Link to={`/spazi/${s.id}`}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
