import { useTranslation } from 'react-i18next';
import { NETWORK } from '../../../i18n/namespaces/network';
import type { ImportReport } from '@cantiere/domain';

/** Row-by-row result of an import check; each problem named by its column and in plain words. */
export function ImportReportTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation(NETWORK);
  const reason = (message: string) => {
    const [key, value] = message.split(':');
    const text = t(`errors.${key}`, { defaultValue: '' }) || t(`import.reasons.${key}`, { defaultValue: key });
    return value ? `${text} (${value})` : text;
  };
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title" className="h4">
        {t('import.report')}
      </h2>
      <p role="status" data-testid="import-counts">
        {t('import.counts', report.counts)}
      </p>
      {report.counts.reject > 0 && <p className="text-danger">{t('import.fixFirst')}</p>}
      <div className="table-responsive">
        <table className="table table-sm" data-testid="import-report">
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('common.outcome')}</th>
              <th scope="col">{t('import.key')}</th>
              <th scope="col">{t('import.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={r.line} className={r.outcome === 'reject' ? 'table-danger' : undefined}>
                <td>{r.line}</td>
                <td>{t(`import.outcome_${r.outcome}`)}</td>
                <td>{r.key}</td>
                <td>{r.errors.map((e) => `${t('import.column', { column: e.column })}: ${reason(e.message)}`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
