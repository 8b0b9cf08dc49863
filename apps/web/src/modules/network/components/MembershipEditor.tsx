import { FormEvent, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { REPRESENTATION_KINDS, SPACE_ROLES } from '@cantiere/domain/constants';
import type { Membership, Representation, Space, SpaceRole } from '@cantiere/domain';
import { call } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { QueryError } from '../../../components/QueryError';
import { useConfirmDialog } from '../../../components/useConfirmDialog';
import { apiErrors } from '../../../forms/errors';
import { dateFormat } from '../../../i18n/date-format';
import { useOrganisations } from '../hooks/useOrganisations';
import { usePeople } from '../hooks/usePeople';
import { spaceKeys, useMembers } from '../../spaces';
import { NETWORK } from '../../../i18n/namespaces/network';
import { spaceRoutes } from '@cantiere/domain';

/** What a refused membership change says: the first field's message, else the general one. */
function refusal(t: Parameters<typeof apiErrors>[0], err: unknown): string {
  const r = apiErrors(t, err);
  return Object.values(r.fields)[0] ?? r.message ?? t('errors.server');
}

/** Who represents which organisation in the space; facilitators and admins change it. */
export function MembershipEditor({ space }: { space: Space }) {
  const { t, i18n } = useTranslation(NETWORK);
  const client = useQueryClient();
  const [showPast, setShowPast] = useState(false);
  const query = useMembers(space.id, showPast);
  const members = query.data ?? null;
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  // The form's list of every organisation is asked for when a manager opens it, not with the page.
  const [adding, setAdding] = useState(false);
  // Both lists (with and without past members) and the space's member count change with a membership.
  const load = async () => {
    await client.invalidateQueries({ queryKey: spaceKeys.membersOf(space.id) });
    void client.invalidateQueries({ queryKey: spaceKeys.lists() });
  };

  const { confirm, dialog } = useConfirmDialog();
  const failed = (err: unknown) => setMessage({ kind: 'danger', text: refusal(t, err) });
  const changeRole = async (m: Membership, role: SpaceRole) => {
    try {
      await call(spaceRoutes.updateMember, { params: { id: space.id, memberId: m.id }, body: { role } });
      await load();
    } catch (err) {
      failed(err);
    }
  };
  const remove = async (m: Membership) => {
    const yes = await confirm({
      title: t('spaces.removeTitle'),
      body: t('spaces.removeConfirm', { name: m.personName }),
      confirmLabel: t('spaces.remove'),
      cancelLabel: t('common.cancel'),
      tone: 'danger',
    });
    if (!yes) return;
    try {
      await call(spaceRoutes.leave, { params: { id: space.id, memberId: m.id } });
      await load();
    } catch (err) {
      failed(err);
    }
  };
  const date = (d: string | null) => (d ? dateFormat(i18n.language).format(new Date(`${d}T12:00:00`)) : t('common.none'));

  return (
    <section aria-labelledby="members-title" className="mt-4">
      <h2 id="members-title" className="h4">
        {t('spaces.representatives')}
      </h2>
      {message && <Alert kind={message.kind}>{message.text}</Alert>}
      <div className="form-check mb-2">
        <input id="show-past" className="form-check-input" type="checkbox" checked={showPast} onChange={(e) => setShowPast(e.target.checked)} />
        <label htmlFor="show-past" className="form-check-label">
          {t('spaces.showPast')}
        </label>
      </div>
      {query.error && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {members && members.length === 0 && <p>{t('spaces.noMembers')}</p>}
      {members && members.length > 0 && (
        <div className="table-responsive">
          <table className="table" data-testid="members">
            <thead>
              <tr>
                <th scope="col">{t('common.organisation')}</th>
                <th scope="col">{t('spaces.person')}</th>
                <th scope="col">{t('common.role')}</th>
                <th scope="col">{t('spaces.representation')}</th>
                <th scope="col">{t('spaces.joined')}</th>
                <th scope="col">{t('spaces.left')}</th>
                {space.can['space.manage'] && (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <td>{m.organisationName}</td>
                  <td>{m.personName}</td>
                  <td>
                    {space.can['space.manage'] && !m.leftOn ? (
                      <select
                        className="form-select form-select-sm"
                        aria-label={`${t('common.role')}: ${m.personName}`}
                        value={m.role}
                        onChange={(e) => void changeRole(m, e.target.value as SpaceRole)}
                      >
                        {SPACE_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`spaces.role_${r}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`spaces.role_${m.role}`)
                    )}
                  </td>
                  <td>{t(`spaces.representation_${m.representation}`)}</td>
                  <td>{date(m.joinedOn)}</td>
                  <td>{date(m.leftOn)}</td>
                  {space.can['space.manage'] && (
                    <td>
                      {!m.leftOn && (
                        <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => void remove(m)}>
                          {t('spaces.remove')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {space.can['space.manage'] && !space.archivedAt && (
        <details className="border rounded p-3 mt-3" onToggle={(e) => setAdding(e.currentTarget.open)}>
          <summary id="add-rep" className="fw-semibold">
            {t('spaces.add')}
          </summary>
          {adding && (
            <AddRepresentative
              spaceId={space.id}
              onAdded={async () => {
                setMessage({ kind: 'success', text: t('spaces.added') });
                await load();
              }}
              onError={(text) => setMessage({ kind: 'danger', text })}
            />
          )}
        </details>
      )}
      {dialog}
    </section>
  );
}

function AddRepresentative({ spaceId, onAdded, onError }: { spaceId: string; onAdded: () => Promise<void>; onError: (text: string) => void }) {
  const { t } = useTranslation(NETWORK);
  const [organisationId, setOrganisationId] = useState('');
  const orgsQuery = useOrganisations('pageSize=200');
  const peopleQuery = usePeople(`pageSize=200&organisationId=${organisationId}`, organisationId !== '');
  const orgs = orgsQuery.data?.items ?? [];
  const people = (organisationId && peopleQuery.data?.items) || [];
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<SpaceRole>('member');
  const [representation, setRepresentation] = useState<Representation>('titular');
  const chooseOrganisation = (id: string) => {
    setOrganisationId(id);
    setPersonId('');
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!organisationId || !personId) return onError(t('errors.required'));
    try {
      await call(spaceRoutes.addMember, { params: { id: spaceId }, body: { organisationId, personId, role, representation } });
      setPersonId('');
      await onAdded();
    } catch (err) {
      onError(refusal(t, err));
    }
  };
  return (
    <form onSubmit={submit} className="mt-3" aria-labelledby="add-rep">
      {orgsQuery.error && <QueryError error={orgsQuery.error} onRetry={() => orgsQuery.refetch()} />}
      {peopleQuery.error && <QueryError error={peopleQuery.error} onRetry={() => peopleQuery.refetch()} />}
      <div className="row g-2 align-items-end">
        <div className="col-md-4">
          <label htmlFor="rep-organisation" className="form-label">
            {t('common.organisation')}
          </label>
          <select id="rep-organisation" className="form-select" value={organisationId} onChange={(e) => chooseOrganisation(e.target.value)}>
            <option value="">{t('spaces.choose')}</option>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="col-md-3">
          <label htmlFor="rep-person" className="form-label">
            {t('spaces.person')}
          </label>
          <select id="rep-person" className="form-select" value={personId} disabled={!organisationId} onChange={(e) => setPersonId(e.target.value)}>
            <option value="">{t('spaces.choose')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.fullName}
              </option>
            ))}
          </select>
        </div>
        <div className="col-md-2">
          <label htmlFor="rep-role" className="form-label">
            {t('common.role')}
          </label>
          <select id="rep-role" className="form-select" value={role} onChange={(e) => setRole(e.target.value as SpaceRole)}>
            {SPACE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`spaces.role_${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="col-md-2">
          <label htmlFor="rep-representation" className="form-label">
            {t('spaces.representation')}
          </label>
          <select id="rep-representation" className="form-select" value={representation} onChange={(e) => setRepresentation(e.target.value as Representation)}>
            {REPRESENTATION_KINDS.map((r) => (
              <option key={r} value={r}>
                {t(`spaces.representation_${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="col-md-1">
          <button type="submit" className="btn btn-primary">
            {t('spaces.addSubmit')}
          </button>
        </div>
      </div>
    </form>
  );
}
