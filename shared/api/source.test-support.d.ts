import type { SignOffRecord, Source } from "./sourceSchemas.ts";
/** A library source (Maria Zakharova, on the record), with any fields changed. */
export declare const librarySource: (changes?: Partial<Source>) => Source;
/** A sign-off of a finding, with any fields changed. */
export declare const signOffRecord: (changes: Partial<SignOffRecord>) => SignOffRecord;
