import { memo } from 'react';
import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { PLAN_ACTION_STATUSES } from '@cantiere/domain/constants';
import { planActionFieldsSchema } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { OpenCommentsBadge } from '../../comments';
import { useBinding } from '../../hooks/useBinding';
import { useRecordIssues } from '../../hooks/useRecordIssues';
import { partBinding, valueBinding } from '../../live/bindings';
import type { ActionHead } from '../../live/plan-index';
import { addIndicator, recordMap } from '../../live/plan-edit';
import { BoundInput } from './BoundInput';
import { BudgetEditor } from './BudgetEditor';
import { DeleteRecord } from './DeleteRecord';
import { IndicatorPanel } from './IndicatorPanel';
import { useLivePlan } from './live-plan-context';
import { MilestonesEditor } from './MilestonesEditor';
import { MoveAction } from './MoveAction';
import { PartnersEditor } from './PartnersEditor';
import { PresenceTags } from './PresenceTags';
import { RecordFlags } from './RecordFlags';
import { RichDescription } from './RichDescription';

const F = planActionFieldsSchema.shape;
const EMPTY_BENEFICIARIES = { expected: null, description: '' };
const NO_IDS: readonly string[] = [];

interface Props {
  head: ActionHead;
  expanded: boolean;
  onToggle: (id: string) => void;
  indicatorIds: readonly string[] | undefined;
}

/** An action in its objective: a header that opens it (title, status, progress, who is in it), then its fields. */
export const ActionPanel = memo(function ActionPanel({ head, expanded, onToggle, indicatorIds }: Props) {
  const { t } = useTranslation(PLANS);
  const { doc, idPrefix } = useLivePlan();
  const record = recordMap(doc, 'actions', head.id);
  const ids = indicatorIds ?? NO_IDS;
  const bodyId = `${idPrefix}-action-${head.id}`;
  if (!record) return null;
  return (
    <li className="card mb-2 plan-action" data-testid="plan-action" data-action-id={head.id}>
      <div className="card-header d-flex flex-wrap align-items-center gap-2">
        <h5 className="h6 mb-0">
          <button
            type="button"
            className="btn btn-link text-start p-0 fw-semibold"
            aria-expanded={expanded}
            aria-controls={bodyId}
            data-heading-toggle="action"
            onClick={() => onToggle(head.id)}
          >
            {head.title || t('live.newAction')}
          </button>
        </h5>
        <span className="small text-secondary">
          {head.status && t(`actionStatus_${head.status as 'planned'}`, { defaultValue: head.status })}
          {head.progress !== null && ` · ${t('overview.percent', { value: head.progress })}`}
        </span>
        <PresenceTags recordIds={[head.id, ...ids]} field={null} />
        <OpenCommentsBadge recordId={head.id} />
      </div>
      {expanded && (
        <div className="card-body" id={bodyId}>
          <ActionFields id={head.id} record={record} indicatorIds={ids} />
        </div>
      )}
    </li>
  );
});

function ActionFields({ id, record, indicatorIds }: { id: string; record: Y.Map<unknown>; indicatorIds: readonly string[] }) {
  const { t } = useTranslation(PLANS);
  const { doc, refs, choices, editable } = useLivePlan();
  const issues = useRecordIssues('actions', record, refs);
  const title = String(useBinding(valueBinding(record, 'title', F.title)) ?? '');
  const field = (key: string) => ({ recordId: id, issue: issues[key] });
  const statuses = PLAN_ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus_${s}`) }));
  return (
    <>
      <RecordFlags id={id} issues={issues} />
      <BoundInput binding={valueBinding(record, 'title', F.title)} kind="text" label={t('common.title')} {...field('title')} />
      <RichDescription record={record} recordId={id} label={t('common.description')} />
      <div className="row g-2">
        <BoundInput
          className="col-md-6"
          binding={valueBinding(record, 'leadOrganisationId', F.leadOrganisationId)}
          kind="choice"
          nullable
          choices={choices.organisations}
          noneLabel={t('fields.none')}
          unknownLabel={(value) => t('fields.unknownOrganisation', { value })}
          label={t('fields.leadOrganisationId')}
          {...field('leadOrganisationId')}
        />
        <BoundInput
          className="col-md-6"
          binding={valueBinding(record, 'status', F.status)}
          kind="choice"
          choices={statuses}
          label={t('common.status')}
          {...field('status')}
        />
        <BoundInput
          className="col-6 col-md-3"
          binding={valueBinding(record, 'startDate', F.startDate)}
          kind="date"
          nullable
          label={t('fields.startDate')}
          {...field('startDate')}
        />
        <BoundInput
          className="col-6 col-md-3"
          binding={valueBinding(record, 'endDate', F.endDate)}
          kind="date"
          nullable
          label={t('fields.endDate')}
          {...field('endDate')}
        />
        <BoundInput
          className="col-6 col-md-3"
          binding={valueBinding(record, 'progress', F.progress)}
          kind="integer"
          label={t('fields.progress')}
          {...field('progress')}
        />
        <BoundInput
          className="col-6 col-md-3"
          binding={valueBinding(record, 'weight', F.weight)}
          kind="decimal"
          label={t('fields.weight')}
          {...field('weight')}
        />
        <BoundInput
          className="col-md-4"
          binding={partBinding(record, 'beneficiaries', 'expected', F.beneficiaries.shape.expected, EMPTY_BENEFICIARIES)}
          kind="integer"
          nullable
          label={t('fields.beneficiariesExpected')}
          {...field('beneficiaries.expected')}
        />
        <BoundInput
          className="col-md-8"
          binding={partBinding(record, 'beneficiaries', 'description', F.beneficiaries.shape.description, EMPTY_BENEFICIARIES)}
          kind="text"
          label={t('fields.beneficiariesDescription')}
          {...field('beneficiaries.description')}
        />
      </div>
      <PartnersEditor record={record} recordId={id} issues={issues} />
      <BudgetEditor
        record={record}
        recordId={id}
        legend={t('fields.budget')}
        issues={issues}
        columns={[
          { field: 'budgetPlanned', label: t('fields.budgetPlanned') },
          { field: 'budgetSpent', label: t('fields.budgetSpent'), optional: true },
        ]}
      />
      <MilestonesEditor record={record} recordId={id} issues={issues} />
      <section aria-label={t('live.actionIndicators')} className="mb-3">
        <h6>{t('live.actionIndicators')}</h6>
        <ul className="list-unstyled mb-2">
          {indicatorIds.map((i) => (
            <IndicatorPanel key={i} id={i} />
          ))}
        </ul>
        {editable && (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => addIndicator(doc, { actionId: id }, t('live.newIndicator'))}>
            {t('live.addIndicator')}
          </button>
        )}
      </section>
      <div className="d-flex flex-wrap gap-3 align-items-end">
        <MoveAction actionId={id} />
        <DeleteRecord
          collection="actions"
          id={id}
          label={t('live.actionLabel', { title })}
          buttonLabel={t('live.deleteAction')}
          consequence={t('live.confirmDeleteAction')}
        />
      </div>
    </>
  );
}
