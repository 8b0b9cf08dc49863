import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { mentionCandidateQuerySchema, mentionRoutes } from '@cantiere/domain';
import type { MentionCandidateQuery } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { ZodValidationPipe } from '../../core/validation/zod-validation.pipe';
import { MentionService } from './mention.service';

/** The `@` suggestion list of the collaborative editor. */
@ApiTags('mentions')
@Controller()
export class MentionController {
  constructor(private readonly mentions: MentionService) {}

  @Route(mentionRoutes.candidates)
  candidates(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(mentionCandidateQuerySchema)) query: MentionCandidateQuery) {
    return this.mentions.candidates(actor, query);
  }
}
