import { parseViewState, serializeViewState } from "@/app/search-params";
import { createSnapshotHandler } from "@/lib/api/handlers/snapshots";

export const dynamic = "force-dynamic";

export const POST = createSnapshotHandler({
  parse: parseViewState,
  serialize: (state) => serializeViewState(state),
});
