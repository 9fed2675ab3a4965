import { lexicons, phraseKey, type Lexicons } from "./lexicon";
import { GENERIC_SERVICES, RELATIONS, ROLE_SUFFIX } from "./names";
import { PRIO, type Candidate, type Label } from "./types";
import { allMatches, may } from "./scan";

// Languages and nationality adjectives are capitalised list items too ("Engels, Arabisch en Dari").
export const LANGUAGES = new Set(
  ("dari farsi perzisch pashto pasjtoe koerdisch berbers tamazight frans duits spaans russisch oekraïens papiamento sranantongo sranan fries somali tigrinya amhaars portugees italiaans chinees mandarijn kantonees hindi urdu tamil turks arabisch engels pools" +
    // (Berber and Moroccan languages, and more languages of origin: "wel Tarifit en Frans".)
    " tarifit tarifiyt riffijns tashelhit tachelhit darija kabylisch roemeens bulgaars hongaars albanees armeens servisch kroatisch bosnisch grieks lingala swahili wolof yoruba oromo nepalees bengaals punjabi tagalog vietnamees twi akan ewe fanti igbo hausa tigre").split(
    " "
  )
);
const ADJECTIVE_RE = /(?:isch|aans|aams|ees|lands)$/;
// Sectors are capitalised in lists of work wishes ("werk in Zwolle, Horeca en Techniek").
const SECTORS = new Set(
  "horeca techniek logistiek bouw retail schoonmaak detailhandel ict administratie productie transport groen groenvoorziening beveiliging catering kinderopvang metaal installatietechniek magazijn zorg welzijn onderwijs".split(
    " "
  )
);
// Words that name things in this app, not organisations ("Leerpad, Intervisie en Dagboek").
const APP_WORDS = new Set(
  "leerpad leerpaden intervisie dagboek casus casussen methode methoden methodes plan plannen module modules competentie competenties oefening oefeningen reflectie".split(
    " "
  )
);
// Countries and cities abroad (lexicons().abroad) are no anchor: their siblings are continents and countries ("de VS,
// Europa, Azië en Australië"), which identify no one.
const CONTINENTS = new Set(
  "europa azië azie afrika amerika noord-amerika zuid-amerika oceanië australië antarctica vs usa vk eu".split(" ")
);
const PARTICLES = new Set(["van", "de", "der", "des", "den", "het", "'t", "voor", "op", "aan", "in"]);
const CAP_RE = /^(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\p{N}+)$/u;
const LOWER_RE = /^\p{Ll}[\p{Ll}-]{4,}$/u;
// Lower-case items are only names when they do not look like a Dutch word ("bij parnassia, school en werk").
// Also capitalised single words: people capitalise the items of a list ("bij Fitland, Boksen en Voetbal").
export const DUTCH_WORD_RE =
  /(?:ing|heid|schap|en|er|te|tie|ie|isme|lijk|ig|baar|loos|st|je|al|ief|eel|eur|iek|baan|end|ach|uur|dag|week|jaar|les|cursus|school|huis|werk|zorg|hulp|dienst|centrum|team|kerk|winkel|markt|bank|kantoor|praktijk)$/;
const LOWER_WORDS = new Set(
  "thuis buiten binnen stage sport fitness markt kerk moskee kantoor winkel klant bijstand opvang daarna samen straks morgen vandaag gisteren jurist coach yoga zumba pilates muziek".split(
    " "
  )
);
const SEP_RE = /, (?:(?:en|of) )?| (?:en|of|&) /g;
const CLAUSE_END = /[.!?;:()\n"“”[\]]/;
const CLAUSE_CHARS = '.!?;:()\n"“”[]';

interface Part {
  s: number;
  e: number;
}

/** True when the run is an ordinary capitalised thing, a name or a role rather than an organisation or place. */
export function excluded(lex: Lexicons, words: string[]): boolean {
  const key = phraseKey(words.join(" "));
  const bare = key.replace(/^(?:de|het|'t) /, "");
  if (lex.negatives.phrases.has(key) || lex.common.has(key) || lex.negatives.phrases.has(bare) || lex.common.has(bare))
    return true;
  if (lex.notNamesAfterTitle.has(key) || GENERIC_SERVICES.has(bare) || RELATIONS.has(bare) || ROLE_SUFFIX.test(bare))
    return true;
  for (const w of words) {
    const low = phraseKey(w);
    if (PARTICLES.has(low) || /^[\p{Lu}\p{N}]$/u.test(w)) continue;
    if (lex.firstNames.has(w) || lex.surnames.has(w) || lex.ambiguousFirstNames.has(w) || lex.ambiguousSurnames.has(w))
      return true;
    if (lex.firstNamesLower.has(low)) return true;
    if (lex.negatives.phrases.has(low) || lex.common.has(low) || lex.notNamesAfterTitle.has(low)) return true;
    // Short abbreviations in capitals are too often meetings and things ("MDO", "AA", "ZZP").
    if (/^\p{Lu}{2,4}\.?$/u.test(w)) return true;
    if (
      SECTORS.has(low) ||
      CONTINENTS.has(low) ||
      LANGUAGES.has(low) ||
      ADJECTIVE_RE.test(low) ||
      APP_WORDS.has(low) ||
      RELATIONS.has(low) ||
      ROLE_SUFFIX.test(low)
    )
      return true;
  }
  return false;
}

/** Word offsets inside [s, e). */
function wordsIn(text: string, s: number, e: number): Part[] {
  const out: Part[] = [];
  for (const m of allMatches(/\S+/g, text.slice(s, e))) out.push({ s: s + m.index, e: s + m.index + m[0].length });
  return out;
}

/** A capitalised run of 1–3 words (inner particles allowed), or undefined. */
function capRun(text: string, ws: Part[]): Part | undefined {
  if (!ws.length || ws.length > 4) return undefined;
  const t = ws.map((w) => text.slice(w.s, w.e));
  if (!CAP_RE.test(t[0]) || !CAP_RE.test(t[t.length - 1])) return undefined;
  let capitals = 0;
  for (const w of t) {
    if (CAP_RE.test(w)) capitals++;
    else if (!PARTICLES.has(w)) return undefined;
  }
  return capitals <= 3 ? { s: ws[0].s, e: ws[ws.length - 1].e } : undefined;
}

/**
 * "zorg via Youz, Parnassia en Lucertis", "bij Humanitas, Schuldhulpmaatje of Kredietbank X": in a coordinated list
 * on one line (3–6 items, ", " and a final "en"/"of"/"&") where an item was found as an organisation or place with
 * context or from the lexicon, the other capitalised items get the same label. Items that are names, national
 * bodies, laws, methods, days, months, languages, roles, generic services or app words stay unflagged, as does an
 * item that opens the sentence. Lower-case items only when the anchor itself is written in lower case in a chat or
 * a lower-case clause ("via youz, parnassia en lucertis").
 */
// Trade words that close a lower-case firm after its coined name, and yard or factory heads that open one.
const LIST_FIRM_TAIL = /^(?:hoveniers|schoonmaak|personeel|transport|bouw|seeds|zaden|techniek|installatie|installaties|logistiek|uitzend|yachts|reiniging|\p{Ll}{3,}(?:bedrijf|service|werken))$/u;
// A coined housing or energy compound is a corporation or supplier, though it ends like a Dutch word: "Kustenergie".
const HOUSING_COMPOUND_RE = /^\p{Ll}{4,}(?:wonen|energie)$/u;
const LIST_PAIR_RE = /(?:, |[ \t]en[ \t])(\p{Ll}{4,})[ \t](hoveniers|schoonmaak|personeel|transport|bouw|seeds|zaden|techniek|installatie|installaties|logistiek|uitzend|yachts|reiniging|\p{Ll}{3,}(?:bedrijf|service|werken))(?![\p{L}])/gu;
const LIST_PAIR_HINT = /(?:,|[ \t]en)[ \t]\p{Ll}{4,}[ \t]\p{Ll}/u;
const LIST_FIRM_HEAD = /^\p{Ll}{3,}(?:werf|fabriek|kwekerij|bedrijf)$/u;
/** Whether lower-case words x y of a list item name one firm: found as one, a coined word + a trade, or a yard + its name. */
function lowerFirmPair(lex: Lexicons, kept: Candidate[], text: string, x: Part, y: Part): boolean {
  if (text.slice(x.e, y.s) !== " ") return false;
  const w1 = text.slice(x.s, x.e);
  const w2 = text.slice(y.s, y.e);
  if (!/^\p{Ll}{4,}$/u.test(w1) || !/^\p{Ll}{4,}$/u.test(w2)) return false;
  if (kept.some((k) => k.label === "instelling" && k.s === x.s && k.e === y.e)) return true;
  if (LIST_FIRM_TAIL.test(w2)) return !lex.common.has(w1) && !lex.negatives.phrases.has(w1) && !DUTCH_WORD_RE.test(w1);
  return LIST_FIRM_HEAD.test(w1) && !lex.common.has(w2) && !lex.negatives.phrases.has(w2) && !lex.places.phrases.has(w2);
}
export function listSiblings(text: string, kept: Candidate[], chat = false): Candidate[] {
  const extra: Candidate[] = [];
  // Cheap pre-test: most chat messages have no list at all.
  if (!may(text.includes(", ") && / (?:en|of|&) /.test(text))) return extra;
  const lex = lexicons();
  const seen = new Set<string>();
  // "flexpeel, champijob, eurohands en groenrijk hoveniers": in a lower-case list a coined word + its trade is a firm that
  // anchors the list itself (it is kept only when the list is one of firms, see below).
  const pairAnchors: Candidate[] = [];
  if (chat && may(LIST_PAIR_HINT.test(text)))
    for (const m of allMatches(LIST_PAIR_RE, text)) {
      const w = m[1];
      const s = m.index + m[0].length - m[1].length - m[2].length - 1;
      if (w.length >= 5 && !DUTCH_WORD_RE.test(w) && !excluded(lex, [w]) && !lex.places.phrases.has(w) && !kept.some((k) => k.s < s + m[1].length + m[2].length + 1 && s < k.e))
        pairAnchors.push({ s, e: s + w.length + 1 + m[2].length, label: "instelling", prio: PRIO.institutionContext });
    }
  for (const c of [...kept, ...pairAnchors]) {
    const pseudo = pairAnchors.includes(c);
    const isOrg = c.label === "instelling" && c.prio >= PRIO.institutionContext;
    const isPlace = c.label === "plaats" && c.prio >= PRIO.placeContext;
    if (!isOrg && !isPlace) continue;
    // Cheap: an item of a list touches a separator on at least one side.
    if (
      !may(/^(?:, | (?:en|of|&) )/.test(text.slice(c.e, c.e + 4)) ||
      /(?:, (?:en |of )?| (?:en|of|&) )$/.test(text.slice(Math.max(0, c.s - 5), c.s)))
    )
      continue;
    if (isPlace && lex.abroad.has(phraseKey(text.slice(c.s, c.e)))) continue;
    // The clause around the anchor: no sentence or bracket boundary inside.
    let L = c.s;
    while (L > 0 && !CLAUSE_CHARS.includes(text[L - 1])) L--;
    let R = c.e;
    while (R < text.length && !CLAUSE_CHARS.includes(text[R])) R++;
    if (CLAUSE_END.test(text.slice(c.s, c.e))) continue;
    const clauseKey = `${L}:${R}`;
    if (seen.has(clauseKey + c.label)) continue;
    const clause = text.slice(L, R);
    if (!clause.includes(", ")) continue;
    const parts: Part[] = [];
    const conj: boolean[] = [];
    let at = 0;
    for (const m of allMatches(SEP_RE, clause)) {
      parts.push({ s: L + at, e: L + m.index });
      conj.push(m[0] !== ", ");
      at = m.index + m[0].length;
    }
    parts.push({ s: L + at, e: R });
    if (parts.length < 3) continue;
    const k = parts.findIndex((p) => p.s <= c.s && c.e <= p.e);
    if (k < 0) continue;
    // The list around part k: commas, then one final conjunction.
    let b: number;
    if (k > 0 && conj[k - 1]) b = k;
    else {
      let j = k;
      while (j < conj.length && !conj[j]) j++;
      if (j >= conj.length) continue;
      b = j + 1;
    }
    let a = b - 1;
    while (a > 0 && !conj[a - 1]) a--;
    const n = b - a + 1;
    if (n < 3 || n > 6 || k < a) continue;
    // "team Opvang & Leefgeld", "afdeling Werk & Inkomen": a department joined by "&" closes no list.
    if (/(?:^|[^\p{L}])(?:team|afdeling|unit|cluster|domein)[ \t]+\p{Lu}\p{Ll}+$/u.test(text.slice(parts[b - 1].s, parts[b - 1].e)) && text.slice(parts[b - 1].e, parts[b].s).includes("&")) continue;
    const lower = !/\p{Lu}/u.test(text.slice(c.s, c.e)) && (chat || !/\p{Lu}/u.test(clause));
    // Every item's span: the first item is the tail of its part, the last the head of its part.
    const items: (Part | undefined)[] = [];
    let shapeOk = true;
    for (let i = a; i <= b; i++) {
      const ws = wordsIn(text, parts[i].s, parts[i].e);
      if (!ws.length) {
        shapeOk = false;
        break;
      }
      if (i > a && i < b && ws.length > 4) {
        shapeOk = false;
        break;
      }
      let item: Part | undefined;
      if (lower) {
        // A lower-case list names one word per inner item ("uit zwolle, kampen en meppel"); an inner clause ("uit
        // werkhoven, ze is eenenzestig en loopt slecht") makes it a sentence, no list.
        // (An inner item may be a firm of two words: a coined word + its trade, or a yard or factory + its name: "kiemvast,
        // jachtwerf de kogge, agriflex en saatwerk"; the last item keeps its trade: "… en groenrijk hoveniers".)
        const pair = ws.length >= 2 && lowerFirmPair(lex, kept, text, ws[0], ws[1]);
        if (i > a && i < b && ws.length > 1 && !(ws.length === 2 && pair)) {
          shapeOk = false;
          break;
        }
        const w = i === a ? ws[ws.length - 1] : ws[0];
        item = !LOWER_RE.test(text.slice(w.s, w.e)) ? undefined : i > a && pair ? { s: ws[0].s, e: ws[1].e } : w;
        // The first item needs a word before it (no sentence start).
        // (or a colon: a chat message or an answer that opens with the list, "bas: flexpeel, champijob en …")
        if (item && i === a && ws.length < 2 && !(c.label === "instelling" && /:[ \t]*$/.test(text.slice(Math.max(0, parts[i].s - 3), item.s)))) item = undefined;
      } else if (i > a && i < b) item = capRun(text, ws);
      else if (i === a) {
        // Longest capitalised tail (1–3 words) after at least one other word.
        let st = ws.length - 1;
        while (
          st > 0 &&
          ws.length - st < 4 &&
          (CAP_RE.test(text.slice(ws[st - 1].s, ws[st - 1].e)) || PARTICLES.has(text.slice(ws[st - 1].s, ws[st - 1].e)))
        )
          st--;
        while (st < ws.length && !CAP_RE.test(text.slice(ws[st].s, ws[st].e))) st++;
        item = st > 0 && st < ws.length ? capRun(text, ws.slice(st)) : undefined;
      } else {
        let en = 1;
        while (en < ws.length && en < 4 && CAP_RE.test(text.slice(ws[en].s, ws[en].e))) en++;
        item = en < 4 ? capRun(text, ws.slice(0, en)) : undefined;
      }
      // Trailing punctuation is no part of a name.
      if (item) {
        let e = item.e;
        while (e > item.s && /[,'’"]/.test(text[e - 1])) e--;
        item = e > item.s ? { s: item.s, e } : undefined;
      }
      items.push(item);
    }
    if (!shapeOk) continue;
    // The anchor must be exactly an item (the first item may be longer: "basisschool De Regenboog").
    const ai = k - a;
    const anchorItem = items[ai];
    const isItem =
      k === a
        ? c.e === parts[k].e || (anchorItem !== undefined && c.e === anchorItem.e)
        : anchorItem !== undefined && c.s === anchorItem.s && c.e >= anchorItem.e;
    if (!isItem) continue;
    // Other found items must agree on the label.
    let mixed = false;
    for (const o of kept)
      if (
        o !== c &&
        o.s >= parts[a].s &&
        o.e <= parts[b].e &&
        (o.label === "instelling" || o.label === "plaats") &&
        o.label !== c.label
      )
        mixed = true;
    if (mixed) continue;
    if (seen.has(clauseKey + c.label)) continue;
    seen.add(clauseKey + c.label);
    // A lower-case list of firms where three or more items are coined or found (no Dutch word shape) also takes the
    // items that end like a Dutch word but are no lexicon word: "kiemvast, novagerm, agriflex en saatwerk".
    const coinedItems = lower && c.label === "instelling" ? items.filter((it, i) => it && (i === ai || text.slice(it.s, it.e).includes(" ") || !DUTCH_WORD_RE.test(text.slice(it.s, it.e).toLowerCase()))).length : 0;
    if (pseudo && coinedItems < 3) continue;
    const before = extra.length;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (i === ai || !it) continue;
      // (a first name that is also a lexicon organisation may replace its bare name guess: "bij Eneco, Menzis en Otto")
      const overlapping = kept.filter((o) => o.s < it.e && it.s < o.e);
      const orgToo = c.label === "instelling" && !lower && overlapping.length === 1 && overlapping[0].label === "persoon" && overlapping[0].s === it.s && overlapping[0].e === it.e &&
        overlapping[0].prio < PRIO.personContext && lex.institutions.phrases.has(phraseKey(text.slice(it.s, it.e))) && !/[ \t]/.test(text.slice(it.s, it.e));
      if (overlapping.length && !orgToo) continue;
      // An item without a letter is a number, no name ("week 37, Amsterdam Nieuw-West en Zaanstad").
      if (!/\p{L}/u.test(text.slice(it.s, it.e))) continue;
      const ws = text.slice(it.s, it.e).split(/\s+/);
      // (a firm of two lower-case words is judged by its name word: "groenrijk" of "groenrijk hoveniers")
      const pairName = lower && ws.length === 2 ? (LIST_FIRM_TAIL.test(ws[1]) ? ws[0] : ws[1]) : "";
      // (a lexicon organisation that is also a first name counts among organisations: "bij Eneco, Menzis en Otto")
      const itemKey = phraseKey(text.slice(it.s, it.e));
      const lexOrg = !lower && c.label === "instelling" && ws.length === 1 && lex.institutions.phrases.has(itemKey) && !lex.negatives.phrases.has(itemKey) && !lex.common.has(itemKey) && !lex.places.phrases.has(itemKey);
      if ((pairName ? excluded(lex, [pairName]) : excluded(lex, ws)) && !lexOrg) continue;
      const one = ws.length === 1 ? ws[0].toLowerCase() : "";
      if (
        one &&
        ((DUTCH_WORD_RE.test(one) && !HOUSING_COMPOUND_RE.test(one) && (coinedItems < 3 || lex.common.has(one) || lex.negatives.phrases.has(one))) ||
          LOWER_WORDS.has(one) ||
          lex.institutionHeads.phrases.has(one) ||
          GENERIC_SERVICES.has(one))
      )
        continue;
      if (lower && lex.surnames.has(ws[0][0].toUpperCase() + ws[0].slice(1))) continue;
      if (lex.places.phrases.has(phraseKey(text.slice(it.s, it.e))) && c.label !== "plaats") continue;
      extra.push({
        s: it.s,
        e: it.e,
        label: c.label as Label,
        prio: orgToo ? overlapping[0].prio + 1 : PRIO.propagated,
      });
    }
    // A firm anchoring its own list counts when two more items of it were taken.
    if (pseudo) {
      if (extra.length - before >= 2) extra.push({ ...c, prio: PRIO.propagated });
      else extra.length = before;
    }
  }
  return extra;
}
