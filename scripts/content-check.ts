// `npm run content:check`: validates CONTENT_DIR (default ./content) and prints `file:line: message` per problem.
import { pathToFileURL } from "node:url";
import { contentDir, formatProblems, hasErrors, loadContent, summarise } from "../app/methods/content.server";

export { assertValidContent, formatProblem, formatProblems } from "../app/methods/content.server";

/** Prints the report and returns the exit code: 1 when there is any fout, else 0. */
export async function runContentCheck(dir: string = contentDir()): Promise<number> {
  const content = await loadContent(dir);
  if (content.problems.length > 0) console.log(formatProblems(content.problems));
  console.log(summarise(content.problems, content));
  return hasErrors(content.problems) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runContentCheck(process.argv[2] ?? contentDir());
}
