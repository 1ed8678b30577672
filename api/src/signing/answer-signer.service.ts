import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { SigningKeyRotation } from '@qorgau/shared';
import type { KeyObject } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { Batcher } from '../common/batcher';
import { APP_CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/development-secrets';
import { CHANGE_CHANNELS, ChangeNotifications } from '../database/change-notifications';
import { SigningKeysRepository, type NewSigningKeyRecord } from './signing-keys.repository';
import { Ed25519SigningThread } from './signing-thread';
import { decryptPrivateKey, deriveKeyEncryptionKey, encodedJwsHeader, encryptPrivateKey, generateSigningKey, jwsSigningInput, type PublicJwk } from './signing.rules';

/**
 * How often each process reads the keys again, should it miss a rotation's announcement
 * (database/change-notifications.ts): a rotation in another process reaches this one at once, and
 * within this time at worst (the old key stays published, so its signatures still verify).
 */
const REFRESH_INTERVAL_MS = 4000;

/** Signatures waiting for the signing thread: the input and the key its header names. */
interface SignatureRequest {
  input: string;
  privateKey: KeyObject;
}

interface SigningState {
  kid: string;
  encodedHeader: string;
  privateKey: KeyObject;
  jwks: { keys: PublicJwk[] };
}

/**
 * Signs the answers to banks with the newest active Ed25519 key and publishes the JWKS that
 * verifies them: the active key and retired keys until their signatures' retention ends.
 */
@Injectable()
export class AnswerSigner implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AnswerSigner.name);
  private readonly encryptionKey: Buffer;
  private state!: SigningState;
  private refreshTimer?: NodeJS.Timeout;
  /** Reads of the keys run one after another: a read begun before a rotation never lands after one begun since. */
  private refreshing: Promise<void> = Promise.resolve();
  private readonly thread = new Ed25519SigningThread();
  private readonly signatures = new Batcher<SignatureRequest, string>((requests) => this.signBatch(requests), { maxBatchSize: 512, maxConcurrentBatches: 2 });

  constructor(
    private readonly keys: SigningKeysRepository,
    private readonly audit: AuditService,
    private readonly notifications: ChangeNotifications,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {
    this.encryptionKey = deriveKeyEncryptionKey(config.registry.pepper);
  }

  async onModuleInit(): Promise<void> {
    await this.refresh();
    const refreshQuietly = () => this.refresh().catch((error: Error) => this.logger.warn(`could not read the signing keys again: ${error.message}`));
    this.notifications.subscribe(CHANGE_CHANNELS.signingKeys, refreshQuietly);
    this.refreshTimer = setInterval(refreshQuietly, REFRESH_INTERVAL_MS);
    this.refreshTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.refreshTimer);
    await this.thread.close();
  }

  /** A compact JWS over the JSON of `payload`, header `{alg: EdDSA, kid}`; concurrent calls are signed together on the signing thread. */
  async sign(payload: object): Promise<string> {
    const { encodedHeader, privateKey } = this.state;
    const input = jwsSigningInput(encodedHeader, payload);
    return `${input}.${await this.signatures.submit({ input, privateKey })}`;
  }

  jwks(): { keys: PublicJwk[] } {
    return this.state.jwks;
  }

  /** A new key signs from now on; the old one retires but stays published for the retention period. */
  async rotate(actor: Actor): Promise<SigningKeyRotation> {
    const key = this.newKey();
    const rotation = await this.keys.transaction(async (manager) => {
      const { retiredKid, createdAt } = await this.keys.rotate(manager, key);
      await this.audit.append(manager, { actor, action: 'signing-key.rotated', entityType: 'signing-key', entityId: key.kid, before: { activeKid: retiredKid }, after: { activeKid: key.kid } });
      await this.notifications.announce(manager, CHANGE_CHANNELS.signingKeys);
      return { kid: key.kid, createdAt: createdAt.toISOString(), retiredKid };
    });
    await this.refresh();
    return rotation;
  }

  private signBatch(requests: SignatureRequest[]): Promise<string[]> {
    const { privateKey } = requests[0];
    if (requests.every((request) => request.privateKey === privateKey)) {
      return this.thread.sign(privateKey, requests.map((request) => request.input));
    }
    // A rotation between two requests of one batch: each is signed with the key its header names.
    return Promise.all(requests.map(async (request) => (await this.thread.sign(request.privateKey, [request.input]))[0]));
  }

  /** A new key as stored: its private half encrypted. */
  private newKey(): NewSigningKeyRecord {
    const key = generateSigningKey(new Date());
    return { kid: key.kid, publicJwk: key.publicJwk, privateKeyEncrypted: encryptPrivateKey(key.privateKey, key.kid, this.encryptionKey) };
  }

  private refresh(): Promise<void> {
    const next = this.refreshing.catch(() => undefined).then(() => this.readKeys());
    this.refreshing = next;
    return next;
  }

  /** Reads the published keys; the first start of all makes the first key. */
  private async readKeys(): Promise<void> {
    let published = await this.keys.findPublished(this.config.signing.retentionDays);
    if (!published.some((key) => key.retiredAt === null)) {
      await this.keys.insertIfNoneActive(this.newKey());
      published = await this.keys.findPublished(this.config.signing.retentionDays);
    }
    const active = published.find((key) => key.retiredAt === null)!;
    const jwks = { keys: published.map((key) => key.publicJwk) };
    if (this.state?.kid === active.kid) {
      this.state = { ...this.state, jwks };
      return;
    }
    this.state = {
      kid: active.kid,
      encodedHeader: encodedJwsHeader(active.kid),
      privateKey: decryptPrivateKey(active.privateKeyEncrypted, active.kid, this.encryptionKey),
      jwks,
    };
    this.logger.log(`answers are signed with key ${active.kid}`);
  }
}
