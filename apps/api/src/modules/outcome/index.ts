export type { ActionEntity } from './action.entity';
export type { DecisionEntity } from './decision.entity';
export { OUTCOME_ENTITIES } from './outcome.entities';
export { OutcomeModule } from './outcome.module';
export type { ActionRecord, DecisionRecord } from './outcome.repository';
export { OutcomeService } from './outcome.service';
export { OutcomeWriter } from './outcome-writer.service';
