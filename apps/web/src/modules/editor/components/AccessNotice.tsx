import type { AccessChange } from '@cantiere/collab';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { COLLAB } from '../../../i18n/namespaces/collab';

/** The sentence (and its urgency) for a change of rights the server announced on an open document. */
export function accessNotice(t: TFunction<typeof COLLAB>, change: AccessChange): { kind: 'danger' | 'warning' | 'info'; text: string } {
  const reason = t(`reason_${change.reason}`);
  if (change.access === null) return { kind: 'danger', text: t('accessRevoked', { reason }) };
  if (change.access === 'read') return { kind: 'warning', text: t('accessLowered', { reason }) };
  return { kind: 'info', text: t('accessRaised') };
}

/** Says, in the reader's language, that their rights on the open document changed (the editor follows on its own). */
export function AccessNotice({ change }: { change: AccessChange | null }) {
  const { t } = useTranslation(COLLAB);
  if (!change) return null;
  const { kind, text } = accessNotice(t, change);
  return (
    <div className={`alert alert-${kind}`} role="alert" data-testid="access-notice">
      {text}
    </div>
  );
}
