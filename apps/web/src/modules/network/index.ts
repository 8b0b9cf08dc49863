// The network registry (organisations, people, spaces, imports, reference lists): its routes, each page loaded lazily.
export { NETWORK_PAGES, NetworkRoutes } from './routes';
