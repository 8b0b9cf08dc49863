import { useEffect, useState } from 'react';
import type { Meeting } from '@cantiere/domain';
import { meetingsApi } from '../../meetings/api';
import { formatDateTime } from '../../meetings/rome';
import { minutesApi } from '../api';
import { describeError } from '../describe-error';
import { useMinutesText } from '../texts';

const TAKEN_PLACE = ['in_progress', 'closed', 'minutes_approved'];

/** Where the minutes stand (draft, in review, approved with their hash) and, for the officers, the next step. */
export function MinutesWorkflow({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useMinutesText();
  const [days, setDays] = useState('7');
  const [later, setLater] = useState<Meeting[]>([]);
  const [approvedAt, setApprovedAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const canAct = meeting.canManage && meeting.status === 'closed';

  useEffect(() => {
    if (!canAct) return;
    meetingsApi.list({ spaceId: meeting.spaceId }).then(
      (r) => setLater(r.meetings.filter((m) => m.id !== meeting.id && m.startsAt > meeting.startsAt && TAKEN_PLACE.includes(m.status))),
      () => setLater([]),
    );
  }, [canAct, meeting.id, meeting.spaceId, meeting.startsAt]);

  const act = async (run: () => Promise<{ meeting: Meeting }>) => {
    setBusy(true);
    setError(null);
    try {
      onChange((await run()).meeting);
    } catch (err) {
      setError(describeError(t, err));
    } finally {
      setBusy(false);
    }
  };
  const startReview = () => {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1) return setError(t('must_be_positive'));
    if (n > 60) return setError(t('too_large'));
    void act(() => minutesApi.startReview(meeting.id, n));
  };
  const approve = () => {
    if (!window.confirm(t('approveConfirm'))) return;
    void act(() => minutesApi.approve(meeting.id, approvedAt || null));
  };

  let status = t('status_draft');
  if (meeting.minutesStatus === 'in_review') status = t('status_in_review', { date: meeting.reviewUntil ? formatDateTime(meeting.reviewUntil, t.locale) : '' });
  if (meeting.minutesStatus === 'approved') status = t('status_approved', { date: meeting.minutesApprovedAt ? formatDateTime(meeting.minutesApprovedAt, t.locale) : '' });
  return (
    <div className="mb-3">
      <p className="mb-2"><strong>{t('status')}:</strong> <span data-testid="minutes-status" data-status={meeting.minutesStatus}>{status}</span></p>
      {meeting.minutesStatus === 'in_review' && <p className="small text-secondary">{t('reviewHint')}</p>}
      {meeting.minutesStatus === 'approved' && meeting.minutesHash && (
        <div className="alert alert-success" role="status">
          <p className="mb-1">{t('approvedReadOnly')}</p>
          <p className="mb-0 font-monospace small text-break" data-testid="minutes-hash">{t('hash', { hash: meeting.minutesHash })}</p>
        </div>
      )}
      {canAct && meeting.minutesStatus !== 'approved' && (
        <div className="d-flex flex-wrap align-items-end gap-3">
          {meeting.minutesStatus === 'draft' && (
            <div className="d-flex align-items-end gap-2">
              <div>
                <label htmlFor="review-days" className="form-label small mb-0">{t('reviewDays')}</label>
                <input id="review-days" type="number" min={1} max={60} className="form-control form-control-sm" style={{ width: '6rem' }} value={days} onChange={(e) => setDays(e.target.value)} />
              </div>
              <button type="button" className="btn btn-sm btn-outline-primary" disabled={busy} onClick={startReview}>{t('startReview')}</button>
            </div>
          )}
          <div className="d-flex align-items-end gap-2">
            <div>
              <label htmlFor="approved-at" className="form-label small mb-0">{t('approveAt')}</label>
              <select id="approved-at" className="form-select form-select-sm" value={approvedAt} onChange={(e) => setApprovedAt(e.target.value)}>
                <option value="">{t('approveAtNone')}</option>
                {later.map((m) => <option key={m.id} value={m.id}>{`n. ${m.number}/${m.year} – ${m.title}`}</option>)}
              </select>
            </div>
            <button type="button" className="btn btn-sm btn-success" disabled={busy} data-testid="approve-minutes" onClick={approve}>{t('approve')}</button>
          </div>
        </div>
      )}
      {error && <div className="alert alert-danger mt-2" role="alert">{error}</div>}
    </div>
  );
}
