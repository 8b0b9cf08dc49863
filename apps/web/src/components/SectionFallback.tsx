import { useTranslation } from 'react-i18next';

/** Holds the place of a section whose code or data is on its way, at about its height, so that nothing below jumps. */
export function SectionFallback({ minHeight = '12rem', testId }: { minHeight?: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" style={{ minHeight }} data-testid={testId}>
      <span className="visually-hidden">{t('app.loading')}</span>
    </div>
  );
}
