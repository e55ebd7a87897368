import Link from "next/link";

/** An address that names no country: say so and offer the way on, instead of a bare 404. */
export default function CountryNotFound() {
  return (
    <main className="page">
      <p>
        <Link href="/">← Back to the map</Link>
      </p>
      <h1>No such country</h1>
      <p>
        Country pages are addressed by ISO 3166-1 two-letter codes, such as{" "}
        <Link href="/country/PY">/country/PY</Link> for Paraguay or{" "}
        <Link href="/country/ET">/country/ET</Link> for Ethiopia. This address does not name a
        country. Pick one on <Link href="/">the map</Link>, or search there by name.
      </p>
    </main>
  );
}
