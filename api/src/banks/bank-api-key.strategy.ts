import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import { BANK_STRATEGY } from '../auth/strategy-names';
import { BankCredentials } from './bank-credentials.service';
import type { BankPrincipal } from './bank-principal';

/**
 * `Authorization: Bearer <api key>` (SPEC §5.2). A key that is malformed, unknown or revoked, a
 * deactivated lender's key, and any other kind of token (a regulator's, a citizen's) fail: 401.
 */
@Injectable()
export class BankApiKeyStrategy extends PassportStrategy(Strategy, BANK_STRATEGY) {
  constructor(private readonly credentials: BankCredentials) {
    super();
  }

  async validate(token: string): Promise<BankPrincipal | false> {
    return (await this.credentials.principalOf(token)) ?? false;
  }
}
