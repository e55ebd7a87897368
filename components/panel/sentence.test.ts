import { expect, test } from "vitest";
import { sentence } from "./sentence";

test("source texts end as sentences, and no full stop is doubled", () => {
  expect(sentence("No open licence")).toBe("No open licence.");
  expect(sentence("CC BY-NC-SA 4.0.")).toBe("CC BY-NC-SA 4.0.");
  expect(sentence("  ")).toBe("");
});
