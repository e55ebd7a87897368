export { GET } from "@/lib/api/handlers/snapshot";

export const dynamic = "force-dynamic";
