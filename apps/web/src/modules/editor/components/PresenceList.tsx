import { useEffect, useState } from 'react';
import type { DocSession, PresenceUser } from '@cantiere/collab';
import { useTranslation } from 'react-i18next';
import { COLLAB } from '../../../i18n/namespaces/collab';

/** Who else has the document open, with their organisation. */
export function PresenceList({ session }: { session: DocSession }) {
  const { t } = useTranslation(COLLAB);
  const [people, setPeople] = useState<{ clientId: number; user: PresenceUser; self: boolean }[]>([]);
  useEffect(() => {
    const refresh = () => {
      const list: { clientId: number; user: PresenceUser; self: boolean }[] = [];
      session.awareness.getStates().forEach((state, clientId) => {
        const user = (state as { user?: PresenceUser }).user;
        if (user) list.push({ clientId, user, self: clientId === session.ydoc.clientID });
      });
      setPeople(list);
    };
    refresh();
    session.awareness.on('change', refresh);
    return () => session.awareness.off('change', refresh);
  }, [session]);
  return (
    <section aria-label={t('present')} className="mb-3">
      <h2 className="h6">{t('present')}</h2>
      <ul className="list-unstyled d-flex flex-wrap gap-2 mb-0" data-testid="presence">
        {people.map(({ clientId, user, self }) => (
          <li key={clientId} className="badge rounded-pill text-bg-light border" style={{ borderColor: user.color }}>
            <span aria-hidden="true" style={{ color: user.color }}>
              ●{' '}
            </span>
            {user.name}
            {user.organisation ? ` (${user.organisation})` : ''}
            {self ? ` — ${t('you')}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
