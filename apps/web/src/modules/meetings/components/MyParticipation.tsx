import { FormEvent, useState } from 'react';
import type { Attendance, Meeting, RsvpResponse } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../../api/client';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { attendanceRoutes } from '@cantiere/domain';

/** The logged-in representative's own part: the answer to the convocation, then check-in and check-out. */
export function MyParticipation({ meeting, attendance, onChange }: { meeting: Meeting; attendance: Attendance; onChange: (a: Attendance) => void }) {
  const { t } = useTranslation(MEETINGS);
  const mine = attendance.entries.filter((e) => e.isMe);
  const [response, setResponse] = useState<RsvpResponse>(mine[0]?.rsvp ?? 'attending');
  const [delegate, setDelegate] = useState(mine[0]?.rsvpDelegateName ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (!mine.length) return null;
  const answerable = meeting.status === 'draft' || meeting.status === 'convened';
  const checkable = meeting.status === 'convened' || meeting.status === 'in_progress';
  const present = mine.some((e) => e.status === 'present' && !e.leftAt);
  if (!answerable && !checkable) {
    // After the meeting there is nothing left to answer: what the register says of them, to check during the review.
    if (meeting.status === 'cancelled') return null;
    return (
      <ul className="list-unstyled mb-3" data-testid="my-participation">
        {mine.map((e) => (
          <li key={e.id}>
            {e.status
              ? t('myRecord', {
                  status: `${t(`att_${e.status}`)}${e.status === 'delegated' && e.delegatedTo ? ` – ${e.delegatedTo}` : ''}`,
                  organisation: e.organisationName,
                })
              : t('myRecordNone', { organisation: e.organisationName })}
          </li>
        ))}
      </ul>
    );
  }

  const answer = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    if (response === 'delegate' && !delegate.trim()) {
      setError(t('errors.required'));
      document.getElementById('my-delegate')?.focus();
      return;
    }
    try {
      const body = { response, delegateName: response === 'delegate' ? delegate.trim() : null };
      onChange((await call(attendanceRoutes.rsvp, { params: { id: meeting.id }, body })).attendance);
      setSaved(true);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  const check = async (direction: 'in' | 'out') => {
    try {
      onChange((await call(direction === 'in' ? attendanceRoutes.checkIn : attendanceRoutes.checkOut, { params: { id: meeting.id } })).attendance);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <div className="card card-body mb-3" data-testid="my-participation">
      {checkable && (
        <div className="d-flex flex-wrap gap-2 align-items-center mb-2">
          {present ? <span role="status">{t('youArePresent')}</span> : null}
          {!present && (
            <button type="button" className="btn btn-success" onClick={() => void check('in')}>
              {t('checkIn')}
            </button>
          )}
          {present && (
            <button type="button" className="btn btn-outline-secondary" onClick={() => void check('out')}>
              {t('checkOut')}
            </button>
          )}
        </div>
      )}
      {answerable && (
        <form onSubmit={answer} noValidate>
          <fieldset>
            <legend className="h6">{t('myAnswer')}</legend>
            {(['attending', 'not_attending', 'delegate'] as const).map((r) => (
              <div className="form-check" key={r}>
                <input className="form-check-input" type="radio" name="my-rsvp" id={`my-rsvp-${r}`} checked={response === r} onChange={() => setResponse(r)} />
                <label className="form-check-label" htmlFor={`my-rsvp-${r}`}>
                  {t(r === 'attending' ? 'answerAttending' : r === 'not_attending' ? 'answerNotAttending' : 'answerDelegate')}
                </label>
              </div>
            ))}
          </fieldset>
          {response === 'delegate' && (
            <div className="mt-2">
              <label htmlFor="my-delegate" className="form-label">
                {t('delegateName')}
              </label>
              <input type="text" id="my-delegate" className="form-control" value={delegate} maxLength={200} onChange={(e) => setDelegate(e.target.value)} />
            </div>
          )}
          <button type="submit" className="btn btn-primary btn-sm mt-2">
            {t('sendAnswer')}
          </button>
          {saved && (
            <span role="status" className="ms-2">
              {t('answerSaved')}
            </span>
          )}
        </form>
      )}
      {error && (
        <div className="alert alert-danger mt-2 mb-0" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
