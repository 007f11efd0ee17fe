/** Louvain off the main thread: receives Pairs, answers with the community of each node. */
import { detect, type Pairs } from './kernel.js';

self.onmessage = (e: MessageEvent<Pairs & { job: number }>) => {
  const communities = detect(e.data);
  (self as unknown as Worker).postMessage({ job: e.data.job, communities }, [communities.buffer]);
};
