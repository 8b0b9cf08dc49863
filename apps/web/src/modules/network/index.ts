// The network registry (organisations, people, spaces, imports, reference lists): its routes, each page loaded lazily.
export { NETWORK_PAGES, NetworkRoutes } from './routes';
// The registry's lists other features choose from (a plan's lead organisation, its macro-areas and funding sources).
export { useOrganisations } from './hooks/useOrganisations';
export { useReferenceItems } from './hooks/useReferenceItems';
