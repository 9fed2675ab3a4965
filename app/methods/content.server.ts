import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { isVerlopen, verlooptOp } from "./erkenning";
import { dutchIssueMessage, quote, suggestKey } from "./content-messages.server";
import { normaliseNewlines, parseYamlSource, splitFrontMatter, type YamlSource } from "./yaml-source.server";
import {
  ERKENNINGEN,
  ROL_IDS,
  SPREEKRECHTEN,
  type CompetenceFramework,
  type Content,
  type ContentProblem,
  type IntervisieMethod,
  type Method,
  type Severity,
  type SynonymGroups,
} from "./types";

export const SAMENVATTING_MAX = 300;
export const VERWACHTE_SECTIES = [
  "Doelgroep",
  "Doel",
  "Aanpak",
  "Uitvoering",
  "Onderbouwing",
  "Werkzame elementen",
  "Bronnen",
] as const;

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? "./content");
}

// ---------- schemas: one per file kind ----------

const text = z.string().trim().min(1);
const isoDate = z.string().refine(isIsoDate, {
  error: (issue) => `${String(issue.path?.at(-1))} ${quote(issue.input)} is geen geldige datum; gebruik JJJJ-MM-DD`,
});
const textList = z.array(text).default([]);

export function methodSchema(knownCompetences: ReadonlySet<string> | undefined) {
  const competenceId = z.string().refine((id) => knownCompetences === undefined || knownCompetences.has(id), {
    error: (issue) => `competentie ${quote(issue.input)} bestaat niet in competenties.yml`,
  });
  return z.strictObject({
    titel: text,
    samenvatting: text.max(SAMENVATTING_MAX),
    erkenning: z.enum(ERKENNINGEN),
    erkenning_datum: isoDate.optional(),
    competenties: z.array(competenceId).min(1),
    doelgroepen: textList,
    tags: textList,
    bronnen: textList,
    duur: text.optional(),
    bijgewerkt: isoDate,
  });
}

const niveauSchema = z.strictObject({ 1: text, 2: text, 3: text, 4: text });

export const competenceFrameworkSchema = z
  .strictObject({
    rollen: z.array(
      z.strictObject({
        id: z.enum(ROL_IDS),
        naam: text,
        omschrijving: text,
        competenties: z.array(
          z.strictObject({
            id: z.string().regex(/^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/, {
              error: (issue) => `competentie-id ${quote(issue.input)} moet de vorm \`rol.naam-in-kleine-letters\` hebben`,
            }),
            naam: text,
            omschrijving: text,
            niveaus: niveauSchema,
          }),
        ),
      }),
    ),
  })
  .superRefine((framework, ctx) => {
    framework.rollen.forEach((rol, i) => {
      if (framework.rollen.findIndex((other) => other.id === rol.id) !== i) {
        ctx.addIssue({ code: "custom", path: ["rollen", i, "id"], message: `rol ${quote(rol.id)} staat twee keer in de lijst` });
      }
      rol.competenties.forEach((competentie, j) => {
        if (!competentie.id.startsWith(`${rol.id}.`)) {
          ctx.addIssue({
            code: "custom",
            path: ["rollen", i, "competenties", j, "id"],
            message: `competentie ${quote(competentie.id)} hoort bij rol ${quote(rol.id)} en moet beginnen met \`${rol.id}.\``,
          });
        }
      });
    });
    const missing = ROL_IDS.filter((id) => !framework.rollen.some((rol) => rol.id === id));
    if (missing.length > 0) ctx.addIssue({ code: "custom", path: ["rollen"], message: `rol(len) ontbreken: ${missing.join(", ")}` });
    const ids = framework.rollen.flatMap((rol, i) => rol.competenties.map((c, j) => ({ id: c.id, path: ["rollen", i, "competenties", j, "id"] })));
    ids.forEach(({ id, path }, k) => {
      if (ids.findIndex((other) => other.id === id) !== k) ctx.addIssue({ code: "custom", path, message: `competentie ${quote(id)} staat twee keer in het bestand` });
    });
  });

const lowercaseTerm = text.refine((term) => term === term.toLowerCase(), {
  error: (issue) => `synoniem ${quote(issue.input)} moet in kleine letters`,
});

export const synonymsSchema = z.strictObject({ groepen: z.array(z.array(lowercaseTerm).min(2)) });

export const intervisieMethodSchema = z
  .strictObject({
    titel: text,
    samenvatting: text.max(SAMENVATTING_MAX),
    duur_totaal: z.number().int().positive(),
    fasen: z
      .array(
        z.strictObject({
          naam: text,
          duur: z.number().int().positive(),
          spreekrecht: z.enum(SPREEKRECHTEN),
          schriftelijk: z.boolean().default(false),
          instructie: text,
        }),
      )
      .min(2),
    bijgewerkt: isoDate,
  })
  .superRefine((value, ctx) => {
    const som = value.fasen.reduce((total, fase) => total + fase.duur, 0);
    if (som !== value.duur_totaal) {
      ctx.addIssue({
        code: "custom",
        path: ["duur_totaal"],
        message: `duur_totaal is ${value.duur_totaal} minuten, maar de fasen tellen op tot ${som} minuten`,
      });
    }
  });

// ---------- loading ----------

export interface LoadOptions {
  /** Reference date for expiry; tests pin it. */
  vandaag?: Date;
}

export async function loadContent(dir: string = contentDir(), options: LoadOptions = {}): Promise<Content> {
  const root = path.resolve(dir);
  const vandaag = options.vandaag ?? new Date();
  const problems: ContentProblem[] = [];
  const report = (file: string, line: number, severity: Severity, message: string) =>
    problems.push({ file, line, severity, message });

  const competences = await loadCompetences(path.join(root, "competenties.yml"), report);
  const synonyms = await loadSynonyms(path.join(root, "synoniemen.yml"), report);
  const knownCompetences = competences ? new Set(allCompetenceIds(competences)) : undefined;

  const methods: Method[] = [];
  for (const file of await markdownFiles(path.join(root, "methoden"), report, "fout")) {
    const method = parseMethodFile(file, await readFile(file, "utf8"), root, knownCompetences, vandaag, report);
    if (method) methods.push(method);
  }
  reportDuplicates(methods, root, report);

  const intervisieMethods: IntervisieMethod[] = [];
  for (const file of await markdownFiles(path.join(root, "intervisiemethoden"), report, "waarschuwing")) {
    const methode = parseIntervisieFile(file, await readFile(file, "utf8"), root, report);
    if (methode) intervisieMethods.push(methode);
  }
  reportDuplicates(intervisieMethods, root, report);

  return {
    methods: methods.sort(byTitel),
    competences: competences ?? { rollen: [] },
    synonyms: synonyms ?? [],
    intervisieMethods: intervisieMethods.sort(byTitel),
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line),
  };
}

type Report = (file: string, line: number, severity: Severity, message: string) => void;

export function parseMethodFile(
  file: string,
  source: string,
  root: string,
  knownCompetences: ReadonlySet<string> | undefined,
  vandaag: Date,
  report: Report,
): Method | undefined {
  const slug = checkSlug(file, report);
  const parsed = parseFrontMatterFile(file, source, methodSchema(knownCompetences), report);
  if (!parsed || slug === undefined) return undefined;
  const { data, yaml, body, bodyStartLine } = parsed;
  checkSections(file, body, bodyStartLine, report);
  const verloopDatum = verlooptOp(data.erkenning, data.erkenning_datum);
  const verlopen = isVerlopen(verloopDatum, vandaag);
  checkRecognitionDate(file, data.erkenning, data.erkenning_datum, verloopDatum, verlopen, yaml, report);
  return {
    slug,
    titel: data.titel,
    samenvatting: data.samenvatting,
    erkenning: data.erkenning,
    ...(data.erkenning_datum ? { erkenningDatum: data.erkenning_datum } : {}),
    ...(verloopDatum ? { verlooptOp: verloopDatum } : {}),
    verlopen,
    competenties: data.competenties,
    doelgroepen: data.doelgroepen,
    tags: data.tags,
    bronnen: data.bronnen,
    ...(data.duur ? { duur: data.duur } : {}),
    bijgewerkt: data.bijgewerkt,
    body,
    file: toPosix(path.relative(root, file)),
  };
}

export function parseIntervisieFile(file: string, source: string, root: string, report: Report): IntervisieMethod | undefined {
  const slug = checkSlug(file, report);
  const parsed = parseFrontMatterFile(file, source, intervisieMethodSchema, report);
  if (!parsed || slug === undefined) return undefined;
  const { data, body } = parsed;
  return {
    slug,
    titel: data.titel,
    samenvatting: data.samenvatting,
    duurTotaal: data.duur_totaal,
    fasen: data.fasen,
    bijgewerkt: data.bijgewerkt,
    body,
    file: toPosix(path.relative(root, file)),
  };
}

function parseFrontMatterFile<S extends z.ZodType>(file: string, source: string, schema: S, report: Report) {
  const split = splitFrontMatter(source);
  if (!split.ok) {
    report(file, split.line, "fout", split.message);
    return undefined;
  }
  const yaml = parseYamlSource(split.yamlText, split.yamlStartLine);
  const data = validateYaml(file, yaml, schema, report);
  return data === undefined ? undefined : { data, yaml, body: split.body, bodyStartLine: split.bodyStartLine };
}

/** Reports YAML and schema problems with the line of the offending key; returns the data when there are none. */
function validateYaml<S extends z.ZodType>(file: string, yaml: YamlSource, schema: S, report: Report): z.output<S> | undefined {
  if (yaml.errors.length > 0) {
    for (const error of yaml.errors) report(file, error.line, "fout", error.message);
    return undefined;
  }
  const value: unknown = yaml.doc.toJS() ?? {};
  const result = schema.safeParse(value, { error: dutchIssueMessage });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      const allowed = allowedKeys(schema, issue.path);
      for (const key of issue.keys) report(file, yaml.lineOf([...issue.path, key]), "fout", unknownKeyMessage(key, allowed));
    } else {
      report(file, yaml.lineOf(issue.path), "fout", issue.message);
    }
  }
  return undefined;
}

function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const suggestion = suggestKey(key, allowed);
  const hint = suggestion ? `bedoel je \`${suggestion}\`?` : `toegestaan zijn: ${allowed.join(", ")}`;
  return `onbekende sleutel ${quote(key)}; ${hint}`;
}

/** Keys of the (nested) strict object at `issuePath`, for typo suggestions. */
function allowedKeys(schema: z.ZodType, issuePath: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const key of issuePath) {
    current = unwrapSchema(current);
    if (current instanceof z.ZodObject) current = current.shape[String(key)];
    else if (current instanceof z.ZodArray && typeof key === "number") current = current.element;
    else return [];
  }
  current = unwrapSchema(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrapSchema(schema: unknown): unknown {
  let current = schema;
  while (current instanceof z.ZodPipe || current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current instanceof z.ZodPipe ? current.in : current.unwrap();
  }
  return current;
}

async function loadCompetences(file: string, report: Report): Promise<CompetenceFramework | undefined> {
  const source = await readOptional(file);
  if (source === undefined) {
    report(file, 1, "fout", "competenties.yml ontbreekt; zonder dit bestand kunnen competenties niet worden gecontroleerd");
    return undefined;
  }
  return validateYaml(file, parseYamlSource(normaliseNewlines(source), 1), competenceFrameworkSchema, report);
}

async function loadSynonyms(file: string, report: Report): Promise<SynonymGroups | undefined> {
  const source = await readOptional(file);
  if (source === undefined) {
    report(file, 1, "waarschuwing", "synoniemen.yml ontbreekt; zoeken werkt zonder synoniemen en afkortingen");
    return undefined;
  }
  const yaml = parseYamlSource(normaliseNewlines(source), 1);
  const data = validateYaml(file, yaml, synonymsSchema, report);
  if (!data) return undefined;
  const seen = new Map<string, number>();
  data.groepen.forEach((groep, i) =>
    groep.forEach((term, j) => {
      const eerder = seen.get(term);
      if (eerder !== undefined && eerder !== i) {
        report(file, yaml.lineOf(["groepen", i, j]), "waarschuwing", `${quote(term)} staat ook in groep ${eerder + 1}; de groepen worden bij het zoeken samengevoegd`);
      }
      seen.set(term, i);
    }),
  );
  return data.groepen;
}

async function markdownFiles(folder: string, report: Report, severityWhenMissing: Severity): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    report(folder, 1, severityWhenMissing, `map ${path.basename(folder)}/ ontbreekt`);
    return [];
  }
  const files: string[] = [];
  for (const name of names.sort()) {
    const file = path.join(folder, name);
    if (name.startsWith(".") || !(await stat(file)).isFile()) continue;
    if (name.endsWith(".md")) files.push(file);
    else report(file, 1, "waarschuwing", "geen .md-bestand; wordt overgeslagen");
  }
  return files;
}

function checkSlug(file: string, report: Report): string | undefined {
  const slug = path.basename(file, ".md");
  if (KEBAB_CASE.test(slug)) return slug;
  const suggestion = slug
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  report(file, 1, "fout", `bestandsnaam ${quote(slug)} is geen geldige slug: gebruik kleine letters, cijfers en koppeltekens (bijv. \`${suggestion || "mijn-methode"}.md\`)`);
  return undefined;
}

function checkSections(file: string, body: string, bodyStartLine: number, report: Report): void {
  const headings = secondLevelHeadings(body, bodyStartLine);
  VERWACHTE_SECTIES.forEach((sectie, i) => {
    if (headings.some((heading) => sameHeading(heading.text, sectie))) return;
    const earlier = VERWACHTE_SECTIES.slice(0, i).reverse();
    const anchor = earlier.map((naam) => headings.find((h) => sameHeading(h.text, naam))).find(Boolean);
    const lastHeading = headings.at(-1);
    report(file, anchor?.line ?? lastHeading?.line ?? bodyStartLine, "waarschuwing", `sectie \`## ${sectie}\` ontbreekt`);
  });
}

/** `## Kop` lines outside fenced code blocks, with their line numbers in the file. */
export function secondLevelHeadings(body: string, bodyStartLine: number): { text: string; line: number }[] {
  const headings: { text: string; line: number }[] = [];
  let inFence = false;
  body.split("\n").forEach((line, i) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    const match = !inFence && /^\s{0,3}##\s+(.*?)\s*#*\s*$/.exec(line);
    if (match) headings.push({ text: match[1], line: bodyStartLine + i });
  });
  return headings;
}

function sameHeading(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.toLowerCase();
}

function checkRecognitionDate(
  file: string,
  erkenning: Method["erkenning"],
  erkenningDatum: string | undefined,
  verloopDatum: string | undefined,
  verlopen: boolean,
  yaml: YamlSource,
  report: Report,
): void {
  if (erkenning === "niet-beoordeeld") {
    if (erkenningDatum) report(file, yaml.lineOf(["erkenning_datum"]), "waarschuwing", "erkenning_datum staat er, maar de erkenning is `niet-beoordeeld`");
    return;
  }
  // A missing erkenning_datum is allowed by the contract (many databank entries give none), so it is not reported.
  if (erkenningDatum && verlopen) {
    report(file, yaml.lineOf(["erkenning_datum"]), "waarschuwing", `de erkenning is verlopen op ${verloopDatum}; vraag een herbeoordeling aan of pas de erkenning aan`);
  }
}

function reportDuplicates(items: { slug: string; titel: string; file: string }[], root: string, report: Report): void {
  const bySlug = new Map<string, string>();
  const byTitel = new Map<string, string>();
  for (const item of items) {
    const file = path.join(root, item.file);
    const slugOwner = bySlug.get(item.slug);
    if (slugOwner) report(file, 1, "fout", `slug ${quote(item.slug)} wordt ook gebruikt door ${slugOwner}`);
    else bySlug.set(item.slug, item.file);
    const titelKey = item.titel.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ");
    const titelOwner = byTitel.get(titelKey);
    if (titelOwner) report(file, 2, "fout", `titel ${quote(item.titel)} wordt ook gebruikt door ${titelOwner}`);
    else byTitel.set(titelKey, item.file);
  }
}

export function allCompetenceIds(framework: CompetenceFramework): string[] {
  return framework.rollen.flatMap((rol) => [rol.id, ...rol.competenties.map((c) => c.id)]);
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

function byTitel(a: { titel: string }, b: { titel: string }): number {
  return a.titel.localeCompare(b.titel, "nl");
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}

// ---------- reporting ----------

export function hasErrors(problems: readonly ContentProblem[]): boolean {
  return problems.some((problem) => problem.severity === "fout");
}

/** `content/methoden/x.md:4: bericht`, warnings prefixed after the location. */
export function formatProblem(problem: ContentProblem, cwd: string = process.cwd()): string {
  const prefix = problem.severity === "waarschuwing" ? "waarschuwing: " : "";
  return `${toPosix(path.relative(cwd, problem.file))}:${problem.line}: ${prefix}${problem.message}`;
}

export function formatProblems(problems: readonly ContentProblem[], cwd?: string): string {
  return problems.map((problem) => formatProblem(problem, cwd)).join("\n");
}

export function summarise(problems: readonly ContentProblem[], content: Pick<Content, "methods" | "intervisieMethods">): string {
  const fouten = problems.filter((p) => p.severity === "fout").length;
  const waarschuwingen = problems.length - fouten;
  return `${content.methods.length} methoden, ${content.intervisieMethods.length} intervisiemethoden gecontroleerd: ${fouten} ${fouten === 1 ? "fout" : "fouten"}, ${waarschuwingen} ${waarschuwingen === 1 ? "waarschuwing" : "waarschuwingen"}`;
}

/** Loads the content and throws with the `file:line` list when there is any error; warnings pass. */
export async function assertValidContent(dir: string = contentDir(), options: LoadOptions = {}): Promise<Content> {
  const content = await loadContent(dir, options);
  const errors = content.problems.filter((problem) => problem.severity === "fout");
  if (errors.length > 0) {
    throw new Error(`Ongeldige content in ${dir}:\n${formatProblems(errors)}\n${summarise(content.problems, content)}`);
  }
  return content;
}
