import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** How far a request's timestamp may be from our clock before it counts as a replay. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

const HEX_SIGNATURE = /^[0-9a-f]{128}$/i;
const UNIX_SECONDS = /^\d{1,12}$/;

/** Why a request was refused; each becomes a 401. */
export type SignatureProblem = 'missing signature' | 'bad signature' | 'stale timestamp';

/**
 * Checks Discord's Ed25519 signatures on interaction requests, with
 * node's own crypto: the public key from the Developer Portal (64 hex
 * characters) verifies `timestamp + raw body bytes`.
 */
export class SignatureVerifier {
  private readonly key: KeyObject;

  constructor(
    publicKeyHex: string,
    private readonly nowSeconds: () => number = () => Date.now() / 1000,
  ) {
    this.key = createPublicKey({
      key: {
        kty: 'OKP',
        crv: 'Ed25519',
        x: Buffer.from(publicKeyHex, 'hex').toString('base64url'),
      },
      format: 'jwk',
    });
  }

  /**
   * Null when the request is Discord's and fresh. The signature is checked
   * before the timestamp so that nothing about an unsigned request's age is
   * revealed, and over the bytes as received: re-serialised JSON would differ.
   */
  check(
    signature: string | undefined,
    timestamp: string | undefined,
    body: Buffer,
  ): SignatureProblem | null {
    if (!signature || !timestamp) return 'missing signature';
    if (!HEX_SIGNATURE.test(signature) || !UNIX_SECONDS.test(timestamp)) return 'bad signature';
    const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
    if (!verify(null, signed, this.key, Buffer.from(signature, 'hex'))) return 'bad signature';
    if (Math.abs(this.nowSeconds() - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
      return 'stale timestamp';
    }
    return null;
  }
}
