// A tiny cookie-keeping HTTP client for integration tests, speaking to the real server like a browser.
export class Browserish {
  cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("Cookie", this.cookieHeader);
    const response = await fetch(new URL(path, this.base), { ...init, headers, redirect: "manual" });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(";");
      const [name, ...value] = pair.split("=");
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(setCookie)) this.cookies.delete(name);
      else this.cookies.set(name, value.join("="));
    }
    return response;
  }

  get(path: string) {
    return this.fetch(path);
  }

  /** A form post as a browser sends it (same-origin). */
  post(path: string, fields: Record<string, string | string[]>) {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const item of [v].flat()) body.append(k, item);
    return this.fetch(path, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: this.base },
    });
  }

  postJson(path: string, json: unknown) {
    return this.fetch(path, {
      method: "POST",
      body: JSON.stringify(json),
      headers: { "Content-Type": "application/json", Origin: this.base },
    });
  }

  async login(email: string, password = "welkom-demo"): Promise<Response> {
    const response = await this.post("/login", { email, password });
    if (response.status !== 302) throw new Error(`Inloggen als ${email} mislukte: ${response.status}`);
    return response;
  }

  /** The CSRF token the layout renders into every form. */
  async csrfToken(path = "/"): Promise<string> {
    const html = await (await this.get(path)).text();
    const match = /name="csrf" value="([^"]+)"/.exec(html);
    if (!match) throw new Error(`Geen CSRF-token gevonden op ${path}`);
    return match[1];
  }
}
