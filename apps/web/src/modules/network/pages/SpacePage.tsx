import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../../api/client';
import { QueryError } from '../../../components/QueryError';
import { SpaceMeetings, SpaceOutcomes } from '../../meetings';
import { useSpace } from '../../spaces';
import { SpacePlans } from '../../plans';
import { MembershipEditor } from '../components/MembershipEditor';
import { NETWORK } from '../../../i18n/namespaces/network';
import { lazyComponent } from '../../../routing/lazy-component';
import { NotFoundNotice } from '../../../components/NotFoundNotice';

const SpaceDocuments = lazyComponent(() => import('../../collab'), 'SpaceDocuments');

export function SpacePage() {
  const { t } = useTranslation(NETWORK);
  const { id = '' } = useParams();
  const query = useSpace(id);
  const space = query.data;
  const missing = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400);
  if (missing) return <NotFoundNotice message={t('spaces.notFound')} />;
  if (query.error) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!space) return <p role="status">{t('app.loading')}</p>;
  const quorum = space.quorum
    ? `${t(`spaces.quorum_${space.quorum.kind}`)}${space.quorum.value !== undefined ? ` (${space.quorum.value})` : ''}`
    : t('spaces.quorum_none');
  return (
    <>
      <p className="mb-1">
        <Link to="/spazi">{t('nav.spaces')}</Link>
        {space.parentId && (
          <>
            {' '}
            / <Link to={`/spazi/${space.parentId}`}>{space.parentName}</Link>
          </>
        )}
      </p>
      <h1>{space.name}</h1>
      {space.description && <p className="lead">{space.description}</p>}
      <dl className="row">
        <dt className="col-sm-3">{t('common.kind')}</dt>
        <dd className="col-sm-9">{t(`spaces.kind_${space.kind}`)}</dd>
        <dt className="col-sm-3">{t('spaces.visibility')}</dt>
        <dd className="col-sm-9">{t(`spaces.visibility_${space.visibility}`)}</dd>
        <dt className="col-sm-3">{t('spaces.quorum')}</dt>
        <dd className="col-sm-9">{quorum}</dd>
        <dt className="col-sm-3">{t('spaces.myRole')}</dt>
        <dd className="col-sm-9">{space.myRole ? t(`spaces.role_${space.myRole}`) : t('common.none')}</dd>
      </dl>
      <SpaceMeetings spaceId={space.id} canCreate={space.can['space.manage']} />
      <SpaceOutcomes spaceId={space.id} />
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <SpacePlans spaceId={space.id} canCreate={space.can['space.manage']} />
      </Suspense>
      <MembershipEditor space={space} />
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <SpaceDocuments spaceId={space.id} canCreate={space.can['space.contribute']} />
      </Suspense>
    </>
  );
}
