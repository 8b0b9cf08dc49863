import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'cantiere:isPublic';

/** Marks a handler (or controller) as reachable without authentication; everything else is guarded. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
