import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's own name: its main heading's `data-title` when the heading greets rather than names, else its text. */
export function pageName(root: ParentNode): string | null {
  const heading = root.querySelector('main h1');
  if (!heading) return null;
  const name = (heading.getAttribute('data-title') ?? heading.textContent ?? '').replace(/\s+/g, ' ').trim();
  return name || null;
}

/**
 * Keeps the browser's title on the page shown (WCAG 2.4.2): tabs, history, bookmarks and a screen reader's first words
 * name the meeting or plan rather than the workspace alone. Every page already names itself in its main heading, which
 * may arrive with its data or change with it, so the title follows the heading wherever it changes.
 */
export function DocumentTitle() {
  const { t } = useTranslation();
  const site = t('app.name');
  useEffect(() => {
    const apply = () => {
      const name = pageName(document);
      const title = name ? `${name} – ${site}` : site;
      if (document.title !== title) document.title = title;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-title'] });
    return () => observer.disconnect();
  }, [site]);
  return null;
}
