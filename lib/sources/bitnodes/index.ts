import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { SourceError } from "../../http/errors";
import type { IngestContext } from "../../ingest/context";
import { parseJsonBody } from "../../ingest/fetch-source";
import type { FetchedBatch } from "../../ingest/write";
import type { SourceDefinition } from "../definition";
import { fetchSnapshot } from "./client";
import { exportToSnapshot, SOURCE_ID, snapshotToInput, validateSnapshot } from "./parse";
import type { BitnodesSnapshot } from "./schema";

const FIXTURES = "lib/sources/bitnodes/fixtures";

export const bitnodesSource: SourceDefinition = {
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
  kind: "live",
  staleAfterHours: 48,
  evidence:
    "Reachable Bitcoin nodes in a snapshot of the network; Tor and I2P nodes have no location and are counted, never placed.",
  cadence: "snapshots taken around the clock; anonymous API use allows about 50 requests a day",
  records: ["node-snapshot"],
  seeded: true,
  ingest: {
    target: "bitnodes",
    needsNetwork: true,
    url: "ATLAS_BITNODES_URL",
    fetch: (ctx) => fetchBitnodes(ctx),
    every: "ATLAS_INTERVAL_BITNODES_MIN",
  },
  fixtures: ["snapshot-1647591363.trimmed.json", "snapshot-1647591363.5-field.json"].map(
    (name) => ({
      file: `${FIXTURES}/${name}`,
      parse: (text: string) => snapshotToInput(validateSnapshot(JSON.parse(text)), null),
    }),
  ),
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

async function fetchPayload(ctx: IngestContext, timestamp?: number): Promise<Payload | null> {
  const result = await fetchSnapshot(ctx, timestamp ?? "latest");
  if (result.notModified) return null;
  const snapshot = validateSnapshot(parseJsonBody(SOURCE_ID, result.body));
  return { snapshot, bytes: result.body, url: result.url, validators: result };
}

/** Fetch (or read) → validate → geolocate: one snapshot, or none when it is not modified. */
export async function* fetchBitnodes(
  ctx: IngestContext,
  opts: { file?: string; timestamp?: number } = {},
): AsyncGenerator<FetchedBatch> {
  const payload = opts.file
    ? await readSnapshotFile(opts.file)
    : await fetchPayload(ctx, opts.timestamp);
  if (!payload) return;
  ctx.log.progress("geolocating nodes", 0, 1);
  const snapshot = snapshotToInput(payload.snapshot, ctx.geo);
  ctx.log.progress("geolocating nodes", 1, 1);
  yield {
    kind: "node-snapshot",
    records: snapshot,
    sha256: createHash("sha256").update(payload.bytes).digest("hex"),
    upstreamUrl: payload.url,
    fetchedAt: ctx.now().toISOString(),
    validators: payload.validators ? [{ url: payload.url, ...payload.validators }] : [],
  };
}
