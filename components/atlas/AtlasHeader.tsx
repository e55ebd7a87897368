"use client";
import { memo } from "react";
import type { MonthsResponse } from "@/lib/responses/schemas";
import { CountrySearch } from "../search/CountrySearch";
import { LiveStatus } from "./LiveStatus";
import "./header.css";

/** Title, the one-sentence summary (also what a screen reader hears first) and the live status. */
export const AtlasHeader = memo(function AtlasHeader(props: {
  sentence: string;
  newest: MonthsResponse["newest"];
  live: boolean;
  lastChanged: Date | null;
  loading: boolean;
  errors: readonly Error[];
  /** The country search's choice. */
  onFindCountry: (iso2: string) => void;
}) {
  return (
    <header className="topbar">
      <div>
        <h1>Hashrate Atlas</h1>
        <p className="summary">{props.sentence}</p>
      </div>
      <CountrySearch onChoose={props.onFindCountry} />
      <nav className="site-nav" aria-label="Site">
        <a href="/pools">Pools</a>
        <a href="/methods">Methods</a>
        <a href="/sources">Sources</a>
        <a href="/alerts">Alerts</a>
      </nav>
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
