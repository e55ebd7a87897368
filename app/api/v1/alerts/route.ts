export { GET } from "@/lib/api/handlers/alerts";

export const dynamic = "force-dynamic";
