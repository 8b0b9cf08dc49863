import crypto from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { orderKeyBetween } from '@cantiere/collab';
import type { IndicatorDirection, IndicatorKind, PartnerRole, PlanActionStatus } from '@cantiere/domain';
import { PlanActionBudgetEntity, PlanActionPartnerEntity, PlanMilestoneEntity } from '../modules/plan/plan-action-parts.entity';
import { PlanActionEntity } from '../modules/plan/plan-action.entity';
import { PlanIndicatorEntity } from '../modules/plan/plan-indicator.entity';
import { PlanObjectiveBudgetEntity, PlanObjectiveEntity } from '../modules/plan/plan-objective.entity';
import { PlanEntity } from '../modules/plan/plan.entity';

/*
 * The demo plan: the poverty and inclusion section of a Piano di Zona 2025-2027 in the Cantiere. Every figure is made
 * up for the demo (euros, beneficiaries, targets): none comes from a real plan.
 */

interface DemoAction {
  title: string;
  description: string;
  lead: string;
  partners: [string, PartnerRole, number | null][];
  expected: number;
  beneficiaries: string;
  start: string;
  end: string;
  status: PlanActionStatus;
  progress: number;
  /** Euros by funding source: [planned, spent]. */
  money: Record<string, [number, number]>;
  milestones: [string, string, boolean][];
}

interface DemoObjective {
  title: string;
  description: string;
  macroArea: string;
  leps: string | null;
  targetGroup: string;
  impact: string;
  staff: string;
  coDesigned: boolean;
  /** Euros by funding source. */
  budget: Record<string, number>;
  indicator: [IndicatorKind, string, string, IndicatorDirection, number, number];
  actions: DemoAction[];
}

const OBJECTIVES: DemoObjective[] = [
  {
    title: 'Rafforzare l’accesso ai servizi per le famiglie in povertà',
    description: 'Un punto unico di accesso e una presa in carico multidimensionale per i nuclei con Assegno di Inclusione.',
    macroArea: 'poverty_exclusion',
    leps: 'centri_servizi_poverta',
    targetGroup: 'Nuclei beneficiari dell’Assegno di Inclusione e famiglie in carico ai servizi',
    impact: 'Tempi di presa in carico più brevi e patti di inclusione firmati per ogni nucleo',
    staff: '4 assistenti sociali, 1 educatore, 1 amministrativo',
    coDesigned: true,
    budget: { fondo_poverta_servizi: 420_000, bilancio_comunale: 60_000 },
    indicator: ['output', 'Patti di inclusione sottoscritti', 'patti', 'higher', 180, 320],
    actions: [
      {
        title: 'Centro servizi per il contrasto alla povertà',
        description: 'Sportello unico con orientamento, valutazione multidimensionale e accompagnamento ai servizi.',
        lead: 'comune',
        partners: [
          ['caritas', 'partner', 30_000],
          ['aps', 'collaborating', null],
        ],
        expected: 400,
        beneficiaries: 'Nuclei in condizione di povertà residenti nell’Ambito',
        start: '2025-02-01',
        end: '2027-12-31',
        status: 'in_progress',
        progress: 35,
        money: { fondo_poverta_servizi: [180_000, 52_000], bilancio_comunale: [30_000, 10_000] },
        milestones: [
          ['2025-04-30', 'Apertura dello sportello', true],
          ['2026-06-30', 'Prima relazione sugli accessi', false],
        ],
      },
      {
        title: 'Segretariato sociale diffuso nei quartieri',
        description: 'Punti di ascolto settimanali nei quartieri, gestiti con le associazioni.',
        lead: 'aps',
        partners: [['comune', 'partner', null]],
        expected: 250,
        beneficiaries: 'Persone che non si rivolgono ai servizi',
        start: '2025-03-01',
        end: '2026-12-31',
        status: 'in_progress',
        progress: 50,
        money: { fondo_poverta_servizi: [40_000, 18_000] },
        milestones: [['2025-09-30', 'Quattro punti di ascolto attivi', true]],
      },
      {
        title: 'Équipe multidisciplinare per i patti di inclusione',
        description: 'Assistenti sociali, ASST e centro per l’impiego valutano insieme i nuclei con ADI.',
        lead: 'comune',
        partners: [
          ['asst', 'partner', null],
          ['lavoro', 'collaborating', null],
        ],
        expected: 320,
        beneficiaries: 'Nuclei beneficiari dell’Assegno di Inclusione',
        start: '2025-01-15',
        end: '2027-12-31',
        status: 'in_progress',
        progress: 20,
        money: { fondo_poverta_servizi: [200_000, 40_000], bilancio_comunale: [30_000, 5_000] },
        milestones: [['2025-12-31', 'Protocollo con ASST firmato', false]],
      },
    ],
  },
  {
    title: 'Contrastare la povertà alimentare',
    description: 'Una rete cittadina di empori e di recupero delle eccedenze, con accesso su segnalazione dei servizi.',
    macroArea: 'poverty_exclusion',
    leps: null,
    targetGroup: 'Famiglie con minori e persone sole in povertà alimentare',
    impact: 'Più famiglie raggiunte con aiuti alimentari dignitosi e meno spreco',
    staff: '1 coordinatore di rete, volontari delle associazioni',
    coDesigned: true,
    budget: { fondo_poverta_estrema: 90_000, cofinanziamento_ets: 45_000 },
    indicator: ['outcome', 'Famiglie servite dagli empori', 'famiglie', 'higher', 300, 450],
    actions: [
      {
        title: 'Emporio solidale cittadino',
        description: 'Un emporio con tessera a punti per le famiglie segnalate dai servizi.',
        lead: 'caritas',
        partners: [
          ['banco', 'partner', 10_000],
          ['cerchio', 'collaborating', null],
        ],
        expected: 300,
        beneficiaries: 'Famiglie con ISEE sotto soglia',
        start: '2025-01-01',
        end: '2027-12-31',
        status: 'in_progress',
        progress: 60,
        money: { fondo_poverta_estrema: [50_000, 30_000], cofinanziamento_ets: [25_000, 15_000] },
        milestones: [['2025-03-31', 'Regolamento di accesso condiviso', true]],
      },
      {
        title: 'Rete di recupero delle eccedenze alimentari',
        description: 'Raccolta delle eccedenze dei negozi e della ristorazione verso empori e mense.',
        lead: 'banco',
        partners: [['confcommercio', 'partner', null]],
        expected: 0,
        beneficiaries: 'Enti della rete alimentare',
        start: '2025-06-01',
        end: '2027-06-30',
        status: 'planned',
        progress: 0,
        money: { cofinanziamento_ets: [20_000, 0] },
        milestones: [['2025-10-31', 'Venti esercizi aderenti', false]],
      },
      {
        title: 'Pasti a domicilio per persone sole',
        description: 'Consegna di pasti caldi a persone sole con fragilità, con una telefonata settimanale.',
        lead: 'ponte',
        partners: [],
        expected: 60,
        beneficiaries: 'Persone sole con fragilità',
        start: '2025-01-01',
        end: '2025-12-31',
        status: 'completed',
        progress: 100,
        money: { fondo_poverta_estrema: [40_000, 40_000] },
        milestones: [],
      },
    ],
  },
  {
    title: 'Inclusione attiva e lavoro',
    description: 'Percorsi verso il lavoro per chi è lontano dal mercato, con formazione e tirocini.',
    macroArea: 'active_inclusion',
    leps: 'servizi_adi',
    targetGroup: 'Adulti attivabili in nuclei con ADI, giovani NEET',
    impact: 'Più persone in tirocinio o con un contratto a dodici mesi dall’avvio',
    staff: '2 tutor, 1 orientatore',
    coDesigned: true,
    budget: { pn_inclusione_fse: 150_000, fondi_regionali: 40_000 },
    indicator: ['outcome', 'Persone occupate a 12 mesi', '%', 'higher', 20, 35],
    actions: [
      {
        title: 'Tirocini di inclusione',
        description: 'Tirocini con borsa e tutor in imprese e cooperative del territorio.',
        lead: 'lavoro',
        partners: [
          ['cgil', 'collaborating', null],
          ['cerchio', 'partner', 20_000],
        ],
        expected: 40,
        beneficiaries: 'Adulti in nuclei con ADI',
        start: '2025-04-01',
        end: '2027-03-31',
        status: 'in_progress',
        progress: 25,
        money: { pn_inclusione_fse: [110_000, 25_000] },
        milestones: [['2025-12-31', 'Venti tirocini avviati', false]],
      },
      {
        title: 'Italiano e competenze digitali per adulti',
        description: 'Corsi serali di italiano e di uso dei servizi digitali pubblici.',
        lead: 'cpia',
        partners: [['fondazione', 'partner', 15_000]],
        expected: 120,
        beneficiaries: 'Adulti stranieri e persone con basse competenze digitali',
        start: '2025-09-15',
        end: '2026-06-30',
        status: 'planned',
        progress: 0,
        money: { pn_inclusione_fse: [40_000, 0], fondi_regionali: [40_000, 0] },
        milestones: [],
      },
    ],
  },
  {
    title: 'Abitare e grave marginalità',
    description: 'Risposte per chi vive in strada o rischia di perdere la casa.',
    macroArea: 'housing',
    leps: 'pronto_intervento_sociale',
    targetGroup: 'Persone senza dimora e nuclei sotto sfratto',
    impact: 'Meno persone in strada e uscite stabili verso una casa',
    staff: '1 assistente sociale, 2 educatori di strada',
    coDesigned: false,
    budget: { pnrr_m5c2: 480_000, fondo_poverta_estrema: 70_000 },
    indicator: ['impact', 'Persone in strada censite', 'persone', 'lower', 85, 60],
    actions: [
      {
        title: 'Housing first: sei alloggi',
        description: 'Sei alloggi con accompagnamento educativo per persone senza dimora croniche.',
        lead: 'cerchio',
        partners: [['comune', 'partner', null]],
        expected: 8,
        beneficiaries: 'Persone senza dimora da più di un anno',
        start: '2025-05-01',
        end: '2026-12-31',
        status: 'suspended',
        progress: 15,
        money: { pnrr_m5c2: [360_000, 40_000] },
        milestones: [['2025-11-30', 'Tre alloggi assegnati', false]],
      },
      {
        title: 'Pronto intervento sociale',
        description: 'Reperibilità serale e festiva per le emergenze sociali, con posti letto dedicati.',
        lead: 'comune',
        partners: [['caritas', 'partner', null]],
        expected: 150,
        beneficiaries: 'Persone in emergenza sociale',
        start: '2025-01-01',
        end: '2027-12-31',
        status: 'in_progress',
        progress: 40,
        money: { fondo_poverta_estrema: [70_000, 25_000], pnrr_m5c2: [120_000, 30_000] },
        milestones: [],
      },
    ],
  },
];

const cents = (euros: number) => Math.round(euros * 100);

/** Inserts the demo plan's rows in the Cantiere; the caller then seeds its live document from them. */
export async function seedDemoPlan(tx: EntityManager, spaceId: string, organisations: Map<string, string>, createdBy: string | null): Promise<string> {
  const org = (key: string) => organisations.get(key)!;
  const plan = await tx.save(
    tx.create(PlanEntity, {
      spaceId,
      title: 'Piano di Zona 2025-2027 - Area povertà e inclusione',
      startYear: 2025,
      endYear: 2027,
      status: 'draft',
      createdBy,
    }),
  );
  let objectiveOrder: string | null = null;
  for (const [i, o] of OBJECTIVES.entries()) {
    const objectiveId = crypto.randomUUID();
    objectiveOrder = orderKeyBetween(objectiveOrder, null);
    await tx.insert(PlanObjectiveEntity, {
      id: objectiveId,
      planId: plan.id,
      code: `OB-${i + 1}`,
      title: o.title,
      description: o.description,
      macroArea: o.macroArea,
      targetGroup: o.targetGroup,
      expectedImpact: o.impact,
      lepsCode: o.leps,
      coDesigned: o.coDesigned,
      crossArea: false,
      plannedStaff: o.staff,
      orderKey: objectiveOrder,
      sourceHash: 'seed',
    });
    for (const [fundingSource, euros] of Object.entries(o.budget))
      await tx.insert(PlanObjectiveBudgetEntity, { objectiveId, fundingSource, plannedCents: cents(euros) });
    const [kind, name, unit, direction, baseline, target] = o.indicator;
    await tx.insert(PlanIndicatorEntity, {
      id: crypto.randomUUID(),
      planId: plan.id,
      objectiveId,
      actionId: null,
      orderKey: 'a0',
      kind,
      name,
      unit,
      direction,
      baselineValue: baseline,
      baselineDate: '2024-12-31',
      baselineSource: 'Dati di fantasia per la demo',
      targetValue: target,
      targetDate: '2027-12-31',
      rangeMin: direction === 'higher' ? Math.round(target * 0.8) : target,
      rangeMax: direction === 'higher' ? target : Math.round(target * 1.2),
      sourceHash: 'seed',
    });
    let actionOrder: string | null = null;
    for (const a of o.actions) {
      const actionId = crypto.randomUUID();
      actionOrder = orderKeyBetween(actionOrder, null);
      await tx.insert(PlanActionEntity, {
        id: actionId,
        planId: plan.id,
        objectiveId,
        orderKey: actionOrder,
        title: a.title,
        description: a.description,
        leadOrganisationId: org(a.lead),
        beneficiariesExpected: a.expected,
        beneficiariesDescription: a.beneficiaries,
        startDate: a.start,
        endDate: a.end,
        status: a.status,
        progress: a.progress,
        weight: 1,
        sourceHash: 'seed',
      });
      for (const [key, role, share] of a.partners)
        await tx.insert(PlanActionPartnerEntity, { actionId, organisationId: org(key), role, budgetShareCents: share === null ? null : cents(share) });
      for (const [fundingSource, [planned, spent]] of Object.entries(a.money))
        await tx.insert(PlanActionBudgetEntity, { actionId, fundingSource, plannedCents: cents(planned), spentCents: cents(spent) });
      for (const [dueOn, title, done] of a.milestones) await tx.insert(PlanMilestoneEntity, { actionId, id: crypto.randomUUID(), dueOn, title, done });
    }
  }
  return plan.id;
}
