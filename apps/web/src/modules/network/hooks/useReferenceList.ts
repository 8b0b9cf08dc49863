import { useTranslation } from 'react-i18next';
import type { ReferenceItem, ReferenceKind } from '@cantiere/domain';
import { useReferenceItems } from './useReferenceItems';

const NONE: ReferenceItem[] = [];

/** A managed list (thematic areas, Comuni) with labels in the current language. */
export function useReferenceList(kind: ReferenceKind) {
  const { i18n } = useTranslation();
  const items = useReferenceItems(kind).data ?? NONE;
  const label = (code: string) => {
    const item = items.find((i) => i.code === code);
    return item ? (i18n.language === 'en' ? item.labelEn : item.labelIt) : code;
  };
  return { items: items.filter((i) => i.active), label };
}
