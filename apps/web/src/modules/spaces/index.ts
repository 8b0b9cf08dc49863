/** Spaces (the Cantiere's tables and groups): their queries, shared by the registry's pages, meetings and the home. */
export { spaceKeys } from './api/keys';
export { spacesApi } from './api/spaces';
export { useMembers } from './hooks/useMembers';
export { useSpace } from './hooks/useSpace';
export { useSpaces } from './hooks/useSpaces';
