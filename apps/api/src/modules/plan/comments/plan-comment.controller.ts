import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  planCommentCreateSchema,
  planCommentListQuerySchema,
  planCommentResolutionSchema,
  planCommentRoutes,
  planCommentUpdateSchema,
  wholePage,
} from '@cantiere/domain';
import type { PlanCommentCreate, PlanCommentResolution, PlanCommentUpdate } from '@cantiere/domain';
import type { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Route } from '../../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../../core/validation/uuid-param.pipe';
import { ZodValidationPipe } from '../../../core/validation/zod-validation.pipe';
import { PlanCommentService } from './plan-comment.service';

const planPipe = new UuidParamPipe('Plan');
const commentPipe = new UuidParamPipe('Comment');

/** Comments on a plan's objectives and actions, threaded and resolvable, with @organisation mentions. */
@ApiTags('plans')
@Controller()
export class PlanCommentController {
  constructor(private readonly comments: PlanCommentService) {}

  @Route(planCommentRoutes.list)
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', planPipe) id: string,
    @Query(new ZodValidationPipe(planCommentListQuerySchema)) q: z.output<typeof planCommentListQuerySchema>,
  ) {
    return wholePage(await this.comments.list(actor, id, q));
  }

  @Route(planCommentRoutes.counts)
  async counts(@CurrentActor() actor: Actor, @Param('id', planPipe) id: string) {
    return { counts: await this.comments.counts(actor, id) };
  }

  @Route(planCommentRoutes.create)
  async create(@CurrentActor() actor: Actor, @Param('id', planPipe) id: string, @Body(new ZodValidationPipe(planCommentCreateSchema)) body: PlanCommentCreate) {
    return { comment: await this.comments.create(actor, id, body) };
  }

  @Route(planCommentRoutes.update)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', planPipe) id: string,
    @Param('commentId', commentPipe) commentId: string,
    @Body(new ZodValidationPipe(planCommentUpdateSchema)) body: PlanCommentUpdate,
  ) {
    return { comment: await this.comments.update(actor, id, commentId, body) };
  }

  @Route(planCommentRoutes.remove)
  async remove(@CurrentActor() actor: Actor, @Param('id', planPipe) id: string, @Param('commentId', commentPipe) commentId: string) {
    await this.comments.remove(actor, id, commentId);
  }

  @Route(planCommentRoutes.resolution)
  async resolution(
    @CurrentActor() actor: Actor,
    @Param('id', planPipe) id: string,
    @Param('commentId', commentPipe) commentId: string,
    @Body(new ZodValidationPipe(planCommentResolutionSchema)) body: PlanCommentResolution,
  ) {
    return { comment: await this.comments.resolve(actor, id, commentId, body.resolved) };
  }
}
