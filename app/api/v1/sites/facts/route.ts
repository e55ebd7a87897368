export { GET } from "@/lib/api/handlers/site-facts";

export const dynamic = "force-dynamic";
