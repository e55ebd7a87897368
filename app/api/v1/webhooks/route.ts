export { GET, POST } from "@/lib/api/handlers/webhooks";

export const dynamic = "force-dynamic";
