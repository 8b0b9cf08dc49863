/**
 * Shared documents of a space: their list with the form that starts one, and the documents a meeting may link.
 * The document itself (editor, presence, history) is a route, pages/DocumentPage, loaded on its own.
 */
export { SpaceDocuments } from './components/SpaceDocuments';
export { useSpaceDocuments } from './hooks/useSpaceDocuments';
