"use client";

/** Whether the view follows new data, when it last changed, and whether loading or failing. */
export function LiveStatus(props: {
  live: boolean;
  lastChanged: Date | null;
  loading: boolean;
  errors: readonly Error[];
}) {
  const time = props.lastChanged?.toISOString().slice(11, 19);
  return (
    <div className="live-status" role="status">
      {props.errors.length > 0 ? (
        <span className="error">
          Could not refresh: {props.errors[0]?.message}. Showing the last data received.
        </span>
      ) : props.loading ? (
        <span className="loading">Loading…</span>
      ) : props.live ? (
        <span className="live">
          <span className="pulse" aria-hidden="true" /> Live: latest month, re-checked every minute
          {time ? ` · data last changed ${time} UTC` : ""}
        </span>
      ) : (
        <span className="archive">Archive month: these figures are fixed</span>
      )}
    </div>
  );
}
