import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@qorgau/shared';
import { IsEmail, IsIn, IsString, MaxLength } from 'class-validator';
import { MeetsPasswordPolicy } from './password.validator';

export class CreateUserDto {
  @ApiProperty({ example: 'analyst@qorgau.kz' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiProperty({ format: 'password', description: 'At least 12 characters, not containing the e-mail address' })
  @IsString({ message: 'must be a string' })
  @MeetsPasswordPolicy()
  password: string;
}
