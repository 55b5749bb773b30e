// The review off the page's thread: detection and every rule cost ~100 ms on a long story,
// which would stall typing if they ran where the editor does.
import { answerRequests } from "../workspace/workerRunner.ts";
import { runReview } from "./reviewJob.ts";

answerRequests(runReview);
