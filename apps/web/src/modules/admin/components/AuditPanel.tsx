import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditQuery } from '@cantiere/domain';
import { QueryError } from '../../../components/QueryError';
import { ACCOUNT } from '../../../i18n/namespaces/account';
import { useAuditTrail } from '../hooks/useAuditTrail';

const PAGE_SIZE = 25;
const ENTITIES = [
  'organisation',
  'person',
  'space',
  'space_member',
  'meeting',
  'meeting_attendee',
  'agenda_item',
  'document',
  'minutes_remark',
  'action',
  'reference_item',
  'user',
  'session',
] as const;

interface Filter {
  entity: string;
  from: string;
  to: string;
}

/** The changed fields of an entry, one `field: value` per line; values as the server stored them. */
function fields(values: Record<string, unknown> | null): string {
  if (!values || Object.keys(values).length === 0) return '';
  return Object.entries(values)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('\n');
}

/** A day typed in the filter as the start of that day, and the end of the "to" day, in the browser's time zone. */
const dayStart = (day: string) => new Date(`${day}T00:00:00`).toISOString();
const dayAfter = (day: string) => new Date(new Date(`${day}T00:00:00`).getTime() + 86_400_000).toISOString();

/** The audit trail for administrators: who changed what and when, with the fields before and after, newest first. */
export function AuditPanel() {
  const { t, i18n } = useTranslation(ACCOUNT);
  const [draft, setDraft] = useState<Filter>({ entity: '', from: '', to: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const [page, setPage] = useState(1);
  const query: AuditQuery = { page, pageSize: PAGE_SIZE };
  if (filter.entity) query.entity = filter.entity;
  if (filter.from) query.from = dayStart(filter.from);
  if (filter.to) query.to = dayAfter(filter.to);
  const trail = useAuditTrail(query);
  const result = trail.data ?? null;

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setPage(1);
    setFilter(draft);
  };
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;

  return (
    <section aria-labelledby="audit-title" className="mb-5">
      <h2 id="audit-title" className="h4">
        {t('audit.title')}
      </h2>
      <p>{t('audit.intro')}</p>
      <form onSubmit={apply} className="row g-3 align-items-end mb-3" aria-label={t('common.filters')}>
        <div className="col-md-4">
          <label htmlFor="audit-entity" className="form-label fw-semibold">
            {t('audit.entity')}
          </label>
          <select id="audit-entity" className="form-select" value={draft.entity} onChange={(e) => setDraft({ ...draft, entity: e.target.value })}>
            <option value="">{t('common.all')}</option>
            {ENTITIES.map((entity) => (
              <option key={entity} value={entity}>
                {entity}
              </option>
            ))}
          </select>
        </div>
        <div className="col-md-3">
          <label htmlFor="audit-from" className="form-label fw-semibold">
            {t('audit.from')}
          </label>
          <input id="audit-from" type="date" className="form-control" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div className="col-md-3">
          <label htmlFor="audit-to" className="form-label fw-semibold">
            {t('audit.to')}
          </label>
          <input id="audit-to" type="date" className="form-control" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div className="col-md-2">
          <button type="submit" className="btn btn-primary">
            {t('audit.apply')}
          </button>
        </div>
      </form>
      {trail.error && <QueryError error={trail.error} onRetry={() => trail.refetch()} />}
      {result && result.items.length === 0 && <p>{t('audit.empty')}</p>}
      {result && result.items.length > 0 && (
        <>
          {/* A phone scrolls the table sideways: the region takes the focus so that the keyboard can scroll it too. */}
          <div className="table-responsive" tabIndex={0} role="region" aria-labelledby="audit-title">
            <table className="table table-sm">
              <caption className="visually-hidden">{t('audit.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.at')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.record')}</th>
                  <th scope="col">{t('audit.before')}</th>
                  <th scope="col">{t('audit.after')}</th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((e) => (
                  <tr key={e.id}>
                    <td>{new Date(e.at).toLocaleString(i18n.language)}</td>
                    <td>{e.actorName ?? (e.actorId ? t('audit.unknownActor') : t('audit.system'))}</td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td>
                      {e.entity}
                      {e.entityId && <span className="d-block small text-muted">{e.entityId}</span>}
                    </td>
                    <td className="text-break" style={{ whiteSpace: 'pre-line' }}>
                      {fields(e.before) || t('common.none')}
                    </td>
                    <td className="text-break" style={{ whiteSpace: 'pre-line' }}>
                      {fields(e.after) || t('common.none')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav aria-label={t('audit.pages')} className="d-flex flex-wrap align-items-center gap-3">
            <button type="button" className="btn btn-sm btn-outline-primary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t('common.previous')}
            </button>
            <span aria-live="polite">{t('common.page', { page, pages })}</span>
            <button type="button" className="btn btn-sm btn-outline-primary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t('common.next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
