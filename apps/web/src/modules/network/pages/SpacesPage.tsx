import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SPACE_KINDS, spaceInputSchema } from '@cantiere/domain';
import type { Space, SpaceKind, SpaceVisibility } from '@cantiere/domain';
import { call } from '../../../api/client';
import { useAuth } from '../../../auth/AuthContext';
import { Alert } from '../../../components/Alert';
import { FormField } from '../../../components/FormField';
import { QueryError } from '../../../components/QueryError';
import { apiErrors, FieldErrors, focusFirstError, zodFieldErrors } from '../../../forms/errors';
import { spaceKeys, useSpaces } from '../../spaces';
import { NETWORK } from '../../../i18n/namespaces/network';
import { spaceRoutes } from '@cantiere/domain';

export function SpacesPage() {
  const { t } = useTranslation(NETWORK);
  const { user } = useAuth();
  const client = useQueryClient();
  const query = useSpaces();
  const spaces = query.data ?? null;
  const load = () => void client.invalidateQueries({ queryKey: spaceKeys.all });
  return (
    <>
      <h1>{t('nav.spaces')}</h1>
      <p>{t('spaces.intro')}</p>
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {spaces === null && !query.error && <p role="status">{t('app.loading')}</p>}
      <ul className="list-group mb-4" data-testid="spaces">
        {spaces?.map((s) => (
          <li key={s.id} className={`list-group-item d-flex justify-content-between align-items-center${s.parentId ? ' ps-5' : ''}`}>
            <span>
              <Link to={`/spazi/${s.id}`} className={s.parentId ? '' : 'fw-bold'}>
                {s.name}
              </Link>
              <span className="text-secondary small">
                {' '}
                — {t(`spaces.kind_${s.kind}`)} · {t('spaces.members', { count: s.memberCount })}
              </span>
            </span>
            {s.myRole && <span className="badge text-bg-light border">{t(`spaces.role_${s.myRole}`)}</span>}
          </li>
        ))}
      </ul>
      {user?.role === 'admin' && spaces && <NewSpaceForm spaces={spaces} onCreated={load} />}
    </>
  );
}

function NewSpaceForm({ spaces, onCreated }: { spaces: Space[]; onCreated: () => void }) {
  const { t } = useTranslation(NETWORK);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SpaceKind>('thematic_table');
  const [parentId, setParentId] = useState('');
  const [visibility, setVisibility] = useState<SpaceVisibility>('network');
  const [fields, setFields] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = spaceInputSchema.safeParse({ name, kind, parentId: parentId || null, visibility });
    if (!parsed.success) {
      const f = zodFieldErrors(t, parsed.error);
      setFields(f);
      return focusFirstError(f, 'space-');
    }
    try {
      await call(spaceRoutes.create, { body: parsed.data });
      setFields({});
      setName('');
      setDone(true);
      onCreated();
    } catch (err) {
      setFields(apiErrors(t, err).fields);
    }
  };
  return (
    <section aria-labelledby="new-space" className="border rounded p-3">
      <h2 id="new-space" className="h5">
        {t('spaces.new')}
      </h2>
      {done && <Alert kind="success">{t('common.saved')}</Alert>}
      <form onSubmit={submit} noValidate className="row g-2">
        <div className="col-md-4">
          <FormField id="space-name" label={t('spaces.name')} error={fields.name}>
            {(p) => <input type="text" {...p} value={name} onChange={(e) => setName(e.target.value)} />}
          </FormField>
        </div>
        <div className="col-md-3">
          <FormField id="space-kind" label={t('common.kind')} error={fields.kind}>
            {(p) => (
              <select {...p} className="form-select" value={kind} onChange={(e) => setKind(e.target.value as SpaceKind)}>
                {SPACE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`spaces.kind_${k}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <div className="col-md-3">
          <FormField id="space-parentId" label={t('spaces.parent')} error={fields.parentId}>
            {(p) => (
              <select {...p} className="form-select" value={parentId} onChange={(e) => setParentId(e.target.value)}>
                <option value="">{t('spaces.noParent')}</option>
                {spaces.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <div className="col-md-2">
          <FormField id="space-visibility" label={t('spaces.visibility')}>
            {(p) => (
              <select {...p} className="form-select" value={visibility} onChange={(e) => setVisibility(e.target.value as SpaceVisibility)}>
                <option value="network">{t('spaces.visibility_network')}</option>
                <option value="members">{t('spaces.visibility_members')}</option>
              </select>
            )}
          </FormField>
        </div>
        <div className="col-12">
          <button type="submit" className="btn btn-primary">
            {t('spaces.create')}
          </button>
        </div>
      </form>
    </section>
  );
}
