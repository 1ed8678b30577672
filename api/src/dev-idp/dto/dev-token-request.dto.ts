import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { validateIin } from '@qorgau/shared';
import { IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';

/** `POST /dev-idp/token` body: the shortcut automated tests sign in with (SPEC §5.3). */
export class DevTokenRequestDto {
  @ApiProperty({ example: '900101300017', description: 'The IIN to sign in as: 12 digits with a valid check digit' })
  @IsString({ message: 'is required' })
  @ValidateBy({
    name: 'isIin',
    validator: {
      validate: (value) => typeof value === 'string' && validateIin(value).valid,
      defaultMessage: (args) => {
        const result = validateIin(String(args?.value));
        return result.valid ? 'is invalid' : result.reason;
      },
    },
  })
  iin!: string;

  @ApiPropertyOptional({ example: 'aigerim@mail.kz', description: 'The token’s email claim, which the portal offers as a contact' })
  @IsOptional()
  @IsString({ message: 'must be a string' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '+77011234567', description: 'The token’s phone_number claim, which the portal offers as a contact' })
  @IsOptional()
  @IsString({ message: 'must be a string' })
  @MaxLength(254)
  phone_number?: string;
}
