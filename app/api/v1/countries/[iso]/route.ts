export { GET } from "@/lib/api/handlers/country";

export const dynamic = "force-dynamic";
