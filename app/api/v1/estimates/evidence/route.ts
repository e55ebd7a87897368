export { GET } from "@/lib/api/handlers/estimate-evidence";

export const dynamic = "force-dynamic";
