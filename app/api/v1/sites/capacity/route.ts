export { GET } from "@/lib/api/handlers/site-capacity";

export const dynamic = "force-dynamic";
