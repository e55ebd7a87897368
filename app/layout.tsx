import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { publicOriginFor } from "@/lib/http/public-origin";
import "./globals.css";

/** metadataBase (absolute URLs of preview images) only from a trusted origin: lib/http/public-origin.ts. */
export async function generateMetadata(): Promise<Metadata> {
  const origin = publicOriginFor(await headers());
  return {
    title: "Hashrate Atlas — where Bitcoin is mined",
    description:
      "Where Bitcoin is mined and where its network runs, month by month: hashrate by country, the Global South's share as a range, known sites, nodes and pools, each with its source.",
    ...(origin ? { metadataBase: new URL(origin) } : {}),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page is rendered per request: Next.js puts the request's CSP nonce (proxy.ts) on the
// scripts it renders, which a page prerendered at build time (such as the 404) would lack.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
