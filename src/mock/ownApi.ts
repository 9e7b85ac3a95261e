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

const LOOPBACK =
  /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1?\]|0\.0\.0\.0|\[::ffff:127(\.\d{1,3}){3}\])$/i;

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
      if (portOf(url) === listener.port && (url.hostname === own || LOOPBACK.test(url.hostname))) return true;
    }
    return false;
  };
}
