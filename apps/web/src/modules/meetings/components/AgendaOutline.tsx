import type { AgendaItem } from '@cantiere/domain';
import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';
import { clock } from '../rome';

/** The running order at a glance, beside the live minutes: where the table is and what is left. */
export function AgendaOutline({ items, currentItemId }: { items: AgendaItem[]; currentItemId: string | null }) {
  const { t } = useTranslation(MEETINGS);
  const { t: tl } = useTranslation(MEETINGS, { keyPrefix: 'layout' });
  return (
    <section aria-labelledby="agenda-outline-title" className="mb-4" data-testid="agenda-outline">
      <h2 id="agenda-outline-title" className="h5">
        {tl('runningOrder')}
      </h2>
      <ol className="list-group list-group-numbered small">
        {items.map((item) => (
          <li
            key={item.id}
            className={`list-group-item py-2${item.id === currentItemId ? ' list-group-item-success fw-semibold' : ''}`}
            aria-current={item.id === currentItemId ? 'step' : undefined}
          >
            {item.title}{' '}
            <span className="text-secondary fw-normal">
              ({t('minutesShort', { count: item.plannedMinutes })}
              {item.spentSeconds ? `, ${clock(item.spentSeconds)}` : ''}
              {(item.outcome ?? item.status) !== 'pending' ? ` · ${t(`itemStatus_${item.outcome ?? item.status}`)}` : ''})
            </span>
          </li>
        ))}
      </ol>
      <a href="#agenda-title" className="d-inline-block mt-2">
        {tl('toAgenda')}
      </a>
    </section>
  );
}
