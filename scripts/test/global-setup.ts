import type { TestProject } from "vitest/node";
import { startTestPostgres } from "./postgres";

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

/** Starts one PostgreSQL for the whole unit/integration run; each suite makes its own database in it. */
export default async function setup(project: TestProject): Promise<() => void> {
  const pg = await startTestPostgres();
  project.provide("pgUrl", pg.url);
  return () => pg.stop();
}
