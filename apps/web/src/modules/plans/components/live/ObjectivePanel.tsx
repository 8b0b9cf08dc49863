import { memo, useCallback, useState } from 'react';
import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { planObjectiveFieldsSchema } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { OpenCommentsBadge } from '../../comments';
import { useProgressText } from '../../hooks/useProgressText';
import { useRecordIssues } from '../../hooks/useRecordIssues';
import { valueBinding } from '../../live/bindings';
import { addAction, addIndicator, recordMap } from '../../live/plan-edit';
import type { ActionHead, ObjectiveHead } from '../../live/plan-index';
import { ActionPanel } from './ActionPanel';
import { BoundCheckbox } from './BoundCheckbox';
import { BoundInput } from './BoundInput';
import { BudgetEditor } from './BudgetEditor';
import { DeleteRecord } from './DeleteRecord';
import { IndicatorPanel } from './IndicatorPanel';
import { useLivePlan } from './live-plan-context';
import { PresenceTags } from './PresenceTags';
import { RecordFlags } from './RecordFlags';
import { RichDescription } from './RichDescription';

const F = planObjectiveFieldsSchema.shape;
const NONE: readonly ActionHead[] = [];

interface Props {
  head: ObjectiveHead;
  actions: readonly ActionHead[] | undefined;
  indicatorsByOwner: ReadonlyMap<string, readonly string[]>;
  progress: number | null;
  /** Another objective already has this code. */
  duplicateCode: boolean;
  expanded: boolean;
  onToggle: (id: string) => void;
}

/**
 * One objective: collapsed, a heading with its code, title, count of actions, progress and who is working inside it;
 * expanded, its fields, its actions and its indicators. Only expanded objectives mount their fields.
 */
export const ObjectivePanel = memo(function ObjectivePanel({ head, actions = NONE, indicatorsByOwner, progress, duplicateCode, expanded, onToggle }: Props) {
  const { t } = useTranslation(PLANS);
  const { doc, idPrefix } = useLivePlan();
  const record = recordMap(doc, 'objectives', head.id);
  const bodyId = `${idPrefix}-objective-${head.id}`;
  const inside = [head.id, ...actions.map((a) => a.id), ...(indicatorsByOwner.get(head.id) ?? [])];
  const progressText = useProgressText();
  if (!record) return null;
  return (
    <li className="card mb-3 plan-objective" data-testid="plan-objective" data-objective-id={head.id}>
      <div className="card-header">
        <h3 className="h5 mb-1">
          <button
            type="button"
            className="btn btn-link text-start p-0 fw-semibold"
            aria-expanded={expanded}
            aria-controls={bodyId}
            data-heading-toggle="objective"
            onClick={() => onToggle(head.id)}
          >
            {head.code} – {head.title || t('live.newObjective')}
          </button>
        </h3>
        <span className="small text-secondary">{t('live.objectiveSummary', { count: actions.length, progress: progressText(progress) })}</span>{' '}
        <PresenceTags recordIds={inside} field={null} /> <OpenCommentsBadge recordId={head.id} />
      </div>
      {expanded && (
        <div className="card-body" id={bodyId}>
          <ObjectiveFields
            id={head.id}
            record={record}
            actions={actions}
            indicatorsByOwner={indicatorsByOwner}
            duplicateCode={duplicateCode}
            code={head.code}
          />
        </div>
      )}
    </li>
  );
});

interface FieldsProps {
  id: string;
  record: Y.Map<unknown>;
  actions: readonly ActionHead[];
  indicatorsByOwner: ReadonlyMap<string, readonly string[]>;
  duplicateCode: boolean;
  code: string;
}

function ObjectiveFields({ id, record, actions, indicatorsByOwner, duplicateCode, code }: FieldsProps) {
  const { t } = useTranslation(PLANS);
  const { doc, refs, choices, editable, idPrefix } = useLivePlan();
  const issues = useRecordIssues('objectives', record, refs);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (actionId: string) => setOpen((s) => (s.has(actionId) ? new Set([...s].filter((x) => x !== actionId)) : new Set([...s, actionId]))),
    [],
  );
  const field = (key: string) => ({ recordId: id, issue: issues[key] });
  const unknownCode = (value: string) => t('fields.unknownCode', { value });
  return (
    <>
      <RecordFlags id={id} issues={issues} />
      <div className="row g-2">
        <BoundInput
          className="col-md-3"
          binding={valueBinding(record, 'code', F.code)}
          kind="text"
          label={t('fields.code')}
          recordId={id}
          issue={issues.code ?? (duplicateCode ? 'duplicate_code' : undefined)}
        />
        <BoundInput className="col-md-9" binding={valueBinding(record, 'title', F.title)} kind="text" label={t('common.title')} {...field('title')} />
      </div>
      <RichDescription record={record} recordId={id} label={t('common.description')} />
      <div className="row g-2">
        <BoundInput
          className="col-md-6"
          binding={valueBinding(record, 'macroArea', F.macroArea)}
          kind="choice"
          nullable
          choices={choices.macroAreas}
          noneLabel={t('fields.none')}
          unknownLabel={unknownCode}
          label={t('fields.macroArea')}
          {...field('macroArea')}
        />
        <BoundInput
          className="col-md-6"
          binding={valueBinding(record, 'lepsCode', F.lepsCode)}
          kind="choice"
          nullable
          choices={choices.leps}
          noneLabel={t('fields.none')}
          unknownLabel={unknownCode}
          label={t('fields.lepsCode')}
          {...field('lepsCode')}
        />
        <BoundInput
          className="col-md-6"
          binding={valueBinding(record, 'targetGroup', F.targetGroup)}
          kind="text"
          multiline
          label={t('fields.targetGroup')}
          {...field('targetGroup')}
        />
        <BoundInput
          className="col-md-6"
          binding={valueBinding(record, 'expectedImpact', F.expectedImpact)}
          kind="text"
          multiline
          label={t('fields.expectedImpact')}
          {...field('expectedImpact')}
        />
        <BoundInput
          className="col-md-6"
          binding={valueBinding(record, 'plannedStaff', F.plannedStaff)}
          kind="text"
          label={t('fields.plannedStaff')}
          {...field('plannedStaff')}
        />
        <div className="col-md-6 pt-md-4">
          <BoundCheckbox className="mb-1" binding={valueBinding(record, 'coDesigned', F.coDesigned)} recordId={id} label={t('fields.coDesigned')} />
          <BoundCheckbox binding={valueBinding(record, 'crossArea', F.crossArea)} recordId={id} label={t('fields.crossArea')} />
        </div>
      </div>
      <BudgetEditor
        record={record}
        recordId={id}
        legend={t('fields.budget')}
        issues={issues}
        columns={[{ field: 'budget', label: t('fields.budgetPlanned') }]}
      />

      <section aria-labelledby={`${idPrefix}-${id}-actions`} className="mb-3">
        <h4 id={`${idPrefix}-${id}-actions`} className="h6 text-uppercase">
          {t('live.actionsTitle')}
        </h4>
        <ul className="list-unstyled mb-2">
          {actions.map((a) => (
            <ActionPanel key={a.id} head={a} expanded={open.has(a.id)} onToggle={toggle} indicatorIds={indicatorsByOwner.get(a.id)} />
          ))}
        </ul>
        {editable && (
          <button
            type="button"
            className="btn btn-outline-primary btn-sm"
            onClick={() => {
              const actionId = addAction(doc, id, t('live.newAction'));
              setOpen((s) => new Set([...s, actionId]));
            }}
          >
            {t('live.addAction')}
          </button>
        )}
      </section>

      <section aria-labelledby={`${idPrefix}-${id}-indicators`} className="mb-3">
        <h4 id={`${idPrefix}-${id}-indicators`} className="h6 text-uppercase">
          {t('live.indicatorsTitle')}
        </h4>
        <ul className="list-unstyled mb-2">
          {(indicatorsByOwner.get(id) ?? []).map((i) => (
            <IndicatorPanel key={i} id={i} />
          ))}
        </ul>
        {editable && (
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => addIndicator(doc, { objectiveId: id }, t('live.newIndicator'))}>
            {t('live.addIndicator')}
          </button>
        )}
      </section>
      <DeleteRecord
        collection="objectives"
        id={id}
        label={t('live.objectiveLabel', { code })}
        buttonLabel={t('live.deleteObjective')}
        consequence={t('live.confirmDeleteObjective', { count: actions.length })}
      />
    </>
  );
}
