import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_LANGUAGE, type MeContacts } from '@qorgau/shared';
import type { Citizen } from '../common/citizen';
import { CitizenProblem, type CitizenMessage } from '../common/citizen-messages';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { ContactsRepository, type SealedContacts } from './contacts.repository';
import { applyContactsUpdate, deriveContactsKey, openContact, sealContact, type Contacts } from './contacts.rules';
import type { ContactsInputDto } from './dto/contacts-input.dto';

/**
 * How the registry reaches a person (SPEC §5.5): kept sealed at rest, opened only for the person
 * and for delivery. Contacts are never logged: nothing here writes a log line.
 */
@Injectable()
export class ContactsService {
  private readonly key: Buffer;

  constructor(
    private readonly contacts: ContactsRepository,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.key = deriveContactsKey(config.registry.pepper);
  }

  async get(citizen: Citizen): Promise<MeContacts> {
    return this.view(citizen, await this.current(citizen));
  }

  async update(citizen: Citizen, input: ContactsInputDto): Promise<MeContacts> {
    const result = applyContactsUpdate(await this.current(citizen), input as Record<string, unknown>);
    if (!result.ok) {
      const fields: Record<string, CitizenMessage> = {};
      for (const refusal of result.refusals) fields[refusal.field] = { code: refusal.code, parameters: 'failure' in refusal ? { failure: refusal.failure } : {} };
      throw CitizenProblem.invalid(fields);
    }
    await this.contacts.save(citizen.iinHash, this.sealed(citizen.iinHash, result.contacts), new Date());
    return this.view(citizen, result.contacts);
  }

  remove(citizen: Citizen): Promise<void> {
    return this.contacts.remove(citizen.iinHash);
  }

  /** The e-mail and phone of a sealed row, in the clear: for the person, and for the dispatcher. */
  open(iinHash: Buffer, sealed: Omit<SealedContacts, 'language'>): { email: string | null; phone: string | null } {
    return {
      email: sealed.emailCiphertext ? openContact(sealed.emailCiphertext, iinHash, 'email', this.key) : null,
      phone: sealed.phoneCiphertext ? openContact(sealed.phoneCiphertext, iinHash, 'phone', this.key) : null,
    };
  }

  private async current(citizen: Citizen): Promise<Contacts> {
    const sealed = await this.contacts.find(citizen.iinHash);
    return sealed ? { ...this.open(citizen.iinHash, sealed), language: sealed.language } : { email: null, phone: null, language: DEFAULT_LANGUAGE };
  }

  private sealed(iinHash: Buffer, contacts: Contacts): SealedContacts {
    return {
      emailCiphertext: contacts.email === null ? null : sealContact(contacts.email, iinHash, 'email', this.key),
      phoneCiphertext: contacts.phone === null ? null : sealContact(contacts.phone, iinHash, 'phone', this.key),
      language: contacts.language,
    };
  }

  private view(citizen: Citizen, contacts: Contacts): MeContacts {
    return { email: contacts.email, phone: contacts.phone, language: contacts.language, suggested: citizen.claimedContacts };
  }
}
