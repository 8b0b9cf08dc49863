import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { milestoneFieldsSchema } from '@cantiere/domain';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { useMapKeys } from '../../hooks/useMapKeys';
import { entryPartBinding } from '../../live/bindings';
import type { RecordIssues } from '../../live/checks';
import { localEdit, newRecordId } from '../../live/plan-edit';
import { BoundCheckbox } from './BoundCheckbox';
import { BoundInput } from './BoundInput';
import { useLivePlan } from './live-plan-context';

const { date: DATE, title: TITLE, done: DONE } = milestoneFieldsSchema.shape;
const today = () => new Date().toISOString().slice(0, 10);
const byDate = (_key: string, value: unknown) => String((value as { date?: unknown } | null)?.date ?? '');

/** An action's milestones (date, what, reached), in date order; each is an entry of a map, keyed by its own id. */
export function MilestonesEditor({ record, recordId, issues }: { record: Y.Map<unknown>; recordId: string; issues: RecordIssues }) {
  const { t } = useTranslation(PLANS);
  const { editable } = useLivePlan();
  const ids = useMapKeys(record, ['milestones'], byDate);
  const milestones = () => record.get('milestones') as Y.Map<unknown> | undefined;
  const add = () => {
    const map = milestones();
    if (map && record.doc) localEdit(record.doc, () => map.set(newRecordId(), { date: today(), title: t('fields.newMilestone'), done: false }));
  };
  return (
    <fieldset className="mb-3">
      <legend className="h6">{t('fields.milestones')}</legend>
      <ul className="list-unstyled mb-2">
        {ids.map((id) => (
          <li key={id} className="row g-2 align-items-end mb-2">
            <BoundInput
              className="col-6 col-md-3"
              binding={entryPartBinding(record, 'milestones', id, 'date', DATE)}
              recordId={recordId}
              kind="date"
              label={t('fields.milestoneDate')}
              issue={issues[`milestones.${id}.date`]}
            />
            <BoundInput
              className="col-6 col-md-5"
              binding={entryPartBinding(record, 'milestones', id, 'title', TITLE)}
              recordId={recordId}
              kind="text"
              label={t('fields.milestoneTitle')}
              issue={issues[`milestones.${id}.title`]}
            />
            <BoundCheckbox
              className="col-6 col-md-2 mb-3"
              binding={entryPartBinding(record, 'milestones', id, 'done', DONE)}
              recordId={recordId}
              label={t('fields.milestoneDone')}
            />
            {editable && (
              <div className="col-6 col-md-2 mb-3">
                <button
                  type="button"
                  className="btn btn-outline-danger btn-sm"
                  onClick={() => record.doc && localEdit(record.doc, () => milestones()?.delete(id))}
                >
                  {t('common.delete')}
                  <span className="visually-hidden"> {t('fields.removeMilestone')}</span>
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={add}>
          {t('fields.addMilestone')}
        </button>
      )}
    </fieldset>
  );
}
