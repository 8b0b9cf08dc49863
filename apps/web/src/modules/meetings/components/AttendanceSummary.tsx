import type { Attendance } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/** Beside the live minutes: who is in the room and whether the quorum holds; the register itself is below. */
export function AttendanceSummary({ attendance }: { attendance: Attendance }) {
  const { t } = useTranslation(MEETINGS);
  const { t: tl } = useTranslation(MEETINGS, { keyPrefix: 'layout' });
  const { quorum } = attendance;
  const present = attendance.entries.filter((e) => e.status === 'present' || e.status === 'delegated').length;
  return (
    <section aria-labelledby="attendance-summary-title" className="mb-4" data-testid="attendance-summary">
      <h2 id="attendance-summary-title" className="h5">
        {tl('whoIsHere')}
      </h2>
      <p className="mb-1">{tl('presentCount', { present, total: attendance.entries.length })}</p>
      <p className={`small mb-1 ${quorum.rule !== null && !quorum.reached ? 'text-danger' : ''}`}>
        {quorum.rule === null
          ? t('noQuorum')
          : t('quorum', {
              present: quorum.organisationsPresent,
              total: quorum.organisationsTotal,
              required: quorum.required ?? '-',
              verdict: quorum.reached ? t('quorumReached') : t('quorumNotReached'),
            })}
      </p>
      <a href="#attendance-title">{tl('toRegister')}</a>
    </section>
  );
}
