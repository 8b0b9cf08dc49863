import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { MONITORING } from '../../../i18n/namespaces/monitoring';
import { useIssueText } from '../issue-text';

/** The sentence for a field problem: the monitoring's own codes first, then those the plan's forms share. */
export function useMonitoringIssue(): (path: string, code: string) => string {
  const { i18n } = useTranslation(MONITORING);
  const plansText = useIssueText();
  return useCallback(
    (path: string, code: string) => {
      for (const language of [i18n.language, 'it']) {
        const text: unknown = i18n.getResource(language, MONITORING, `errors.${code}`);
        if (typeof text === 'string') return text;
      }
      return plansText(path, code);
    },
    [i18n, plansText],
  );
}
