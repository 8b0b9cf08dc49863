import { useTranslation } from 'react-i18next';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { usePeersOn } from '../../hooks/usePeersOn';
import { focusLabel } from '../../live/focus-label';
import { useLivePlan } from './live-plan-context';

/**
 * Small labels in each person's colour for those whose focus is on a field (or, with `field` null, anywhere in the
 * records given: an objective shows who is working inside it while it is collapsed, and on which field).
 */
export function PresenceTags({ recordIds, field }: { recordIds: readonly string[]; field: string | null }) {
  const { t } = useTranslation(PLANS);
  const { presence } = useLivePlan();
  const peers = usePeersOn(presence, recordIds, field);
  if (!peers.length) return null;
  return (
    <span className="plan-presence" data-testid="plan-presence">
      {peers.map((p) => (
        <span key={p.clientId} className="plan-presence-tag" style={{ borderColor: p.user.color, color: p.user.color }}>
          {p.user.name}
          {field === null && p.focus ? (
            <>
              <span aria-hidden="true" data-testid="plan-presence-field">
                {' · '}
                {focusLabel(t, p.focus.field)}
              </span>
              <span className="visually-hidden"> {t('live.presenceOnField', { field: focusLabel(t, p.focus.field) })}</span>
            </>
          ) : (
            <span className="visually-hidden"> {field === null ? t('live.presenceHere') : t('live.presenceField')}</span>
          )}
        </span>
      ))}
    </span>
  );
}
