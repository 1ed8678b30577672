import type { BreachStatus, IngestJobStatus } from '@qorgau/shared';
import { DomainException } from '../common/domain.exception';

export enum IngestionErrorCode {
  BreachNotLoadable = 'breach-not-loadable',
  JobFinished = 'ingest-job-finished',
  NotAnUpload = 'not-an-upload',
}

const STATUS: Record<IngestionErrorCode, number> = {
  [IngestionErrorCode.BreachNotLoadable]: 409,
  [IngestionErrorCode.JobFinished]: 409,
  [IngestionErrorCode.NotAnUpload]: 415,
};

export class IngestionException extends DomainException<IngestionErrorCode> {
  constructor(code: IngestionErrorCode, message: string) {
    super(code, STATUS[code], message);
  }

  static breachNotLoadable(status: BreachStatus) {
    return new IngestionException(
      IngestionErrorCode.BreachNotLoadable,
      `Identifiers cannot be loaded into a ${status} breach: it was found false or never confirmed. Load them into a breach that is a draft, investigating, awaiting approval, confirmed or closed.`,
    );
  }

  static jobFinished(status: IngestJobStatus) {
    return new IngestionException(IngestionErrorCode.JobFinished, `This ingestion job is already ${status}; only a queued or running job can be cancelled.`);
  }

  static notAnUpload() {
    return new IngestionException(
      IngestionErrorCode.NotAnUpload,
      'Send the file as the request body with Content-Type text/csv, or as a multipart/form-data file field.',
    );
  }
}
