/**
 * Whether a URL points at the mock's own API, through its msw base URL or one of its listeners: an
 * endpoint there would have every delivery come back in as a request, a loop.
 *
 * @module
 */

/** What the check needs of a listener. */
interface Listening {
  readonly url: string;
  readonly port: number;
}

// As the URL parser writes hostnames: an IPv4-mapped IPv6 address comes out in hex
// (`[::ffff:127.0.0.1]` is `[::ffff:7f00:1]`, `[::ffff:0.0.0.0]` is `[::ffff:0:0]`).
const LOOPBACK =
  /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1?\]|0\.0\.0\.0|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]|\[::ffff:0:0\])$/i;

function portOf(url: URL): number {
  if (url.port !== "") return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}

/** A check against `baseUrl`'s API (`<base>/api/...`) and the listeners open at the time of each call. */
export function ownApiCheck(baseUrl: string, listeners: ReadonlySet<Listening>): (url: string) => boolean {
  const base = new URL(baseUrl);
  const apiPath = `${base.pathname.replace(/\/+$/, "")}/api/`;
  return (target) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return false;
    }
    if (url.origin === base.origin && url.pathname.startsWith(apiPath)) return true;
    for (const listener of listeners) {
      const own = new URL(listener.url).hostname;
      // A fully qualified name (`localhost.`) is the same host.
      const host = url.hostname.replace(/\.$/, "");
      if (portOf(url) === listener.port && (host === own || LOOPBACK.test(host))) return true;
    }
    return false;
  };
}
