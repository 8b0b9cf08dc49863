import { Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { convocationRoutes } from '@cantiere/domain';
import type { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Route } from '../../core/openapi/route.decorator';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ConvocationService } from './convocation.service';

const idPipe = new UuidParamPipe('Meeting');
const deliveryIdPipe = new UuidParamPipe('Delivery');

/** What became of the mails a meeting sent its register: the facilitator sees who got them and sends failed ones again. */
@ApiTags('meetings')
@Controller()
export class ConvocationDeliveryController {
  constructor(private readonly convocation: ConvocationService) {}

  @Route(convocationRoutes.deliveries)
  deliveries(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string) {
    return this.convocation.deliveries(actor, id);
  }

  @Route(convocationRoutes.retry)
  async retry(@CurrentActor() actor: Actor, @Param('id', idPipe) id: string, @Param('deliveryId', deliveryIdPipe) deliveryId: string) {
    return { delivery: await this.convocation.retryDelivery(actor, id, deliveryId) };
  }
}
