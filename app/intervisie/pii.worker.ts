/// <reference lib="webworker" />
// The live PII check of the gate, off the browser's main thread: typing never waits for the detector. One request at a
// time: { id, text } in, { id, spans } out (code-point offsets, as the anonymise domain defines them).
import { detect } from "~/anonymise/detect";

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  self.postMessage({ id, spans: detect(text) });
};
