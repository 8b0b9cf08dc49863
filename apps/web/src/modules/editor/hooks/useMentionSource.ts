import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { mentionRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { COLLAB } from '../../../i18n/namespaces/collab';
import { mentionKeys } from '../api/keys';
import type { MentionListTexts } from '../components/MentionList';
import type { MentionFetcher } from '../extensions/mention-suggestion';

/** Who may be mentioned in a document (through the query cache: the same prefix typed again is not fetched again), and the list's texts. */
export function useMentionSource(docId: string): { fetch: MentionFetcher; texts: MentionListTexts } {
  const client = useQueryClient();
  const { t } = useTranslation(COLLAB);
  return useMemo(
    () => ({
      fetch: (q: string) =>
        client.fetchQuery({
          queryKey: mentionKeys.candidates(docId, q),
          queryFn: async () => (await call(mentionRoutes.candidates, { query: { docId, q: q || undefined } })).items,
          staleTime: 30_000,
        }),
      texts: {
        label: t('mentionList'),
        loading: t('mentionLoading'),
        none: t('mentionNone'),
        person: t('mentionPerson'),
        organisation: t('mentionOrganisation'),
        count: (count: number) => t('mentionCount', { count }),
      },
    }),
    [client, docId, t],
  );
}
