import { afterEach, describe, expect, it, vi } from "vitest";
import { closeLibraries, getLibrary } from "./library.server";
import { search } from "./search.server";
import { copyFixtureContent, methodSource, type TempContent } from "./test-content";

let temp: TempContent | undefined;
afterEach(() => {
  closeLibraries();
  temp?.cleanup();
  temp = undefined;
  vi.restoreAllMocks();
});

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("getLibrary", () => {
  it("builds once and returns the same library on later calls", async () => {
    temp = copyFixtureContent();
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const [a, b] = await Promise.all([getLibrary(temp.dir), getLibrary(temp.dir)]);
    expect(a).toBe(b);
    expect(a.methods).toHaveLength(12);
    expect(a.bySlug.get("work-first")?.titel).toBe("Work First");
    expect(search(a.index, { q: "lks" }).results[0].slug).toBe("loonkostensubsidie-inzetten");
  });

  it("refuses to start on invalid content and names file:line", async () => {
    temp = copyFixtureContent();
    temp.write("methoden/kapot.md", methodSource({ erkenning: "geweldig" }));
    await expect(getLibrary(temp.dir)).rejects.toThrow(/methoden\/kapot\.md:4: erkenning `geweldig` is onbekend/);
  });

  it("outside production, rebuilds after a change and keeps the last good library when the change is broken", async () => {
    temp = copyFixtureContent();
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    vi.spyOn(console, "info").mockImplementation(() => undefined);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const dir = temp.dir;
    const first = await getLibrary(dir);

    temp.write("methoden/nieuwe-methode.md", methodSource({ titel: "Nieuwe methode" }));
    const second = await eventually(() => getLibrary(dir), (lib) => lib.bySlug.has("nieuwe-methode"));
    expect(second).not.toBe(first);
    expect(second.methods).toHaveLength(13);

    temp.write("methoden/nieuwe-methode.md", methodSource({ titel: "Nieuwe methode", erkenning: "geweldig" }));
    await eventually(async () => errors.mock.calls.length, (count) => count > 0);
    expect(String(errors.mock.calls[0][0])).toMatch(/nieuwe-methode\.md:4: erkenning `geweldig`/);
    expect(await getLibrary(dir)).toBe(second);
  });
});
