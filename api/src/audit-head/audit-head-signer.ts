import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { AnswerSigner } from '../signing/answer-signer.service';
import { HEAD_ENTITY_TYPE, HEAD_SIGNED_ACTION, headNeedsSigning, headPayload } from './audit-head.rules';

/**
 * Signs the audit chain's head at start and every AUDIT_HEAD_SIGN_INTERVAL_SECONDS, when it moved,
 * with the answer-signing key, and appends the JWS to the log (`audit.head-signed`). The chain lock
 * makes it one signature per head however many processes share the database.
 */
@Injectable()
export class AuditHeadSigner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AuditHeadSigner.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly audit: AuditService,
    private readonly signer: AnswerSigner,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.signHeadOrWarn();
    this.timer = setInterval(() => void this.signHeadOrWarn(), this.config.audit.headSignIntervalSeconds * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Signs the head if it moved since the last signature; true if it did. */
  signHead(): Promise<boolean> {
    return this.audit.appendOnHead(async (head) => {
      if (!head || !headNeedsSigning(head)) return null;
      const jws = await this.signer.sign(headPayload(head, new Date()));
      return { actor: null, action: HEAD_SIGNED_ACTION, entityType: HEAD_ENTITY_TYPE, entityId: head.id, after: { headId: head.id, headHash: head.hash, jws } };
    });
  }

  private async signHeadOrWarn(): Promise<void> {
    try {
      await this.signHead();
    } catch (error) {
      this.logger.warn(`could not sign the audit chain's head: ${(error as Error).message}`);
    }
  }
}
