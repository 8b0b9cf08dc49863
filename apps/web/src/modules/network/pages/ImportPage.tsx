import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationRoutes, personRoutes, type ImportReport } from '@cantiere/domain';
import { ApiError, call } from '../../../api/client';
import { Alert } from '../../../components/Alert';
import { ImportReportTable } from '../components/ImportReportTable';
import { NETWORK } from '../../../i18n/namespaces/network';

const TEMPLATES = {
  organisations:
    'nome;sigla;tipo;codice_fiscale;partita_iva;numero_runts;aree_tematiche;comuni;indirizzo;sito_web;email;telefono;note\nCooperativa sociale Esempio;Esempio;cooperativa_sociale;;;;housing|work_inclusion;Cremona;Via Roma 1, Cremona;https://esempio.example;info@esempio.example;0372 000000;\n',
  people:
    'nome;cognome;email;telefono;organizzazione;ruolo;qualifica;base_giuridica;finalita;data_consenso;fonte\nMaria;Rossi;maria.rossi@esempio.example;;Cooperativa sociale Esempio;legale_rappresentante;Presidente;consenso;Partecipazione ai tavoli;15/01/2026;Modulo di adesione\n',
};

async function upload(kind: 'organisations' | 'people', file: File, dryRun: boolean): Promise<ImportReport> {
  const input = { query: { dryRun: dryRun ? 'true' : 'false' }, file } as const;
  const { report } = kind === 'organisations' ? await call(organisationRoutes.importCsv, input) : await call(personRoutes.importCsv, input);
  return report;
}

/** Two steps: a dry run that reports row by row and changes nothing, then the all-or-nothing import. */
export function ImportPage() {
  const { t } = useTranslation(NETWORK);
  const [kind, setKind] = useState<'organisations' | 'people'>('organisations');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    if (!file) {
      setError(t('import.chooseFile'));
      document.getElementById('import-file')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const r = await upload(kind, file, dryRun);
      if (dryRun) setReport(r);
      else {
        setDone(r);
        setReport(null);
      }
    } catch (err) {
      if (err instanceof ApiError) {
        const details = err.details;
        if (details && !Array.isArray(details) && 'report' in details) setReport(details.report as ImportReport);
        const issue = err.fieldIssues[0];
        setError(
          issue
            ? `${t(`import.fileError.${issue.message}`, { defaultValue: err.message })}${issue.path.startsWith('columns.') ? `: ${issue.path.slice(8)}` : ''}`
            : err.message,
        );
      } else setError(t('errors.server'));
    } finally {
      setBusy(false);
    }
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${TEMPLATES[kind]}`)}`;

  return (
    <>
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <form onSubmit={check} noValidate className="mb-4">
        <fieldset className="mb-3">
          <legend className="fs-6 fw-semibold">{t('import.what')}</legend>
          {(['organisations', 'people'] as const).map((k) => (
            <div key={k} className="form-check form-check-inline">
              <input
                id={`import-kind-${k}`}
                className="form-check-input"
                type="radio"
                name="kind"
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setReport(null);
                  setDone(null);
                }}
              />
              <label htmlFor={`import-kind-${k}`} className="form-check-label">
                {t(`import.${k}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <div className="mb-3">
          <label htmlFor="import-file" className="form-label fw-semibold">
            {t('import.file')}
          </label>
          <input
            id="import-file"
            className="form-control"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setDone(null);
            }}
          />
          <a className="form-text d-inline-block mt-1" href={templateHref} download={`modello-${kind}.csv`}>
            {t('import.template')}
          </a>
        </div>
        {error && <Alert kind="danger">{error}</Alert>}
        <div className="d-flex gap-2">
          <button type="submit" className="btn btn-outline-primary" disabled={busy}>
            {t('import.check')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy || !report || report.counts.reject > 0} onClick={() => void run(false)}>
            {t('import.apply')}
          </button>
        </div>
      </form>
      {done && <Alert kind="success">{t('import.done', done.counts)}</Alert>}
      {report && <ImportReportTable report={report} />}
    </>
  );
}
