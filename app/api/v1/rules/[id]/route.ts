export { DELETE } from "@/lib/api/handlers/rule";

export const dynamic = "force-dynamic";
