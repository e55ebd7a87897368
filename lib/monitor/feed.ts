import type { Alert } from "../store/alerts";

/** Atom 1.0 (RFC 4287) of alerts, newest first. Ids are tag URIs so they never change. */
export function renderAtomFeed(alerts: readonly Alert[], baseUrl: string, updated: string): string {
  const base = baseUrl.replace(/\/$/, "");
  const entries = alerts.map(
    (a) => `  <entry>
    <id>tag:hashrate-atlas,2026:alert/${a.id}</id>
    <title>${xml(a.title)}</title>
    <updated>${a.createdAt}</updated>
    <link rel="alternate" type="text/html" href="${xml(`${base}/alerts#${a.id}`)}"/>
    <category term="${xml(a.kind)}"/>
    <summary>${xml(a.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>tag:hashrate-atlas,2026:alerts</id>
  <title>Hashrate Atlas — shift alerts</title>
  <subtitle>Shifts in where Bitcoin is mined and where its nodes run</subtitle>
  <updated>${alerts[0]?.createdAt ?? updated}</updated>
  <author><name>Hashrate Atlas</name></author>
  <link rel="self" type="application/atom+xml" href="${xml(`${base}/feed.xml`)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${base}/alerts`)}"/>
${entries.join("\n")}
</feed>
`;
}

function xml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c,
  );
}
