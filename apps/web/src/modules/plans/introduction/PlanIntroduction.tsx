import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '@cantiere/domain';
import { PLANS } from '../../../i18n/namespaces/plans';

/** The plan's introduction under its header, with the old draft document it came from; nothing while it has none. */
export function PlanIntroduction({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation(PLANS);
  if (!plan.introduction && !plan.introductionDocumentId) return null;
  return (
    <section aria-labelledby="plan-introduction" className="mb-3" data-testid="plan-introduction">
      <h2 id="plan-introduction" className="h4">
        {t('introduction.title')}
      </h2>
      {plan.introduction.split('\n').map((line, i) => (
        <p key={i} className="mb-2">
          {line}
        </p>
      ))}
      {plan.introductionDocumentId && (
        <p className="small text-secondary">
          {t('introduction.fromDocument')} – <Link to={`/documenti/${plan.introductionDocumentId}`}>{t('introduction.openDocument')}</Link>
        </p>
      )}
    </section>
  );
}
