import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { parseArgs } from "../cli/args";
import { seedManifestSchema } from "../seed/schema";
import type { SourceContract } from "./definition";
import { FAMILIES, IMPORT_KINDS, INGEST_TARGETS, SOURCES, sourceContract } from "./registry";

/**
 * The contract every source declaration keeps (lib/sources/definition.ts), run over the whole
 * registry: a new source is checked the moment it is listed.
 */

const dataSources = readFileSync("DATA_SOURCES.md", "utf8");
/** Ids the hand-written table of DATA_SOURCES.md names: "what we take", above the generated one. */
const handWritten = dataSources.slice(0, dataSources.indexOf("<!-- sources:begin"));
const documented = [...handWritten.matchAll(/^\| `([a-z0-9*-]+)` /gm)].map((m) => m[1] ?? "");

const contracts: [string, SourceContract, string][] = [
  ...SOURCES.map((s): [string, SourceContract, string] => [s.id, s, s.id]),
  ...FAMILIES.map((f): [string, SourceContract, string] => [
    `${f.idPrefix}*`,
    f,
    f.idPrefix.replace(/-$/, ""),
  ]),
];

/** A golden file of each fixture's parse, beside the fixtures of the source's own folder. */
const golden = (folder: string, fixture: string) =>
  `./${folder}/fixtures/golden/${basename(fixture).replace(/\.(json|csv)$/, "")}.json`;

describe("source registry", () => {
  test("ids are unique, and no id is taken by a family's prefix", () => {
    const ids = SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FAMILIES) expect(ids.filter((id) => id.startsWith(f.idPrefix))).toEqual([]);
  });

  test("an id nobody declared is an error, a family member is its family's", () => {
    expect(() => sourceContract("not-declared")).toThrow(/Unknown source "not-declared"/);
    expect(sourceContract("reported-someone")).toBe(FAMILIES[0]);
  });

  test("every documented id in DATA_SOURCES.md is declared (or is the GeoIP database)", () => {
    for (const id of documented) {
      if (id === "dbip-city" || id.endsWith("*")) continue;
      expect(() => sourceContract(id), id).not.toThrow();
    }
  });

  test("the command lines it declares are ones `atlas` accepts", () => {
    for (const target of INGEST_TARGETS)
      expect(parseArgs(["ingest", target])).toMatchObject({ targets: [target] });
    for (const [, c] of contracts) {
      if (c.ingest?.usage)
        expect(() => parseArgs(c.ingest?.usage?.split(" ").slice(1) ?? [])).not.toThrow();
      if (c.fileImport)
        expect(parseArgs(c.fileImport.usage.split(" ").slice(1))).toMatchObject({
          command: "import",
          kind: c.fileImport.kind,
        });
    }
    expect(IMPORT_KINDS).toContain("reported");
  });
});

/** The source ids the bundled seed carries (data/seed/, by its manifest). */
const sourceOf = z.object({ source: z.object({ id: z.string() }) });
const seededIds = new Set(
  seedManifestSchema
    .parse(JSON.parse(readFileSync("data/seed/manifest.json", "utf8")))
    .files.map(
      ({ file }) => sourceOf.parse(JSON.parse(readFileSync(`data/seed/${file}`, "utf8"))).source.id,
    ),
);

describe.each(contracts)("%s", (id, contract, folder) => {
  test("lives in its own folder and is listed in DATA_SOURCES.md", () => {
    expect(existsSync(`lib/sources/${folder}/index.ts`)).toBe(true);
    expect(documented).toContain(id);
  });

  test("an archive is never stale; a live source says when it is", () => {
    if (contract.kind === "archive") expect(contract.staleAfterHours).toBeNull();
    else expect(contract.staleAfterHours).toBeGreaterThan(0);
    expect(contract.cadence.length).toBeGreaterThan(0);
  });

  test("is declared seeded exactly when the bundled seed carries it", () => {
    const bundled = [...seededIds].some(
      (s) => s === id || (id.endsWith("*") && s.startsWith(id.slice(0, -1))),
    );
    expect(bundled).toBe(contract.seeded);
  });

  test("a live source can be fetched; an archive arrives bundled or imported", () => {
    if (contract.kind === "live") expect(contract.ingest).toBeDefined();
    else expect(contract.seeded || contract.fileImport !== undefined).toBe(true);
  });

  // Each recorded payload, parsed, against its golden file: a change in what a parser emits
  // shows in review as a change of that file (`npx vitest run -u` rewrites it).
  for (const fixture of contract.fixtures ?? []) {
    test(`its parse of ${fixture.file} matches the golden file`, async () => {
      const records = fixture.parse(readFileSync(fixture.file, "utf8"));
      expect(records).not.toEqual([]);
      await expect(`${JSON.stringify(records, null, 2)}\n`).toMatchFileSnapshot(
        golden(folder, fixture.file),
      );
    });
  }
});
