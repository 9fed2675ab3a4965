-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "titel" TEXT NOT NULL,
    "hulpvraag" TEXT NOT NULL,
    "situatie" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'concept',
    "lessen" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "gedeeldOp" DATETIME,
    "afgerondOp" DATETIME,
    "opgeschoondOp" DATETIME,
    "piiUitzonderingen" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Case_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Case_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Case" ("afgerondOp", "authorId", "createdAt", "gedeeldOp", "groupId", "hulpvraag", "id", "lessen", "opgeschoondOp", "situatie", "status", "titel", "updatedAt") SELECT "afgerondOp", "authorId", "createdAt", "gedeeldOp", "groupId", "hulpvraag", "id", "lessen", "opgeschoondOp", "situatie", "status", "titel", "updatedAt" FROM "Case";
DROP TABLE "Case";
ALTER TABLE "new_Case" RENAME TO "Case";
CREATE INDEX "Case_groupId_status_idx" ON "Case"("groupId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

