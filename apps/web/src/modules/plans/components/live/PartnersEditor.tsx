import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { PARTNER_ROLES } from '@cantiere/domain/constants';
import { actionPartnerFieldsSchema } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { useIssueText } from '../../issue-text';
import { useMapKeys } from '../../hooks/useMapKeys';
import { entryPartBinding } from '../../live/bindings';
import type { RecordIssues } from '../../live/checks';
import { localEdit } from '../../live/plan-edit';
import { BoundInput } from './BoundInput';
import { useFieldId, useLivePlan } from './live-plan-context';

const ROLE = actionPartnerFieldsSchema.shape.role;
const SHARE = actionPartnerFieldsSchema.shape.budgetShareCents;

/**
 * An action's partners: one entry per organisation (keyed by its id), each with a role and an optional share of the
 * budget. Two people adding two partners at once keep both.
 */
export function PartnersEditor({ record, recordId, issues }: { record: Y.Map<unknown>; recordId: string; issues: RecordIssues }) {
  const { t } = useTranslation(PLANS);
  const issueText = useIssueText();
  const { editable, choices } = useLivePlan();
  const ids = useMapKeys(record, ['partners']);
  const [adding, setAdding] = useState('');
  const nameOf = useMemo(() => new Map(choices.organisations.map((c) => [c.value, c.label])), [choices.organisations]);
  const roles = PARTNER_ROLES.map((r) => ({ value: r, label: t(`role_${r}`) }));
  const lead = record.get('leadOrganisationId');
  const free = choices.organisations.filter((c) => !ids.includes(c.value) && c.value !== lead);
  const addId = useFieldId(recordId, 'partners-add');
  const partners = () => record.get('partners') as Y.Map<unknown> | undefined;

  const add = () => {
    const map = partners();
    if (adding && map && record.doc) localEdit(record.doc, () => map.set(adding, { role: 'partner', budgetShareCents: null }));
    setAdding('');
  };

  return (
    <fieldset className="mb-3">
      <legend className="h6">{t('fields.partners')}</legend>
      {issues.partners && (
        <p className="text-danger small" data-testid="field-error">
          {issueText('partners', issues.partners)}
        </p>
      )}
      <ul className="list-unstyled mb-2">
        {ids.map((id) => {
          const name = nameOf.get(id) ?? t('fields.unknownOrganisation', { value: id });
          return (
            <li key={id} className="row g-2 align-items-end mb-2">
              <div className="col-12 col-md-4 fw-semibold">
                {name}
                {issues[`partners.${id}`] && <div className="text-danger small fw-normal">{issueText('partners', issues[`partners.${id}`])}</div>}
              </div>
              <BoundInput
                className="col-6 col-md-3"
                binding={entryPartBinding(record, 'partners', id, 'role', ROLE)}
                recordId={recordId}
                kind="choice"
                choices={roles}
                label={t('common.role')}
                labelContext={name}
                issue={issues[`partners.${id}.role`]}
              />
              <BoundInput
                className="col-6 col-md-3"
                binding={entryPartBinding(record, 'partners', id, 'budgetShareCents', SHARE)}
                recordId={recordId}
                kind="euro"
                nullable
                label={t('fields.partnerShare')}
                labelContext={name}
                issue={issues[`partners.${id}.budgetShareCents`]}
              />
              {editable && (
                <div className="col-12 col-md-2 mb-3">
                  <button
                    type="button"
                    className="btn btn-outline-danger btn-sm"
                    onClick={() => record.doc && localEdit(record.doc, () => partners()?.delete(id))}
                  >
                    {t('common.delete')}
                    <span className="visually-hidden"> {name}</span>
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {editable && (
        <div className="d-flex flex-wrap gap-2 align-items-end">
          <div>
            <label htmlFor={addId} className="form-label">
              {t('fields.partnerToAdd')}
            </label>
            <select id={addId} className="form-select" value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">{t('fields.none')}</option>
              {free.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="btn btn-outline-primary" disabled={!adding} onClick={add}>
            {t('fields.addPartner')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
