import { describe, expect, test } from "vitest";
import { anchorsOf, linksOf, outsideReferences } from "./markdown";

describe("reading Markdown for the link check", () => {
  test("finds relative links and skips absolute URLs and code", () => {
    const text = [
      "See [the API](docs/api.md#endpoints) and [licences](https://example.org/x).",
      "`[not a link](nowhere.md)`",
      "```",
      "[also not](nowhere.md)",
      "```",
      "[mail](mailto:a@b.c) [here](#the-two-commands)",
    ].join("\n");
    expect(linksOf(text)).toEqual(["docs/api.md#endpoints", "#the-two-commands"]);
  });

  test("anchors follow GitHub's rule", () => {
    expect(anchorsOf("# Hashrate Atlas\n## The two commands\n### `GET /api/health`")).toEqual(
      new Set(["hashrate-atlas", "the-two-commands", "get-apihealth"]),
    );
  });

  test("flags references to documents outside the repository", () => {
    expect(
      outsideReferences("as STYLE habit 9 says\nsee SPEC §9\nfixed in issue 15\nfine"),
    ).toEqual(["as STYLE habit 9 says", "see SPEC §9", "fixed in issue 15"]);
    expect(
      outsideReferences('describe("pages agree (#24)"\n// finding 5: slowloris\nRFC 4291 §2.5.5.1'),
    ).toEqual(['describe("pages agree (#24)"', "// finding 5: slowloris"]);
  });
});
