// Prints the per-label scores on every test set: `npx tsx app/anonymise/evaluate-cli.ts [--errors] [set …]`.
// Node-only (reads files); the browser never imports this module.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { detect } from "./detect";
import { evaluate, formatTable, parseJsonl } from "./evaluate";

const dir = fileURLToPath(new URL("./testdata/", import.meta.url));
const SETS: Record<string, string> = {
  deduce: "deduce_cases.jsonl",
  dummy: "deidentify_dummy_cases.jsonl",
  dev: "dev.jsonl",
  casuistiek: "casuistiek.jsonl",
  blind: "blind.jsonl",
  blind2: "blind2.jsonl",
  blind3: "blind3.jsonl",
  blind4: "blind4.jsonl",
  blind5: "blind5.jsonl",
  blind6: "blind6.jsonl",
  blind7: "blind7.jsonl",
  blind8: "blind8.jsonl",
  blind9: "blind9.jsonl",
  blind10: "blind10.jsonl",
  blind11: "blind11.jsonl",
  blind12: "blind12.jsonl",
  blind13: "blind13.jsonl",
  blind14: "blind14.jsonl",
  blind15: "blind15.jsonl",
  blind16: "blind16.jsonl",
  blind17: "blind17.jsonl",
  blind18: "blind18.jsonl",
  blind19: "blind19.jsonl",
  blind20: "blind20.jsonl",
  blind21: "blind21.jsonl",
  blind22: "blind22.jsonl",
  blind23: "blind23.jsonl",
  blind24: "blind24.jsonl",
  blind25: "blind25.jsonl",
  blind26: "blind26.jsonl",
  blind27: "blind27.jsonl",
  blind28: "blind28.jsonl",
  blind29: "blind29.jsonl",
  blind30: "blind30.jsonl",
  blind31: "blind31.jsonl",
  blind32: "blind32.jsonl",
  blind35: "blind35.jsonl",
  blind37: "blind37.jsonl",
  blind38: "blind38.jsonl",
  blind33: "blind33.jsonl",
  blind34: "blind34.jsonl",
  blind36: "blind36.jsonl",
  blind39: "blind39.jsonl",
  blind40: "blind40.jsonl",
  blind41: "blind41.jsonl",
  blind42: "blind42.jsonl",
  blind43: "blind43.jsonl",
  blind44: "blind44.jsonl",
  blind46: "blind46.jsonl",
  blind47: "blind47.jsonl",
  blind48: "blind48.jsonl",
  blind45: "blind45.jsonl",
  blind49: "blind49.jsonl",
  blind50: "blind50.jsonl",
  blind51: "blind51.jsonl",
  blind52: "blind52.jsonl",
  blind53: "blind53.jsonl",
  blind54: "blind54.jsonl",
  blind55: "blind55.jsonl",
  blind56: "blind56.jsonl",
  blind57: "blind57.jsonl",
  blind58: "blind58.jsonl",
  blind59: "blind59.jsonl",
  blind60: "blind60.jsonl",
  blind61: "blind61.jsonl",
  blind62: "blind62.jsonl",
  blind63: "blind63.jsonl",
  blind64: "blind64.jsonl",
  blind67: "blind67.jsonl",
  blind70: "blind70.jsonl",
  blind65: "blind65.jsonl",
  blind66: "blind66.jsonl",
  blind68: "blind68.jsonl",
  blind69: "blind69.jsonl",
  blind71: "blind71.jsonl",
  blind72: "blind72.jsonl",
  blind73: "blind73.jsonl",
  blind74: "blind74.jsonl",
  blind75: "blind75.jsonl",
  blind76: "blind76.jsonl",
  blind77: "blind77.jsonl",
  blind78: "blind78.jsonl",
  blind79: "blind79.jsonl",
  blind80: "blind80.jsonl",
  blind81: "blind81.jsonl",
  blind82: "blind82.jsonl",
  blind83: "blind83.jsonl",
  blind84: "blind84.jsonl",
  blind85: "blind85.jsonl",
  blind86: "blind86.jsonl",
  blind87: "blind87.jsonl",
  blind88: "blind88.jsonl",
  blind89: "blind89.jsonl",
  blind90: "blind90.jsonl",
  blind91: "blind91.jsonl",
  blind92: "blind92.jsonl",
  blind93: "blind93.jsonl",
  blind94: "blind94.jsonl",
};

const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const chosen = args.filter((a) => !a.startsWith("--"));
for (const name of chosen.length ? chosen : Object.keys(SETS)) {
  const records = parseJsonl(readFileSync(dir + SETS[name], "utf8"));
  const ev = evaluate(records, detect);
  console.log(`\n## ${name} (${records.length} records)\n\n${formatTable(ev)}`);
  if (showErrors)
    for (const e of ev.errors) {
      if (e.missed.length) console.log(`  ${e.id} MISSED ${e.missed.map((m) => `${m.label}:${JSON.stringify(m.text)}`).join(" ")}`);
      if (e.wrong.length) console.log(`  ${e.id} WRONG  ${e.wrong.map((m) => `${m.label}:${JSON.stringify(m.text)}`).join(" ")}`);
    }
}
