export { POST } from "@/lib/api/handlers/webhook-test";

export const dynamic = "force-dynamic";
