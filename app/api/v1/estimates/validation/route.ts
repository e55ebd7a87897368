export { GET } from "@/lib/api/handlers/estimate-validation";

export const dynamic = "force-dynamic";
