import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** The signed-in citizen, as the verified identity token names them (SPEC §5.3). */
export interface Citizen {
  iin: string;
  /** HMAC of the IIN under the pepper: the only form in which the registry stores it. */
  iinHash: Buffer;
  /** What the token offers to reach them by (its `email` and `phone_number` claims, when valid; SPEC §5.5). */
  claimedContacts: { email?: string; phone?: string };
}

/** The citizen behind this request; only on routes the matrix marks `'citizen'`. */
export const CurrentCitizen = createParamDecorator((_data: unknown, context: ExecutionContext): Citizen => {
  return context.switchToHttp().getRequest<FastifyRequest & { user: Citizen }>().user;
});
