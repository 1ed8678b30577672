import type { DataSourceOptions } from 'typeorm';
import { AuditEventRecord } from '../audit/audit-event.entity';
import { BreachTransitionRecord } from '../breaches/breach-transition.entity';
import { BreachRecord } from '../breaches/breach.entity';
import { CompanyRecord } from '../companies/company.entity';
import { IngestJobRecord } from '../ingestion/ingest-job.entity';
import { RegulatorUser } from '../users/regulator-user.entity';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [RegulatorUser, AuditEventRecord, CompanyRecord, BreachRecord, BreachTransitionRecord, IngestJobRecord];

/** `poolSize`: the request pool's connections (DATABASE_POOL_SIZE). */
export function databaseOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: poolSize, application_name: 'qorgau-api' },
  };
}
