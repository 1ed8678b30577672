import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { APP_VERSION } from './config/version';

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
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    useGlobalPrefix: false,
  });
}
