import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRegulator } from './regulator-jwt.strategy';

export const CurrentRegulator = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedRegulator => context.switchToHttp().getRequest().user,
);
