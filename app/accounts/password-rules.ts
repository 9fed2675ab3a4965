export const passwordRulesText = "Een wachtwoord heeft minstens 10 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.";
