export { GET } from "@/lib/api/handlers/webhook-deliveries";

export const dynamic = "force-dynamic";
