import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { QueryError } from '../components/QueryError';
import { UpcomingMeetings } from '../modules/meetings';
import { useSpaces } from '../modules/spaces';
import { NETWORK } from '../i18n/namespaces/network';

export function HomePage() {
  const { t } = useTranslation(NETWORK);
  const { user } = useAuth();
  const query = useSpaces();
  // A failed list counts as arrived: the error takes its place and what follows is shown.
  const spaces = query.data ?? (query.error ? [] : null);
  const mine = spaces?.filter((s) => s.myRole) ?? [];
  return (
    <>
      {/* The greeting names no page: the browser's title says Home (DocumentTitle). */}
      <h1 data-title={t('nav.home')}>{t('home.welcome', { name: user?.name ?? '' })}</h1>
      <p className="lead">{t('home.intro')}</p>
      <div className="row g-4 mt-2">
        <div className="col-md-7">
          <section aria-labelledby="my-spaces">
            <h2 id="my-spaces" className="h4">
              {t('home.mySpaces')}
            </h2>
            {spaces === null && <p role="status">{t('app.loading')}</p>}
            {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
            {query.data && mine.length === 0 && <p>{t('home.noSpaces')}</p>}
            <ul className="list-group">
              {mine.map((s) => (
                <li key={s.id} className="list-group-item d-flex justify-content-between">
                  <Link to={`/spazi/${s.id}`}>{s.name}</Link>
                  <span className="badge text-bg-light border">{s.myRole && t(`spaces.role_${s.myRole}`)}</span>
                </li>
              ))}
            </ul>
            {/* What follows the list is shown once the list is in: shown before, it moved down when the list arrived. */}
            <p className={`mt-2${spaces ? '' : ' invisible'}`}>
              <Link to="/spazi">{t('home.allSpaces')}</Link>
            </p>
          </section>
          <div className={spaces ? undefined : 'invisible'}>
            <UpcomingMeetings />
          </div>
        </div>
        <section className={`col-md-5${spaces ? '' : ' invisible'}`} aria-labelledby="registry">
          <div className="card border p-3">
            <h2 id="registry" className="h5">
              {t('home.registry')}
            </h2>
            <p>{t('home.registryText')}</p>
            <p className="mb-0 d-flex gap-3">
              <Link to="/organizzazioni">{t('nav.organisations')}</Link>
              <Link to="/persone">{t('nav.people')}</Link>
            </p>
          </div>
        </section>
      </div>
    </>
  );
}
