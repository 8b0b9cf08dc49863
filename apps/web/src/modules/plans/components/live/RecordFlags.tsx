import { useTranslation } from 'react-i18next';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { fieldLabel, useIssueText } from '../../issue-text';
import type { RecordIssues } from '../../live/checks';
import { useLivePlan } from './live-plan-context';

/**
 * What is wrong with a record, at its top: how many problems the editor sees in it now (each also shows at its field),
 * and the problems the server's projection flagged, which stay until someone fixes them.
 */
export function RecordFlags({ id, issues }: { id: string; issues: RecordIssues }) {
  const { t } = useTranslation(PLANS);
  const issueText = useIssueText();
  const { serverProblems } = useLivePlan();
  const flagged = serverProblems.get(id) ?? [];
  const count = Object.keys(issues).length;
  if (!count && !flagged.length) return null;
  return (
    <div data-testid="record-flags">
      {count > 0 && <p className="text-danger small fw-semibold mb-2">{t('live.invalid', { count })}</p>}
      {flagged.length > 0 && (
        <div className="alert alert-warning py-2 small" data-testid="server-flag">
          <p className="mb-1">{t('live.serverFlag')}</p>
          <ul className="mb-0">
            {flagged.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                {fieldLabel(p.path)}: {issueText(p.path, p.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
