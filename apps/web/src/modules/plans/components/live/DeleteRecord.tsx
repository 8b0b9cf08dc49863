import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanCollection } from '@cantiere/collab';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { deleteRecordDeep } from '../../live/plan-edit';
import { useLivePlan } from './live-plan-context';

/**
 * Deletes a record after asking, saying what goes with it (an objective takes its actions and indicators). The deletion
 * is one step of the person's undo.
 */
export function DeleteRecord({
  collection,
  id,
  label,
  buttonLabel,
  consequence,
}: {
  collection: PlanCollection;
  id: string;
  label: string;
  buttonLabel: string;
  consequence: string;
}) {
  const { t } = useTranslation(PLANS);
  const { doc, editable } = useLivePlan();
  const [asking, setAsking] = useState(false);
  if (!editable) return null;
  return (
    <>
      <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => setAsking(true)}>
        {buttonLabel}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('live.confirmDelete', { label })}
          confirmLabel={buttonLabel}
          cancelLabel={t('common.cancel')}
          tone="danger"
          testId="confirm-delete"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            deleteRecordDeep(doc, collection, id);
          }}
        >
          <p>{consequence}</p>
          <p className="mb-0">{t('live.undoAfterDelete')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
