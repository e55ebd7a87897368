export { POST } from "@/lib/api/handlers/snapshots";

export const dynamic = "force-dynamic";
