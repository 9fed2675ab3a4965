import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server";
import { Browserish } from "../helpers/http";

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe("health and headers", () => {
  it("reports a reachable database", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("sends a CSP with a nonce and other security headers", async () => {
    const response = await fetch(`${server.url}/login`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await response.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(html).toContain(`nonce="${nonce}"`);
  });
});

describe("unknown addresses", () => {
  it("answers 404 with the Dutch page for a GET and for a form post", async () => {
    const anna = new Browserish(server.url);
    await anna.login("anna@demo.test");
    const page = await anna.get("/bestaat-niet/ook-niet");
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("Deze pagina bestaat niet.");
    const csrf = await anna.csrfToken("/");
    expect((await anna.post("/bestaat-niet", { csrf })).status).toBe(404);
  });
});

describe("login", () => {
  it("shows a Dutch login form", async () => {
    const response = await fetch(`${server.url}/login`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain("Inloggen");
    expect(html).toContain('name="email"');
    expect(html).toContain('name="password"');
    expect(html).toContain("Demo-accounts");
  });

  it("logs anna in with a HttpOnly, SameSite=Lax session cookie and shows her name", async () => {
    const anna = new Browserish(server.url);
    const response = await anna.post("/login", { email: "anna@demo.test", password: "welkom-demo" });
    expect(response.status).toBe(302);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("edl_session="))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http here; Secure is set behind https
    const home = await anna.get("/");
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Anna de Wit");
  });

  it("re-shows the form with a Dutch message on a wrong password (401) and on empty fields (400)", async () => {
    const visitor = new Browserish(server.url);
    const wrong = await visitor.post("/login", { email: "bram@demo.test", password: "verkeerd" });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain("Dit e-mailadres en wachtwoord horen niet bij elkaar");
    const empty = await visitor.post("/login", { email: "", password: "" });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Vul je e-mailadres in");
    const missing = await visitor.post("/login", {});
    expect(missing.status).toBe(400);
  });

  it("blocks an account after five failed attempts, even with the right password", async () => {
    const visitor = new Browserish(server.url);
    for (let i = 0; i < 5; i++) {
      expect((await visitor.post("/login", { email: "chris@demo.test", password: `fout-${i}` })).status).toBe(401);
    }
    const blocked = await visitor.post("/login", { email: "chris@demo.test", password: "welkom-demo" });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain("Te veel mislukte pogingen");
  });

  it("sends visitors without a session to the login page and back", async () => {
    const response = await fetch(`${server.url}/beheer`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/login?redirectTo=%2Fbeheer");
  });

  it("ends the session on logout", async () => {
    const bram = new Browserish(server.url);
    await bram.login("bram@demo.test");
    const oldCookie = bram.cookieHeader;
    const out = await bram.post("/logout", {});
    expect(out.status).toBe(302);
    const reuse = await fetch(`${server.url}/`, { headers: { Cookie: oldCookie }, redirect: "manual" });
    expect(reuse.status).toBe(302); // the server-side session is gone, the old cookie is worthless
  });
});

describe("CSRF", () => {
  it("refuses a cross-site form post", async () => {
    const response = await fetch(`${server.url}/login`, {
      method: "POST",
      body: new URLSearchParams({ email: "anna@demo.test", password: "welkom-demo" }),
      headers: { Origin: "https://kwaadaardig.example", "Content-Type": "application/x-www-form-urlencoded" },
      redirect: "manual",
    });
    expect(response.status).toBe(403);
  });

  it("refuses a logged-in form post without the session's token", async () => {
    const admin = new Browserish(server.url);
    await admin.login("beheer@demo.test");
    const response = await admin.post("/beheer/groepen", { intent: "nieuw", naam: "Zonder token" });
    expect(response.status).toBe(403);
    expect(await (await admin.get("/beheer/groepen")).text()).not.toContain("Zonder token");
  });
});

describe("beheer", () => {
  it("lets a beheerder create a user who can then log in", async () => {
    const admin = new Browserish(server.url);
    await admin.login("beheer@demo.test");
    const csrf = await admin.csrfToken("/beheer/gebruikers/nieuw");
    const created = await admin.post("/beheer/gebruikers/nieuw", {
      csrf,
      naam: "Fatima Yilmaz",
      email: "Fatima@Voorbeeldstad.nl",
      rol: "klantmanager",
      teamId: "",
      wachtwoord: "een lange zin als wachtwoord",
    });
    expect(created.status).toBe(302);
    const list = await (await admin.get("/beheer")).text();
    expect(list).toContain("Fatima Yilmaz");
    expect(list).toContain("is aangemaakt");

    const fatima = new Browserish(server.url);
    await fatima.login("fatima@voorbeeldstad.nl", "een lange zin als wachtwoord");
    expect(await (await fatima.get("/")).text()).toContain("Fatima Yilmaz");
  });

  it("keeps what was typed and explains in Dutch when the form is wrong", async () => {
    const admin = new Browserish(server.url);
    await admin.login("beheer@demo.test");
    const csrf = await admin.csrfToken("/beheer/gebruikers/nieuw");
    const response = await admin.post("/beheer/gebruikers/nieuw", {
      csrf,
      naam: "Piet Pieters",
      email: "geen-adres",
      rol: "klantmanager",
      wachtwoord: "kort",
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Vul een geldig e-mailadres in");
    expect(html).toContain("minstens 10 tekens");
    expect(html).toContain('value="Piet Pieters"');
  });

  it("deactivates a user, ends their sessions and records role changes in the audit log", async () => {
    const admin = new Browserish(server.url);
    await admin.login("beheer@demo.test");
    const rik = new Browserish(server.url);
    await rik.login("rik@demo.test");

    const users = await (await admin.get("/beheer")).text();
    const rikId = /href="\/beheer\/gebruikers\/([^"]+)">Rik Smit/.exec(users)![1];
    const csrf = await admin.csrfToken(`/beheer/gebruikers/${rikId}`);
    const promoted = await admin.post(`/beheer/gebruikers/${rikId}`, {
      csrf,
      intent: "opslaan",
      naam: "Rik Smit",
      email: "rik@demo.test",
      rol: "beheerder",
      teamId: "",
    });
    expect(promoted.status).toBe(302);
    const off = await admin.post(`/beheer/gebruikers/${rikId}`, { csrf, intent: "deactiveren" });
    expect(off.status).toBe(302);

    expect((await rik.get("/")).status).toBe(302); // session ended
    const again = await new Browserish(server.url).post("/login", { email: "rik@demo.test", password: "welkom-demo" });
    expect(again.status).toBe(401);
    expect(await again.text()).toContain("gedeactiveerd");

    const audit = await (await admin.get("/beheer/audit")).text();
    expect(audit).toContain("Rol gewijzigd");
    expect(audit).toContain("Gebruiker gedeactiveerd");
    expect(audit).toContain("Inloggen mislukt");
    expect(audit).toContain("Ingelogd");
  });

  it("refuses Beheer to everyone but a beheerder", async () => {
    const anna = new Browserish(server.url);
    await anna.login("anna@demo.test");
    expect((await anna.get("/beheer")).status).toBe(403);
    expect((await anna.get("/beheer/audit")).status).toBe(403);
    const lotte = new Browserish(server.url);
    await lotte.login("lotte@demo.test");
    const csrf = await lotte.csrfToken("/");
    expect((await lotte.post("/beheer/groepen", { csrf, intent: "nieuw", naam: "Stiekem" })).status).toBe(403);
    expect((await lotte.get("/team")).status).toBe(200);
    expect((await anna.get("/team")).status).toBe(403);
  });
});
