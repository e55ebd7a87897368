export { GET } from "@/lib/api/handlers/global-south";

export const dynamic = "force-dynamic";
