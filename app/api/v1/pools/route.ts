export { GET } from "@/lib/api/handlers/pools";

export const dynamic = "force-dynamic";
