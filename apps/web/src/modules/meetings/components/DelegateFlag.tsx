import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/**
 * Shown on a register row recorded present although the answer announced a delegate: the facilitator checks who
 * actually came and records the delegation if it was the delegate.
 */
export function DelegateFlag({ name }: { name: string }) {
  const { t } = useTranslation(MEETINGS);
  return (
    <div className="small fw-semibold text-danger mt-1" data-testid="attendance-flag">
      <span aria-hidden="true">⚠ </span>
      {t('delegateFlag', { name })}
    </div>
  );
}
