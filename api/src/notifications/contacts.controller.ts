import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MeContacts } from '@qorgau/shared';
import { CurrentCitizen, type Citizen } from '../common/citizen';
import { ContactsService } from './contacts.service';
import { ContactsInputDto } from './dto/contacts-input.dto';

@ApiTags('Citizens: contacts')
@ApiBearerAuth()
@Controller('me/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @ApiOperation({ summary: 'How the registry reaches the signed-in person, and what the identity token suggests (its email and phone_number claims)' })
  get(@CurrentCitizen() citizen: Citizen): Promise<MeContacts> {
    return this.contacts.get(citizen);
  }

  @Put()
  @ApiOperation({ summary: 'Save the e-mail, phone and language (null removes one); an invalid value is a 400 naming its field' })
  update(@Body() body: ContactsInputDto, @CurrentCitizen() citizen: Citizen): Promise<MeContacts> {
    return this.contacts.update(citizen, body);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Forget the person’s contacts, and the messages still waiting for them' })
  remove(@CurrentCitizen() citizen: Citizen): Promise<void> {
    return this.contacts.remove(citizen);
  }
}
