import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "../env";

/**
 * Webhook signing secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256) from
 * ATLAS_SECRET_KEY, bound to the webhook's id (so a sealed secret copied onto another row does
 * not open). A database dump or backup then holds no usable secret. Without ATLAS_SECRET_KEY,
 * secrets are stored as given (the README says so); sealed ones then cannot be opened and their
 * deliveries fail with a clear error instead of being sent unsigned.
 */
const PREFIX = "sealed:v1:";

export type SecretKey = Buffer;

export function deriveSecretKey(material: string): SecretKey {
  return Buffer.from(
    hkdfSync("sha256", material, "hashrate-atlas", "webhook secrets v1", 32) as ArrayBuffer,
  );
}

let cached: { material: string | undefined; key: SecretKey | null } | undefined;

/** The key from ATLAS_SECRET_KEY, or null when it is not set. */
export function secretKeyFromEnv(): SecretKey | null {
  const material = env().ATLAS_SECRET_KEY;
  if (cached && cached.material === material) return cached.key;
  const key = material ? deriveSecretKey(material) : null;
  cached = { material, key };
  return key;
}

export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

export function sealSecret(plain: string, key: SecretKey, webhookId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(webhookId));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

export class SecretUnavailableError extends Error {
  override name = "SecretUnavailableError";
}

/** The secret as registered; throws SecretUnavailableError when it cannot be opened. */
export function openSecret(stored: string, key: SecretKey | null, webhookId: string): string {
  if (!isSealed(stored)) return stored;
  if (!key)
    throw new SecretUnavailableError(
      "the webhook secret is encrypted but ATLAS_SECRET_KEY is not set",
    );
  const raw = Buffer.from(stored.slice(PREFIX.length), "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(webhookId));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretUnavailableError(
      "the webhook secret does not open with this ATLAS_SECRET_KEY (was the key changed?)",
    );
  }
}
