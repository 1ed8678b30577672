import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from '@qorgau/shared';
import type { FastifyRequest } from 'fastify';

/** Who is doing something, as the audit trail records it. */
export interface Actor {
  id: string;
  email: string;
  role: Role;
  /** The request's id (X-Request-Id), tying audit events to log lines. */
  requestId: string | null;
}

/** The signed-in regulator behind this request, with the request's id. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { user: Omit<Actor, 'requestId'> }>();
  return { ...request.user, requestId: request.id };
});
