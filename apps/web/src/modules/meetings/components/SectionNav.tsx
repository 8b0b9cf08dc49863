import { useTranslation } from 'react-i18next';
import { MEETINGS } from '../../../i18n/namespaces/meetings';

/** Jump links to the page's sections, in the order the phase shows them: on a phone the page is one long column. */
export function SectionNav({ links }: { links: { href: string; label: string }[] }) {
  const { t } = useTranslation(MEETINGS, { keyPrefix: 'layout' });
  return (
    <nav aria-label={t('sections')} className="mb-3">
      <ul className="list-inline mb-0">
        {links.map((l) => (
          <li key={l.href} className="list-inline-item me-3">
            <a href={l.href}>{l.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
