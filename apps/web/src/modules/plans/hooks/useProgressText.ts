import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { roundProgress } from '@cantiere/domain';
import { PLANS } from '../../../i18n/namespaces/plans';

/** A progress figure in words, in the reader's language ("43,3%" in Italian), or that nothing counts toward it. */
export function useProgressText(): (value: number | null) => string {
  const { t, i18n } = useTranslation(PLANS);
  return useCallback(
    (value: number | null) => {
      const shown = roundProgress(value);
      return shown === null ? t('overview.noProgress') : t('overview.percent', { value: shown.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'it-IT') });
    },
    [t, i18n.language],
  );
}
