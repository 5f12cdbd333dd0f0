/**
 * Key derivation. The memo key is the secretariat's secret; each copy's key is
 * HMAC-SHA256(memo key, memo id | recipient), and every mark of that copy is read from HMACs
 * under the copy key. Without the memo key the marks of a copy cannot be predicted, and two
 * copies' marks are independent.
 */
import { createHmac } from 'node:crypto';
import { AppError } from '../errors';

export const MARK_SCHEME = 'guarantor-memo-mark/1';

/** Accepts the memo key as hex of at least 128 bits. Throws `validation` otherwise. */
export function memoKeyBytes(hex: string): Buffer {
  if (!/^(?:[0-9a-f]{2}){16,}$/i.test(hex))
    throw new AppError('validation', 'memo key must be hex of at least 16 bytes', [
      { path: 'memoKey', message: 'hex, at least 32 characters' },
    ]);
  return Buffer.from(hex, 'hex');
}

export function deriveCopyKey(memoKey: Buffer, memoId: string, recipient: string): string {
  return createHmac('sha256', memoKey).update(`${MARK_SCHEME}|copy|${memoId}|${recipient}`).digest('hex');
}

/** An opaque, stable id for a copy: it names the copy without naming the recipient. */
export function copyIdFor(copyKeyHex: string): string {
  return `mc-${createHmac('sha256', Buffer.from(copyKeyHex, 'hex')).update('copy-id').digest('hex').slice(0, 16)}`;
}

/** Which of `k` variants the copy shows at the choice point named `context` (uniform, keyed). */
export function chooseVariant(copyKey: Buffer, context: string, k: number): number {
  return createHmac('sha256', copyKey).update(context).digest().readUInt32BE(0) % k;
}

/** The copy's zero-width code: 16 bytes, one per chunk. */
export function zeroWidthCode(copyKey: Buffer): Uint8Array {
  return new Uint8Array(createHmac('sha256', copyKey).update('zero-width-code').digest().subarray(0, 16));
}
