import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { COLLAB } from '../../../i18n/namespaces/collab';
import { linkHref } from './link-href';

interface Props {
  /** The address of the link under the cursor, when there is one: it can be changed or removed. */
  previous: string | null;
  onApply: (href: string) => void;
  onRemove: () => void;
  onCancel: () => void;
  /** Where the focus goes when it closes: the text being written, not the toolbar. */
  returnFocus: HTMLElement;
}

/** Asks a link's address, says at once what is wrong with it, and offers to remove an existing link. */
export function LinkDialog({ previous, onApply, onRemove, onCancel, returnFocus }: Props) {
  const { t } = useTranslation(COLLAB, { keyPrefix: 'linkDialog' });
  const [value, setValue] = useState(previous ?? '');
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const apply = () => {
    const result = linkHref(value);
    if (result.ok) onApply(result.href);
    else setError(t(`error_${result.reason}`));
  };
  return (
    <ConfirmDialog
      title={previous ? t('editTitle') : t('addTitle')}
      confirmLabel={t('apply')}
      cancelLabel={t('cancel')}
      focusField
      testId="link-dialog"
      returnFocus={returnFocus}
      onCancel={onCancel}
      onConfirm={apply}
    >
      {/* Room above the field for its label, which bootstrap-italia lifts over the field's top edge. */}
      <div className="form-group mt-4 mb-2">
        <label htmlFor={fieldId} className="active">
          {t('address')}
        </label>
        <input
          id={fieldId}
          type="url"
          inputMode="url"
          className={`form-control${error ? ' is-invalid' : ''}`}
          autoComplete="url"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              apply();
            }
          }}
        />
        {error && (
          <div id={errorId} className="invalid-feedback d-block" role="alert">
            {error}
          </div>
        )}
        <small id={hintId} className="form-text">
          {t('hint')}
        </small>
      </div>
      {previous && (
        <button type="button" className="btn btn-link text-danger px-0" onClick={onRemove}>
          {t('remove')}
        </button>
      )}
    </ConfirmDialog>
  );
}
