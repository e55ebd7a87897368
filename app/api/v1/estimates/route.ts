export { GET } from "@/lib/api/handlers/estimates";

export const dynamic = "force-dynamic";
