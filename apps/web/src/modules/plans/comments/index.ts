// Comments on a plan's objectives and actions: the discussion section of the plan page and the open-count badges.
export { OpenCommentsBadge } from './OpenCommentsBadge';
export { WithOpenCounts } from './open-counts-context';
export { PlanDiscussion } from './PlanDiscussion';
