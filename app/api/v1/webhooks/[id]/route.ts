export { DELETE } from "@/lib/api/handlers/webhook";

export const dynamic = "force-dynamic";
