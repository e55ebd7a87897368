export { GET } from "@/lib/api/handlers/pool-concentration";

export const dynamic = "force-dynamic";
