import type { z } from "zod";
import { NODE_SNAPSHOT_MAX_AGE_DAYS } from "../../core/node-window";
import {
  capacitySchema,
  concentrationSchema,
  countriesSchema,
  countryHistorySchema,
  definitionsSchema,
  estimateEvidenceSchema,
  estimatesSchema,
  estimateValidationSchema,
  footprintSchema,
  globalSouthSchema,
  monthsSchema,
  networkHashrateSchema,
  nodesSchema,
  poolsSchema,
  sharesSchema,
  siteFactsSchema,
  sitesSchema,
} from "../../responses/schemas";
import { snapshotRequestSchema } from "../../share/snapshot-request";
import { query as alertsQuery } from "../handlers/alerts";
import { query as definitionsQuery } from "../handlers/definitions";
import { query as validationQuery } from "../handlers/estimate-validation";
import { query as estimatesQuery } from "../handlers/estimates";
import { query as globalSouthQuery } from "../handlers/global-south";
import { query as nodesQuery } from "../handlers/nodes";
import { query as concentrationQuery } from "../handlers/pool-concentration";
import { query as footprintQuery } from "../handlers/pool-footprint";
import { query as poolsQuery } from "../handlers/pools";
import { query as previewQuery } from "../handlers/preview";
import { ruleBody } from "../handlers/rules";
import { query as sharesQuery } from "../handlers/shares";
import { query as capacityQuery } from "../handlers/site-capacity";
import { query as sitesQuery } from "../handlers/sites";
import { webhookBody } from "../handlers/webhooks";
import { SHARE_TABLE_CSV_HEADER } from "../share-table-csv";

/** The share table's CSV columns, as `format=csv` of shares and snapshots writes them. */
const CSV_COLUMNS = SHARE_TABLE_CSV_HEADER.map((c) => `\`${c}\``).join(", ");

/**
 * Every HTTP endpoint, with the schemas its handler really uses: docs/api.md is written from this
 * list (`npm run api-doc`), and catalogue.test.ts checks that every route under app/api is in it.
 */
export interface Endpoint {
  method: "GET" | "POST" | "DELETE";
  /** As under app/api, with `{name}` for a dynamic segment. */
  path: string;
  what: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: z.ZodType;
  /** The response in words, where no schema describes it. */
  returns?: string;
  admin?: boolean;
}

export const ENDPOINTS: readonly Endpoint[] = [
  {
    method: "GET",
    path: "/api/health",
    what: "The store, every source's last success and error, and the worker. 503 when the database is down; credentials in errors masked.",
    returns:
      "`{status: ok | degraded | down, db, sources: [{id, kind, lastSuccessAt, lastErrorAt, lastError, dataAsOf, stale}], worker: {state, restarts, lastPassAt, pid, lastExit}}`",
  },
  {
    method: "GET",
    path: "/api/v1/months",
    what: "The months with country data, the method and source of each, and the newest with whether it is live (a live feed within its cadence).",
    response: monthsSchema,
  },
  {
    method: "GET",
    path: "/api/v1/shares",
    what: `A month's country shares from its one source: \`share\` is a fraction of total hashrate; \`country\` is ISO 3166-1 alpha-2 or null for the unallocated bucket; \`aggregates\` are the source's group figures with exactly known members (they bound ranges, never split). \`format=csv\` gives the on-screen table (with \`compare\`, both months): the rows, then the share the source names no country for as a row of its own; columns ${CSV_COLUMNS}, the Global South column following \`definition\`.`,
    query: sharesQuery,
    response: sharesSchema,
  },
  {
    method: "GET",
    path: "/api/v1/global-south",
    what: "The Global South range for every month under one definition; a month with less than half of the hashrate named is `insufficient`, a gap.",
    query: globalSouthQuery,
    response: globalSouthSchema,
  },
  {
    method: "GET",
    path: "/api/v1/definitions",
    what: "The Global South definitions with their source, vintage, judgement calls and members.",
    query: definitionsQuery,
    response: definitionsSchema,
  },
  {
    method: "GET",
    path: "/api/v1/nodes",
    what: `The node snapshot that speaks for a month (the newest within ${NODE_SNAPSHOT_MAX_AGE_DAYS} days before its end), per-country counts, the curated sample and DSN's monitor counts; \`detail=locations\` adds the located points. \`snapshot: null\` with \`olderSnapshot\` when none is recent enough.`,
    query: nodesQuery,
    response: nodesSchema,
  },
  {
    method: "GET",
    path: "/api/v1/pools",
    what: "The month's pool data: the window or weeks that speak for it and each pool's share of blocks.",
    query: poolsQuery,
    response: poolsSchema,
  },
  {
    method: "GET",
    path: "/api/v1/pools/concentration",
    what: "The Nakamoto coefficient and HHI for every month with pool data; `nakamoto` is null when named pools hold half or less; `coverage` is the share of blocks by named pools.",
    query: concentrationQuery,
    response: concentrationSchema,
  },
  {
    method: "GET",
    path: "/api/v1/pools/footprint",
    what: "Where the pools behind each month's blocks run stratum servers (share of blocks × located fraction of the pool's hosts): infrastructure, never a hashrate share.",
    query: footprintQuery,
    response: footprintSchema,
  },
  {
    method: "GET",
    path: "/api/v1/sites",
    what: "Known mining sites at a month, each with the MW its status fact states; `stale` = no fact within `horizonMonths`; undated facts listed, never placed.",
    query: sitesQuery,
    response: sitesSchema,
  },
  {
    method: "GET",
    path: "/api/v1/sites/capacity",
    what: "Disclosed MW of counted energized sites in a definition's countries, month by month, per basis: disclosure, not share.",
    query: capacityQuery,
    response: capacitySchema,
  },
  {
    method: "GET",
    path: "/api/v1/sites/facts",
    what: "Every dated and undated site fact as stored.",
    response: siteFactsSchema,
  },
  {
    method: "GET",
    path: "/api/v1/estimates",
    what: "The evidence model's ranges for a month (method `estimated`, shares as fractions), each evidence line with its arithmetic, and the Global South's range; `reason` says why a month has none. Assumptions `eff`, `pue`, `win` as in the page's URL.",
    query: estimatesQuery,
    response: estimatesSchema,
  },
  {
    method: "GET",
    path: "/api/v1/estimates/validation",
    what: "Every country-month with both an estimated range and a measured, reported or medium-confidence published figure: inside, outside or conflict, with counts.",
    query: validationQuery,
    response: estimateValidationSchema,
  },
  {
    method: "GET",
    path: "/api/v1/estimates/evidence",
    what: "The model's inputs, from which the map computes ranges in the browser.",
    response: estimateEvidenceSchema,
  },
  {
    method: "GET",
    path: "/api/v1/network/hashrate",
    what: "Network hashrate by month: the mean of its daily values with the day count (fewer than `minDays`: none).",
    response: networkHashrateSchema,
  },
  {
    method: "GET",
    path: "/api/v1/countries",
    what: "Every country any stored evidence is about, with a count of each kind.",
    response: countriesSchema,
  },
  {
    method: "GET",
    path: "/api/v1/countries/{iso}",
    what: "A country's share history (null where the month's source does not name it: it then holds between 0 and `upTo`), node counts, pool servers and evidence (utilities' figures with their arithmetic, published claims, sites).",
    response: countryHistorySchema,
  },
  {
    method: "GET",
    path: "/api/v1/alerts",
    what: "Shift alerts, newest first; pass `next` back as `cursor` (with the same `kind`) until it is null.",
    query: alertsQuery,
    returns: "`{alerts: [alert], next}`",
  },
  {
    method: "GET",
    path: "/api/v1/rules",
    what: "The shift rules (data): why an alert fired.",
    returns: "`{rules: [{id, enabled, params: {kind, …}}]}`",
  },
  {
    method: "POST",
    path: "/api/v1/rules",
    what: "Create or replace a rule.",
    body: ruleBody,
    admin: true,
  },
  { method: "DELETE", path: "/api/v1/rules/{id}", what: "Delete a rule.", admin: true },
  {
    method: "GET",
    path: "/api/v1/webhooks",
    what: "The registered webhooks, secrets hidden.",
    admin: true,
  },
  {
    method: "POST",
    path: "/api/v1/webhooks",
    what: "Register a webhook (events: rule kinds; default all). Deliveries are signed: see docs/operations.md.",
    body: webhookBody,
    admin: true,
  },
  { method: "DELETE", path: "/api/v1/webhooks/{id}", what: "Remove a webhook.", admin: true },
  {
    method: "POST",
    path: "/api/v1/webhooks/{id}/test",
    what: "Send a signed test delivery now (5 a minute per hook; 503 offline).",
    admin: true,
  },
  {
    method: "GET",
    path: "/api/v1/webhooks/{id}/deliveries",
    what: "A webhook's delivery log.",
    admin: true,
  },
  {
    method: "POST",
    path: "/api/v1/snapshots",
    what: "Freeze the data behind a view, keyed like the URL of `/`: `201 {id, url}`; the same view over the same data gives the same id. Limits in docs/using.md.",
    body: snapshotRequestSchema,
  },
  {
    method: "GET",
    path: "/api/v1/snapshots/{id}",
    what: `A snapshot's frozen data (JSON, or \`format=csv\`), served immutable. The CSV of a month with shares is the live view's table, column for column (${CSV_COLUMNS}); of an estimate-only month, the estimated ranges with their assumptions.`,
  },
  {
    method: "GET",
    path: "/api/og",
    what: "The preview image (PNG) of a deep link to `/`.",
    query: previewQuery,
  },
];
