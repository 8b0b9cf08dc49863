/** The search parameter naming the objective or action whose comments are shown. */
export const RECORD_PARAM = 'voce';
/** The comment a notification links to (`/piani/<id>?commento=<commentId>`, as the server writes the link). */
export const COMMENT_PARAM = 'commento';
/** The discussion section's anchor. */
export const DISCUSSION_ID = 'commenti';
