import type { QuorumState } from '@cantiere/domain';
import { useMeetingText } from '../texts';

/** The live quorum, announced politely when it changes. */
export function QuorumBox({ quorum }: { quorum: QuorumState }) {
  const t = useMeetingText();
  return (
    <div
      className={`alert ${quorum.rule === null ? 'alert-light' : quorum.reached ? 'alert-success' : 'alert-warning'}`}
      role="status"
      aria-live="polite"
      data-testid="quorum"
    >
      {quorum.rule === null
        ? t('noQuorum')
        : t('quorum', {
            present: quorum.organisationsPresent,
            total: quorum.organisationsTotal,
            required: quorum.required ?? '-',
            verdict: quorum.reached ? t('quorumReached') : t('quorumNotReached'),
          })}
    </div>
  );
}
