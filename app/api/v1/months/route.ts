export { GET } from "@/lib/api/handlers/months";

export const dynamic = "force-dynamic";
