import type { AccessChange } from '@cantiere/collab';
import { useCollabText } from '../texts';
import type { CollabTextKey } from '../texts';

/** The sentence (and its urgency) for a change of rights the server announced on an open document. */
export function accessNotice(t: ReturnType<typeof useCollabText>, change: AccessChange): { kind: 'danger' | 'warning' | 'info'; text: string } {
  const reason = t(`reason_${change.reason}` as CollabTextKey);
  if (change.access === null) return { kind: 'danger', text: t('accessRevoked', { reason }) };
  if (change.access === 'read') return { kind: 'warning', text: t('accessLowered', { reason }) };
  return { kind: 'info', text: t('accessRaised') };
}

/** Says, in the reader's language, that their rights on the open document changed (the editor follows on its own). */
export function AccessNotice({ change }: { change: AccessChange | null }) {
  const t = useCollabText();
  if (!change) return null;
  const { kind, text } = accessNotice(t, change);
  return (
    <div className={`alert alert-${kind}`} role="alert" data-testid="access-notice">
      {text}
    </div>
  );
}
