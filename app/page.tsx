import type { Metadata } from "next";
import { headers } from "next/headers";
import { Atlas } from "@/components/atlas/Atlas";
import { formatMonth } from "@/lib/core/month";
import { publicOriginFor } from "@/lib/http/public-origin";
import { parseViewState } from "@/lib/url-state/parse";
import { DEFAULT_DEFINITION } from "@/lib/url-state/view-state";
import { atlasProps, viewDescription } from "./atlas-data";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The social preview of a deep link: the card for its month and definition (/api/og), at an
 * absolute URL as link unfurlers require — from ATLAS_PUBLIC_URL, else an allowed Host
 * (lib/http/public-origin.ts); without either there is no card rather than a forged one.
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const raw = await searchParams;
  const { state } = parseViewState(raw, { first: "2009-01", last: "2999-12" });
  // The headline's own figures for the view's month, never a trend the data does not show.
  const description = (await viewDescription(raw)) ?? undefined;
  const query = new URLSearchParams();
  if (state.month) query.set("m", state.month);
  if (state.definition !== DEFAULT_DEFINITION) query.set("gs", state.definition);
  const origin = publicOriginFor(await headers());
  const title = `Hashrate Atlas${state.month ? ` — ${formatMonth(state.month)}` : ""}`;
  if (!origin)
    return {
      title,
      description,
      openGraph: { title, description },
      twitter: { card: "summary", title, description },
    };
  const image = new URL(`/api/og${query.size > 0 ? `?${query}` : ""}`, origin).toString();
  return {
    title,
    description,
    openGraph: { title, description, images: [{ url: image, width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export default async function HomePage({ searchParams }: Props) {
  const props = await atlasProps(await searchParams);
  if (!props)
    return (
      <main className="page">
        <p className="gap">No country data has been loaded yet.</p>
      </main>
    );
  return (
    <main>
      {/* Feed autodiscovery for the shift alerts (React hoists it into <head>). */}
      <link
        rel="alternate"
        type="application/atom+xml"
        href="/feed.xml"
        title="Hashrate Atlas shift alerts"
      />
      <Atlas {...props} />
    </main>
  );
}
