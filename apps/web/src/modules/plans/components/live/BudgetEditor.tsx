import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { cents } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { useMapKeys } from '../../hooks/useMapKeys';
import { entryBinding } from '../../live/bindings';
import { localEdit } from '../../live/plan-edit';
import type { RecordIssues } from '../../live/checks';
import { BoundInput } from './BoundInput';
import { useFieldId, useLivePlan } from './live-plan-context';

interface Column {
  field: string;
  label: string;
  /** A cleared amount removes the entry (spending not yet known), instead of being refused as required. */
  optional?: boolean;
}

const AMOUNT = cents();
const OPTIONAL_AMOUNT = cents().nullable();

/**
 * Amounts by funding source: one row per source, one column per map field (planned, and spent for an action). Each
 * amount is an entry of a Y.Map, so two people filling in two sources at once keep both.
 */
export function BudgetEditor({
  record,
  recordId,
  legend,
  columns,
  issues,
}: {
  record: Y.Map<unknown>;
  recordId: string;
  legend: string;
  columns: Column[];
  issues: RecordIssues;
}) {
  const { t } = useTranslation(PLANS);
  const { editable, choices } = useLivePlan();
  const codes = useMapKeys(
    record,
    columns.map((c) => c.field),
  );
  const [adding, setAdding] = useState('');
  const labelOf = useMemo(() => new Map(choices.fundingSources.map((c) => [c.value, c.label])), [choices.fundingSources]);
  const free = choices.fundingSources.filter((c) => !codes.includes(c.value));
  const addId = useFieldId(recordId, `${columns[0].field}-add`);

  const add = () => {
    if (!adding) return;
    const map = record.get(columns[0].field) as Y.Map<unknown> | undefined;
    if (record.doc && map) localEdit(record.doc, () => map.set(adding, 0));
    setAdding('');
  };
  const remove = (code: string) => {
    if (!record.doc) return;
    localEdit(record.doc, () => columns.forEach((c) => (record.get(c.field) as Y.Map<unknown> | undefined)?.delete(code)));
  };

  return (
    <fieldset className="mb-3">
      <legend className="h6">{legend}</legend>
      {codes.length > 0 && (
        <ul className="list-unstyled mb-2">
          {codes.map((code) => {
            const source = labelOf.get(code) ?? t('fields.unknownCode', { value: code });
            return (
              <li key={code} className="row g-2 align-items-end mb-2">
                <div className="col-12 col-md-4 fw-semibold pb-md-4">{source}</div>
                {columns.map((c) => (
                  <BoundInput
                    key={c.field}
                    className="col-6 col-md-3"
                    binding={entryBinding(record, c.field, code, c.optional ? OPTIONAL_AMOUNT : AMOUNT)}
                    recordId={recordId}
                    kind="euro"
                    nullable={c.optional}
                    label={c.label}
                    labelContext={source}
                    issue={issues[`${c.field}.${code}`]}
                  />
                ))}
                {editable && (
                  <div className="col-12 col-md-2 mb-3">
                    <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => remove(code)}>
                      {t('common.delete')}
                      <span className="visually-hidden"> {source}</span>
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {editable && free.length > 0 && (
        <div className="d-flex flex-wrap gap-2 align-items-end">
          <div>
            <label htmlFor={addId} className="form-label">
              {t('fields.fundingSource')}
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
            {t('fields.addFunding')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
