import { Atlas } from "@/components/atlas/Atlas";
import { atlasProps } from "../atlas-data";

export const dynamic = "force-dynamic";

export const metadata = { title: "Hashrate Atlas (embedded map)" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The chromeless map for other sites' iframes: the same URL parameters as `/`, map and timeline
 * only, with attribution and a link to the full view. Only this route may be framed (next.config.js).
 */
export default async function EmbedPage({ searchParams }: Props) {
  const props = await atlasProps(await searchParams);
  if (!props) return <p className="gap">No country data has been loaded yet.</p>;
  return (
    <main className="embed">
      <Atlas {...props} chromeless />
    </main>
  );
}
