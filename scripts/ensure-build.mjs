// `npm start` runs the production build; build it first when it is missing (a fresh clone).
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("build/server/index.js")) {
  console.log("Eerste start: de app wordt gebouwd (dat duurt ongeveer een halve minuut)…");
  execSync("npm run -s build", { stdio: "inherit" });
}
