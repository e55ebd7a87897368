export { GET } from "@/lib/api/handlers/health";

export const dynamic = "force-dynamic";
