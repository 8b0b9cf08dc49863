import { FormEvent, useState } from 'react';
import { AGENDA_ITEM_KINDS } from '@cantiere/domain/constants';
import type { AgendaItem, AgendaItemKind, Membership, SharedDocument } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { isTextKey } from '../../../i18n';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { peopleOf } from '../useSpaceMembers';

export interface AgendaItemValues {
  title: string;
  kind: AgendaItemKind;
  plannedMinutes: number;
  description: string | null;
  presenterPersonId: string | null;
  presenterOrganisationId: string | null;
  documentIds: string[];
}

interface Props {
  idPrefix: string;
  members: Membership[];
  documents: SharedDocument[];
  initial?: AgendaItem;
  submitLabel: string;
  onSubmit: (values: AgendaItemValues) => Promise<void>;
  onCancel?: () => void;
}

/** One agenda item: title, kind, planned minutes, presenter (person and organisation) and linked documents. */
export function AgendaItemForm({ idPrefix, members, documents, initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation(MEETINGS);
  const [v, setV] = useState({
    title: initial?.title ?? '',
    kind: initial?.kind ?? ('discussion' as AgendaItemKind),
    plannedMinutes: String(initial?.plannedMinutes ?? 15),
    description: initial?.description ?? '',
    presenterPersonId: initial?.presenterPersonId ?? '',
    presenterOrganisationId: initial?.presenterOrganisationId ?? '',
    documentIds: initial?.documents.map((d) => d.id) ?? [],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const organisations = [...new Map(members.map((m) => [m.organisationId, m.organisationName]))].sort((a, b) => a[1].localeCompare(b[1], 'it'));
  const set =
    (k: 'title' | 'kind' | 'plannedMinutes' | 'description' | 'presenterPersonId' | 'presenterOrganisationId') => (e: { target: { value: string } }) =>
      setV((o) => ({ ...o, [k]: e.target.value }));
  const choosePresenter = (personId: string) => {
    // The presenter usually speaks for the organisation they represent in the space: suggest it.
    const org = members.find((m) => m.personId === personId)?.organisationId ?? '';
    setV((o) => ({ ...o, presenterPersonId: personId, presenterOrganisationId: personId ? org || o.presenterOrganisationId : o.presenterOrganisationId }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const minutes = Number(v.plannedMinutes);
    const local: Record<string, string> = {};
    if (v.title.trim().length < 2) local.title = t('errors.required');
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 600) local.plannedMinutes = t('errors.required');
    setErrors(local);
    if (Object.keys(local).length) {
      document.getElementById(`${idPrefix}-${Object.keys(local)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit({
        title: v.title.trim(),
        kind: v.kind,
        plannedMinutes: minutes,
        description: v.description.trim() || null,
        presenterPersonId: v.presenterPersonId || null,
        presenterOrganisationId: v.presenterOrganisationId || null,
        documentIds: v.documentIds,
      });
      if (!initial) setV((o) => ({ ...o, title: '', description: '', presenterPersonId: '', presenterOrganisationId: '', documentIds: [] }));
    } catch (err) {
      const issues = err instanceof ApiError ? err.fieldIssues : [];
      setErrors(
        issues.length
          ? Object.fromEntries(issues.map((i) => [i.path.split('.')[0], isTextKey(MEETINGS, i.message) ? t(i.message) : i.message]))
          : { title: (err as Error).message },
      );
    } finally {
      setBusy(false);
    }
  };
  const err = (k: string) =>
    errors[k] && (
      <div id={`${idPrefix}-${k}-error`} className="invalid-feedback d-block">
        {errors[k]}
      </div>
    );
  const aria = (k: string) => ({ 'aria-invalid': !!errors[k], 'aria-describedby': errors[k] ? `${idPrefix}-${k}-error` : undefined });
  return (
    <form onSubmit={submit} noValidate className="row g-2 align-items-end">
      <div className="col-md-6">
        <label htmlFor={`${idPrefix}-title`} className="form-label">
          {t('itemTitle')}
        </label>
        <input
          type="text"
          id={`${idPrefix}-title`}
          className={`form-control${errors.title ? ' is-invalid' : ''}`}
          value={v.title}
          maxLength={300}
          onChange={set('title')}
          {...aria('title')}
        />
        {err('title')}
      </div>
      <div className="col-md-3">
        <label htmlFor={`${idPrefix}-kind`} className="form-label">
          {t('common.kind')}
        </label>
        <select id={`${idPrefix}-kind`} className="form-select" value={v.kind} onChange={set('kind')}>
          {AGENDA_ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`itemKind_${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="col-md-3">
        <label htmlFor={`${idPrefix}-plannedMinutes`} className="form-label">
          {t('plannedMinutes')}
        </label>
        <input
          id={`${idPrefix}-plannedMinutes`}
          type="number"
          min={1}
          max={600}
          className={`form-control${errors.plannedMinutes ? ' is-invalid' : ''}`}
          value={v.plannedMinutes}
          onChange={set('plannedMinutes')}
          {...aria('plannedMinutes')}
        />
        {err('plannedMinutes')}
      </div>
      <div className="col-md-6">
        <label htmlFor={`${idPrefix}-presenter`} className="form-label">
          {t('presenter')}
        </label>
        <select id={`${idPrefix}-presenter`} className="form-select" value={v.presenterPersonId} onChange={(e) => choosePresenter(e.target.value)}>
          <option value="">{t('nobody')}</option>
          {peopleOf(members).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="col-md-6">
        <label htmlFor={`${idPrefix}-presenterOrganisationId`} className="form-label">
          {t('presenterOrganisation')}
        </label>
        <select id={`${idPrefix}-presenterOrganisationId`} className="form-select" value={v.presenterOrganisationId} onChange={set('presenterOrganisationId')}>
          <option value="">{t('nobody')}</option>
          {organisations.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="col-12">
        <label htmlFor={`${idPrefix}-description`} className="form-label">
          {t('common.description')}
        </label>
        <textarea id={`${idPrefix}-description`} className="form-control" rows={2} value={v.description} maxLength={5000} onChange={set('description')} />
      </div>
      {documents.length > 0 && (
        <fieldset className="col-12">
          <legend className="form-label fs-6">{t('documents')}</legend>
          {documents.map((d) => (
            <div className="form-check" key={d.id}>
              <input
                className="form-check-input"
                type="checkbox"
                id={`${idPrefix}-doc-${d.id}`}
                checked={v.documentIds.includes(d.id)}
                onChange={(e) => setV((o) => ({ ...o, documentIds: e.target.checked ? [...o.documentIds, d.id] : o.documentIds.filter((x) => x !== d.id) }))}
              />
              <label className="form-check-label" htmlFor={`${idPrefix}-doc-${d.id}`}>
                {d.title}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <div className="col-12 d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
