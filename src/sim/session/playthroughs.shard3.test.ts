/** Shard 3 of the random playthroughs (src/sim/session/randomPlaythroughs.ts): one file per shard so they run in parallel. */
import { describePlaythroughShard } from './randomPlaythroughs.ts';

describePlaythroughShard(3);
