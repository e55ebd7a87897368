export { GET } from "@/lib/api/handlers/pool-footprint";

export const dynamic = "force-dynamic";
