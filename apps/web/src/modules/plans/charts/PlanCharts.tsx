import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { roundProgress, type PlanDetail } from '@cantiere/domain';
import { dateLocale } from '../../../i18n';
import { PLANS } from '../../../i18n/namespaces/plans';
import { formatEuros } from '../format';
import type { PlanChoices } from '../hooks/usePlanChoices';
import { budgetByFundingSource, budgetByOrganisation, progressByObjective } from './chart-data';
import { fundingOption, organisationOption, progressOption, type ChartOption } from './chart-options';
import { DataTable, type DataRow } from './DataTable';
import { EChart } from './EChart';

interface Figure {
  id: string;
  title: string;
  description: string;
  option: ChartOption | null;
  height: number;
  table: { caption: string; columns: string[]; rows: DataRow[]; footer?: DataRow };
}

/**
 * The overview's charts: budget by funding source, budget by organisation, progress by objective. Each is a figure
 * with its heading, a chart (ECharts, fetched when it comes into view), a visible description and the same figures
 * as a table, so that nobody needs the picture.
 */
export function PlanCharts({ plan, labels }: { plan: PlanDetail; labels: PlanChoices['labels'] }) {
  const { t, i18n } = useTranslation(PLANS);
  const lang = i18n.language;
  const figures = useMemo((): Figure[] => {
    const locale = dateLocale(lang);
    const euros = (cents: number) => formatEuros(cents, lang);
    const axisEuros = (value: number) => value.toLocaleString(locale, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
    const percent = (value: number) => t('overview.percent', { value: value.toLocaleString(locale) });
    const narrow = typeof window !== 'undefined' && !!window.matchMedia?.('(max-width: 575.98px)').matches;
    const texts = (title: string, description: string, series: string[], format: (v: number) => string) => ({
      title,
      description,
      series,
      format,
      labelWidth: narrow ? 100 : 180,
    });
    const sum = <R,>(rows: R[], pick: (r: R) => number) => rows.reduce((n, r) => n + pick(r), 0);

    const funding = budgetByFundingSource(plan.actions, labels.fundingSources);
    const c = (key: string) => t(`views.charts.${key}` as 'views.charts.title');
    const organisations = budgetByOrganisation(plan.actions).map((r) => ({ ...r, name: r.name ?? c('noLead') }));
    const progress = progressByObjective(plan.objectives);
    return [
      {
        id: 'funding',
        title: c('byFunding'),
        description: c('byFundingDescription'),
        option: funding.length ? fundingOption(funding, texts(c('byFunding'), c('byFundingDescription'), [c('planned'), c('spent')], axisEuros)) : null,
        height: 80 + funding.length * 48,
        table: {
          caption: c('byFundingCaption'),
          columns: [c('fundingSource'), c('planned'), c('spent')],
          rows: funding.map((r) => ({ key: r.code, header: r.label, cells: [euros(r.plannedCents), euros(r.spentCents)] })),
          footer: funding.length
            ? {
                key: 'total',
                header: c('total'),
                cells: [euros(sum(funding, (r) => r.plannedCents)), euros(sum(funding, (r) => r.spentCents))],
              }
            : undefined,
        },
      },
      {
        id: 'organisations',
        title: c('byOrganisation'),
        description: c('byOrganisationDescription'),
        option: organisations.length
          ? organisationOption(organisations, texts(c('byOrganisation'), c('byOrganisationDescription'), [c('asLead'), c('asPartner')], axisEuros))
          : null,
        height: 80 + organisations.length * 48,
        table: {
          caption: c('byOrganisationCaption'),
          columns: [t('common.organisation'), c('asLead'), c('asPartner')],
          rows: organisations.map((r) => ({ key: r.organisationId ?? 'no-lead', header: r.name, cells: [euros(r.leadCents), euros(r.partnerCents)] })),
        },
      },
      {
        id: 'progress',
        title: c('byObjective'),
        description: c('byObjectiveDescription'),
        option: progress.length ? progressOption(progress, texts(c('byObjective'), c('byObjectiveDescription'), [c('progress')], percent)) : null,
        height: 280,
        table: {
          caption: c('byObjectiveCaption'),
          columns: [c('objective'), c('progress')],
          rows: progress.map((r) => {
            const shown = roundProgress(r.progress);
            return { key: r.objectiveId, header: `${r.code} – ${r.title}`, cells: [shown === null ? c('notCounted') : percent(shown)] };
          }),
        },
      },
    ];
  }, [plan, labels.fundingSources, lang, t]);

  return (
    <section aria-labelledby="plan-charts-title" className="mb-4" data-testid="plan-charts">
      <h2 id="plan-charts-title" className="h4">
        {t('views.charts.title')}
      </h2>
      <div className="row g-3">
        {figures.map((f) => (
          <figure key={f.id} className="col-12 col-xl-6 mb-0" aria-labelledby={`chart-${f.id}-title`} data-testid={`chart-${f.id}`}>
            <div className="card card-body h-100">
              <h3 id={`chart-${f.id}-title`} className="h5">
                {f.title}
              </h3>
              <p id={`chart-${f.id}-description`} className="small text-secondary">
                {f.description}
              </p>
              {f.option ? (
                <EChart option={f.option} label={f.title} describedBy={`chart-${f.id}-description`} height={f.height} />
              ) : (
                <p>{t('views.charts.empty')}</p>
              )}
              {f.table.rows.length > 0 && <DataTable {...f.table} testId={`chart-${f.id}-table`} />}
            </div>
          </figure>
        ))}
      </div>
    </section>
  );
}
