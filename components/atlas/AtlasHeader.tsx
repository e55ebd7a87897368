"use client";
import { memo } from "react";
import type { MonthsResponse } from "@/lib/api/schemas";
import { LiveStatus } from "./LiveStatus";

/** Title, the one-sentence summary (also what a screen reader hears first) and the live status. */
export const AtlasHeader = memo(function AtlasHeader(props: {
  sentence: string;
  newest: MonthsResponse["newest"];
  live: boolean;
  lastChanged: Date | null;
  loading: boolean;
  errors: readonly Error[];
}) {
  return (
    <header className="topbar">
      <div>
        <h1>Hashrate Atlas</h1>
        <p className="summary">{props.sentence}</p>
      </div>
      <LiveStatus
        newest={props.newest}
        live={props.live}
        lastChanged={props.lastChanged}
        loading={props.loading}
        errors={props.errors}
      />
    </header>
  );
});
