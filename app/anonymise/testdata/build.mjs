// Regenerates casuistiek.jsonl and dev.jsonl from their .src.txt sources (see NOTICE.md). Deterministic.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL(".", import.meta.url));
const LABELS = ["persoon", "bsn", "dossiernummer", "adres", "postcode", "plaats", "instelling", "telefoon", "email", "iban", "datum", "leeftijd", "url"];

let seed = 20240601;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const digit = () => Math.floor(rand() * 10);

function bsn() {
  for (;;) {
    const d = [1 + Math.floor(rand() * 6), ...Array.from({ length: 7 }, digit)];
    const sum = d.reduce((s, x, i) => s + x * (9 - i), 0);
    const last = sum % 11;
    if (last < 10) return [...d, last].join("");
  }
}
function iban(country = "NL") {
  const bank = country === "NL" ? ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"][Math.floor(rand() * 8)] : "";
  const acct = Array.from({ length: country === "DE" ? 18 : country === "BE" ? 12 : 10 }, digit).join("");
  const numeric = (bank + acct + country + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  const check = String(98 - rest).padStart(2, "0");
  return `${country}${check}${bank}${acct}`;
}
const fill = {
  "@BSN3dot": () => { const b = bsn(); return `${b.slice(0, 3)}.${b.slice(3, 6)}.${b.slice(6)}`; },
  "@IBANBE": () => iban("BE").replace(/(.{4})(?!$)/g, "$1 "),
  "@IBANDE": () => iban("DE").replace(/(.{4})(?!$)/g, "$1 "),
  "@BSNdot": () => { const b = bsn(); return `${b.slice(0, 4)}.${b.slice(4, 6)}.${b.slice(6)}`; },
  "@BSNsp": () => { const b = bsn(); return `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`; },
  "@BSN": bsn,
  "@IBANsp": () => iban().replace(/(.{4})(?!$)/g, "$1 "),
  "@IBAN": iban,
};

function build(name) {
  const src = readFileSync(`${dir}/${name}.src.txt`, "utf8");
  const out = [];
  for (const block of src.split(/\n---\n/)) {
    const lines = block.replace(/^\n+|\n+$/g, "").split("\n");
    const id = lines.shift().replace(/^#\s*/, "").trim();
    const marked = lines.join("\n");
    let text = "";
    const spans = [];
    let i = 0;
    const re = /\{([a-z]+)\|([^{}]*)\}/g;
    let m;
    while ((m = re.exec(marked))) {
      text += marked.slice(i, m.index);
      let inner = m[2];
      for (const [k, f] of Object.entries(fill)) if (inner.includes(k)) inner = inner.replace(k, f());
      if (!LABELS.includes(m[1])) throw new Error(`${id}: unknown label ${m[1]}`);
      const start = [...text].length;
      text += inner;
      spans.push({ start, end: start + [...inner].length, label: m[1], text: inner });
      i = m.index + m[0].length;
    }
    text += marked.slice(i);
    out.push(JSON.stringify({ id, text, spans, scope: LABELS, kind: name }));
  }
  writeFileSync(`${dir}/${name}.jsonl`, out.join("\n") + "\n");
  console.log(`${name}.jsonl: ${out.length} records`);
}
build("casuistiek");
build("dev");
build("blind");
build("blind2");
build("blind3");
build("blind4");
build("blind5");
build("blind6");
build("blind7");
build("blind8");
build("blind9");
build("blind10");
build("blind11");
build("blind12");
build("blind13");
build("blind14");
build("blind15");
build("blind16");
build("blind17");
build("blind18");
build("blind19");
build("blind20");
build("blind21");
build("blind22");
build("blind23");
build("blind24");
build("blind25");
build("blind26");
build("blind27");
build("blind28");
build("blind29");
build("blind30");
build("blind31");
build("blind32");
build("blind35");
build("blind37");
build("blind38");
build("blind33");
build("blind34");
build("blind36");
build("blind39");
build("blind40");
build("blind41");
build("blind42");
build("blind43");
build("blind44");
build("blind46");
build("blind47");
build("blind48");
build("blind45");
build("blind49");
build("blind50");
build("blind51");
build("blind52");
build("blind53");
build("blind54");
build("blind55");
build("blind56");
build("blind57");
build("blind58");
build("blind59");
build("blind60");
build("blind61");
build("blind62");
build("blind63");
build("blind64");
build("blind67");
build("blind70");
build("blind65");
build("blind66");
build("blind68");
build("blind69");
build("blind71");
build("blind72");
build("blind73");
build("blind74");
build("blind75");
build("blind76");
build("blind77");
build("blind78");
build("blind79");
build("blind80");
build("blind81");
build("blind82");
build("blind83");
build("blind84");
build("blind85");
build("blind86");
build("blind87");
build("blind88");
build("blind89");
build("blind90");
build("blind91");
build("blind92");
build("blind93");
build("blind94");
build("blind95");
build("blind96");
build("blind97");
build("blind98");
build("blind99");
build("blind100");
build("blind101");
build("blind102");
build("blind103");
build("blind104");
build("blind105");
build("blind106");
build("blind107");
build("blind108");
build("blind109");
build("blind110");
build("blind112");
build("blind115");
build("blind116");
build("blind117");
build("blind111");
build("blind113");
build("blind114");
build("blind118");
build("blind119");
build("blind120");
build("blind121");
build("blind122");
build("blind123");
build("blind124");
build("blind125");
build("blind126");
build("blind127");
build("blind128");
build("blind129");
build("blind130");
build("blind131");
build("blind132");
build("blind133");
build("blind134");
build("blind135");
build("blind136");
build("blind137");
build("blind138");
build("blind139");
build("blind140");
build("blind141");
build("blind142");
build("blind143");
build("blind144");
build("blind145");
build("blind146");
build("blind147");
build("blind148");
build("blind150");
build("blind149");
build("blind151");
build("blind152");
build("blind153");
build("blind154");
build("blind155");
build("blind156");
build("blind157");
build("blind158");
build("blind160");
build("blind161");
build("blind163");
build("blind164");
build("blind159");
build("blind162");
build("blind165");
build("blind166");
build("blind167");
build("blind168");
build("blind169");
build("blind170");
build("blind171");
build("blind172");
build("blind173");
build("blind174");
build("blind175");
build("blind176");
build("blind177");
build("blind178");
build("blind180");
build("blind181");
build("blind182");
build("blind183");
build("blind184");
build("blind186");
build("blind179");
build("blind185");
build("blind187");
build("blind188");
build("blind189");
build("blind190");
build("blind191");
build("blind192");
build("blind193");
build("blind194");
build("blind195");
build("blind196");
build("schoon");
