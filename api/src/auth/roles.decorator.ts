import { SetMetadata } from '@nestjs/common';
import type { Role } from '@qorgau/shared';

export const ROLES_KEY = 'qorgau:roles';
export const PUBLIC_KEY = 'qorgau:public';

/** The regulator roles allowed to call a route. Every route declares either this or `@Public()`. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route that needs no regulator token (health, sign-in, and the bank, citizen and public APIs with their own checks). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
