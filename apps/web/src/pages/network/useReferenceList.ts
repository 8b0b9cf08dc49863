import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceItem, ReferenceKind } from '@cantiere/domain';
import { api } from '../../api/client';

const cache = new Map<ReferenceKind, Promise<ReferenceItem[]>>();

/** A managed list (thematic areas, Comuni) with labels in the current language. */
export function useReferenceList(kind: ReferenceKind) {
  const { i18n } = useTranslation();
  const [items, setItems] = useState<ReferenceItem[]>([]);
  useEffect(() => {
    if (!cache.has(kind))
      cache.set(
        kind,
        api<{ items: ReferenceItem[] }>('GET', `/api/reference-lists/${kind}`).then((r) => r.items),
      );
    void cache.get(kind)!.then(setItems, () => cache.delete(kind));
  }, [kind]);
  const label = (code: string) => {
    const item = items.find((i) => i.code === code);
    return item ? (i18n.language === 'en' ? item.labelEn : item.labelIt) : code;
  };
  return { items: items.filter((i) => i.active), label };
}
