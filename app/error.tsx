"use client";

/** Shown when the page cannot load its data (e.g. the database is down) instead of a blank page. */
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="page">
      <h1>Hashrate Atlas</h1>
      <div role="alert" className="notice">
        <p>The data could not be loaded right now. The database may be unavailable.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </div>
    </main>
  );
}
