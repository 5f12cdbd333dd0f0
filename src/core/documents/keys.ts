/**
 * Ed25519 keys and signatures (node:crypto). Keys travel as base64 DER: SPKI for the public key,
 * PKCS#8 for the private key; a key is named by the SHA-256 of its public key.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { sha256 } from './load-document';

export interface KeyPair {
  publicKey: string;
  privateKey: string;
  keyId: string;
}

export function newKeyPair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    publicKey: pub,
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
    keyId: keyIdOf(pub),
  };
}

export const keyIdOf = (publicKey: string) => sha256(publicKey);

/** Ed25519 over the UTF-8 bytes of `text`, base64. */
export function signText(privateKey: string, text: string): string {
  const key = createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return sign(null, Buffer.from(text, 'utf8'), key).toString('base64');
}

/** False for a wrong signature, and for a malformed key or signature (never throws). */
export function verifyText(publicKey: string, text: string, signature: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
