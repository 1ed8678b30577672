import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { APP_VERSION } from './config/version';

/** The security scheme of the bank endpoints (SPEC §5.2): `Authorization: Bearer <api key>`. */
export const BANK_API_KEY_SECURITY = 'bank-api-key';

export function setUpOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Qorgau API')
      .setDescription(
        "Kazakhstan's registry of compromised personal data. Regulators sign in at `POST /api/v1/auth/login` and send " +
          '`Authorization: Bearer <accessToken>`. Errors are `application/problem+json` (RFC 9457); validation errors ' +
          'carry `errors: {field: message}`.',
      )
      .setVersion(APP_VERSION)
      .addBearerAuth()
      .addBearerAuth(
        {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'qk_<prefix>_<secret>',
          description: 'A lender\'s API key, issued in the back office and shown once. Revoked keys and deactivated lenders get 401.',
        },
        BANK_API_KEY_SECURITY,
      )
      .build(),
    // Every controller names its routes' tags itself: without this, one whose routes carry their own
    // tags (signing.controller.ts) was also listed under a tag made from its class name.
    { autoTagControllers: false },
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    useGlobalPrefix: false,
  });
}
