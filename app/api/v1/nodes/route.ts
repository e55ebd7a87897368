export { GET } from "@/lib/api/handlers/nodes";

export const dynamic = "force-dynamic";
