export { GET } from "@/lib/api/handlers/shares";

export const dynamic = "force-dynamic";
