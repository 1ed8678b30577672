import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { LenderKind } from '@qorgau/shared';
import type { FastifyRequest } from 'fastify';

/**
 * The lender behind an API key (SPEC §5.2). It is also the `Lender` whose lifts count: a lift
 * scoped to banks, to MFOs or to one BIN applies by `kind` and `bin`.
 */
export interface BankPrincipal {
  bankId: string;
  keyId: string;
  bin: string;
  name: string;
  kind: LenderKind;
  rateLimitPerSecond: number;
  /** When the key stops working; null: never. */
  expiresAt: Date | null;
}

/** The calling lender, as the bank API-key strategy authenticated it. */
export const CurrentBank = createParamDecorator(
  (_data: unknown, context: ExecutionContext): BankPrincipal => context.switchToHttp().getRequest<FastifyRequest & { user: BankPrincipal }>().user,
);
