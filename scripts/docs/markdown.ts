/** Just enough Markdown reading to check the documentation's links (links.test.ts). */

const INLINE_LINK = /\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const FENCE = /^```[\s\S]*?^```/gm;
const CODE_SPAN = /`[^`\n]*`/g;

/** Relative link targets (files and anchors), skipping code and absolute URLs. */
export function linksOf(markdown: string): string[] {
  const prose = markdown.replace(FENCE, "").replace(CODE_SPAN, "");
  return [...prose.matchAll(INLINE_LINK)]
    .map((m) => m[1] ?? "")
    .filter((href) => href !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(href));
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const line of markdown.replace(FENCE, "").split("\n")) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading?.[1]) continue;
    anchors.add(
      heading[1]
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, "")
        .replace(/\s/g, "-"),
    );
  }
  return anchors;
}

/**
 * Phrases that send a reader to documents this repository does not contain: the team's style
 * guide and product spec, and issue numbers (or an issue's numbered findings) of a tracker the
 * reader cannot see. A section of an RFC is public and stays.
 */
const OUTSIDE = [
  /\bSTYLE(\.md)?\b(?! guide)/,
  /\bSPEC(\.md)?\b/,
  /\bissue #?\d+\b/i,
  /\(#\d+\)/,
  /\bfindings? \d+\b/i,
  /(?<!RFC \d+ )§\s*\d/,
];

/** The lines of a Markdown or source text that refer to a document outside the repository. */
export function outsideReferences(markdown: string): string[] {
  return markdown
    .split("\n")
    .filter((line) => OUTSIDE.some((p) => p.test(line)))
    .map((line) => line.trim());
}
