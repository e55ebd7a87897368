import { readFile } from "node:fs/promises";
import type { z } from "zod";
import { SourceError } from "../../http/errors";
import { splitCredentials } from "../../http/redact";
import type { BitcoindConfig } from "../../ingest/context";
import { rpcEnvelopeSchema } from "./schema";

export const SOURCE_ID = "bitcoind";

/** RPC answers are small (thousands of addresses); anything larger is refused. */
const MAX_BYTES = 16 * 1024 * 1024;

async function authorization(config: BitcoindConfig): Promise<string> {
  let credentials: string | null = null;
  if (config.cookieFile) {
    try {
      credentials = (await readFile(config.cookieFile, "utf8")).trim();
    } catch (error) {
      throw new SourceError(
        SOURCE_ID,
        "network",
        `cannot read the RPC cookie ${config.cookieFile}: ${(error as Error).message}`,
      );
    }
  } else if (config.user !== undefined) credentials = `${config.user}:${config.password ?? ""}`;
  else {
    const fromUrl = splitCredentials(config.url).authorization;
    if (fromUrl) return fromUrl;
  }
  if (!credentials)
    throw new SourceError(
      SOURCE_ID,
      "http",
      "no RPC credentials: set ATLAS_BITCOIND_COOKIE or ATLAS_BITCOIND_USER/PASSWORD",
    );
  return `Basic ${Buffer.from(credentials).toString("base64")}`;
}

/** One JSON-RPC call (POST), validated against `schema`; every failure is a typed SourceError. */
export async function callRpc<T>(
  config: BitcoindConfig,
  method: string,
  params: unknown[],
  schema: z.ZodType<T>,
): Promise<T> {
  const { url } = splitCredentials(config.url);
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: await authorization(config) },
      body: JSON.stringify({ jsonrpc: "1.0", id: method, method, params }),
      signal: AbortSignal.timeout(config.timeoutMs),
      redirect: "error",
    });
  } catch (error) {
    if (error instanceof SourceError) throw error;
    const timedOut = (error as Error).name === "TimeoutError";
    throw new SourceError(
      SOURCE_ID,
      timedOut ? "timeout" : "network",
      `${method}: ${(error as Error).message}`,
    );
  }
  const text = await res.text();
  if (Buffer.byteLength(text) > MAX_BYTES)
    throw new SourceError(SOURCE_ID, "size", `${method}: answer over ${MAX_BYTES} bytes`);
  if (res.status === 401 || res.status === 403)
    throw new SourceError(
      SOURCE_ID,
      "http",
      `${method}: RPC refused the credentials (HTTP ${res.status})`,
    );
  let envelope: z.infer<typeof rpcEnvelopeSchema>;
  try {
    envelope = rpcEnvelopeSchema.parse(JSON.parse(text));
  } catch {
    throw new SourceError(
      SOURCE_ID,
      "parse",
      `${method}: not a JSON-RPC answer (HTTP ${res.status})`,
    );
  }
  if (envelope.error)
    throw new SourceError(
      SOURCE_ID,
      "http",
      `${method}: RPC error ${envelope.error.code}: ${envelope.error.message}`,
    );
  const parsed = schema.safeParse(envelope.result);
  if (!parsed.success)
    throw new SourceError(
      SOURCE_ID,
      "parse",
      `${method}: unexpected result shape (${parsed.error.issues[0]?.message})`,
    );
  return parsed.data;
}
