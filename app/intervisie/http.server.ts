import { jsonError } from "~/platform/http.server";
import { data } from "@remix-run/node";
import { IntervisieError } from "./errors";

/** Pages: a domain refusal becomes a thrown `{code, message}` response with its status (error boundary). */
export async function orFail<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof IntervisieError) throw data(error.body, { status: error.status });
    throw error;
  }
}

/** JSON API: the same refusal as a JSON `{code, message}` body. */
export async function orJsonError(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof IntervisieError) return jsonError(error.status, error.body);
    throw error;
  }
}
