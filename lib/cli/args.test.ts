import { describe, expect, test } from "vitest";
import { parseArgs } from "./args";
import { createLogger } from "./log";

describe("atlas arguments", () => {
  test("ingest with no target means every target", () => {
    expect(parseArgs(["ingest"])).toEqual({
      command: "ingest",
      targets: ["pools", "mempool", "bitnodes", "bitcoind"],
      deliver: false,
    });
    expect(parseArgs(["ingest", "all"])).toMatchObject({
      targets: ["pools", "mempool", "bitnodes", "bitcoind"],
    });
  });

  test("named targets are kept once each", () => {
    expect(parseArgs(["ingest", "mempool", "mempool", "pools"])).toMatchObject({
      targets: ["mempool", "pools"],
    });
  });

  test("--file goes with ingest bitnodes only", () => {
    expect(parseArgs(["ingest", "bitnodes", "--file", "1663113591.json"])).toMatchObject({
      file: "1663113591.json",
    });
    expect(() => parseArgs(["ingest", "mempool", "--file", "x.json"])).toThrow(
      /--file and --timestamp apply to "ingest bitnodes" only/,
    );
  });

  test("--timestamp picks a past Bitnodes snapshot", () => {
    expect(parseArgs(["ingest", "bitnodes", "--timestamp", "1647591363"])).toMatchObject({
      timestamp: 1647591363,
    });
    expect(() => parseArgs(["ingest", "bitnodes", "--timestamp", "soon"])).toThrow(/timestamp/);
  });

  test.each([
    [["ingest", "bitnodez"], /Invalid option/],
    [["import"], /file/],
    [["frobnicate"], /usage/],
    [["ingest", "--fast"], /unknown option --fast/],
  ])("rejects %j with usage", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

test("off a terminal the logger writes one JSON object per line and no progress bar", () => {
  const lines: string[] = [];
  const log = createLogger({ tty: false, write: (l) => lines.push(l), now: () => new Date(0) });
  log.progress("step", 1, 2);
  log.error("ingest failed", { source: "bitnodes" });
  expect(lines.map((l) => JSON.parse(l))).toEqual([
    { ts: "1970-01-01T00:00:00.000Z", level: "error", msg: "ingest failed", source: "bitnodes" },
  ]);
});

describe("crawl and worker arguments", () => {
  test("parse the crawl options the operator gives", () => {
    expect(
      parseArgs([
        "crawl",
        "--seed",
        "127.0.0.1:18444",
        "--seed",
        "[::1]:18444",
        "--network",
        "regtest",
        "--max-nodes",
        "50",
        "--concurrency",
        "4",
        "--deadline",
        "90s",
        "--allow-private",
      ]),
    ).toEqual({
      command: "crawl",
      peers: ["127.0.0.1:18444", "[::1]:18444"],
      network: "regtest",
      maxNodes: 50,
      concurrency: 4,
      deadlineMs: 90_000,
      allowPrivate: true,
      deliver: false,
    });
    expect(parseArgs(["crawl", "--deadline", "10m"])).toMatchObject({
      deadlineMs: 600_000,
      network: "mainnet",
      allowPrivate: false,
    });
  });

  test("--deliver and --dry-run (webhooks go out with the worker, or on request)", () => {
    expect(parseArgs(["import", "sites", "f.csv", "--dry-run"])).toMatchObject({
      kind: "sites",
      file: "f.csv",
      dryRun: true,
      deliver: false,
    });
    expect(parseArgs(["import", "f.csv", "--deliver"])).toMatchObject({ deliver: true });
    expect(parseArgs(["ingest", "mempool", "--deliver"])).toMatchObject({ deliver: true });
    expect(parseArgs(["crawl", "--deliver"])).toMatchObject({ deliver: true });
    expect(() => parseArgs(["ingest", "--dry-run"])).toThrow(/unknown option --dry-run/);
    expect(() => parseArgs(["import", "f.csv", "--file", "g"])).toThrow(/ingest bitnodes/);
  });

  test("refuse a bad network, duration or unknown option with the usage text", () => {
    expect(() => parseArgs(["crawl", "--network", "moon"])).toThrow(/network.*\n.*usage/s);
    expect(() => parseArgs(["crawl", "--deadline", "soon"])).toThrow(/duration/);
    expect(() => parseArgs(["crawl", "--fast"])).toThrow(/unknown argument --fast/);
    expect(() => parseArgs(["worker", "now"])).toThrow(/worker takes no arguments/);
  });
});
