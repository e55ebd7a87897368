import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { getSitesView } from "../../queries/sites-view";
import { listSiteFacts } from "../../store/evidence";
import { STORE_DIALECTS, useMigratedStore } from "../../store/testing";
import { CsvImportError } from "../csv-records";
import { importFile } from "../run";

const importSitesCsv = (db: Parameters<typeof importFile>[0], path: string, now?: Date) =>
  importFile(db, "sites", path, now);

const REAL = readFileSync("lib/sources/sites/fixtures/mining_sites.trimmed.csv", "utf8");
const NOW = new Date("2026-11-15T00:00:00Z");

function write(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "atlas-sites-")), "sites.csv");
  writeFileSync(path, text);
  return path;
}

describe.each(STORE_DIALECTS)("importing the sites file on %s", (dialect) => {
  const current = useMigratedStore(dialect);

  test("stores every fact, and the same file again changes nothing", async () => {
    const store = current();
    const path = write(REAL);
    const first = await importSitesCsv(store.db, path, NOW);
    expect(first).toMatchObject({ changed: true, rows: REAL.trimEnd().split("\n").length - 1 });
    const stored = await listSiteFacts(store.db);
    expect(await importSitesCsv(store.db, path, NOW)).toMatchObject({ changed: false });
    expect(await listSiteFacts(store.db)).toEqual(stored);
  });

  test("a newer version replaces the stored one whole, and its facts land at their months", async () => {
    const store = current();
    await importSitesCsv(store.db, write(REAL), NOW);
    // A newer file: one site we have never seen, energized in 2026-03 after being announced.
    const [header, ...rows] = REAL.trimEnd().split("\n");
    const newer = [
      header,
      ...rows.slice(1),
      "newco-itaipu,NewCo Mining,Itaipu 60 MW,PY,Hernandarias,-25.41,-54.64,locality,60,,announced,2025-11,,,news,https://example.org/a,2025-11-03,,planned,medium",
      "newco-itaipu,NewCo Mining,Itaipu 60 MW,PY,Hernandarias,-25.41,-54.64,locality,,2.1,energized,2026-03,,,news,https://example.org/b,2026-03-10,,,high",
    ].join("\n");
    expect((await importSitesCsv(store.db, write(newer), NOW)).changed).toBe(true);
    expect(await listSiteFacts(store.db)).toHaveLength(rows.length - 1 + 2);
    const at = async (month: string) =>
      (await getSitesView(store.db, month)).sites.find((s) => s.id === "newco-itaipu");
    expect(await at("2025-10")).toBeUndefined();
    expect(await at("2025-12")).toMatchObject({
      status: "announced",
      capacityMw: 60,
      mwBasis: "planned",
    });
    // The energized fact states EH/s only: the plan's 60 MW is not carried to it.
    expect(await at("2026-04")).toMatchObject({
      status: "energized",
      asOf: "2026-03",
      capacityMw: null,
      hashrateEhs: 2.1,
      confidence: "high",
      counted: true,
    });
  });

  test("a file with a bad row changes nothing", async () => {
    const store = current();
    await importSitesCsv(store.db, write(REAL), NOW);
    const before = await listSiteFacts(store.db);
    const bad = REAL.replace(",PY,", ",XX,");
    await expect(importSitesCsv(store.db, write(bad), NOW)).rejects.toBeInstanceOf(CsvImportError);
    expect(await listSiteFacts(store.db)).toEqual(before);
  });
});
