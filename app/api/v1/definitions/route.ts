export { GET } from "@/lib/api/handlers/definitions";
