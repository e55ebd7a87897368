export { GET } from "@/lib/api/handlers/network-hashrate";

export const dynamic = "force-dynamic";
