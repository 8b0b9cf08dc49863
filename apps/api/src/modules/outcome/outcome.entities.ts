import { ActionEntity } from './action.entity';
import { DecisionEntity } from './decision.entity';

/** The tables this part owns; the application assembles every part's list into the data source. */
export const OUTCOME_ENTITIES = [DecisionEntity, ActionEntity];
