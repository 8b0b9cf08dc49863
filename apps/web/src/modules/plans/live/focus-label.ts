import type { TFunction } from 'i18next';

/** Binding keys whose label is not `fields.<first segment>`: the words the form shows by those fields. */
const LABEL_OF: Record<string, string> = {
  title: 'common.title',
  description: 'common.description',
  status: 'common.status',
  objectiveId: 'fields.objective',
  'beneficiaries.expected': 'fields.beneficiariesExpected',
  'beneficiaries.description': 'fields.beneficiariesDescription',
  'baseline.value': 'fields.baselineValue',
  'baseline.date': 'fields.baselineDate',
  'baseline.source': 'fields.baselineSource',
  'target.value': 'fields.targetValue',
  kind: 'fields.indicatorKind',
};

/**
 * The label of the field a person's focus is in, from its binding key (`title`, `budgetPlanned.fnps`,
 * `milestones.<id>.date`), as the form names it; the key itself when the form has no label for it.
 */
export function focusLabel(t: TFunction<'plans'>, field: string): string {
  const [first, second] = field.split('.');
  const key = LABEL_OF[field] ?? LABEL_OF[`${first}.${second}`] ?? LABEL_OF[first] ?? `fields.${first}`;
  const label = t(key as never, { defaultValue: '' }) as unknown as string;
  return label || field;
}
