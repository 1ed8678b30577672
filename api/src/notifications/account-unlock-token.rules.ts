import { createHash, createHmac, hkdfSync } from 'node:crypto';

/*
 * The one-time token that lifts a locked back-office account's lockout (auth/), carried by the
 * `account.unlock` e-mail. It is stored nowhere: the table that checks it keeps its SHA-256, the
 * outbox that delivers it keeps the token's id, and whoever sends the e-mail derives the token again
 * from that id under a key of the server's. A database dump alone therefore yields no token, and
 * every API process of one registry derives the same one.
 *
 * The key comes from JWT_SECRET: whoever holds that can already sign an admin's access token, so a
 * token derived from it opens nothing new; the registry pepper stays for identities alone.
 */

/** 32 bytes of HMAC-SHA-256, base64url: 43 characters. */
export const UNLOCK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function unlockTokenKey(jwtSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', jwtSecret, 'qorgau', 'account-unlock-token/v1', 32));
}

export function unlockTokenFor(key: Buffer, tokenId: string): string {
  return createHmac('sha256', key).update(tokenId).digest('base64url');
}

export function unlockTokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
