import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { assertValidContent, contentDir, formatProblems, summarise, type LoadOptions } from "./content.server";
import { createSearchIndex, type SearchIndex } from "./search.server";
import type { Content, Method } from "./types";

export interface Library extends Content {
  index: SearchIndex;
  bySlug: Map<string, Method>;
  dir: string;
  builtAt: Date;
}

const REBUILD_DELAY_MS = 150;

/** Loads, validates and indexes the content; throws with the `file:line` list when there are errors. */
export async function buildLibrary(dir: string = contentDir(), options: LoadOptions = {}): Promise<Library> {
  const content = await assertValidContent(dir, options);
  return {
    ...content,
    index: createSearchIndex(content),
    bySlug: new Map(content.methods.map((method) => [method.slug, method])),
    dir: path.resolve(dir),
    builtAt: new Date(),
  };
}

interface LibraryState {
  current?: Library;
  building?: Promise<Library>;
  watcher?: FSWatcher;
  timer?: ReturnType<typeof setTimeout>;
  rebuilding: boolean;
  changedWhileRebuilding: boolean;
}

// On globalThis so that Vite's dev module reloading reuses the built library and the watcher instead of duplicating them.
const STATE_KEY = Symbol.for("elke-dag-leren.methods.library");
type GlobalWithLibrary = typeof globalThis & { [STATE_KEY]?: Map<string, LibraryState> };

function stateFor(dir: string): LibraryState {
  const global = globalThis as GlobalWithLibrary;
  const states = (global[STATE_KEY] ??= new Map());
  let state = states.get(dir);
  if (!state) {
    state = { rebuilding: false, changedWhileRebuilding: false };
    states.set(dir, state);
  }
  return state;
}

/**
 * The library for `CONTENT_DIR`, built once. Outside production the folder is watched and rebuilt on change;
 * a rebuild with errors is logged and the last good library stays in use.
 */
export function getLibrary(dir: string = contentDir()): Promise<Library> {
  const resolved = path.resolve(dir);
  const state = stateFor(resolved);
  if (state.current) return Promise.resolve(state.current);
  state.building ??= buildLibrary(resolved).then(
    (library) => {
      state.current = library;
      logWarnings(library);
      if (process.env.NODE_ENV !== "production") watchContent(resolved, state);
      return library;
    },
    (error: unknown) => {
      state.building = undefined;
      throw error;
    },
  );
  return state.building;
}

function watchContent(dir: string, state: LibraryState): void {
  if (state.watcher) return;
  try {
    state.watcher = watch(dir, { recursive: true }, () => scheduleRebuild(dir, state));
    state.watcher.on("error", (error) => console.error(`[methoden] bewaken van ${dir} gestopt: ${error.message}`));
    state.watcher.unref();
  } catch (error) {
    console.error(`[methoden] kan ${dir} niet bewaken; herstart de server na wijzigingen (${String(error)})`);
  }
}

function scheduleRebuild(dir: string, state: LibraryState): void {
  clearTimeout(state.timer);
  state.timer = setTimeout(() => void rebuild(dir, state), REBUILD_DELAY_MS);
  state.timer.unref();
}

async function rebuild(dir: string, state: LibraryState): Promise<void> {
  if (state.rebuilding) {
    state.changedWhileRebuilding = true;
    return;
  }
  state.rebuilding = true;
  try {
    const library = await buildLibrary(dir);
    state.current = library;
    state.building = Promise.resolve(library);
    console.info(`[methoden] inhoud opnieuw geladen: ${summarise(library.problems, library)}`);
  } catch (error) {
    console.error(`[methoden] ${error instanceof Error ? error.message : String(error)}\n[methoden] de vorige versie van de bibliotheek blijft actief`);
  } finally {
    state.rebuilding = false;
    if (state.changedWhileRebuilding) {
      state.changedWhileRebuilding = false;
      scheduleRebuild(dir, state);
    }
  }
}

function logWarnings(library: Library): void {
  if (library.problems.length === 0) return;
  console.warn(`[methoden] ${summarise(library.problems, library)}`);
  if (process.env.NODE_ENV !== "production") console.warn(formatProblems(library.problems));
}

/** Stops watchers and forgets built libraries (tests, graceful shutdown). */
export function closeLibraries(): void {
  const states = (globalThis as GlobalWithLibrary)[STATE_KEY];
  for (const state of states?.values() ?? []) {
    clearTimeout(state.timer);
    state.watcher?.close();
  }
  states?.clear();
}
