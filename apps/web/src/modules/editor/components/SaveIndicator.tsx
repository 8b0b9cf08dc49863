import type { SessionStatus } from '@cantiere/collab';
import { useTranslation } from 'react-i18next';
import { COLLAB } from '../../../i18n/namespaces/collab';

/** Tells the truth: saved only when the server has acknowledged (committed) every change. */
export function SaveIndicator({ status, pending, readOnly }: { status: SessionStatus; pending: number; readOnly: boolean }) {
  const { t } = useTranslation(COLLAB);
  const online = typeof navigator === 'undefined' || navigator.onLine;
  let text: string;
  let tone: string;
  if (readOnly) [text, tone] = [t('readOnly'), 'text-secondary'];
  else if (status === 'offline' || !online) [text, tone] = [pending ? t('offline', { count: pending }) : t('offlineNone'), 'text-danger'];
  else if (status === 'connecting') [text, tone] = [t('connecting'), 'text-secondary'];
  else if (pending > 0) [text, tone] = [t('saving'), 'text-secondary'];
  else [text, tone] = [t('saved'), 'text-success'];
  return (
    <p role="status" aria-live="polite" className={`small mb-2 ${tone}`} data-testid="save-indicator" data-pending={pending} data-status={status}>
      {text}
    </p>
  );
}
