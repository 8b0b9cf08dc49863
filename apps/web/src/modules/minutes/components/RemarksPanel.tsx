import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AgendaItem, Meeting, MinutesRemark } from '@cantiere/domain';
import { QueryError } from '../../../components/QueryError';
import { formatDateTime, meetingKeys } from '../../meetings';
import { describeError } from '../describe-error';
import { useRemarks } from '../hooks/useRemarks';
import { useTranslation } from 'react-i18next';
import { dateLocale } from '../../../i18n';
import { MINUTES } from '../../../i18n/namespaces/minutes';
import { minutesRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

interface Props {
  meeting: Meeting;
  items: AgendaItem[];
}

/** Comments and suggested changes during the review, signed with name and organisation, for everyone to see. */
export function RemarksPanel({ meeting, items }: Props) {
  const { t, i18n } = useTranslation(MINUTES);
  const locale = dateLocale(i18n.language);
  const client = useQueryClient();
  const remarksQuery = useRemarks(meeting.id);
  const remarks = remarksQuery.data ?? null;
  const key = meetingKeys.remarks(meeting.id);
  const [kind, setKind] = useState<'comment' | 'suggestion'>('comment');
  const [itemId, setItemId] = useState('');
  const [quote, setQuote] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'danger' | 'success' | 'warning'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const open = meeting.minutesStatus === 'in_review';
  const windowClosed = open && !!meeting.reviewUntil && new Date(meeting.reviewUntil).getTime() < Date.now();

  const load = () => void client.invalidateQueries({ queryKey: key });

  const titleOf = (id: string | null) => items.find((i) => i.id === id)?.title ?? null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!text.trim()) found.text = t('errors.required');
    if (kind === 'suggestion' && !quote.trim()) found.quote = t('errors.required');
    setErrors(found);
    setMessage(null);
    if (Object.keys(found).length) {
      document.getElementById(`remark-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await call(minutesRoutes.addRemark, {
        params: { id: meeting.id },
        body: { kind, agendaItemId: itemId || undefined, quote: quote.trim() || undefined, text: text.trim() },
      });
      setText('');
      setQuote('');
      setMessage({ tone: 'success', text: t('remarkSent') });
      load();
    } catch (err) {
      setMessage({ tone: 'danger', text: describeError(t, err) });
    } finally {
      setBusy(false);
    }
  };
  const resolve = async (remark: MinutesRemark, resolution: 'accepted' | 'rejected' | 'applied') => {
    setMessage(null);
    try {
      const { remark: updated } =
        resolution === 'applied'
          ? await call(minutesRoutes.applied, { params: { id: meeting.id, remarkId: remark.id } })
          : await call(minutesRoutes.resolve, { params: { id: meeting.id, remarkId: remark.id }, body: { resolution } });
      client.setQueryData<MinutesRemark[]>(key, (list) => list?.map((r) => (r.id === updated.id ? updated : r)));
      // The facilitator learns at once whether the text changed or is now theirs to change.
      if (updated.application === 'applied') setMessage({ tone: 'success', text: t('appliedNotice') });
      if (updated.application === 'to_apply')
        setMessage({ tone: 'warning', text: t(updated.applicationIssue === 'ambiguous' ? 'toApply_ambiguous' : 'toApply_not_found') });
    } catch (err) {
      setMessage({ tone: 'danger', text: describeError(t, err) });
    }
  };
  // The passage selected in the minutes becomes the quote; mousedown must not steal the selection first.
  const takeSelection = () => {
    const selected = window.getSelection()?.toString().trim();
    if (selected) {
      setKind('suggestion');
      setQuote(selected.slice(0, 2000));
    }
  };

  return (
    <section aria-labelledby="remarks-title" className="mt-4" data-testid="remarks">
      <h3 id="remarks-title" className="h5">
        {t('remarks')}
      </h3>
      {remarksQuery.error && <QueryError error={remarksQuery.error} onRetry={() => remarksQuery.refetch()} />}
      {remarks === null && !remarksQuery.error && <p role="status">{t('app.loading')}</p>}
      {remarks?.length === 0 && <p className="text-secondary">{t('noRemarks')}</p>}
      {remarks && remarks.length > 0 && (
        <ul className="list-unstyled">
          {remarks.map((r) => (
            <li key={r.id} className="border-start border-3 ps-3 mb-3" data-testid="remark">
              <p className="small text-secondary mb-1">
                <strong>{t(`kind_${r.kind}`)}</strong>
                {titleOf(r.agendaItemId) ? ` · ${titleOf(r.agendaItemId)}` : ''} ·{' '}
                {t('by', {
                  author: r.authorName,
                  organisation: r.organisationName ? ` (${r.organisationName})` : '',
                  date: formatDateTime(r.createdAt, locale),
                })}
                {r.resolution && (
                  <span className={`badge ms-2 ${r.resolution === 'accepted' ? 'text-bg-success' : 'text-bg-secondary'}`}>
                    {t(`resolution_${r.resolution}`)}
                  </span>
                )}
                {r.application && (
                  <span className={`badge ms-2 ${r.application === 'to_apply' ? 'text-bg-warning' : 'text-bg-light border'}`} data-testid="remark-application">
                    {t(`application_${r.application}`)}
                  </span>
                )}
              </p>
              {r.quote && <blockquote className="small fst-italic mb-1">“{r.quote}”</blockquote>}
              <p className="mb-1" style={{ whiteSpace: 'pre-wrap' }}>
                {r.text}
              </p>
              {meeting.can['minutes.approve'] && open && !r.resolution && (
                <div className="d-flex gap-2">
                  <button type="button" className="btn btn-sm btn-outline-success" onClick={() => void resolve(r, 'accepted')}>
                    {t('accept')}
                  </button>
                  <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => void resolve(r, 'rejected')}>
                    {t('reject')}
                  </button>
                </div>
              )}
              {meeting.can['minutes.approve'] && meeting.minutesStatus !== 'approved' && r.application === 'to_apply' && (
                <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => void resolve(r, 'applied')}>
                  {t('markApplied')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {windowClosed && <p className="text-secondary">{t('reviewClosed')}</p>}
      {open && !windowClosed && (
        <form noValidate onSubmit={(e) => void submit(e)} className="card card-body">
          <div className="row g-2">
            <div className="col-sm-4">
              <label htmlFor="remark-kind" className="form-label">
                {t('common.kind')}
              </label>
              <select id="remark-kind" className="form-select" value={kind} onChange={(e) => setKind(e.target.value as 'comment' | 'suggestion')}>
                <option value="comment">{t('kind_comment')}</option>
                <option value="suggestion">{t('kind_suggestion')}</option>
              </select>
            </div>
            <div className="col-sm-8">
              <label htmlFor="remark-item" className="form-label">
                {t('meetings:itemCol')}
              </label>
              <select id="remark-item" className="form-select" value={itemId} onChange={(e) => setItemId(e.target.value)}>
                <option value="">{t('remarkItemNone')}</option>
                {items.map((i) => (
                  <option key={i.id} value={i.id}>{`${i.position}. ${i.title}`}</option>
                ))}
              </select>
            </div>
          </div>
          {kind === 'suggestion' && (
            <div className="mt-2">
              <label htmlFor="remark-quote" className="form-label">
                {t('quote')}
              </label>
              <textarea
                id="remark-quote"
                className={`form-control ${errors.quote ? 'is-invalid' : ''}`}
                rows={2}
                maxLength={2000}
                value={quote}
                aria-invalid={!!errors.quote}
                aria-describedby={errors.quote ? 'remark-quote-error' : undefined}
                onChange={(e) => setQuote(e.target.value)}
              />
              {errors.quote && (
                <div id="remark-quote-error" className="invalid-feedback">
                  {errors.quote}
                </div>
              )}
            </div>
          )}
          <p className="mt-2 mb-0">
            <button type="button" className="btn btn-link btn-sm px-0" onMouseDown={(e) => e.preventDefault()} onClick={takeSelection}>
              {t('suggestSelection')}
            </button>
          </p>
          <div className="mt-2">
            <label htmlFor="remark-text" className="form-label">
              {kind === 'suggestion' ? t('suggestionText') : t('remarkText')}
            </label>
            <textarea
              id="remark-text"
              className={`form-control ${errors.text ? 'is-invalid' : ''}`}
              rows={3}
              maxLength={5000}
              value={text}
              aria-invalid={!!errors.text}
              aria-describedby={errors.text ? 'remark-text-error' : undefined}
              onChange={(e) => setText(e.target.value)}
            />
            {errors.text && (
              <div id="remark-text-error" className="invalid-feedback">
                {errors.text}
              </div>
            )}
          </div>
          <div className="mt-2">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {t('sendRemark')}
            </button>
          </div>
        </form>
      )}
      {message && (
        <div className={`alert alert-${message.tone} mt-2`} role={message.tone === 'success' ? 'status' : 'alert'}>
          {message.text}
        </div>
      )}
    </section>
  );
}
