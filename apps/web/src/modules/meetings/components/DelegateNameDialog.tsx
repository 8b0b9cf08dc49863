import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormField } from '../../../components/FormField';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/** The longest delegate name the register stores (`attendanceUpdateSchema`). */
const DELEGATE_MAX_LENGTH = 200;

interface Props {
  personName: string;
  organisationName: string;
  /** The name the answer announced, offered first. */
  suggested: string | null;
  busy: boolean;
  onConfirm: (name: string) => void;
  onCancel: () => void;
}

/** Asks who came in the representative's place before the register records a delegation. */
export function DelegateNameDialog({ personName, organisationName, suggested, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation(MEETINGS);
  const [name, setName] = useState(suggested ?? '');
  const fieldId = useId();
  const confirm = () => name.trim() && onConfirm(name.trim());
  return (
    <ConfirmDialog
      title={t('delegateDialogTitle', { name: personName })}
      confirmLabel={t('delegateDialogConfirm')}
      cancelLabel={t('steps.dialogCancel')}
      busy={busy}
      confirmDisabled={!name.trim()}
      focusField
      testId="delegate-dialog"
      onCancel={onCancel}
      onConfirm={confirm}
    >
      <p>{t('delegateDialogIntro', { organisation: organisationName })}</p>
      <FormField id={fieldId} label={t('delegatedTo')}>
        {(field) => (
          <input
            {...field}
            type="text"
            autoComplete="off"
            required
            maxLength={DELEGATE_MAX_LENGTH}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                confirm();
              }
            }}
          />
        )}
      </FormField>
    </ConfirmDialog>
  );
}
