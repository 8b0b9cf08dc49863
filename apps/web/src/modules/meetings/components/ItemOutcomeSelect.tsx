import { useRef, useState } from 'react';
import { AGENDA_ITEM_OUTCOMES } from '@cantiere/domain/constants';
import type { AgendaItem, AgendaItemOutcome } from '@cantiere/domain';
import { useAgendaChange } from '../hooks/useAgendaChange';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { agendaRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';

interface Props {
  meetingId: string;
  item: AgendaItem;
}

/**
 * The outcome the verbale prints for an item, chosen by who runs the meeting. A native select, so that it works from
 * the keyboard and with screen readers as it is; the empty choice leaves it to the minutes' content and run mode.
 * It is never disabled while saving: arrowing through the choices saves as it goes, and disabling would drop the focus.
 */
export function ItemOutcomeSelect({ meetingId, item }: Props) {
  const { t } = useTranslation(MEETINGS, { keyPrefix: 'itemOutcome' });
  const change = useAgendaChange(meetingId);
  const [pending, setPending] = useState<string | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const latest = useRef(0);
  const id = `item-outcome-${item.id}`;

  /**
   * Saves one at a time, in the order chosen, and skips a choice already replaced by a later one: parallel requests
   * could reach the server out of order and leave an intermediate choice recorded.
   */
  const queue = useRef<Promise<void>>(Promise.resolve());
  const save = (value: string) => {
    const request = ++latest.current;
    setPending(value);
    queue.current = queue.current.then(async () => {
      if (request !== latest.current) return;
      // The change starts when the request leaves: a refetch started earlier is cancelled, so it cannot hide the answer.
      const outcome = (value || null) as AgendaItemOutcome | null;
      try {
        await change.mutateAsync({
          send: async () => (await call(agendaRoutes.update, { params: { id: meetingId, itemId: item.id }, body: { outcome } })).agenda,
        });
        if (request === latest.current)
          setMessage({ error: false, text: t('outcomeSaved', { title: item.title, outcome: outcome ? t(`outcome_${outcome}`) : t('outcomeAutomatic') }) });
      } catch (err) {
        if (request === latest.current) setMessage({ error: true, text: t('outcomeError', { message: (err as Error).message }) });
      } finally {
        if (request === latest.current) setPending(null);
      }
    });
  };

  return (
    <div className="d-flex flex-wrap align-items-center gap-2 mt-2" data-testid="item-outcome">
      <label htmlFor={id} className="small fw-semibold mb-0">
        {t('outcomeLabel')}
        <span className="visually-hidden"> {t('outcomeOf', { title: item.title })}</span>
      </label>
      <select id={id} className="form-select form-select-sm w-auto" value={pending ?? item.outcome ?? ''} onChange={(e) => save(e.target.value)}>
        <option value="">{t('outcomeAutomatic')}</option>
        {AGENDA_ITEM_OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {t(`outcome_${o}`)}
          </option>
        ))}
      </select>
      <span role={message?.error ? 'alert' : 'status'} className={`small${message?.error ? ' text-danger' : ' visually-hidden'}`}>
        {message?.text ?? ''}
      </span>
    </div>
  );
}
