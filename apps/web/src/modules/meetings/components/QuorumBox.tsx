import type { QuorumState } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/** The live quorum, announced politely when it changes. */
export function QuorumBox({ quorum }: { quorum: QuorumState }) {
  const { t } = useTranslation(MEETINGS);
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
