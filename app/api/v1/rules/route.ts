export { GET, POST } from "@/lib/api/handlers/rules";

export const dynamic = "force-dynamic";
