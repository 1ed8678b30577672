import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

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
}
