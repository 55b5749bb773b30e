// Quote detection off the page's thread, so a long story's detection (on open, after a
// paste, on undo) never stalls typing.
import { answerRequests } from "../workspace/workerRunner.ts";
import { runDetection } from "./detectionJob.ts";

answerRequests(runDetection);
