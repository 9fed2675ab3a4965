import { guardTests } from "./guards.testkit";

// Parts 1 and 2 of the guards check (parts 3 and 4: guards-b.test.ts); see guards.testkit.ts.
guardTests([1, 2]);
