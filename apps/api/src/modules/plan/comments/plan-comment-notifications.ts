import { Injectable } from '@nestjs/common';
import { AccessService } from '../../../core/access/access.service';
import { NotificationCenter, type NotificationLanguage } from '../../notification';
import { SpaceService } from '../../space';
import type { PlanEntity } from '../plan.entity';
import type { MentionedOrganisation, PlanCommentEntity } from './plan-comment.entity';

export const PLAN_COMMENT_MENTION_KIND = 'plan_comment_mention';
/** Notifications about a plan's comments are read by whoever reads the plan. */
export const PLAN_COMMENTS_SUBJECT = 'plan-comments';

interface CommentMentionData {
  planId: string;
  commentId: string;
  planTitle: string;
  organisation: string;
  by: string;
  excerpt: string;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const TEXTS = {
  it: {
    label: 'Menzioni della mia organizzazione nei commenti ai piani',
    title: 'La tua organizzazione è stata menzionata in un commento',
    body: (d: CommentMentionData) => `${d.by} ha menzionato @${d.organisation} nel piano «${d.planTitle}»: «${d.excerpt}»`,
  },
  en: {
    label: "Mentions of my organisation in plans' comments",
    title: 'Your organisation was mentioned in a comment',
    body: (d: CommentMentionData) => `${d.by} mentioned @${d.organisation} in the plan "${d.planTitle}": "${d.excerpt}"`,
  },
} as const satisfies Record<NotificationLanguage, unknown>;

/**
 * An @organisation in a comment tells that organisation's people who sit in the plan's space (not everyone affiliated
 * with it across the network), except the comment's author. Each (comment, organisation) is told once: editing the
 * comment tells only the organisations it newly mentions.
 */
@Injectable()
export class PlanCommentNotifications {
  constructor(
    private readonly center: NotificationCenter,
    private readonly spaces: SpaceService,
    access: AccessService,
  ) {
    center.registerSubject(PLAN_COMMENTS_SUBJECT, async (actor, planId) => (await access.allowed(actor, 'plan.read', [planId])).has(planId));
    center.registerKind<CommentMentionData>({
      kind: PLAN_COMMENT_MENTION_KIND,
      label: { it: TEXTS.it.label, en: TEXTS.en.label },
      defaultChannel: 'immediate',
      render: (lang, d) => ({ title: TEXTS[lang].title, body: TEXTS[lang].body(d), link: `/piani/${d.planId}?commento=${d.commentId}` }),
    });
  }

  /** With the comment's change: the events commit with it and fan out after. */
  async mentioned(plan: PlanEntity, comment: PlanCommentEntity, organisations: MentionedOrganisation[]): Promise<void> {
    for (const organisation of organisations) {
      const personIds = await this.spaces.activeMemberPersonIdsFor(plan.spaceId, [organisation.organisationId]);
      if (!personIds.length) continue;
      await this.center.publish(undefined, {
        kind: PLAN_COMMENT_MENTION_KIND,
        subject: { type: PLAN_COMMENTS_SUBJECT, id: plan.id },
        data: {
          planId: plan.id,
          commentId: comment.parentId ?? comment.id,
          planTitle: clip(plan.title, 200),
          organisation: organisation.name,
          by: comment.authorName,
          excerpt: clip(comment.body, 160),
        } satisfies CommentMentionData,
        addressed: { personIds },
        addressedOnly: true,
        actorUserId: comment.authorUserId,
        dedupe: `plan-comment:${comment.id}:${organisation.organisationId}`,
      });
    }
  }
}
