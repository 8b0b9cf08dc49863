import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceItem } from '@cantiere/domain';
import { useOrganisations, useReferenceItems } from '../../network';
import type { PlanReferences } from '../live/checks';
import type { Choice } from '../components/live/live-plan-context';

/** Every organisation, archived ones included (a lead organisation archived later is not "unknown"). */
const ORGANISATIONS_QUERY = 'archived=all&pageSize=200&page=1';

export interface PlanChoices {
  choices: { organisations: Choice[]; macroAreas: Choice[]; fundingSources: Choice[]; leps: Choice[] };
  refs: PlanReferences;
  /** Labels by code or id, for the overview (retired and archived entries included). */
  labels: {
    organisations: ReadonlyMap<string, string>;
    macroAreas: ReadonlyMap<string, string>;
    fundingSources: ReadonlyMap<string, string>;
    leps: ReadonlyMap<string, string>;
  };
}

/**
 * What a plan's records pick from: the organisations and the managed lists (macro-areas, funding sources, LEPS). The
 * choices offer current entries only; the checks know every entry, so that a retired one in an old record is not called
 * unknown. While a list loads (or when there are more organisations than one page holds) nothing is called unknown.
 */
export function usePlanChoices(): PlanChoices {
  const { i18n } = useTranslation();
  const organisations = useOrganisations(ORGANISATIONS_QUERY);
  const macroAreas = useReferenceItems('macro_area');
  const fundingSources = useReferenceItems('funding_source');
  const leps = useReferenceItems('leps');
  const english = i18n.language.startsWith('en');
  return useMemo(() => {
    const label = (item: ReferenceItem) => (english ? item.labelEn : item.labelIt);
    const list = (items: ReferenceItem[] | undefined) => ({
      choices: (items ?? []).filter((i) => i.active).map((i) => ({ value: i.code, label: label(i) })),
      known: items ? new Set(items.map((i) => i.code)) : null,
      labels: new Map((items ?? []).map((i) => [i.code, label(i)])),
    });
    const orgs = organisations.data;
    const complete = !!orgs && orgs.total <= orgs.items.length;
    const [m, f, l] = [list(macroAreas.data), list(fundingSources.data), list(leps.data)];
    return {
      choices: {
        organisations: (orgs?.items ?? []).filter((o) => !o.archivedAt).map((o) => ({ value: o.id, label: o.name })),
        macroAreas: m.choices,
        fundingSources: f.choices,
        leps: l.choices,
      },
      refs: { organisations: complete ? new Set(orgs.items.map((o) => o.id)) : null, macroAreas: m.known, fundingSources: f.known, leps: l.known },
      labels: { organisations: new Map((orgs?.items ?? []).map((o) => [o.id, o.name])), macroAreas: m.labels, fundingSources: f.labels, leps: l.labels },
    };
  }, [organisations.data, macroAreas.data, fundingSources.data, leps.data, english]);
}
