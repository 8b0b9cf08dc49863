import { useTranslation } from 'react-i18next';
import type { PlanBudgetChange, PlanDiffResult, PlanDiffValue, PlanFieldChange, PlanRecordChange } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { formatDay, formatEuros, formatNumber } from '../../format';

const DATE_FIELDS = new Set(['startDate', 'endDate', 'baselineDate', 'targetDate']);
const ENUM_PREFIX: Record<string, string> = { kind: 'kind_', direction: 'direction_', partnerRole: 'role_' };
const BADGE = { added: 'bg-success', removed: 'bg-danger', changed: 'bg-primary' } as const;

interface Labels {
  macroAreas?: ReadonlyMap<string, string>;
  leps?: ReadonlyMap<string, string>;
  fundingSources?: ReadonlyMap<string, string>;
}

/** A value as the reader knows it: a date, an amount in euros, a label for a code, sì/no. */
function useValueText(labels: Labels) {
  const { t, i18n } = useTranslation(PLANS);
  return (field: string, v: PlanDiffValue): string => {
    if (v === null || v === '') return t('diff.empty');
    if (typeof v === 'boolean') return v ? t('diff.yes') : t('diff.no');
    if (field === 'partnerShareCents' && typeof v === 'number') return formatEuros(v, i18n.language);
    if (typeof v === 'number') return formatNumber(v, i18n.language);
    if (DATE_FIELDS.has(field)) return formatDay(v, i18n.language);
    if (ENUM_PREFIX[field]) return t(`${ENUM_PREFIX[field]}${v}` as never, { defaultValue: v });
    if (field === 'macroArea') return labels.macroAreas?.get(v) ?? v;
    if (field === 'lepsCode') return labels.leps?.get(v) ?? v;
    return v;
  };
}

function useFieldName() {
  const { t } = useTranslation(PLANS);
  return (c: PlanFieldChange): string => {
    const own = t(`diff.f_${c.field}` as never, { key: c.key ?? '', defaultValue: '' });
    // The plans' own field names, then the application's (title, description), then the field as named.
    return own || t(`fields.${c.field}` as never, { defaultValue: '' }) || t(`common.${c.field}` as never, { defaultValue: c.field });
  };
}

function Badge({ change }: { change: PlanRecordChange['change'] }) {
  const { t } = useTranslation(PLANS);
  return <span className={`badge ${BADGE[change]} me-2`}>{t(`diff.${change}`)}</span>;
}

function RecordChanges({ title, changes, labels }: { title: string; changes: PlanRecordChange[]; labels: Labels }) {
  const { t } = useTranslation(PLANS);
  const value = useValueText(labels);
  const fieldName = useFieldName();
  if (!changes.length) return null;
  return (
    <section className="mb-4">
      <h3 className="h6">{title}</h3>
      <ul className="list-unstyled">
        {changes.map((r) => (
          <li key={r.id} className="mb-3 border-start border-3 ps-2" data-testid={`diff-${r.change}`}>
            <p className="mb-1">
              <Badge change={r.change} />
              <span className={r.change === 'removed' ? 'text-decoration-line-through' : undefined}>{r.label}</span>
            </p>
            {r.fields.length > 0 && (
              <div className="table-responsive">
                <table className="table table-sm mb-0">
                  <caption className="visually-hidden">{t('diff.changesOf', { label: r.label })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('diff.field')}</th>
                      <th scope="col">{t('diff.before')}</th>
                      <th scope="col">{t('diff.after')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.fields.map((f) => (
                      <tr key={`${f.field}:${f.key ?? ''}`}>
                        <th scope="row" className="fw-normal">
                          {fieldName(f)}
                        </th>
                        <td className="text-break">
                          <del>{value(f.field, f.before)}</del>
                        </td>
                        <td className="text-break">
                          <ins>{value(f.field, f.after)}</ins>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function BudgetChanges({ changes, labels }: { changes: PlanBudgetChange[]; labels: Labels }) {
  const { t, i18n } = useTranslation(PLANS);
  if (!changes.length) return null;
  const euros = (cents: number | null) => (cents === null ? t('diff.empty') : formatEuros(cents, i18n.language));
  return (
    <section className="mb-4">
      <h3 className="h6">{t('diff.budgets')}</h3>
      <div className="table-responsive">
        <table className="table table-sm">
          <caption className="visually-hidden">{t('diff.budgets')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.fundingSource')}</th>
              <th scope="col">{t('diff.before')}</th>
              <th scope="col">{t('diff.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((b) => (
              <tr key={`${b.ownerId}:${b.fundingSource}`} data-testid={`diff-budget-${b.change}`}>
                <th scope="row" className="fw-normal">
                  <Badge change={b.change} />
                  {t('diff.budgetLine', {
                    owner: t(`diff.owner_${b.owner}`, { label: b.ownerLabel }),
                    source: labels.fundingSources?.get(b.fundingSource) ?? b.fundingSource,
                  })}
                </th>
                <td>
                  <del>{euros(b.beforeCents)}</del>
                </td>
                <td>
                  <ins>{euros(b.afterCents)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A revision's differences from the adopted version: records added, removed or changed (field by field), and budget lines. */
export function PlanDiffView({ diff, labels = {} }: { diff: PlanDiffResult; labels?: Labels }) {
  const { t } = useTranslation(PLANS);
  const total = diff.objectives.length + diff.actions.length + diff.indicators.length + diff.budgets.length;
  return (
    <div>
      <p>{t('diff.intro', { version: diff.adoptedVersion })}</p>
      {total === 0 ? (
        <p className="fst-italic">{t('diff.none')}</p>
      ) : (
        <>
          <p className="fw-semibold">{t('diff.count', { count: total })}</p>
          <RecordChanges title={t('diff.objectives')} changes={diff.objectives} labels={labels} />
          <RecordChanges title={t('diff.actions')} changes={diff.actions} labels={labels} />
          <RecordChanges title={t('diff.indicators')} changes={diff.indicators} labels={labels} />
          <BudgetChanges changes={diff.budgets} labels={labels} />
        </>
      )}
    </div>
  );
}
