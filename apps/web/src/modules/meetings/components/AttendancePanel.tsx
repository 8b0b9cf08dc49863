import { useState } from 'react';
import { ATTENDANCE_STATUSES } from '@cantiere/domain/constants';
import type { Attendance, AttendanceEntry, AttendanceStatus, Meeting } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { DelegateFlag } from './DelegateFlag';
import { DelegateNameDialog } from './DelegateNameDialog';
import { MyParticipation } from './MyParticipation';
import { QuorumBox } from './QuorumBox';
import { attendanceRoutes, type AttendanceUpdate } from '@cantiere/domain';
import { call } from '../../../api/client';

/** The register's rows by presence; `none` is a row not recorded. */
const COUNTED = [
  ['present', 'present'],
  ['delegated', 'delegated'],
  ['excused', 'excused'],
  ['absent', 'absent'],
  ['none', null],
] as const satisfies readonly (readonly [string, AttendanceStatus | null])[];

/** How many rows of the register hold each presence: the present always, the other kinds when there are some. */
function registerCounts(attendance: Attendance) {
  return COUNTED.map(([kind, status]) => ({ kind, count: attendance.entries.filter((e) => e.status === status).length })).filter(
    ({ kind, count }) => kind === 'present' || count > 0,
  );
}

interface Props {
  meeting: Meeting;
  attendance: Attendance;
  onChange: (a: Attendance) => void;
  /**
   * After the meeting the register is a record to read, no longer a form filled row by row: its counts are shown and
   * the rows folded under them, open at first only when an officer still has a row to settle.
   */
  folded?: boolean;
}

/** The register by organisation and representative; officers record presence, times and delegations. */
export function AttendancePanel({ meeting, attendance, onChange, folded = false }: Props) {
  const { t } = useTranslation(MEETINGS);
  const { t: tl } = useTranslation(MEETINGS, { keyPrefix: 'layout' });
  const [error, setError] = useState<string | null>(null);
  /** The row whose delegate is being asked for, before the register records the delegation. */
  const [delegating, setDelegating] = useState<AttendanceEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = meeting.can['meeting.manage'] && !['cancelled', 'minutes_approved'].includes(meeting.status);
  const [rowsOpen, setRowsOpen] = useState(() => editable && attendance.entries.some((e) => e.status === null || e.flag));
  const byOrg = new Map<string, AttendanceEntry[]>();
  for (const e of attendance.entries) byOrg.set(e.organisationName, [...(byOrg.get(e.organisationName) ?? []), e]);
  const update = async (entry: AttendanceEntry, changes: AttendanceUpdate) => {
    setError(null);
    setBusy(true);
    try {
      onChange((await call(attendanceRoutes.update, { params: { id: meeting.id, entryId: entry.id }, body: changes })).attendance);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const rsvpText = (e: AttendanceEntry) => (e.rsvp ? `${t(`rsvp_${e.rsvp}`)}${e.rsvpDelegateName ? ` (${e.rsvpDelegateName})` : ''}` : t('rsvpNone'));
  // The table scrolls sideways on narrow screens: focusable and named so that keyboard users can scroll it.
  const rows = (
    <div className="table-responsive" tabIndex={0} role="region" aria-labelledby="attendance-title">
      <table className="table table-sm align-middle" data-testid="attendance">
        <thead>
          <tr>
            <th scope="col">{t('common.organisation')}</th>
            <th scope="col">{t('representative')}</th>
            <th scope="col">{t('answer')}</th>
            <th scope="col">{t('presence')}</th>
            <th scope="col">{t('arrival')}</th>
            <th scope="col">{t('departure')}</th>
          </tr>
        </thead>
        <tbody>
          {[...byOrg].map(([org, entries]) =>
            entries.map((e, k) => (
              <tr key={e.id} data-person={e.personName}>
                {k === 0 && (
                  <th scope="rowgroup" rowSpan={entries.length}>
                    {org}
                  </th>
                )}
                <td>{e.personName}</td>
                <td className="small">{rsvpText(e)}</td>
                <td>
                  {editable ? (
                    <div className="d-flex flex-column gap-1">
                      <select
                        className="form-select form-select-sm"
                        aria-label={`${t('presence')}: ${e.personName}`}
                        value={e.status ?? ''}
                        onChange={(ev) => {
                          const status = (ev.target.value || null) as AttendanceStatus | null;
                          if (status === 'delegated') setDelegating(e);
                          else void update(e, { status });
                        }}
                      >
                        <option value="">{t('notRecorded')}</option>
                        {ATTENDANCE_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {t(`att_${s}`)}
                          </option>
                        ))}
                      </select>
                      {e.status === 'delegated' && (
                        <span className="small">
                          {t('delegatedTo')}: {e.delegatedTo}
                        </span>
                      )}
                    </div>
                  ) : (
                    <span>
                      {e.status ? t(`att_${e.status}`) : t('notRecorded')}
                      {e.status === 'delegated' && e.delegatedTo ? ` – ${e.delegatedTo}` : ''}
                    </span>
                  )}
                  {e.flag && (
                    <DelegateFlag
                      name={e.flag.delegateName}
                      personName={e.personName}
                      busy={busy}
                      onConfirmInPerson={editable ? () => void update(e, { inPersonConfirmed: true }) : undefined}
                    />
                  )}
                </td>
                {(['arrivedAt', 'leftAt'] as const).map((field) => (
                  <td key={field}>
                    {editable ? (
                      <input
                        key={e[field] ?? ''}
                        type="time"
                        className="form-control form-control-sm"
                        aria-label={`${t(field === 'arrivedAt' ? 'arrival' : 'departure')}: ${e.personName}`}
                        defaultValue={e[field] ?? ''}
                        onBlur={(ev) => ev.target.value !== (e[field] ?? '') && void update(e, { [field]: ev.target.value || null })}
                      />
                    ) : (
                      (e[field] ?? '–')
                    )}
                  </td>
                ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title" className="h4">
        {t('attendance')}
      </h2>
      <MyParticipation meeting={meeting} attendance={attendance} onChange={onChange} />
      <QuorumBox quorum={attendance.quorum} />
      {error && (
        <div className="alert alert-danger" role="alert">
          {t('common.error', { message: error })}
        </div>
      )}
      {folded ? (
        <>
          <p data-testid="register-counts">
            {tl('registerCounts', {
              parts: registerCounts(attendance)
                .map(({ kind, count }) => tl(`count_${kind}`, { count }))
                .join(', '),
            })}
          </p>
          <details className="register-rows" open={rowsOpen} onToggle={(ev) => setRowsOpen(ev.currentTarget.open)}>
            <summary id="register-summary" className="fw-semibold">
              {tl('showRegister', { count: attendance.entries.length })}
            </summary>
            <div className="mt-3">{rows}</div>
          </details>
        </>
      ) : (
        rows
      )}
      {delegating && (
        <DelegateNameDialog
          personName={delegating.personName}
          organisationName={delegating.organisationName}
          suggested={delegating.delegatedTo ?? delegating.rsvpDelegateName}
          busy={busy}
          onCancel={() => setDelegating(null)}
          onConfirm={(name) => void update(delegating, { status: 'delegated', delegatedTo: name }).then(() => setDelegating(null))}
        />
      )}
    </section>
  );
}
