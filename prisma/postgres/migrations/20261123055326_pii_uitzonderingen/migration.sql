-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "piiUitzonderingen" TEXT NOT NULL DEFAULT '[]';

