export { MINUTES_ENTITIES } from './minutes.entities';
export { MinutesModule } from './minutes.module';
