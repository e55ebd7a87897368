export { GET } from "@/lib/api/handlers/sites";

export const dynamic = "force-dynamic";
