export const statusLabels: Record<string, string> = {
  concept: "Concept",
  gedeeld: "Gedeeld",
  afgerond: "Afgerond",
  gearchiveerd: "Gearchiveerd",
};

export const spreekrechtLabels: Record<string, string> = {
  iedereen: "Iedereen mag schrijven",
  inbrenger: "Alleen de inbrenger schrijft",
  groep: "De groep schrijft; de inbrenger luistert",
  niemand: "Niemand schrijft",
};
