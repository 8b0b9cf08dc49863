/** The collaborative editor and shared documents; lazy-loaded by the routes that need it (Tiptap + Yjs are heavy). */
export { DocumentView } from './components/DocumentView';
export { SpaceDocuments } from './components/SpaceDocuments';
