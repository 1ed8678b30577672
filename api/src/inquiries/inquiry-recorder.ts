import { Injectable } from '@nestjs/common';
import { Batcher } from '../common/batcher';
import { isRefusedForItsValues } from '../common/database-unavailable';
import { NotificationChannels } from '../notifications/notification-channels';
import { InquiryRecorderRepository, type InquiryToRecord } from './inquiry-recorder.repository';

/**
 * Records every check before its answer leaves (SPEC §5.2). Checks that arrive while an insert is
 * running are committed together in the next one (group commit): one statement and one WAL flush
 * for many inquiries, on the hot-path pool with a prepared statement.
 */
@Injectable()
export class InquiryRecorder {
  private readonly batcher: Batcher<InquiryToRecord, void>;

  constructor(
    private readonly repository: InquiryRecorderRepository,
    private readonly channels: NotificationChannels,
  ) {
    this.batcher = new Batcher((inquiries) => this.insert(inquiries), {
      maxBatchSize: 256,
      maxConcurrentBatches: 1,
      isItemFault: isRefusedForItsValues,
    });
  }

  /** Resolves once the inquiry is committed. */
  record(inquiry: InquiryToRecord): Promise<void> {
    return this.batcher.submit(inquiry);
  }

  private async insert(inquiries: InquiryToRecord[]): Promise<void[]> {
    await this.repository.insert(inquiries, this.channels.written);
    return inquiries.map(() => undefined);
  }
}
