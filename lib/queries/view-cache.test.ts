import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { getDefinition } from "../geo/definitions";
import { CsvImportError, MAX_EVIDENCE_ROWS } from "../sources/csv-records";
import { importFile } from "../sources/run";
import { STORE_DIALECTS, useMigratedStore } from "../store/testing";
import { getCapacityView, getSitesView } from "./sites-view";
import { viewComputations } from "./view-cache";

/**
 * Heavy views are computed once per data version — however many clients
 * ask at once — and a new import (even back to an older file) is seen at once.
 */
const REAL = readFileSync("lib/sources/sites/fixtures/mining_sites.trimmed.csv", "utf8");
const NOW = new Date("2026-11-15T00:00:00Z");
const [HEADER = "", ...ROWS] = REAL.trimEnd().split("\n");

function write(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "atlas-views-")), "sites.csv");
  writeFileSync(path, text);
  return path;
}

/** The sites file without its last `n` rows: each version's view differs. */
function version(n: number): string {
  return [HEADER, ...ROWS.slice(0, ROWS.length - n)].join("\n");
}

const computed = (name: string) => viewComputations.get(name) ?? 0;

describe.each(STORE_DIALECTS)("heavy views on %s", (dialect) => {
  const current = useMigratedStore(dialect);

  test("thirty concurrent requests for the capacity view compute it once", async () => {
    const { db } = current();
    await importFile(db, "sites", write(version(0)), NOW);
    const definition = getDefinition("unctad");
    const before = computed("capacity");
    const views = await Promise.all(
      Array.from({ length: 30 }, () => getCapacityView(db, definition, NOW)),
    );
    expect(computed("capacity") - before).toBe(1);
    expect(new Set(views).size).toBe(1);
    await getCapacityView(db, definition, NOW);
    expect(computed("capacity") - before).toBe(1);
  });

  test("a new import is a new version: recomputed, and A → B → A serves A's view again", async () => {
    const { db } = current();
    await importFile(db, "sites", write(version(0)), NOW);
    const a = (await getSitesView(db, "2026-10")).sites;
    await importFile(db, "sites", write(version(3)), new Date(NOW.getTime() + 1000));
    const b = (await getSitesView(db, "2026-10")).sites;
    expect(b).not.toEqual(a);
    await importFile(db, "sites", write(version(0)), new Date(NOW.getTime() + 2000));
    expect((await getSitesView(db, "2026-10")).sites).toEqual(a);
  });

  test("a sites file over the evidence cap is refused whole, and the stored version stays", async () => {
    const { db } = current();
    await importFile(db, "sites", write(version(0)), NOW);
    const before = (await getSitesView(db, "2026-10")).sites;
    const rows = Array.from({ length: MAX_EVIDENCE_ROWS + 1 }, (_, i) =>
      (ROWS[i % ROWS.length] ?? "").replace(/^([a-z0-9-]+),/, `$1-${Math.floor(i / ROWS.length)},`),
    );
    const refused = await importFile(db, "sites", write([HEADER, ...rows].join("\n")), NOW).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(CsvImportError);
    expect((refused as CsvImportError).problems[0]).toMatch(/the limit for this import is 1000/);
    expect((await getSitesView(db, "2026-10")).sites).toEqual(before);
  });
});
