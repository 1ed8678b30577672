import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { databaseOptions } from '../database/database.options';
import { openRegistryDatabase } from '../database/registry-database';
import { reportStartFailure } from '../start-failure';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

/** `pnpm audit:verify`: walks the audit chain; exit 0 when intact, 2 when broken (1 when it cannot run). */
async function main() {
  const config = loadConfig(process.env);
  const database = await openRegistryDatabase(config, { shareRunning: true, log: (message) => process.stderr.write(`[postgres] ${message}\n`) });
  const dataSource = new DataSource(databaseOptions(database.url, config.database.poolSize));
  try {
    await dataSource.initialize();
    const report = await new AuditService(new AuditRepository(dataSource)).verify();
    if (report.intact) {
      process.stdout.write(`Audit chain intact: ${report.checked} events checked.\n`);
    } else {
      process.stdout.write(
        `Audit chain BROKEN at event ${report.firstBrokenId}: ${report.reason}. The ${report.checked} events before it are intact.\n`,
      );
    }
    process.exitCode = report.intact ? 0 : 2;
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.close();
  }
}

main().catch(reportStartFailure);
