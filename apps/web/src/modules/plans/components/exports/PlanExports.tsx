import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { planExportRoutes, type Plan } from '@cantiere/domain';
import { download } from '../../../../api/client';
import { Alert } from '../../../../components/Alert';
import { PLANS } from '../../../../i18n/namespaces/plans';

type ExportKind = 'sectionDocx' | 'monitoringDocx' | 'json' | 'csv';

/** Hands a downloaded file to the browser as if its link had been followed. */
function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The year to offer first: the current one within the plan's period, else its nearest end. */
const defaultYear = (plan: Pick<Plan, 'startYear' | 'endYear'>) => Math.min(plan.endYear, Math.max(plan.startYear, new Date().getFullYear()));

/**
 * The plan's exports: the Piano di Zona section and the monitoring report of a chosen year (Word), and the open data
 * (JSON, CSV). A Word export takes a moment on a large plan: the group says it is being prepared, then that it is ready.
 */
export function PlanExports({ plan }: { plan: Pick<Plan, 'id' | 'startYear' | 'endYear'> }) {
  const { t } = useTranslation(PLANS);
  const headingId = useId();
  const yearId = useId();
  const [year, setYear] = useState(() => defaultYear(plan));
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const params = { id: plan.id };
  const fallbackName: Record<ExportKind, string> = {
    sectionDocx: 'piano-di-zona.docx',
    monitoringDocx: `monitoraggio-${year}.docx`,
    json: 'piano.json',
    csv: 'piano.csv',
  };
  const exporting = useMutation({
    mutationFn: async (kind: ExportKind) => {
      const file =
        kind === 'sectionDocx'
          ? await download(planExportRoutes.docx, { params })
          : kind === 'monitoringDocx'
            ? await download(planExportRoutes.monitoringReport, { params, query: { year } })
            : kind === 'json'
              ? await download(planExportRoutes.json, { params })
              : await download(planExportRoutes.csv, { params });
      save(file.blob, file.name ?? fallbackName[kind]);
    },
  });
  const label = (kind: ExportKind) => t(`exports.${kind}`);
  const button = (kind: ExportKind) => {
    const busy = exporting.isPending && exporting.variables === kind;
    return (
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => exporting.mutate(kind)} disabled={exporting.isPending} aria-busy={busy}>
        {busy && <span className="spinner-border spinner-border-sm me-2" aria-hidden="true" />}
        {label(kind)}
      </button>
    );
  };
  const current = exporting.variables ? label(exporting.variables) : '';
  return (
    <section className="plan-exports mt-4 pt-3 border-top" aria-labelledby={headingId}>
      <h2 id={headingId} className="h5">
        {t('exports.title')}
      </h2>
      <div className="d-flex flex-wrap align-items-end gap-3" role="group" aria-label={t('exports.group')}>
        {button('sectionDocx')}
        <div className="d-flex flex-wrap align-items-end gap-2">
          <div>
            <label htmlFor={yearId} className="form-label small mb-1 d-block">
              {t('exports.year')}
            </label>
            <select id={yearId} className="form-select form-select-sm" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          {button('monitoringDocx')}
        </div>
        {button('json')}
        {button('csv')}
      </div>
      <p className="form-text mt-2 mb-0">{t('exports.openDataNote')}</p>
      <p className="small mt-2 mb-0" role="status" aria-live="polite">
        {exporting.isPending ? t('exports.preparing', { name: current }) : exporting.isSuccess ? t('exports.ready', { name: current }) : ''}
      </p>
      {exporting.isError && <Alert kind="danger">{t('exports.failed', { name: current })}</Alert>}
    </section>
  );
}
