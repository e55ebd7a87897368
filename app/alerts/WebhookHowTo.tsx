import { KIND_WORDS } from "@/lib/monitor/alert-words";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@/lib/monitor/webhook-signature";

const REGISTER = `curl -X POST https://YOUR-ATLAS/api/v1/webhooks \\
  -H "Authorization: Bearer $ADMIN_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '{"url": "https://example.org/atlas-hook",
       "secret": "at-least-16-characters-long",
       "events": ["global_south_change", "site_status"]}'`;

/**
 * How an operator registers a webhook: the real request the API takes (lib/api/handlers/
 * webhooks.ts), the token it needs, and how deliveries are signed.
 */
export function WebhookHowTo() {
  return (
    <section aria-labelledby="webhooks" className="webhook-howto">
      <h2 id="webhooks">Receiving alerts by webhook</h2>
      <p>
        Webhooks are managed by the operator of this atlas instance. The server needs an{" "}
        <code>ADMIN_TOKEN</code> in its environment; without one the webhook endpoints answer 403
        (“admin endpoints are disabled”), and with one, every request must carry it as{" "}
        <code>Authorization: Bearer &lt;ADMIN_TOKEN&gt;</code> (a wrong token is 401; ten wrong
        tries in 15 minutes lock the client out for the rest of that window).
      </p>
      <p>
        To register a webhook, POST a JSON body to <code>/api/v1/webhooks</code>:
      </p>
      <pre>
        <code>{REGISTER}</code>
      </pre>
      <ul>
        <li>
          <code>url</code>: where to deliver; an address on a private or loopback network is refused
          unless the server sets <code>ATLAS_ALLOW_PRIVATE_WEBHOOKS</code>.
        </li>
        <li>
          <code>secret</code>: 16 to 256 characters; it signs each delivery and is never shown again
          (listings say “(set)”).
        </li>
        <li>
          <code>events</code> (optional, default all): any of{" "}
          {Object.entries(KIND_WORDS).map(([kind, words], i) => (
            <span key={kind}>
              {i > 0 ? ", " : ""}
              <code>{kind}</code> ({words.toLowerCase()})
            </span>
          ))}
          .
        </li>
      </ul>
      <p>
        The answer is <code>201</code> with the webhook’s <code>id</code>.{" "}
        <code>GET /api/v1/webhooks</code> lists them,{" "}
        <code>POST /api/v1/webhooks/&lt;id&gt;/test</code> sends a test delivery, and{" "}
        <code>GET /api/v1/webhooks/&lt;id&gt;/deliveries</code> shows the delivery log (all with the
        same bearer token).
      </p>
      <p>
        Each delivery is a JSON POST with <code>{TIMESTAMP_HEADER}</code> (Unix seconds) and{" "}
        <code>
          {SIGNATURE_HEADER}: sha256=&lt;hex HMAC-SHA256 of “timestamp.body” with your secret&gt;
        </code>
        ; check both and reject deliveries more than five minutes old. Failed deliveries are retried
        with backoff.
      </p>
    </section>
  );
}
