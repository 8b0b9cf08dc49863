import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { convocationDeliveriesSchema } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { ApiErrors, ApiZodResponse } from '../../core/openapi/api-docs.decorators';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ConvocationService } from './convocation.service';

const idPipe = new UuidParamPipe('Meeting');
const deliveryIdPipe = new UuidParamPipe('Delivery');

/** What became of the mails a meeting sent its register: the facilitator sees who got them and sends failed ones again. */
@ApiTags('meetings')
@Controller('meetings')
export class ConvocationDeliveryController {
  constructor(private readonly convocation: ConvocationService) {}

  @Get(':id/convocation/deliveries')
  @ApiOperation({ summary: 'List the delivery state of the meeting mails' })
  @ApiZodResponse(
    200,
    'One entry per mail queued to a person on the register (convocation, update, reminder, cancellation), newest first',
    convocationDeliveriesSchema,
  )
  @ApiErrors(401, 403, 404)
  deliveries(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return this.convocation.deliveries(actor, id);
  }

  @Post(':id/convocation/deliveries/:deliveryId/retry')
  @ApiOperation({ summary: 'Send a failed meeting mail again' })
  @HttpCode(200)
  @ApiZodResponse(200, 'The deliveries after the failed one was queued again', convocationDeliveriesSchema)
  @ApiErrors(401, 403, 404, 409)
  retry(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Param('deliveryId', deliveryIdPipe) deliveryId: string) {
    return this.convocation.retryDelivery(actor, id, deliveryId);
  }
}
