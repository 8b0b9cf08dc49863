import { z } from 'zod';

// Field rules shared by the meeting's schemas; deliberately not re-exported from the library's index.
export const optionalId = z.uuid({ message: 'invalid_id' }).nullable().optional();
