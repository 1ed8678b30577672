import { Controller, Get, Header, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SigningKeyRotation } from '@qorgau/shared';
import { CurrentActor, type Actor } from '../common/actor';
import { AnswerSigner } from './answer-signer.service';
import type { PublicJwk } from './signing.rules';

@Controller()
export class SigningController {
  constructor(private readonly signer: AnswerSigner) {}

  @Get('.well-known/jwks.json')
  @ApiTags('Banks: restriction checks')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({
    summary: 'The public keys that verify the `signature` of restriction answers (JWKS, RFC 7517)',
    description:
      'The active Ed25519 key and the keys retired within the retention period (SIGNATURE_RETENTION_DAYS, default 400): ' +
      'a signature kept as proof still verifies after a rotation. Pick the key by the `kid` in the JWS header.',
  })
  @ApiOkResponse({
    schema: {
      example: { keys: [{ kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: '2025-11-24-Xk3aQ9_b', alg: 'EdDSA', use: 'sig' }] },
    },
  })
  jwks(): { keys: PublicJwk[] } {
    return this.signer.jwks();
  }

  @Post('admin/signing-keys/rotate')
  @HttpCode(200)
  @ApiTags('Back office: banks')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Rotate the answer-signing key: a new key signs from now on (all processes within seconds); the old one stays published' })
  rotate(@CurrentActor() actor: Actor): Promise<SigningKeyRotation> {
    return this.signer.rotate(actor);
  }
}
