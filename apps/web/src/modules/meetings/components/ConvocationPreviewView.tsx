import type { ConvocationPreview } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/** The convocation exactly as it will leave, and the list it goes to. */
export function ConvocationPreviewView({ preview }: { preview: ConvocationPreview }) {
  const { t } = useTranslation(MEETINGS, { keyPrefix: 'steps' });
  return (
    <div data-testid="convocation-preview">
      <p>{t('conveneIntro', { count: preview.recipients.length })}</p>
      {preview.recipients.length === 0 && <div className="alert alert-warning">{t('noRecipients')}</div>}
      <h3 className="h6">{t('subject')}</h3>
      <p data-testid="preview-subject">{preview.subject}</p>
      <h3 className="h6">{t('message')}</h3>
      <pre className="small border rounded p-2 bg-light" style={{ whiteSpace: 'pre-wrap', maxHeight: '14rem', overflowY: 'auto' }} tabIndex={0}>
        {preview.text}
      </pre>
      <h3 className="h6">{t('recipients', { count: preview.recipients.length })}</h3>
      <ul className="small" data-testid="preview-recipients">
        {preview.recipients.map((r) => (
          <li key={`${r.email}-${r.organisationName}`}>{`${r.name} (${r.organisationName}) – ${r.email}`}</li>
        ))}
      </ul>
      {preview.withoutEmail.length > 0 && (
        <>
          <p className="small mb-1">{t('withoutEmail', { count: preview.withoutEmail.length })}</p>
          <ul className="small">
            {preview.withoutEmail.map((r) => (
              <li key={`${r.name}-${r.organisationName}`}>{`${r.name} (${r.organisationName})`}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
