export { GET } from "@/lib/api/handlers/countries";

export const dynamic = "force-dynamic";
