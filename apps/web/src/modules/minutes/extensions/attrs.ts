export { ACTION_ATTRS, DECISION_ATTRS, MINUTES_NODES, SECTION_ATTRS } from '@cantiere/editor-schema';
export type VotingMethodAttr = 'votes' | 'consensus' | 'unanimous';
