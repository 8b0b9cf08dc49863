import { useQuery } from '@tanstack/react-query';
import { planOrganisationRoutes } from '@cantiere/domain';
import { call } from '../../../api/client';
import { planKeys } from '../api/keys';

/** The plan actions an organisation leads or partners in, of the plans the reader can see. */
export function useOrganisationPlanActions(organisationId: string) {
  return useQuery({
    queryKey: planKeys.organisationActions(organisationId),
    queryFn: async () => (await call(planOrganisationRoutes.actions, { params: { id: organisationId } })).items,
  });
}
