import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import i18n from '../../i18n';
import { PLANS } from '../../i18n/namespaces/plans';

/** Codes that say more about one field than their general text: a progress of 150 is "0 to 100", not "too large". */
const BY_FIELD: Record<string, Record<string, string>> = {
  progress: { too_large: 'progress_range', must_not_be_negative: 'progress_range' },
  endYear: { ends_before_start: 'year_order', too_long: 'span_too_long' },
};

/**
 * The sentence for a problem at a field path (`progress`, `budgetPlanned.fnps`, `endDate`), from the editor's checks
 * or the server's flags alike: the plans' own texts first, then the application's (`common`), then a generic one.
 */
export function issueMessage(path: string, code: string): string {
  const field = path.split('.')[0];
  const key = BY_FIELD[field]?.[code] ?? code;
  for (const ns of [PLANS, 'common'])
    for (const language of [i18n.language, 'it']) {
      const text: unknown = i18n.getResource(language, ns, `errors.${key}`);
      if (typeof text === 'string') return text;
    }
  return i18n.t('errors.generic');
}

/** `issueMessage` that follows the language of the interface. */
export function useIssueText(): (path: string, code: string) => string {
  const { i18n: current } = useTranslation(PLANS);
  // The language is part of the answer: a new one gives a new function, and the fields that use it render again.
  const language = current.language;
  return useCallback((path: string, code: string) => (language ? issueMessage(path, code) : ''), [language]);
}

/** Where the label of a field lives, when its name is not a key of `fields`. */
const LABEL_KEYS: Record<string, [namespace: string, key: string]> = {
  title: ['common', 'common.title'],
  description: ['common', 'common.description'],
  status: ['common', 'common.status'],
  kind: [PLANS, 'fields.indicatorKind'],
  baseline: [PLANS, 'fields.baselineValue'],
  target: [PLANS, 'fields.targetValue'],
  acceptableRange: [PLANS, 'fields.rangeMin'],
  beneficiaries: [PLANS, 'fields.beneficiariesExpected'],
  objectiveId: [PLANS, 'fields.objective'],
  actionId: [PLANS, 'fields.objective'],
};

/** The label of the field a problem's path starts at (`budgetPlanned.fnps` -> "Budget previsto (€)"), for people. */
export function fieldLabel(path: string): string {
  const head = path.split('.')[0];
  const [ns, key] = LABEL_KEYS[head] ?? [PLANS, `fields.${head}`];
  for (const language of [i18n.language, 'it']) {
    const text: unknown = i18n.getResource(language, ns, key);
    if (typeof text === 'string' && !text.includes('{{')) return text;
  }
  return head;
}
