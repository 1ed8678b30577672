import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@qorgau/shared';
import { Allow, IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';

/**
 * `PUT /admin/users/{id}` takes the record as React-Admin sends it back: role, active and an
 * optional new password change the account; the read-only fields are accepted and ignored.
 */
export class UpdateUserDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty()
  @IsBoolean({ message: 'must be true or false' })
  active: boolean;

  @ApiPropertyOptional({ format: 'password', description: 'A new password (a reset); omit or send empty to keep the current one' })
  @IsOptional()
  @IsString({ message: 'must be a string' })
  password?: string;

  @Allow() id?: unknown;
  @Allow() email?: unknown;
  @Allow() createdAt?: unknown;
  @Allow() updatedAt?: unknown;
  @Allow() lastSignInAt?: unknown;
}
