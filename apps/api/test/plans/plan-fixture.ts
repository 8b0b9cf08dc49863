import crypto from 'node:crypto';
import * as Y from 'yjs';
import { orderKeyBetween, writeRecord } from '@cantiere/collab';
import { meetingFixture, type Json } from '../support/meeting-fixture';
import type { TestApp } from '../support/test-app';

export const newId = () => crypto.randomUUID();

/** A draft plan in the fixture's members-only table, opened by its facilitator. */
export async function planFixture(t: TestApp, baseUrl: string) {
  const f = await meetingFixture(t, baseUrl);
  const plan = (
    await f.ok('POST', '/api/plans', f.cookies.facilitator, { spaceId: f.space.id, title: 'Piano del tavolo 2025-2027', startYear: 2025, endYear: 2027 })
  ).plan as Json;
  const read = async (cookie = f.cookies.facilitator): Promise<Json> => (await f.ok('GET', `/api/plans/${plan.id}`, cookie)).plan;
  return { ...f, plan, docId: plan.docId as string, read };
}

export const objectiveFields = (code: string, over: Record<string, unknown> = {}) => ({
  code,
  title: `Obiettivo ${code}`,
  description: 'Ridurre la povertà alimentare delle famiglie con minori.',
  macroArea: 'poverty_exclusion',
  targetGroup: 'Famiglie con minori in carico ai servizi',
  expectedImpact: 'Meno famiglie senza accesso al cibo',
  lepsCode: 'centri_servizi_poverta',
  coDesigned: true,
  crossArea: false,
  plannedStaff: '1 assistente sociale',
  budget: { fondo_poverta_servizi: 5_000_000 },
  order: 'a0',
  ...over,
});

export const actionFields = (objectiveId: string, leadOrganisationId: string, over: Record<string, unknown> = {}) => ({
  objectiveId,
  order: 'a0',
  title: 'Emporio solidale',
  description: 'Un emporio per le famiglie segnalate dai servizi.',
  leadOrganisationId,
  partners: {},
  beneficiaries: { expected: 120, description: 'Famiglie con ISEE sotto soglia' },
  startDate: '2025-03-01',
  endDate: '2027-12-31',
  status: 'planned',
  progress: 0,
  weight: 1,
  budgetPlanned: { fnps: 1_000_000 },
  budgetSpent: {},
  milestones: {},
  ...over,
});

/** One objective with one action, written by `doc` in one transaction; returns their ids. */
export function writeObjectiveWithAction(doc: Y.Doc, leadOrganisationId: string) {
  const objectiveId = newId();
  const actionId = newId();
  doc.transact(() => {
    writeRecord(doc, 'objectives', objectiveId, objectiveFields('OB-1', { order: orderKeyBetween(null, null) }));
    writeRecord(doc, 'actions', actionId, actionFields(objectiveId, leadOrganisationId));
  });
  return { objectiveId, actionId };
}
