export { GET } from "@/lib/api/handlers/preview";

export const dynamic = "force-dynamic";
