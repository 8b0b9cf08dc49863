import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { DECISION_ATTRS, type VotingMethodAttr } from './attrs';
import { MINUTES } from '../../../i18n/namespaces/minutes';

const OUTCOMES = ['approved', 'rejected', 'postponed'] as const;
const METHODS: VotingMethodAttr[] = ['votes', 'consensus', 'unanimous'];

/** A decision written live: its text, the outcome and how it was reached (vote counts or consensus). */
export function DecisionView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const { t } = useTranslation(MINUTES);
  const a = node.attrs;
  const editable = editor.isEditable;
  const method = (a[DECISION_ATTRS.votingMethod] as VotingMethodAttr) ?? 'votes';
  const count = (key: string, label: string, testId: string) => (
    <label className="minutes-block-field">
      <span>{label}</span>
      <input
        type="number"
        min={0}
        max={100000}
        className="form-control form-control-sm"
        data-testid={testId}
        disabled={!editable}
        value={a[key] ?? ''}
        onChange={(e) => updateAttributes({ [key]: e.target.value === '' ? null : Math.max(0, Math.floor(Number(e.target.value))) })}
      />
    </label>
  );
  return (
    <NodeViewWrapper className="minutes-block minutes-decision" role="group" aria-label={t('meetings:decisionCol')} data-block-id={a[DECISION_ATTRS.blockId]}>
      <div className="minutes-block-title" contentEditable={false}>
        {t('meetings:decisionCol')}
      </div>
      <NodeViewContent as="div" className="minutes-block-text" aria-label={t('decisionText')} />
      <div className="minutes-block-fields" contentEditable={false}>
        <label className="minutes-block-field">
          <span>{t('common.outcome')}</span>
          <select
            className="form-select form-select-sm"
            data-testid="decision-outcome"
            disabled={!editable}
            value={a[DECISION_ATTRS.outcome] ?? ''}
            onChange={(e) => updateAttributes({ [DECISION_ATTRS.outcome]: e.target.value || null })}
          >
            <option value="">{t('outcomeNone')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`outcome_${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="minutes-block-field">
          <span>{t('method')}</span>
          <select
            className="form-select form-select-sm"
            data-testid="decision-method"
            disabled={!editable}
            value={method}
            onChange={(e) => updateAttributes({ [DECISION_ATTRS.votingMethod]: e.target.value })}
          >
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`method_${m}`)}
              </option>
            ))}
          </select>
        </label>
        {method === 'votes' && (
          <>
            {count(DECISION_ATTRS.votesFor, t('votesFor'), 'decision-votes-for')}
            {count(DECISION_ATTRS.votesAgainst, t('votesAgainst'), 'decision-votes-against')}
            {count(DECISION_ATTRS.votesAbstained, t('votesAbstained'), 'decision-votes-abstained')}
          </>
        )}
      </div>
    </NodeViewWrapper>
  );
}
