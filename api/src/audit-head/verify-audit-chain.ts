import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository';
import { AuditService } from '../audit/audit.service';
import { loadConfig } from '../config/app-config';
import { databaseOptions } from '../database/database.options';
import { openRegistryDatabase } from '../database/registry-database';
import { ENTITIES } from '../entities';
import { SigningKeysRepository } from '../signing/signing-keys.repository';
import type { PublicJwk } from '../signing/signing.rules';
import { reportStartFailure } from '../start-failure';
import { AuditHeadVerifier } from './audit-head-verifier';

const USAGE = 'usage: pnpm audit:verify [--jwks <https://…/api/v1/.well-known/jwks.json | file>]';

/**
 * `pnpm audit:verify`: walks the audit chain and checks the heads the registry signed; exit 0 when
 * intact, 2 when broken (1 when it cannot run). `--jwks` checks the signatures against the JWKS as
 * the registry publishes it (or a copy kept elsewhere): that is what makes a rewrite by the
 * database's owner visible, since the owner could also replace the keys stored in the database,
 * which are used without it.
 */
async function main() {
  const jwksSource = jwksArgument(process.argv.slice(2));
  const config = loadConfig(process.env);
  const database = await openRegistryDatabase(config, { shareRunning: true, log: (message) => process.stderr.write(`[postgres] ${message}\n`) });
  const dataSource = new DataSource(databaseOptions(database.url, 2, ENTITIES));
  try {
    await dataSource.initialize();
    const jwks = jwksSource
      ? await readJwks(jwksSource)
      : { keys: (await new SigningKeysRepository(dataSource).findPublished(config.signing.retentionDays)).map((key) => key.publicJwk) };
    if (!jwksSource) process.stderr.write('Signed heads checked against the keys stored in the database; pass --jwks to check against the published JWKS.\n');
    const report = await new AuditHeadVerifier(new AuditService(new AuditRepository(dataSource))).verify(jwks);
    if (report.intact) {
      process.stdout.write(`Audit chain intact: ${report.checked} events checked, ${report.signedHeadsChecked} signed heads verified.\n`);
    } else {
      process.stdout.write(`Audit chain BROKEN at event ${report.firstBrokenId}: ${report.reason}.\n`);
    }
    const latest = report.latestSignedHead;
    process.stdout.write(
      latest
        ? `Latest signed head: event ${latest.headId} (hash ${latest.headHash}), signed at ${latest.signedAt} with key ${latest.kid}: ${latest.verified ? 'verified' : `NOT verified (${latest.problem})`}.\n`
        : 'No signed head yet.\n',
    );
    process.exitCode = report.intact ? 0 : 2;
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.close();
  }
}

function jwksArgument(args: string[]): string | null {
  if (args.length === 0) return null;
  if (args.length === 2 && args[0] === '--jwks' && args[1]) return args[1];
  throw new Error(USAGE);
}

async function readJwks(source: string): Promise<{ keys: PublicJwk[] }> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    return (await response.json()) as { keys: PublicJwk[] };
  }
  return JSON.parse(readFileSync(source, 'utf8')) as { keys: PublicJwk[] };
}

main().catch(reportStartFailure);
