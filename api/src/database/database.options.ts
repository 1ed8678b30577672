import type { DataSourceOptions } from 'typeorm';
import { AuditEventRecord } from '../audit/audit-event.entity';
import { RegulatorUser } from '../users/regulator-user.entity';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [RegulatorUser, AuditEventRecord];

export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: 20, application_name: 'qorgau-api' },
  };
}
