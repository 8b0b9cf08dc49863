import type { ConvocationPreview } from '@cantiere/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/** The longest reason the API stores (`meetingTransitionInputSchema`). */
const REASON_MAX_LENGTH = 1000;

interface Props {
  /** The cancellation mail and its recipients; null for a meeting never convened, which tells no one. */
  preview: ConvocationPreview | null;
  reason: string;
  onReason: (reason: string) => void;
}

/** What cancelling does: who is told (with the calendar's cancellation), and the reason they read. */
export function CancellationPreviewView({ preview, reason, onReason }: Props) {
  const { t } = useTranslation(MEETINGS, { keyPrefix: 'steps' });
  const reasonId = useId();
  const count = preview?.recipients.length ?? 0;
  return (
    <div data-testid="cancellation-preview">
      <p>{preview ? t('cancelIntroConvened', { count }) : t('cancelIntroDraft')}</p>
      <FormField id={reasonId} label={t('cancelReasonLabel')} hint={preview ? t('cancelReasonHintMail') : t('cancelReasonHint')}>
        {(field) => <textarea {...field} rows={2} maxLength={REASON_MAX_LENGTH} value={reason} onChange={(e) => onReason(e.target.value)} />}
      </FormField>
      {preview && (
        <>
          <h3 className="h6">{t('subject')}</h3>
          <p data-testid="preview-subject">{preview.subject}</p>
          <h3 className="h6">{t('recipients', { count })}</h3>
          <ul className="small" data-testid="preview-recipients">
            {preview.recipients.map((r) => (
              <li key={`${r.email}-${r.organisationName}`}>{`${r.name} (${r.organisationName}) – ${r.email}`}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
