/**
 * The shape of a meeting's minutes (`minutes:<meetingId>`), shared by the editor and the server's projector.
 * The body is the editor's XML fragment; each agenda item is a section node, followed by one section for
 * *varie ed eventuali*; decisions and actions are block nodes inside a section whose attributes carry the
 * structured fields.
 */
export const MINUTES_NODES = {
  section: 'agendaSection',
  otherBusiness: 'otherBusinessSection',
  decision: 'decisionBlock',
  action: 'actionBlock',
} as const;

/**
 * What the body may hold at its top level: the agenda's sections, then varie ed eventuali, and nothing between
 * them, so that every paragraph, decision and action belongs to a section. The server brings older documents to
 * this shape when it loads them, before any editor with this schema can see them.
 */
export const MINUTES_BODY_CONTENT = `${MINUTES_NODES.section}+ ${MINUTES_NODES.otherBusiness}`;

/** Attributes of a section: the agenda item it belongs to and its title when it was laid out. */
export const SECTION_ATTRS = { itemId: 'itemId', title: 'title', position: 'position' } as const;

/** Attributes of a decision block; its text is the block's content. */
export const DECISION_ATTRS = {
  blockId: 'blockId',
  outcome: 'outcome',
  votingMethod: 'votingMethod',
  votesFor: 'votesFor',
  votesAgainst: 'votesAgainst',
  votesAbstained: 'votesAbstained',
} as const;

/** Attributes of an action block; what is to be done is the block's content. */
export const ACTION_ATTRS = {
  blockId: 'blockId',
  responsibleOrganisationId: 'responsibleOrganisationId',
  responsiblePersonId: 'responsiblePersonId',
  dueDate: 'dueDate',
} as const;
