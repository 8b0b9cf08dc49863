import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { moveActionToObjective } from '../../live/plan-edit';
import { useFieldId, useLivePlan } from './live-plan-context';
import { usePlanOutline } from './plan-outline-context';

/**
 * Moves an action to the end of another objective: one change of its `objectiveId` and its order key, so that the
 * action keeps its id, its fields and whatever someone is typing in it meanwhile.
 */
export function MoveAction({ actionId }: { actionId: string }) {
  const { t } = useTranslation(PLANS);
  const { doc, editable, announce, setFocus } = useLivePlan();
  const outline = usePlanOutline();
  const [target, setTarget] = useState('');
  const id = useFieldId(actionId, 'move');
  if (!editable) return null;
  const record = doc.getMap('actions').get(actionId);
  const current = record instanceof Y.Map ? record.get('objectiveId') : null;
  const others = outline.objectives.filter((o) => o.id !== current);
  if (!others.length) return null;
  return (
    <div className="d-flex flex-wrap gap-2 align-items-end">
      <div>
        <label htmlFor={id} className="form-label">
          {t('live.moveTo')}
        </label>
        <select
          id={id}
          className="form-select"
          value={target}
          onFocus={() => setFocus({ recordId: actionId, field: 'objectiveId' })}
          onBlur={() => setFocus(null)}
          onChange={(e) => setTarget(e.target.value)}
        >
          <option value="">{t('fields.none')}</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.code} – {o.title}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="btn btn-outline-primary"
        disabled={!target}
        onClick={() => {
          const to = others.find((o) => o.id === target);
          moveActionToObjective(doc, actionId, target);
          setTarget('');
          if (to) announce(t('live.moved', { code: to.code }));
        }}
      >
        {t('live.move')}
      </button>
    </div>
  );
}
