import { ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '@qorgau/shared';
import { IsOptional } from 'class-validator';
import { CitizenFacing } from '../../common/citizen-messages';

/**
 * `PUT /me/contacts` (SPEC §5.5): an absent field is kept, `null` removes it. The values are
 * checked by contacts.rules.ts (the shared phone and e-mail validators), which names each refused field.
 */
@CitizenFacing()
export class ContactsInputDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'aigerim@mail.kz', description: 'Trimmed and lower-cased; null removes it' })
  @IsOptional()
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+77011234567', description: 'A Kazakhstan number in any usual spelling, stored as E.164; null removes it' })
  @IsOptional()
  phone?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of the messages' })
  @IsOptional()
  language?: Language;
}
