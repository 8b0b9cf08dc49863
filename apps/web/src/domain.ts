// What `@cantiere/domain` names in the browser build (vite.config.mts): the shared library, after the zod setting
// below has been applied, since the library builds its schemas as it loads.
import './zod-config';

export * from '../../../libs/domain/src/index';
