import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Hashrate Atlas — where Bitcoin is mined",
  description:
    "Where Bitcoin is mined and where its network runs, month by month, and how hashrate has shifted toward the Global South.",
};

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
