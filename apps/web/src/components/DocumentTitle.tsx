import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';

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
 *
 * A link followed inside the workspace changes the page without loading one, which a screen reader does not notice:
 * the new page's name is announced once it is there (not on the first page, which the reader reads as it loads).
 */
export function DocumentTitle() {
  const { t } = useTranslation();
  const site = t('app.name');
  const { pathname } = useLocation();
  const [announcement, setAnnouncement] = useState('');
  /** The name the title was last given. */
  const shown = useRef<string | null>(null);
  /** The name shown when the address changed, until the next page's: undefined when no page change is pending. */
  const leaving = useRef<string | null | undefined>(undefined);
  const lastPath = useRef(pathname);
  // In the commit that changes the address, before the title follows the new page's heading (the observer's callback
  // runs after the commit), so that `shown` is still the name of the page being left.
  useLayoutEffect(() => {
    if (pathname === lastPath.current) return;
    lastPath.current = pathname;
    leaving.current = shown.current;
  }, [pathname]);
  useEffect(() => {
    const apply = () => {
      const name = pageName(document);
      shown.current = name;
      const title = name ? `${name} – ${site}` : site;
      if (document.title !== title) document.title = title;
      if (leaving.current !== undefined && name && name !== leaving.current) {
        leaving.current = undefined;
        setAnnouncement(name);
      }
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-title'] });
    return () => observer.disconnect();
  }, [site]);
  return (
    <div className="visually-hidden" role="status" data-testid="page-announcer">
      {announcement}
    </div>
  );
}
