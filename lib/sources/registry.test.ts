import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sourceFacts } from "./catalog";
import { adapters } from "./registry";

const dataSources = readFileSync("DATA_SOURCES.md", "utf8");

describe("source registry contract", () => {
  test("adapter ids are unique", () => {
    const ids = adapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(adapters.map((a) => [a.id, a] as const))("%s", (id, adapter) => {
    test("has its recorded fixtures committed", () => {
      expect(adapter.fixtures.length).toBeGreaterThan(0);
      for (const fixture of adapter.fixtures) expect(existsSync(fixture), fixture).toBe(true);
    });

    test("parses every fixture into a non-empty list of records", () => {
      for (const fixture of adapter.fixtures) {
        expect(adapter.parseFixture(readFileSync(fixture, "utf8")).length, fixture).toBeGreaterThan(
          0,
        );
      }
    });

    test("is listed in DATA_SOURCES.md and in the source catalog", () => {
      expect(dataSources).toContain(`| \`${id}\``);
      expect(sourceFacts(id).id).toBe(id);
      expect(adapter.source.id).toBe(id);
    });
  });
});
