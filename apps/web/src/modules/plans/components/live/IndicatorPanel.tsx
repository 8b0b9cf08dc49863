import { memo } from 'react';
import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { INDICATOR_DIRECTIONS, INDICATOR_KINDS } from '@cantiere/domain/constants';
import { acceptableRangeSchema, indicatorBaselineSchema, indicatorTargetSchema, planIndicatorFieldsSchema } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { useBinding } from '../../hooks/useBinding';
import { useRecordIssues } from '../../hooks/useRecordIssues';
import { partBinding, valueBinding } from '../../live/bindings';
import { recordMap } from '../../live/plan-edit';
import { BoundInput } from './BoundInput';
import { DeleteRecord } from './DeleteRecord';
import { useLivePlan } from './live-plan-context';
import { RecordFlags } from './RecordFlags';

const F = planIndicatorFieldsSchema.shape;
const B = indicatorBaselineSchema.shape;
const T = indicatorTargetSchema.shape;
const R = acceptableRangeSchema.shape;
const EMPTY_BASELINE = { value: null, date: null, source: '' };
const EMPTY_TARGET = { value: null, date: null };
const EMPTY_RANGE = { min: null, max: null };

/** One indicator of an objective or an action: what it measures, from where (baseline) to where (target, range). */
export const IndicatorPanel = memo(function IndicatorPanel({ id }: { id: string }) {
  const { doc } = useLivePlan();
  const record = recordMap(doc, 'indicators', id);
  return record ? <IndicatorFields id={id} record={record} /> : null;
});

function IndicatorFields({ id, record }: { id: string; record: Y.Map<unknown> }) {
  const { t } = useTranslation(PLANS);
  const { refs } = useLivePlan();
  const issues = useRecordIssues('indicators', record, refs);
  const name = String(useBinding(valueBinding(record, 'name', F.name)) ?? '');
  const field = (key: string) => ({ recordId: id, issue: issues[key] });
  return (
    <li className="card card-body mb-2 plan-indicator" data-testid="plan-indicator" aria-label={t('live.indicatorLabel', { name })}>
      <RecordFlags id={id} issues={issues} />
      <div className="row g-2">
        <BoundInput className="col-md-6" binding={valueBinding(record, 'name', F.name)} kind="text" label={t('fields.name')} {...field('name')} />
        <BoundInput
          className="col-md-3"
          binding={valueBinding(record, 'kind', F.kind)}
          kind="choice"
          choices={INDICATOR_KINDS.map((k) => ({ value: k, label: t(`kind_${k}`) }))}
          label={t('fields.indicatorKind')}
          {...field('kind')}
        />
        <BoundInput className="col-md-3" binding={valueBinding(record, 'unit', F.unit)} kind="text" label={t('fields.unit')} {...field('unit')} />
        <BoundInput
          className="col-md-4"
          binding={valueBinding(record, 'direction', F.direction)}
          kind="choice"
          choices={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: t(`direction_${d}`) }))}
          label={t('fields.direction')}
          {...field('direction')}
        />
        <BoundInput
          className="col-md-4"
          binding={partBinding(record, 'baseline', 'value', B.value.nullable(), EMPTY_BASELINE, true)}
          kind="decimal"
          nullable
          label={t('fields.baselineValue')}
          {...field('baseline.value')}
        />
        <BoundInput
          className="col-md-4"
          binding={partBinding(record, 'baseline', 'date', B.date, EMPTY_BASELINE, true)}
          kind="date"
          nullable
          label={t('fields.baselineDate')}
          {...field('baseline.date')}
        />
        <BoundInput
          className="col-md-4"
          binding={partBinding(record, 'baseline', 'source', B.source, EMPTY_BASELINE, true)}
          kind="text"
          label={t('fields.baselineSource')}
          {...field('baseline.source')}
        />
        <BoundInput
          className="col-md-4"
          binding={partBinding(record, 'target', 'value', T.value.nullable(), EMPTY_TARGET, true)}
          kind="decimal"
          nullable
          label={t('fields.targetValue')}
          {...field('target.value')}
        />
        <BoundInput
          className="col-md-4"
          binding={partBinding(record, 'target', 'date', T.date, EMPTY_TARGET, true)}
          kind="date"
          nullable
          label={t('fields.targetDate')}
          {...field('target.date')}
        />
        <BoundInput
          className="col-md-6"
          binding={partBinding(record, 'acceptableRange', 'min', R.min.nullable(), EMPTY_RANGE, true)}
          kind="decimal"
          nullable
          label={t('fields.rangeMin')}
          {...field('acceptableRange.min')}
        />
        <BoundInput
          className="col-md-6"
          binding={partBinding(record, 'acceptableRange', 'max', R.max.nullable(), EMPTY_RANGE, true)}
          kind="decimal"
          nullable
          label={t('fields.rangeMax')}
          {...field('acceptableRange.max')}
        />
      </div>
      <div>
        <DeleteRecord
          collection="indicators"
          id={id}
          label={t('live.indicatorLabel', { name })}
          buttonLabel={t('live.deleteIndicator')}
          consequence={t('live.confirmDeleteIndicator')}
        />
      </div>
    </li>
  );
}
