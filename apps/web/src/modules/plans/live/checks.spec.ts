import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planActionFieldsSchema, cents } from '@cantiere/domain';
import { valueBinding } from './bindings';
import { recordIssues, valueIssue } from './checks';
import { addAction, addIndicator, addObjective, localEdit, recordMap } from './plan-edit';

const CERCHIO = '0f8e7b9a-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
const PONTE = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const STRANGER = '9f9f9f9f-9f9f-4f9f-8f9f-9f9f9f9f9f9f';
const refs = { organisations: new Set([CERCHIO, PONTE]), macroAreas: new Set(['poverta']), fundingSources: new Set(['fnps']), leps: new Set(['pis']) };

function action() {
  const doc = new Y.Doc();
  const id = addAction(doc, addObjective(doc, 'Povertà alimentare'), 'Emporio solidale');
  return recordMap(doc, 'actions', id)!;
}

describe('the editor’s checks of a live record', () => {
  it('find nothing wrong with a new action', () => {
    expect(recordIssues('actions', action(), refs)).toEqual({});
  });

  it('say where a merged record breaks a rule: an end before the start, an unknown organisation, a lead also partner', () => {
    const record = action();
    localEdit(record.doc!, () => {
      record.set('startDate', '2025-06-01');
      record.set('endDate', '2025-01-31');
      record.set('leadOrganisationId', CERCHIO);
      (record.get('partners') as Y.Map<unknown>).set(CERCHIO, { role: 'partner', budgetShareCents: null });
      (record.get('partners') as Y.Map<unknown>).set(STRANGER, { role: 'partner', budgetShareCents: null });
      (record.get('budgetPlanned') as Y.Map<unknown>).set('fondo_sconosciuto', 1000);
    });
    expect(recordIssues('actions', record, refs)).toEqual({
      endDate: 'ends_before_start',
      partners: 'lead_is_partner',
      [`partners.${STRANGER}`]: 'unknown_organisation',
      'budgetPlanned.fondo_sconosciuto': 'unknown_value',
    });
    record.set('leadOrganisationId', STRANGER);
    expect(recordIssues('actions', record, refs).leadOrganisationId).toBe('unknown_organisation');
  });

  it('call nothing unknown while the lists are loading', () => {
    const record = action();
    record.set('leadOrganisationId', STRANGER);
    expect(recordIssues('actions', record)).toEqual({});
  });

  it('judge a value on its own with the domain schema: a negative budget, a progress over 100, a fractional beneficiary count', () => {
    expect(valueIssue(cents(), -5000)).toBe('must_not_be_negative');
    expect(valueIssue(planActionFieldsSchema.shape.progress, 150)).toBe('too_large');
    expect(valueIssue(planActionFieldsSchema.shape.progress, 60)).toBeNull();
    expect(valueIssue(planActionFieldsSchema.shape.beneficiaries.shape.expected, 2.5)).toBe('must_be_integer');
  });

  it('flag an indicator whose acceptable range is upside down, and a required name left empty', () => {
    const doc = new Y.Doc();
    const indicator = recordMap(doc, 'indicators', addIndicator(doc, { objectiveId: addObjective(doc, 'Casa') }, 'Sfratti evitati'))!;
    valueBinding(indicator, 'name', planActionFieldsSchema.shape.title).write('');
    indicator.set('acceptableRange', { min: 10, max: 5 });
    expect(recordIssues('indicators', indicator, refs)).toEqual({ name: 'required', 'acceptableRange.max': 'min_above_max' });
  });
});
