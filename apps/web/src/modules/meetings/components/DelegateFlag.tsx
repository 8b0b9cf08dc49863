import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

interface Props {
  name: string;
  /** The representative being flagged, to name the button for screen readers. */
  personName: string;
  /** Given to those who keep the register: the representative came in person, the flag is resolved. */
  onConfirmInPerson?: () => void;
  busy?: boolean;
}

/**
 * Shown on a register row recorded present although the answer announced a delegate: the facilitator checks who
 * actually came and records the delegation if it was the delegate, or confirms the representative came in person.
 */
export function DelegateFlag({ name, personName, onConfirmInPerson, busy = false }: Props) {
  const { t } = useTranslation(MEETINGS);
  return (
    <div className="small mt-1" data-testid="attendance-flag">
      <span className="fw-semibold text-danger">
        <span aria-hidden="true">⚠ </span>
        {t('delegateFlag', { name })}
      </span>
      {onConfirmInPerson && (
        <button
          type="button"
          className="btn btn-link btn-sm p-0 d-block text-start"
          aria-label={t('confirmInPersonFor', { name: personName })}
          disabled={busy}
          onClick={onConfirmInPerson}
        >
          {t('confirmInPerson')}
        </button>
      )}
    </div>
  );
}
