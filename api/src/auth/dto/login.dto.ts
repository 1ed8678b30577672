import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { UNLOCK_TOKEN_PATTERN } from '../../notifications/account-unlock-token.rules';

export class LoginDto {
  @ApiProperty({ example: 'admin@qorgau.local' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'a long passphrase', format: 'password' })
  @IsString({ message: 'must be a string' })
  @MinLength(1, { message: 'is required' })
  @MaxLength(1024)
  password: string;

  @ApiPropertyOptional({
    description:
      'The one-time token e-mailed to the account when it was locked. With the right password it signs in despite the lock and lifts it; ' +
      'a used, expired or other token keeps the 423.',
    pattern: UNLOCK_TOKEN_PATTERN.source,
    format: 'password',
  })
  @IsOptional()
  @IsString({ message: 'must be a string' })
  @Matches(UNLOCK_TOKEN_PATTERN, { message: 'must be the unlock code from the e-mail (43 letters, digits, - and _)' })
  unlockToken?: string;
}
