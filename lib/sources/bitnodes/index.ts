import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { SourceError } from "../../http/errors";
import type { IngestContext } from "../../ingest/context";
import { parseJsonBody } from "../../ingest/fetch-source";
import { type IngestOutcome, runSource } from "../../ingest/run";
import { hasIngest, ingestId, insertIngest } from "../../store/ingests";
import { insertNodeSnapshot } from "../../store/nodes";
import { saveValidators } from "../../store/requests";
import { recordSourceSuccess, type SourceDescription } from "../../store/sources";
import { fetchSnapshot } from "./client";
import { exportToSnapshot, SOURCE_ID, snapshotToInput, validateSnapshot } from "./parse";
import type { BitnodesSnapshot } from "./schema";

export const bitnodesSource: SourceDescription = {
  id: SOURCE_ID,
  name: "Bitnodes reachable-node snapshot",
  publisher: "Bitnodes (Addy Yeow)",
  url: "https://bitnodes.io",
  licence:
    "No licence is stated for the data; Bitnodes API terms apply. The crawler that produces it, ayeowch/bitnodes, is MIT-licensed.",
  attribution: "Bitnodes (https://bitnodes.io), snapshot of reachable Bitcoin nodes",
  notes: [
    "Nodes without upstream coordinates are geolocated locally with DB-IP Lite (CC BY 4.0, IP Geolocation by DB-IP); Tor, I2P and CJDNS nodes are counted as unlocated.",
  ],
};

interface Payload {
  snapshot: BitnodesSnapshot;
  bytes: Buffer;
  url: string;
  validators: { etag: string | null; lastModified: string | null } | null;
}

/** `--file`: a saved API snapshot, or the crawler's export named `<unix time>.json`. */
export async function readSnapshotFile(path: string): Promise<Payload> {
  const bytes = await readFile(path);
  const json = parseJsonBody(SOURCE_ID, bytes);
  const stamp = /^(\d{9,11})\.json$/.exec(basename(path));
  let snapshot: BitnodesSnapshot;
  if (Array.isArray(json)) {
    if (!stamp?.[1]) {
      throw new SourceError(
        SOURCE_ID,
        "parse",
        `crawler export ${path} must be named <unix time>.json`,
      );
    }
    snapshot = exportToSnapshot(json, Number(stamp[1]));
  } else snapshot = validateSnapshot(json);
  return { snapshot, bytes, url: `file:${basename(path)}`, validators: null };
}

async function fetchPayload(ctx: IngestContext): Promise<Payload | null> {
  const result = await fetchSnapshot(ctx);
  if (result.notModified) return null;
  const snapshot = validateSnapshot(parseJsonBody(SOURCE_ID, result.body));
  return { snapshot, bytes: result.body, url: result.url, validators: result };
}

/** Fetch (or read) → validate → geolocate → store, in one transaction; a repeat changes nothing. */
export function ingestBitnodes(
  ctx: IngestContext,
  opts: { file?: string } = {},
): Promise<IngestOutcome> {
  return runSource(ctx, bitnodesSource, async () => {
    const payload = opts.file ? await readSnapshotFile(opts.file) : await fetchPayload(ctx);
    const at = ctx.now().toISOString();
    if (!payload) {
      await recordSourceSuccess(ctx.db, SOURCE_ID, at, null);
      return { changed: false, records: 0 };
    }
    ctx.log.progress("geolocating nodes", 0, 1);
    const input = snapshotToInput(payload.snapshot, ctx.geo);
    ctx.log.progress("geolocating nodes", 1, 1);
    const sha = createHash("sha256").update(payload.bytes).digest("hex");
    const changed = await ctx.db.transaction().execute(async (trx) => {
      let inserted = false;
      if (!(await hasIngest(trx, ingestId(SOURCE_ID, sha)))) {
        const id = await insertIngest(trx, {
          sourceId: SOURCE_ID,
          fetchedAt: at,
          upstreamUrl: payload.url,
          contentSha256: sha,
          recordCount: input.total,
        });
        // Same snapshot time already stored (e.g. re-serialised bytes): kept as it is.
        inserted = await insertNodeSnapshot(trx, input, id);
      }
      await recordSourceSuccess(trx, SOURCE_ID, at, input.takenAt);
      if (payload.validators) await saveValidators(trx, SOURCE_ID, payload.url, payload.validators);
      return inserted;
    });
    return { changed, records: changed ? input.total : 0 };
  });
}
