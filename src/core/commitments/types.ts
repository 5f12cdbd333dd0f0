import type { z } from 'zod';
import type { TermsInput } from '../../contracts/commitment';

export type TermsInputParsed = z.output<typeof TermsInput>;
