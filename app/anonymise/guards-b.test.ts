import { guardTests } from "./guards.testkit";

// Parts 3 and 4 of the guards check (parts 1 and 2: guards-a.test.ts); see guards.testkit.ts.
guardTests([3, 4]);
