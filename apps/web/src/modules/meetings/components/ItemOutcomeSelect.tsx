import { useState } from 'react';
import { AGENDA_ITEM_OUTCOMES } from '@cantiere/domain';
import type { Agenda, AgendaItem, AgendaItemOutcome } from '@cantiere/domain';
import { meetingsApi } from '../api';
import { useOutcomeText } from '../outcome-texts';

interface Props {
  meetingId: string;
  item: AgendaItem;
  onChange: (agenda: Agenda) => void;
}

/**
 * The outcome the verbale prints for an item, chosen by who runs the meeting. A native select, so that it works from
 * the keyboard and with screen readers as it is; the empty choice leaves it to the minutes' content and run mode.
 */
export function ItemOutcomeSelect({ meetingId, item, onChange }: Props) {
  const t = useOutcomeText();
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const id = `item-outcome-${item.id}`;

  const save = async (value: string) => {
    const outcome = (value || null) as AgendaItemOutcome | null;
    setSaving(true);
    try {
      onChange(await meetingsApi.updateItem(meetingId, item.id, { outcome }));
      setMessage({ error: false, text: t('outcomeSaved', { title: item.title, outcome: outcome ? t(`outcome_${outcome}`) : t('outcomeAutomatic') }) });
    } catch (err) {
      setMessage({ error: true, text: t('outcomeError', { message: (err as Error).message }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="d-flex flex-wrap align-items-center gap-2 mt-2" data-testid="item-outcome">
      <label htmlFor={id} className="small fw-semibold mb-0">
        {t('outcomeLabel')}<span className="visually-hidden"> {t('outcomeOf', { title: item.title })}</span>
      </label>
      <select id={id} className="form-select form-select-sm w-auto" value={item.outcome ?? ''} disabled={saving} onChange={(e) => void save(e.target.value)}>
        <option value="">{t('outcomeAutomatic')}</option>
        {AGENDA_ITEM_OUTCOMES.map((o) => <option key={o} value={o}>{t(`outcome_${o}`)}</option>)}
      </select>
      <span role={message?.error ? 'alert' : 'status'} className={`small${message?.error ? ' text-danger' : ' visually-hidden'}`}>{message?.text ?? ''}</span>
    </div>
  );
}
