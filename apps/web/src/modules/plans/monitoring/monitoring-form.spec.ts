import { describe, expect, it } from 'vitest';
import type { MonitoredAction } from '@cantiere/domain';
import { actionFormToInput, actionFormValues, observationFormToInput } from './monitoring-form';

const MILESTONE = '0b6c1a7e-3f1d-4c2b-9a8e-5d4c3b2a1f00';
const current: MonitoredAction = {
  actionId: '4f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  status: 'in_progress',
  progress: 40,
  weight: 1,
  spent: [{ fundingSource: 'fnps', spentCents: 250_000 }],
  spentTotalCents: 250_000,
  milestones: [{ id: MILESTONE, title: 'Apertura emporio', date: '2026-03-31', done: false, overdue: false }],
  overdue: false,
  lastUpdatedAt: null,
  can: { 'plan.monitor': true },
};
const form = (over: Partial<ReturnType<typeof actionFormValues>> = {}) => ({ ...actionFormValues(current, ['fnps', 'fondo_poverta_servizi']), ...over });

describe('the action update form', () => {
  it('starts from the current values, amounts in Italian euros', () => {
    expect(actionFormValues(current, ['fnps', 'fondo_poverta_servizi'])).toEqual({
      status: 'in_progress',
      progress: '40',
      spent: { fnps: '2500', fondo_poverta_servizi: '' },
      milestones: { [MILESTONE]: { done: false, date: '2026-03-31' } },
      note: '',
    });
  });

  it('sends only what changed, amounts in cents', () => {
    const result = actionFormToInput(
      form({
        progress: '65',
        spent: { fnps: '2.500', fondo_poverta_servizi: '1.234,50' },
        milestones: { [MILESTONE]: { done: true, date: '2026-03-31' } },
        note: ' Secondo trimestre ',
      }),
      current,
    );
    expect(result).toEqual({
      ok: true,
      input: { progress: 65, spent: { fondo_poverta_servizi: 123_450 }, milestones: { [MILESTONE]: { done: true } }, note: 'Secondo trimestre' },
    });
    expect(actionFormToInput(form({ status: 'completed', progress: '100' }), current)).toEqual({ ok: true, input: { status: 'completed', progress: 100 } });
  });

  it('names each field in error: progress out of 0-100 or not whole, negative or malformed spending, a bad date', () => {
    expect(actionFormToInput(form({ progress: '101' }), current)).toEqual({ ok: false, issues: [{ path: 'progress', message: 'too_large' }] });
    expect(actionFormToInput(form({ progress: '-1' }), current)).toEqual({ ok: false, issues: [{ path: 'progress', message: 'must_not_be_negative' }] });
    expect(actionFormToInput(form({ progress: '40,5' }), current)).toEqual({ ok: false, issues: [{ path: 'progress', message: 'must_be_integer' }] });
    expect(actionFormToInput(form({ progress: ' ' }), current)).toEqual({ ok: false, issues: [{ path: 'progress', message: 'required' }] });
    const result = actionFormToInput(
      form({ spent: { fnps: '-5', fondo_poverta_servizi: 'molto' }, milestones: { [MILESTONE]: { done: false, date: '2026-02-30' } } }),
      current,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual(
      expect.arrayContaining([
        { path: 'spent.fnps', message: 'must_not_be_negative' },
        { path: 'spent.fondo_poverta_servizi', message: 'must_be_number' },
        { path: `milestones.${MILESTONE}.date`, message: 'invalid_date' },
      ]),
    );
    expect(actionFormToInput(form({ spent: { fnps: '10,001' } }), current)).toEqual({
      ok: false,
      issues: [{ path: 'spent.fnps', message: 'too_many_decimals' }],
    });
  });

  it('refuses to send nothing', () => {
    expect(actionFormToInput(form(), current)).toEqual({ ok: false, issues: [{ path: '(body)', message: 'no_change' }] });
    expect(actionFormToInput(form({ note: 'Nessuna novità questo mese' }), current)).toEqual({ ok: true, input: { note: 'Nessuna novità questo mese' } });
  });
});

describe('the indicator value form', () => {
  it('takes a decimal comma and leaves empty optional texts out', () => {
    expect(observationFormToInput({ date: '2026-06-30', value: 'molti', note: '', source: ' Cartella sociale ' })).toEqual({
      ok: false,
      issues: [{ path: 'value', message: 'must_be_number' }],
    });
    expect(observationFormToInput({ date: '2026-06-30', value: '12,5', note: '', source: ' Cartella sociale ' })).toEqual({
      ok: true,
      input: { date: '2026-06-30', value: 12.5, source: 'Cartella sociale' },
    });
  });

  it('names the date and the value when they are wrong or missing', () => {
    expect(observationFormToInput({ date: '2026-02-30', value: '', note: '', source: '' })).toEqual({
      ok: false,
      issues: [
        { path: 'date', message: 'invalid_date' },
        { path: 'value', message: 'required' },
      ],
    });
  });
});
