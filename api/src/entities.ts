import { AuditEventRecord } from './audit/audit-event.entity';
import { BreachTransitionRecord } from './breaches/breach-transition.entity';
import { BreachRecord } from './breaches/breach.entity';
import { CompanyRecord } from './companies/company.entity';
import { IngestJobRecord } from './ingestion/ingest-job.entity';
import { RegulatorUser } from './users/regulator-user.entity';

/**
 * The TypeORM entities, gathered here beside the app module rather than in `database/`, so that
 * `database/` imports no feature folder and the feature folders may import it.
 */
export const ENTITIES = [RegulatorUser, AuditEventRecord, CompanyRecord, BreachRecord, BreachTransitionRecord, IngestJobRecord];
