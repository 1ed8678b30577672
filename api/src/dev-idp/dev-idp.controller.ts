import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { API_PREFIX, validateIin } from '@qorgau/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { DevIdentityProvider } from './dev-identity-provider.service';
import { checkAuthorizationRequest, contactClaimsFrom, DEV_IDP_ISSUER, DEV_IDP_SIGNING_ALGORITHM, ID_TOKEN_TTL_SECONDS, type AuthorizationCheck } from './dev-idp.rules';
import { DevTokenRequestDto } from './dto/dev-token-request.dto';
import { loginPage, loginPageLanguage, refusalPage } from './login-page';

type FormFields = Record<string, unknown>;

/**
 * The development identity provider's endpoints (SPEC §5.3): OpenID Connect discovery, JWKS, the
 * authorization endpoint with its login page, the token endpoint of the code flow with PKCE, and
 * the `POST /dev-idp/token {iin}` shortcut for automated tests. Registered only when it is on.
 */
@ApiTags('Development identity provider')
@Controller('dev-idp')
export class DevIdpController {
  constructor(
    private readonly provider: DevIdentityProvider,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  @Get('.well-known/openid-configuration')
  @ApiOperation({ summary: 'OpenID Connect discovery document' })
  discovery(@Req() request: FastifyRequest) {
    const base = `${originOf(request)}${API_PREFIX}/dev-idp`;
    return {
      issuer: DEV_IDP_ISSUER,
      authorization_endpoint: `${base}/authorize`,
      token_endpoint: `${base}/oauth/token`,
      jwks_uri: `${base}/jwks.json`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: [DEV_IDP_SIGNING_ALGORITHM],
      scopes_supported: ['openid'],
      token_endpoint_auth_methods_supported: ['none'],
      code_challenge_methods_supported: ['S256'],
      claims_supported: ['iss', 'sub', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'email', 'phone_number', this.config.citizenOidc.iinClaim],
    };
  }

  @Get('jwks.json')
  @ApiOperation({ summary: 'The public keys its ID tokens are signed with' })
  jwks() {
    return this.provider.jwks();
  }

  @Get('authorize')
  @ApiOperation({ summary: 'Authorization endpoint: the login page (type an IIN, sign in)' })
  authorize(@Query() query: FormFields, @Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    const check = this.checkRequest(query, request);
    if (!check.ok) return this.refuse(check, query, reply);
    sendHtml(reply, 200, loginPage({ lang: loginPageLanguage(query.ui_locales), parameters: query }));
  }

  @Post('authorize')
  @ApiOperation({ summary: 'The login form: signs the IIN in and redirects to the client with a single-use code' })
  signIn(@Body() form: FormFields = {}, @Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    const check = this.checkRequest(form, request);
    if (!check.ok) return this.refuse(check, form, reply);
    const lang = loginPageLanguage(form.ui_locales);
    const iin = validateIin(typeof form.iin === 'string' ? form.iin.trim() : '', lang);
    if (!iin.valid) {
      return sendHtml(reply, 400, loginPage({ lang, parameters: form, iin: String(form.iin ?? ''), contactClaims: contactClaimsFrom(form), error: iin.reason }));
    }
    const code = this.provider.issueCode(iin.value, check.request, contactClaimsFrom(form));
    redirectTo(reply, check.request.redirectUri, { code, state: check.request.state });
  }

  @Post('oauth/token')
  @HttpCode(200)
  @ApiOperation({ summary: 'Token endpoint: exchanges a code and its PKCE verifier for an ID token (RFC 6749 §4.1.3)' })
  async exchange(@Body() form: FormFields = {}, @Res() reply: FastifyReply): Promise<void> {
    reply.header('cache-control', 'no-store');
    if (form.grant_type !== 'authorization_code') {
      reply.status(400).send({ error: 'unsupported_grant_type', error_description: 'Only grant_type=authorization_code is supported.' });
      return;
    }
    const result = await this.provider.redeemCode(form.code, { clientId: form.client_id, redirectUri: form.redirect_uri, codeVerifier: form.code_verifier });
    if ('refusal' in result) {
      reply.status(400).send({ error: 'invalid_grant', error_description: result.refusal });
      return;
    }
    reply.send({ id_token: result.idToken, token_type: 'Bearer', expires_in: ID_TOKEN_TTL_SECONDS, scope: 'openid' });
  }

  @Post('token')
  @HttpCode(200)
  @ApiBody({ type: DevTokenRequestDto })
  @ApiOperation({ summary: 'Shortcut for automated tests: an ID token for any valid IIN (with optional email and phone_number claims), without the login page' })
  token(@Body() body: DevTokenRequestDto): { id_token: string } {
    return { id_token: this.provider.idToken(body.iin, { contactClaims: contactClaimsFrom({ email: body.email, phone_number: body.phone_number }) }) };
  }

  /** The portal may run on this origin or on a configured CORS origin (the Vite dev server). */
  private checkRequest(parameters: FormFields, request: FastifyRequest): AuthorizationCheck {
    return checkAuthorizationRequest(parameters, [originOf(request), ...this.config.server.corsOrigins]);
  }

  private refuse(refusal: Extract<AuthorizationCheck, { ok: false }>, parameters: FormFields, reply: FastifyReply): void {
    if (!refusal.redirectable) return sendHtml(reply, 400, refusalPage(loginPageLanguage(parameters.ui_locales), refusal.description));
    redirectTo(reply, parameters.redirect_uri as string, {
      error: refusal.error,
      error_description: refusal.description,
      state: typeof parameters.state === 'string' ? parameters.state : null,
    });
  }
}

/** The origin the browser reached us on; only ever used to name our own endpoints back to it. */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

function sendHtml(reply: FastifyReply, status: number, html: string): void {
  reply.status(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}

function redirectTo(reply: FastifyReply, uri: string, parameters: Record<string, string | null>): void {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(parameters)) if (value !== null) url.searchParams.set(name, value);
  reply.header('cache-control', 'no-store').redirect(url.toString(), 302);
}
