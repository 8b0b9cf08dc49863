import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Meeting } from '@cantiere/domain';
import { ApiError } from '../../../api/client';
import { meetingsApi } from '../api';
import { useMeetingText } from '../texts';

/** The lifecycle buttons the meeting's status allows, for those who run it; refusals are explained. */
export function MeetingActions({ meeting, onChange }: { meeting: Meeting; onChange: (m: Meeting) => void }) {
  const t = useMeetingText();
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (transition: 'convene' | 'start' | 'close' | 'cancel') => {
    let reason: string | undefined;
    if (transition === 'cancel') {
      if (!window.confirm(t('cancelConfirm'))) return;
      reason = window.prompt(t('cancelReason')) ?? undefined;
    }
    setBusy(true);
    setErrors([]);
    setNotice(null);
    try {
      const { meeting: next } = await meetingsApi.transition(meeting.id, transition, reason || undefined);
      onChange(next);
      if (transition === 'convene') setNotice(t('convened'));
    } catch (err) {
      const issues = err instanceof ApiError ? err.fieldIssues : [];
      setErrors(issues.length ? issues.map((i) => (t.has(i.message) ? t(i.message) : i.message)) : [(err as Error).message]);
    } finally {
      setBusy(false);
    }
  };
  const button = (transition: 'convene' | 'start' | 'close' | 'cancel', label: string, style: string) => (
    <button type="button" className={`btn ${style}`} disabled={busy} onClick={() => void run(transition)}>{label}</button>
  );
  return (
    <div className="mb-3">
      <div className="d-flex flex-wrap gap-2">
        {meeting.canManage && meeting.status === 'draft' && button('convene', t('convene'), 'btn-primary')}
        {meeting.canManage && meeting.status === 'convened' && button('start', t('startMeeting'), 'btn-success')}
        {meeting.canManage && meeting.status === 'in_progress' && button('close', t('close'), 'btn-dark')}
        {meeting.status === 'in_progress' && <Link className="btn btn-outline-success" to={`/sedute/${meeting.id}/conduzione`}>{t('runMode')}</Link>}
        {meeting.canManage && (meeting.status === 'draft' || meeting.status === 'convened') && button('cancel', t('cancelMeeting'), 'btn-outline-danger')}
        {meeting.status !== 'draft' && <a className="btn btn-outline-secondary" href={`/api/meetings/${meeting.id}/calendar.ics`} download>{t('addToCalendar')}</a>}
      </div>
      {errors.length > 0 && (
        <div className="alert alert-danger mt-2" role="alert" data-testid="transition-errors">
          <ul className="mb-0">{errors.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      )}
      {notice && <div className="alert alert-success mt-2" role="status">{notice}</div>}
    </div>
  );
}
