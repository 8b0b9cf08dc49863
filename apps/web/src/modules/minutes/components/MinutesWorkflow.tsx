import { useState } from 'react';
import type { Meeting, StepWarning } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { QueryError } from '../../../components/QueryError';
import { codesOf, formatDateTime, StepWarnings, warningsOf } from '../../meetings';
import { dateLocale } from '../../../i18n';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { MINUTES } from '../../../i18n/namespaces/minutes';
import { describeError } from '../describe-error';
import { useLaterMeetings } from '../hooks/useLaterMeetings';
import { minutesRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

/** Where the minutes stand (draft, in review, approved with their hash) and, for the officers, the next step. */
export function MinutesWorkflow({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const { t, i18n } = useTranslation(MINUTES);
  const locale = dateLocale(i18n.language);
  const { t: s } = useTranslation(MEETINGS, { keyPrefix: 'steps' });
  /** The step being confirmed; for approval, the warnings the server raised (null before it answered). */
  const [asking, setAsking] = useState<{ step: 'review' | 'approve'; warnings: StepWarning[] | null } | null>(null);
  const [days, setDays] = useState('7');
  const [approvedAt, setApprovedAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canAct = meeting.can['minutes.approve'] && meeting.status === 'closed';
  const laterQuery = useLaterMeetings(meeting, canAct);
  const later = laterQuery.data ?? [];

  const act = async (step: 'review' | 'approve', run: () => Promise<{ meeting: Meeting }>) => {
    setBusy(true);
    setError(null);
    try {
      onChange((await run()).meeting);
      setAsking(null);
    } catch (err) {
      // An early approval, or suggestions still to apply: the dialog stays open and says so.
      const warnings = warningsOf(err);
      if (warnings) setAsking({ step, warnings });
      else {
        setAsking(null);
        setError(describeError(t, err));
      }
    } finally {
      setBusy(false);
    }
  };
  const reviewDays = () => {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1) return setError(t('must_be_positive'));
    if (n > 60) return setError(t('too_large'));
    return n;
  };
  const confirm = () => {
    if (asking?.step === 'review') {
      const n = reviewDays();
      if (n) void act('review', () => call(minutesRoutes.review, { params: { id: meeting.id }, body: { days: n } }));
    } else if (asking) {
      const confirm = codesOf(asking.warnings);
      const body = { ...(approvedAt ? { approvedAtMeetingId: approvedAt } : {}), ...(confirm ? { confirm } : {}) };
      void act('approve', () => call(minutesRoutes.approve, { params: { id: meeting.id }, body }));
    }
  };

  let status: string = t('status_draft');
  if (meeting.minutesStatus === 'in_review') status = t('status_in_review', { date: meeting.reviewUntil ? formatDateTime(meeting.reviewUntil, locale) : '' });
  if (meeting.minutesStatus === 'approved')
    status = t('status_approved', { date: meeting.minutesApprovedAt ? formatDateTime(meeting.minutesApprovedAt, locale) : '' });
  return (
    <div className="mb-3">
      <p className="mb-2">
        <strong>{t('status')}:</strong>{' '}
        <span data-testid="minutes-status" data-status={meeting.minutesStatus}>
          {status}
        </span>
      </p>
      {meeting.minutesStatus === 'in_review' && <p className="small text-secondary">{t('reviewHint')}</p>}
      {meeting.minutesStatus === 'approved' && meeting.minutesHash && (
        <div className="alert alert-success" role="status">
          <p className="mb-1">{t('approvedReadOnly')}</p>
          <p className="mb-0 font-monospace small text-break" data-testid="minutes-hash">
            {t('hash', { hash: meeting.minutesHash })}
          </p>
        </div>
      )}
      {canAct && meeting.minutesStatus !== 'approved' && (
        <div className="d-flex flex-wrap align-items-end gap-3">
          {meeting.minutesStatus === 'draft' && (
            <div className="d-flex align-items-end gap-2">
              <div>
                <label htmlFor="review-days" className="form-label small mb-0">
                  {t('reviewDays')}
                </label>
                <input
                  id="review-days"
                  type="number"
                  min={1}
                  max={60}
                  className="form-control form-control-sm"
                  style={{ width: '6rem' }}
                  value={days}
                  onChange={(e) => setDays(e.target.value)}
                />
              </div>
              <button
                type="button"
                className="btn btn-sm btn-outline-primary"
                disabled={busy}
                onClick={() => reviewDays() && setAsking({ step: 'review', warnings: null })}
              >
                {t('meetings:steps.reviewConfirm')}
              </button>
            </div>
          )}
          {laterQuery.error && <QueryError error={laterQuery.error} onRetry={() => laterQuery.refetch()} />}
          <div className="d-flex align-items-end gap-2">
            <div>
              <label htmlFor="approved-at" className="form-label small mb-0">
                {t('approveAt')}
              </label>
              <select id="approved-at" className="form-select form-select-sm" value={approvedAt} onChange={(e) => setApprovedAt(e.target.value)}>
                <option value="">{t('approveAtNone')}</option>
                {later.map((m) => (
                  <option key={m.id} value={m.id}>{`n. ${m.number}/${m.year} – ${m.title}`}</option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="btn btn-sm btn-success"
              disabled={busy}
              data-testid="approve-minutes"
              onClick={() => setAsking({ step: 'approve', warnings: null })}
            >
              {t('meetings:steps.approveConfirm')}
            </button>
          </div>
        </div>
      )}
      {asking && (
        <ConfirmDialog
          title={asking.step === 'review' ? s('reviewTitle') : s('approveTitle')}
          confirmLabel={asking.warnings?.length ? s('goAhead') : asking.step === 'review' ? s('reviewConfirm') : s('approveConfirm')}
          cancelLabel={s('dialogCancel')}
          tone={asking.warnings?.length ? 'warning' : 'success'}
          busy={busy}
          testId={`confirm-${asking.step}`}
          onCancel={() => setAsking(null)}
          onConfirm={confirm}
        >
          <p>{asking.step === 'review' ? s('reviewIntro', { days }) : s('approveIntro')}</p>
          {asking.warnings && asking.warnings.length > 0 && <StepWarnings warnings={asking.warnings} />}
        </ConfirmDialog>
      )}
      {error && (
        <div className="alert alert-danger mt-2" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
