import { describe, expect, it } from "vitest";
import { detect, elfproef, ibanValid, toUtf16Index, type Label } from "./index";

const found = (text: string, label?: Label) =>
  detect(text)
    .filter((s) => !label || s.label === label)
    .map((s) => s.text);
const labelOf = (text: string, fragment: string) => detect(text).find((s) => s.text.includes(fragment) || fragment.includes(s.text))?.label;

describe("bsn", () => {
  it("accepts 9 digits that pass the elfproef, also formatted", () => {
    expect(elfproef("111222333")).toBe(true);
    expect(elfproef("123456782")).toBe(true);
    expect(found("Haar BSN is 123456782.", "bsn")).toEqual(["123456782"]);
    expect(found("BSN 1234.56.782 bekend", "bsn")).toEqual(["1234.56.782"]);
    expect(found("bsn: 123 456 782", "bsn")).toEqual(["123 456 782"]);
  });
  it("rejects numbers failing the elfproef", () => {
    expect(elfproef("123456783")).toBe(false);
    expect(found("BSN 123456783", "bsn")).toEqual([]);
    expect(found("111111111", "bsn")).toEqual([]);
  });
  it("does not call an elfproef-valid klantnummer a BSN (the elfproef trap)", () => {
    const text = "Klantnummer 123456782, zaaknummer 111222333.";
    expect(found(text, "bsn")).toEqual([]);
    expect(found(text, "dossiernummer")).toEqual(["123456782", "111222333"]);
    expect(labelOf("relatienummer: 123456782", "123456782")).toBe("dossiernummer");
    expect(labelOf("factuurnummer 123456782", "123456782")).toBe("dossiernummer");
  });
  it("attributes each number to its own keyword", () => {
    const spans = detect("BSN 123456782, relatienummer 111222333");
    expect(spans.map((s) => s.label)).toEqual(["bsn", "dossiernummer"]);
  });
  it("keeps a BSN a BSN when the file it is meant for is named between the word and the number", () => {
    expect(labelOf("ja, zet maar in de agenda. zijn bsn voor jullie dossier is 123456782", "123456782")).toBe("bsn");
    expect(labelOf("Het BSN voor de aanvraag: 123456782", "123456782")).toBe("bsn");
    // a number word after "voor" still announces its own number
    expect(labelOf("BSN voor klantnummer 123456782", "123456782")).toBe("dossiernummer");
  });
});

describe("dossiernummer", () => {
  it("finds announced and structured case numbers", () => {
    expect(found("Dossiernummer 2023-04871.", "dossiernummer")).toEqual(["2023-04871"]);
    expect(found("Zaaknummer Z/24/067891.", "dossiernummer")).toEqual(["Z/24/067891"]);
    expect(found("oude dossier (ZAAK-2024-118734)", "dossiernummer")).toEqual(["ZAAK-2024-118734"]);
  });
  it("ignores amounts, years and short numbers", () => {
    expect(found("Een terugvordering van 2.340 euro over 2019-2021, 12 uur per week.")).toEqual([]);
    expect(found("Patientnummer is 01234.", "dossiernummer")).toEqual([]);
  });
});

describe("iban", () => {
  it("accepts valid IBANs with and without spaces", () => {
    expect(ibanValid("NL91ABNA0417164300")).toBe(true);
    expect(found("rekening NL91ABNA0417164300 graag", "iban")).toEqual(["NL91ABNA0417164300"]);
    expect(found("IBAN: NL91 ABNA 0417 1643 00.", "iban")).toEqual(["NL91 ABNA 0417 1643 00"]);
  });
  it("rejects an IBAN that fails mod-97", () => {
    expect(ibanValid("NL91ABNA0417164301")).toBe(false);
    expect(found("rekening NL91ABNA0417164301", "iban")).toEqual([]);
  });
});

describe("postcode and address", () => {
  it("finds postcodes with and without space", () => {
    expect(found("7545 KD Enschede", "postcode")).toEqual(["7545 KD"]);
    expect(found("postcode 1234AB", "postcode")).toEqual(["1234AB"]);
  });
  it("does not take doses or counts for postcodes", () => {
    expect(found("1250 mg per dag en 2000 ml", "postcode")).toEqual([]);
  });
  it("finds street + number and Postbus", () => {
    expect(found("Hij woont aan de Spoorlaan 14a in Enschede.", "adres")).toEqual(["Spoorlaan 14a"]);
    expect(found("Adres: Bosstraat 22 bis, Utrecht", "adres")).toEqual(["Bosstraat 22 bis"]);
    expect(found("Postbus 1071, 9701 BB Groningen", "adres")).toEqual(["Postbus 1071"]);
  });
  it("needs a house number", () => {
    expect(found("Hij loopt graag over de Lindenlaan.", "adres")).toEqual([]);
  });
});

describe("telefoon", () => {
  it.each(["06-12345678", "06 1234 5678", "+31 6 2874 1190", "0031612345678", "010-1234567", "0318-123456", "(020) 123 45 67", "+31 (0)6 12 98 76 54"])(
    "finds %s",
    (phone) => {
      expect(found(`Bel mij op ${phone} vandaag.`, "telefoon")).toEqual([phone]);
    },
  );
  it("ignores numbers that are too short, too long or dates", () => {
    expect(found("065555 is te kort en 065555555555 is te lang", "telefoon")).toEqual([]);
    expect(found("geboren 07-08-1996", "telefoon")).toEqual([]);
  });
});

describe("email and url", () => {
  it("finds e-mail addresses", () => {
    expect(found("Mail naar s.yilmaz@hotmail.com.", "email")).toEqual(["s.yilmaz@hotmail.com"]);
  });
  it("ignores things that only look like e-mail", () => {
    expect(found("Stuur het @team of naar info@ of a@b.", "email")).toEqual([]);
  });
  it("finds links and bare domains, not company names", () => {
    expect(found("Kijk op www.werk.nl.", "url")).toEqual(["www.werk.nl"]);
    expect(found("Profiel: https://www.instagram.com/modebyabena", "url")).toEqual(["https://www.instagram.com/modebyabena"]);
    expect(found("zie umcutrecht.nl", "url")).toEqual(["umcutrecht.nl"]);
    expect(found("Ze werkt bij Bol.com in Waalwijk.", "url")).toEqual([]);
  });
});

describe("datum", () => {
  it.each(["12 maart 1985", "12-03-1985", "3 jan. 2020", "maart 2021", "10 oktober", "2009-05-31", "17-mei-2011", "30/5/22"])("finds %s", (date) => {
    expect(found(`Op ${date} was er een gesprek.`, "datum")).toEqual([date]);
  });
  it("takes a bare year only as a year of birth", () => {
    expect(found("Hij is geboren in 1985 en woont sinds 2019 hier.", "datum")).toEqual(["1985"]);
    expect(found("geb. 1979", "datum")).toEqual(["1979"]);
  });
  it("rejects impossible dates and lone month or day names", () => {
    expect(found("32-01-2018 en 01-13-2018 en 38 augustus 2018", "datum")).toEqual([]);
    expect(found("In maart kwam ze op dinsdag langs. Mei is druk.", "datum")).toEqual([]);
  });
});

describe("leeftijd", () => {
  it.each([
    ["Hij is 34 jaar.", "34 jaar"],
    ["een 34-jarige vrouw", "34-jarige"],
    ["Dennis (m, 41) vertelde", "41"],
    ["een vrouw van 52 met drie kinderen", "52"],
    ["Mevrouw El Amrani (41) woont", "41"],
  ])("finds the age in %s", (text, age) => {
    expect(found(text, "leeftijd")).toEqual([age]);
  });
  it("does not take durations for ages", () => {
    expect(found("Ze zit al 3 jaar in de bijstand, 2 jaar geleden verhuisd, heeft 30 jaar gewerkt.", "leeftijd")).toEqual([]);
  });
});

describe("persoon", () => {
  it("finds names after titles, relations and speech verbs", () => {
    expect(found("Gesprek met mevrouw Bakkal over werk.", "persoon")).toEqual(["Bakkal"]);
    expect(found("Vandaag sprak ik dhr. P. de Boer.", "persoon")).toEqual(["P. de Boer"]);
    expect(found("Haar zoon Bilal zit op school.", "persoon")).toEqual(["Bilal"]);
    expect(found("Dat klopt niet, zegt Ahmed.", "persoon")).toEqual(["Ahmed"]);
    expect(found("Volgens de heer Öztürk is dat zo.", "persoon")).toEqual(["Öztürk"]);
    expect(found("cliënt Kofi Mensah belde", "persoon")).toEqual(["Kofi Mensah"]);
  });
  it("finds names with initials, particles and lexicon first names", () => {
    expect(found("Brief van J. de Vries en A.B. Jansen.", "persoon")).toEqual(["J. de Vries", "A.B. Jansen"]);
    expect(found("Ingrid van der Veen belt elke dag.", "persoon")).toEqual(["Ingrid van der Veen"]);
    expect(found("mevrouw Jansen-Schouten", "persoon")).toEqual(["Jansen-Schouten"]);
  });
  it("repeats a name found with context everywhere in the text", () => {
    expect(found("Mevrouw Bakkal belde. Later mailde Bakkal opnieuw.", "persoon")).toEqual(["Bakkal", "Bakkal"]);
  });
  it("ignores sentence-initial words, months, days, roles and methods", () => {
    const text =
      "Vandaag had ik intervisie. April is druk. Maandag komt de jobcoach. Elke dag leren we. De klantmanager past Work First en Klant in beeld toe.";
    expect(detect(text)).toEqual([]);
  });
});

describe("plaats and instelling", () => {
  it("finds municipalities, villages and neighbourhoods", () => {
    expect(found("Ze woont in de Bloemenwijk in Zwolle.", "plaats")).toEqual(["Bloemenwijk", "Zwolle"]);
    expect(found("Hij verhuisde naar Staphorst en werkt in Rotterdam-Zuid.", "plaats")).toEqual(["Staphorst", "Rotterdam-Zuid"]);
  });
  it("finds institutions by lexicon, head word and context", () => {
    expect(found("Ze is in behandeling bij Parnassia en Altrecht.", "instelling")).toEqual(["Parnassia", "Altrecht"]);
    expect(found("Via Stichting Schuldhulpmaatje kreeg ze een maatje.", "instelling")).toEqual(["Stichting Schuldhulpmaatje"]);
    expect(found("Haar zoon zit op basisschool De Regenboog.", "instelling")).toEqual(["basisschool De Regenboog"]);
    expect(found("Hij werkt bij Sortiva.", "instelling")).toEqual(["Sortiva"]);
    expect(found("Ze werkt bij De Kern.", "instelling")).toEqual(["De Kern"]);
  });
  it("does not flag laws, national bodies or generic services", () => {
    const text =
      "Volgens de Participatiewet en de Wet schuldsanering natuurlijke personen moet het UWV, de SVB, het CJIB, DUO, de IND, " +
      "de Belastingdienst, Divosa en de VNG samenwerken met de GGZ, het wijkteam en de schuldhulpverlening in Nederland.";
    expect(detect(text)).toEqual([]);
  });
});

describe("offsets", () => {
  it("counts code points, not UTF-16 units", () => {
    const text = "😀👍 Mail jan@voorbeeld.nl";
    const [span] = detect(text);
    expect(span).toMatchObject({ label: "email", start: 8, end: 24, text: "jan@voorbeeld.nl" });
    expect([...text].slice(span.start, span.end).join("")).toBe("jan@voorbeeld.nl");
    expect(text.slice(toUtf16Index(text, span.start), toUtf16Index(text, span.end))).toBe("jan@voorbeeld.nl");
  });
  it("returns sorted, non-overlapping spans", () => {
    const spans = detect("Mevrouw Jansen, Kerkweg 3, 7951 BK Staphorst, 06-12345678, jansen@mail.nl, geboren 12-03-1985.");
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    expect(spans.map((s) => s.label)).toEqual(["persoon", "adres", "postcode", "plaats", "telefoon", "email", "datum"]);
  });
});

describe("robustness", () => {
  it("copes with pathological input (long runs of initials, street words, hyphens, digits, particles, chat lines)", () => {
    for (const text of ["A. ".repeat(5000), "Kerkstraat Laan van de ".repeat(2000), "Jan-".repeat(10000), "12 ".repeat(10000), "a@".repeat(10000), "van de van der ".repeat(5000), "[10:00] sanne: aan de Kerk 12\n".repeat(2000), ""]) {
      const spans = detect(text);
      for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
    }
  });
});

// Cases added after the fourth and fifth blind sets (chat messages, e-mails with signatures, rapportages).
describe("informal notes and e-mails", () => {
  it("finds lower-case names after abbreviated titles and next to a signal, not ordinary words", () => {
    expect(found("mw bouzian belt morgen terug", "persoon")).toEqual(["bouzian"]);
    expect(found("mw de vries-hoekstra heeft een auto", "persoon")).toEqual(["de vries-hoekstra"]);
    expect(found("fatima is 17 en gaat naar school. gr sanne", "persoon")).toEqual(["fatima", "sanne"]);
    expect(found("fatima is 17 en gaat naar school", "leeftijd")).toEqual(["17"]);
    expect(found("mw. vertelde dat ze bang is. dhr. reageerde boos. mw heeft geen geld.", "persoon")).toEqual([]);
    expect(found("toon is belangrijk in een gesprek", "persoon")).toEqual([]);
  });
  it("uses roles in brackets, appositions and 'mijn naam is'", () => {
    expect(found("Aanwezig: Semhar Tekle (klant), Bram (klantmanager).", "persoon")).toEqual(["Semhar Tekle", "Bram"]);
    expect(found("Ter Haar, zijn mentor, vindt dat hij toe is aan werk.", "persoon")).toEqual(["Ter Haar"]);
    expect(found("Mijn naam is Olena Kovalenko, ik woon in Apeldoorn.", "persoon")).toEqual(["Olena Kovalenko"]);
    expect(found("Met vriendelijke groeten,\nW.F. van 't Hof\nPrins Hendrikkade 88-III", "persoon")).toEqual(["W.F. van 't Hof"]);
  });
  it("does not read job-title lines, 'in de …' or brands as names", () => {
    expect(found("Ilse Wiersma\nMedewerker Incasso\nWoonstichting Vryland", "persoon")).toEqual(["Ilse Wiersma"]);
    expect(found("Ik heb het in de Teams-meeting ingebracht, follow-up in de Sprint Review.", "persoon")).toEqual([]);
    expect(found("Ze heeft een Toyota Yaris van 2021.", "persoon")).toEqual([]);
    expect(found("Albert Heijn zoekt altijd vakkenvullers.", "persoon")).toEqual([]);
  });
});

describe("organisations from signatures and letters", () => {
  it("finds legal forms, company tails and head words with ordinary words", () => {
    expect(labelOf("Directeur\nVerhoef Installatietechniek B.V.\nIndustrieweg 14", "Verhoef Installatietechniek B.V.")).toBe("instelling");
    expect(found("bewindvoerder mr. H. Kapteijn van Kapteijn Bewindvoering", "instelling")).toEqual(["Kapteijn Bewindvoering"]);
    expect(found("Van: HR – Bakker Logistiek Zeewolde", "instelling")).toEqual(["Bakker Logistiek Zeewolde"]);
    expect(found("Trajectbegeleider\nRe-integratiebureau Stap Verder\nPostbus 1207", "instelling")).toEqual(["Re-integratiebureau Stap Verder"]);
  });
  it("spreads an organisation found with context to its other mentions", () => {
    expect(found("de intern begeleider van basisschool 't Palet.\n\nIB'er 't Palet", "instelling")).toEqual(["basisschool 't Palet", "'t Palet"]);
  });
  it("leaves generic services and 'gemeente X' alone", () => {
    expect(found("Dat loopt via de Kredietbank en het Sociaal Loket.", "instelling")).toEqual([]);
    expect(labelOf("Klantmanager\nGemeente Apeldoorn", "Apeldoorn")).toBe("plaats");
  });
});

describe("more formats", () => {
  it("dates: day-month after a weekday or announcing word, spaced separators", () => {
    expect(found("Hij begint op ma 10/3. De brief van 27-3 kwam op 28/01.", "datum")).toEqual(["10/3", "27-3", "28/01"]);
    expect(found("Geboortedatum: 2 - 11 - 1988", "datum")).toEqual(["2 - 11 - 1988"]);
    expect(found("We zijn 24/7 bereikbaar, 3/4 van de tijd, op 11-12 jarige leeftijd", "datum")).toEqual([]);
  });
  it("ages in words, in lists and after a place in brackets; durations stay out", () => {
    expect(found("een man van zevenenvijftig jaar uit Grou", "leeftijd")).toEqual(["zevenenvijftig jaar"]);
    expect(found("Zijn dochter is begin dertig, mevrouw is halverwege de vijftig.", "leeftijd")).toEqual(["begin dertig", "halverwege de vijftig"]);
    expect(found("De kinderen (4, 7 en 12) en de tweeling (8 en 11 jaar).", "leeftijd")).toEqual(["4", "7", "12", "8", "11 jaar"]);
    expect(found("dhr. Hassan Al-Masri (Syrië, 47) belt", "leeftijd")).toEqual(["47"]);
    expect(found("Kevin zat vijf jaar in de bijstand. In de twintig minuten dat ik er was.", "leeftijd")).toEqual([]);
  });
  it("foreign numbers with 00, lettered ids, address blocks and toevoegingen", () => {
    expect(found("Zij is bereikbaar op 0032 470 12 34 56.", "telefoon")).toEqual(["0032 470 12 34 56"]);
    expect(found("dhr. E. Bakker (GGZ-2351987)", "dossiernummer")).toEqual(["GGZ-2351987"]);
    expect(found("Werkmatcher\nDe Skalm 3\n9201 KA Drachten", "adres")).toEqual(["De Skalm 3"]);
    expect(found("Adres: Laan van Nieuw-Oost-Indië 123-II, Den Haag", "adres")).toEqual(["Laan van Nieuw-Oost-Indië 123-II"]);
    expect(found("wonen op Kerkplein 2-A te Ede.", "adres")).toEqual(["Kerkplein 2-A"]);
    expect(found("wonen op Kerkplein 2-A te Ede.", "persoon")).toEqual([]);
    expect(found("Met vriendelijke groeten,\nW.F. van 't Hof\nPrins Hendrikkade 88-III", "adres")).toEqual(["Prins Hendrikkade 88-III"]);
  });
});

describe("chat-style places, ordinal dates, BSN groupings", () => {
  it("finds lower-case places after a preposition and unknown villages next to a place", () => {
    expect(found("ze woont in deventer en werkt in zwolle of Wezep.", "plaats")).toEqual(["deventer", "zwolle", "Wezep"]);
    expect(found("een plek in de buurt van Wezep", "plaats")).toEqual(["Wezep"]);
    expect(found("dat kan leiden tot problemen; in best geval", "plaats")).toEqual([]);
  });
  it("reads ordinal days, '33jr' and BSNs with any grouping after the keyword", () => {
    expect(found("op de 3e februari en 1ste maart", "datum")).toEqual(["3e februari", "1ste maart"]);
    expect(found("(m, 33jr)", "leeftijd")).toEqual(["33jr"]);
    expect(found("BSN 12 34 56 782 en bsn: 1234 56 782", "bsn")).toEqual(["12 34 56 782", "1234 56 782"]);
    expect(found("BSN 12 34 56 783", "bsn")).toEqual([]);
  });
});

describe("titles after a greeting line, ordinary words as company tails", () => {
  it("does not take a title after a greeting line for a name; company tails may be ordinary words", () => {
    expect(found("Beste klantmanager,\n\nDhr. Pool (61) kan starten.", "persoon")).toEqual(["Pool"]);
    expect(found("Coördinator dagbesteding\nAmarantis Zorg", "instelling")).toEqual(["Amarantis Zorg"]);
    expect(found("contact met Marco van het Werkgeversservicepunt Rijk van Nijmegen over", "instelling")).toEqual(["Werkgeversservicepunt Rijk van Nijmegen"]);
  });
});

describe("role-word surnames, service organisations, event ages and timeline dates", () => {
  it("takes a role-word surname right after a title for a name, not after 'de'", () => {
    expect(found("gebeld met de huismeester, dhr. Arts, die een afspraak maakt", "persoon")).toEqual(["Arts"]);
    expect(found("Mevrouw Mentor kwam op gesprek.", "persoon")).toEqual(["Mentor"]);
    expect(found("Mevrouw de arts zei dat het goed ging. Geachte mevrouw de Voorzitter,", "persoon")).toEqual([]);
  });
  it("names the organisation after a service noun + van, not a person, place or national body", () => {
    expect(found("Ze krijgt begeleiding van Zorgkracht.", "instelling")).toEqual(["Zorgkracht"]);
    expect(found("Hij krijgt hulp van Kronenhof.", "instelling")).toEqual(["Kronenhof"]);
    expect(found("begeleiding van Petra, een brief van de Belastingdienst, hulp van Veilig Thuis", "instelling")).toEqual([]);
  });
  it("reads a name with a lower-case 'wonen'/'zorg' tail as an organisation, not a kind of housing", () => {
    expect(found("de vraag voor NV wonen is niet meer van toepassing", "instelling")).toEqual(["NV wonen"]);
    expect(found("Ze huurt bij Area wonen in Emmen.", "instelling")).toEqual(["Area wonen"]);
    expect(found("Ze wil graag Zelfstandig wonen; Beschermd wonen of Thuis wonen; in Utrecht wonen; de Wlz zorg.", "instelling")).toEqual([]);
  });
  it("finds ages at an event, announced ages, decades after 'van', gender + age and '50-plusser'", () => {
    expect(found("Op zijn 18e kwam hij naar Nederland. Sinds haar achttiende woont ze alleen.", "leeftijd")).toEqual(["18e", "achttiende"]);
    expect(found("Hij wordt volgende maand veertig. Ze wordt in mei 67 en stopt.", "leeftijd")).toEqual(["veertig", "67"]);
    expect(found("Een vrouw van in de veertig kwam binnen.", "leeftijd")).toEqual(["in de veertig"]);
    expect(found("V, 38, twee kinderen", "leeftijd")).toEqual(["38"]);
    expect(found("een vijftigplusser met rugklachten", "leeftijd")).toEqual(["vijftigplusser"]);
    expect(found("Op zijn eerste werkdag; tot zijn verbazing; de 50-plussers in het traject; jongeren onder de 27", "leeftijd")).toEqual([]);
  });
  it("finds years of birth, weekday + ordinal, day ranges and timeline dates", () => {
    expect(found("Hij is van 1972. Ze is geboren in '85.", "datum")).toEqual(["1972", "'85"]);
    expect(found("Het gesprek is vrijdag de 13e.", "datum")).toEqual(["vrijdag de 13e"]);
    expect(found("Op 5 en 6 maart is ze afwezig.", "datum")).toEqual(["5 en 6 maart"]);
    expect(found("10-03: klant belde.\nGesprek 14/3: klant was boos.", "datum")).toEqual(["10-03", "14/3"]);
    expect(found("Hij is van plan te verhuizen. De auto is van 2012. Het is 24/7 open. Het tarief is 3 en 4 euro.", "datum")).toEqual([]);
  });
  it("does not take public holidays or 'Sociale Zaken' for names", () => {
    expect(detect("Ze is op Tweede Kerstdag opgenomen. Een brief van Sociale Zaken kwam binnen.")).toEqual([]);
  });
});

describe("chat transcripts, lower-case streets, head words and word-like names", () => {
  it("reads chat transcripts: speakers with a time stamp or a known first name, then their lower-case mentions", () => {
    const chat = "[09:12] sanne: iemand ervaring met de crisisdienst van parnassia?\n[09:14] rik: ja bel gewoon\n[09:21] yasmina: sanne ik kan do mee";
    expect(found(chat, "persoon")).toEqual(["sanne", "rik", "yasmina", "sanne"]);
    expect(found(chat, "instelling")).toEqual(["parnassia"]);
    expect(found("joke: reminder morgen\ndaan: ik heb wel iets\njoke: prima, kees denk ik", "persoon")).toEqual(["joke", "daan", "joke", "kees"]);
    // One header line with a colon is no chat; header words are no speakers.
    expect(found("Hulpvraag: hoe nu verder?\nVervolg: overleg met de teamleider.\nActie: kees belt", "persoon")).toEqual([]);
  });
  it("finds lower-case streets after a preposition and 'aan de Name 114' addresses, not durations or page numbers", () => {
    expect(found("welke mw, die van zuiderparkweg 212? hij is verhuisd naar oostergoostraat 14a", "adres")).toEqual(["zuiderparkweg 212", "oostergoostraat 14a"]);
    expect(found("Ze woont aan de Kamperzand 114 in Lelystad, vroeger op Kruitberg 318.", "adres")).toEqual(["Kamperzand 114", "Kruitberg 318"]);
    expect(found("via de snelweg 2 uur rijden; zie op Pagina 12. Hij zit op Trede 2, streven 4. aaaweg 1", "adres")).toEqual([]);
  });
  it("finds ages of children and relations", () => {
    expect(found("de oudste is 14, daarna een tweeling van 6. Haar moeder (71) is ziek.", "leeftijd")).toEqual(["14", "6", "71"]);
    expect(found("clt is 58, zus heet ria", "leeftijd")).toEqual(["58"]);
    expect(found("De oudste is 2 jaar geleden verhuisd. Het moeder (van alle) problemen.", "leeftijd")).toEqual([]);
  });
  it("takes head words with a place or name along, and keeps persons, generic services and places apart", () => {
    expect(found("Ze is actief in de Christ Apostolic Church Den Haag.", "instelling")).toEqual(["Christ Apostolic Church Den Haag"]);
    expect(found("werkt in de huishouding van Van der Valk Hotel Nijmegen-Lent", "instelling")).toEqual(["Van der Valk Hotel Nijmegen-Lent"]);
    expect(found("de huisarts, dr. Peters van Huisartsenpraktijk Stadsdennen, raadt", "persoon")).toEqual(["Peters"]);
    expect(found("Fontys Hogescholen en Universiteit Utrecht", "instelling")).not.toContain("Fontys Hogescholen en Universiteit Utrecht");
    expect(found("Locatie: Stadskantoor Leeuwarden. FACT-team Emmen belde.", "instelling")).toEqual([]);
    expect(found("Locatie: Stadskantoor Leeuwarden. FACT-team Emmen belde.", "plaats")).toEqual(["Leeuwarden", "Emmen"]);
    expect(found("Hij woont bij zijn moeder in Nieuw Den Helder.", "plaats")).toEqual(["Nieuw Den Helder"]);
  });
  it("camel-case organisation names, abbreviations with a location, 'in het' before a hospital", () => {
    expect(found("Melding van KleurrijkWonen over onderverhuur.", "instelling")).toEqual(["KleurrijkWonen"]);
    expect(found("schoonmaakster in het HMC Westeinde, tot ze uitviel", "instelling")).toEqual(["HMC Westeinde"]);
    expect(found("Ze stuurde het via WeTransfer en zag het op LinkedIn.", "instelling")).toEqual([]);
  });
  it("two-letter surnames after a title, role-word surnames after a first name, verbs after 'mw.' stay out", () => {
    expect(found("Meneer spreekt beperkt Nederlands en mevrouw Li nog minder.", "persoon")).toEqual(["Li"]);
    expect(found("dr Vi", "persoon")).toEqual([]);
    expect(found("trajectbegeleider Niels Arts, IPS-trajectbegeleider", "persoon")).toEqual(["Niels Arts"]);
    expect(found("Mw. levert vóór 1 mei een kopie aan. Dhr smit belde.", "persoon")).toEqual(["smit"]);
  });
  it("numbers announced by a compound keyword are dossiernummers, not foreign phones", () => {
    expect(labelOf("Huurcontractnummer: 0047-118-02", "0047")).toBe("dossiernummer");
    expect(labelOf("Bel haar in Noorwegen: 0047 412 34 567", "0047")).toBe("telefoon");
  });
  it("spreads a word-like first name from a full name, mid-sentence only", () => {
    expect(found("klantmanager Roos van Dam. Daarna overleg Roos met de teamleider.", "persoon")).toEqual(["Roos van Dam", "Roos"]);
    expect(found("Roos van Dam belde. Roos is een mooie bloem.", "persoon")).toEqual(["Roos van Dam"]);
  });
  it("places: neighbourhoods after 'wijk', word-like surnames after 'in', lower-case ambiguous places unless words", () => {
    expect(found("in de wijk De Maten. Hij werkte in Kempen (Duitsland).", "plaats")).toEqual(["De Maten", "Kempen", "Duitsland"]);
    expect(found("dhr hoekstra uit grou", "plaats")).toEqual(["grou"]);
    expect(found("dat kan leiden tot problemen; in best geval", "plaats")).toEqual([]);
  });
});

describe("form fields, children's ages, firm names and dates with a time", () => {
  it("reads form fields: 'Roepnaam: Mei', 'Geboorteplaats: Wenzhou', not a YAML key", () => {
    expect(found("Roepnaam: Mei\nGeboorteplaats: Wenzhou, China", "persoon")).toEqual(["Mei"]);
    expect(found("Roepnaam: Mei\nGeboorteplaats: Wenzhou, China", "plaats")).toEqual(["Wenzhou", "China"]);
    expect(found("  - naam: Evaluatie\n    duur: 15", "persoon")).toEqual([]);
  });
  it("children's ages after a name or in months; a place after 'oom in de' is no surname", () => {
    expect(found("haar dochter Lieke van 15 in Dokkum; een dochtertje van acht maanden; zoontje van 4,", "leeftijd")).toEqual(["15", "acht", "4"]);
    expect(found("Een dochter van de buurvrouw; een kind van de rekening.", "leeftijd")).toEqual([]);
    expect(found("eerst bij een oom in de Tarwewijk, nu zonder woonplek", "persoon")).toEqual([]);
  });
  it("companies: method names before a legal form, '& Partners' firms, studios, 'zit op het' schools", () => {
    expect(found("WerkFit Opstap B.V.", "instelling")).toEqual(["WerkFit Opstap B.V."]);
    expect(found("Van Dam & Partners Gerechtsdeurwaarders\nPostbus 12", "instelling")).toEqual(["Van Dam & Partners Gerechtsdeurwaarders"]);
    expect(found("een eigen ontwerpbureau, Studio Verhoeven Ontwerp.", "instelling")).toEqual(["Studio Verhoeven Ontwerp"]);
    expect(found("Zijn zoon zit op het Ubbo Emmius.", "instelling")).toEqual(["Ubbo Emmius"]);
    expect(found("Hij werkt met WerkFit. Hij zit op het Stadhuis te wachten.", "instelling")).toEqual([]);
  });
  it("lower-case organisations the owner writes in lower case, not an ordinary 'de werkplaats'", () => {
    expect(found("eerder in behandeling bij i-psy, maar gestopt", "instelling")).toEqual(["i-psy"]);
    expect(found("Neemt bij de opdrachten in de werkplaats snel de leiding.", "instelling")).toEqual([]);
    expect(found("verwijzing naar de hoop in dordrecht ligt klaar", "instelling")).toEqual(["de hoop"]);
    // In a normally capitalised sentence the owner would have written "De Werkplaats" or "De Hoop".
    expect(found("Jongere wil niet naar de werkplaats", "instelling")).toEqual([]);
    expect(found("Hij gaat morgen naar de hoop dat het goed komt.", "instelling")).toEqual([]);
    expect(found("Dat raakte me: ik ga een maatje zoeken op de werkplaats.", "instelling")).toEqual([]);
  });
  it("dates with a time after them, addresses with a range, short ids only right after '…nummer'", () => {
    expect(found("nieuwe afspraak woensdag 29 mei 11.00 uur", "datum")).toEqual(["29 mei"]);
    expect(found("Ambachtsweg 7-9\n3542 AB Utrecht", "datum")).toEqual([]);
    expect(found("personeelsnummer 0418", "dossiernummer")).toEqual(["0418"]);
    expect(found("Patientnummer is 01234. Een rekening 1200 euro; kenmerk 2024", "dossiernummer")).toEqual([]);
  });
  it("movement verbs before 'naar X'; chats: lower-case places and word-like names before a verb", () => {
    expect(found("Sinds haar man vertrok naar Birmingham staat ze er alleen voor.", "plaats")).toEqual(["Birmingham"]);
    const chat = "[13:02] ayse: even sparren\n[13:05] lisa: ja gaat wel. dirk heeft met me nagepraat\n[13:09] ayse: wijkteam sliedrecht is betrokken";
    expect(found(chat, "persoon")).toEqual(["ayse", "lisa", "dirk", "ayse"]);
    expect(found(chat, "plaats")).toEqual(["sliedrecht"]);
    // An agenda with times is no chat: its phases are no speakers.
    expect(found("10.00 Introductie: welkom\n10.15 Analyse: de kern\n10.45 Evaluatie: hoe ging het", "persoon")).toEqual([]);
  });
});

describe("ages just reached; 'door X' after a help noun", () => {
  it("ages just reached, birthdays, '(45j)'; counts and durations stay out", () => {
    expect(found("Ze is net 18 geworden. Hij werd vorige maand 60. Dhr. (45j) meldt zich. Zijn 50e verjaardag.", "leeftijd")).toEqual(["18", "60", "45", "50e"]);
    expect(found("Hij werd in mei 2 keer gebeld. Ze is net 2 weken thuis. Zijn eerste verjaardag hier.", "leeftijd")).toEqual([]);
  });
  it("'door X' after a help noun names the organisation, not a person", () => {
    expect(found("Begeleiding door Zorgkracht is gestart.", "instelling")).toEqual(["Zorgkracht"]);
    expect(found("Begeleiding door Petra is gestart.", "instelling")).toEqual([]);
    expect(found("Hij is in dienst van Vanderlande; een werkaanbod van Bolletje.", "instelling")).toEqual(["Vanderlande", "Bolletje"]);
    expect(found("Hij is in dienst van de Gemeente. In de dienst van Maandag werkte hij.", "instelling")).toEqual([]);
  });
});

describe("unknown surnames with a family cue", () => {
  it("'X en zijn vrouw', 'de familie X', not a place or the country", () => {
    expect(found("Gesprek met Stijnen en zijn vrouw. De familie Klompmaker is verhuisd.", "persoon")).toEqual(["Stijnen", "Klompmaker"]);
    expect(found("Hij komt uit Nederland en zijn vrouw uit Marokko. Het gezin Nederland telt veel alleenstaanden.", "persoon")).toEqual([]);
  });
});

describe("phone separators", () => {
  it("dots and en dashes between digit groups, not IP addresses or dates", () => {
    expect(found("Bel 06.12.34.56.78 of 06–12345678.", "telefoon")).toEqual(["06.12.34.56.78", "06–12345678"]);
    expect(found("Op 06.12.2024 belde hij; IP 010.123.456.789; versie 0.1.2.3.4.5.6.7.8.9", "telefoon")).toEqual([]);
  });
});

describe("address forms", () => {
  it("number before the street and 'bis' without a space", () => {
    expect(found("Hij woont op nr. 12 in de Kerkstraat. Zijn adres is Dorpsstraat 5bis.", "adres")).toEqual(["nr. 12 in de Kerkstraat", "Dorpsstraat 5bis"]);
    expect(found("Hij staat op nummer 12 in de lijst van de Kerkstraat-bewoners.", "adres")).toEqual([]);
  });
});

describe("lexicon institutions keep their capitals", () => {
  it("'Ons huis is te klein' is not the corporation Ons Huis; 'bij Ons Huis' is", () => {
    expect(found("Ons huis is te klein.", "instelling")).toEqual([]);
    expect(found("Ze huurt bij Ons Huis in Enschede.", "instelling")).toEqual(["Ons Huis"]);
  });
});

describe("names in capitals and attendee lines", () => {
  it("a surname in capitals after a title, not a body or an ordinary word", () => {
    expect(found("Cliënt: DE VRIES, M. Mevrouw VAN DER BERG belde.", "persoon")).toEqual(["DE VRIES", "VAN DER BERG"]);
    expect(found("Dhr. UWV belde. Mevrouw NIET bereikbaar.", "persoon")).toEqual([]);
  });
  it("each item on an 'Aanwezig:' line opens with a name, not a role or organisation", () => {
    expect(found("Aanwezig: Jansen (WI), Pietersen (Zorg), El Khatib (Schuldhulp)", "persoon")).toEqual(["Jansen", "Pietersen", "El Khatib"]);
    expect(found("Aanwezig: UWV, Stichting Present, Humanitas en de wijkagent", "persoon")).toEqual([]);
  });
});

describe("ages in lists, shop head words, chats and announced numbers", () => {
  it("ages: twins, bullet 'man, 34', 'vader X, 45;', 'net 18 geworden', 'tot zijn 18e', 'een jaar of 23', 'jongste (4)', 'begin 40', '(19!)'", () => {
    expect(found("De oudste is 12, de tweeling is 7.", "leeftijd")).toEqual(["12", "7"]);
    expect(found("- vrouw, 29, twee kinderen", "leeftijd")).toEqual(["29"]);
    expect(found("Gezin: vader Karim, 51; moeder Samira, 47; drie kinderen.", "leeftijd")).toEqual(["51", "47"]);
    expect(found("Intake Sem, net 21 geworden", "leeftijd")).toEqual(["21"]);
    expect(found("Tot haar 16e woonde ze in Gent.", "leeftijd")).toEqual(["16e"]);
    expect(found("Een man van een jaar of 45 meldde zich.", "leeftijd")).toEqual(["45"]);
    expect(found("Ze zorgt voor haar jongste (3).", "leeftijd")).toEqual(["3"]);
    expect(found("mw. Demir, begin 50, spreekt weinig Nederlands", "leeftijd")).toEqual(["50"]);
    expect(found("jongere Ravi (20!) heeft een maatregel", "leeftijd")).toEqual(["20"]);
    // Hard negatives: durations, counts, dates and years.
    expect(found("De tweeling is ziek. Het duurde een jaar of 3. Begin 2024 startte hij; eind 30 juni stopt het.", "leeftijd")).toEqual([]);
    expect(found("- vrouwen, 29 aanmeldingen. Team van 12 man, 30 uur.", "leeftijd")).toEqual([]);
  });
  it("shops and companies: head words (toko, nagelstudio, snackbar, groothandel, adviesbureau), English tails, a compound church", () => {
    expect(found("Hij had een toko, Toko Sari, in de wijk.", "instelling")).toEqual(["Toko Sari"]);
    expect(found("Ze werkt in nagelstudio Pretty Hands en bij groothandel Golden Dragon.", "instelling")).toEqual(["nagelstudio Pretty Hands", "groothandel Golden Dragon"]);
    expect(found("Wacht op het rapport van Medisch Adviesbureau Verbeek.", "instelling")).toEqual(["Medisch Adviesbureau Verbeek"]);
    expect(found("Hij kan beginnen bij Bosman Logistics in Venlo.", "instelling")).toEqual(["Bosman Logistics"]);
    expect(found("De Pniëlkerk heeft vrijwilligers; de voorganger van de Church of Christ belde.", "instelling")).toEqual(["Pniëlkerk", "Church of Christ"]);
    // Hard negatives: the generic words themselves, a book title, churches as buildings in general.
    expect(found("Hij had een toko. De snackbar is dicht. De kerk helpt. Clues: Investigating Solutions in Brief Therapy.", "instelling")).toEqual([]);
  });
  it("a chain after a location preposition; the navy is a national body", () => {
    expect(found("Hij sliep op de parkeerplaats achter de Jumbo in Naaldwijk.", "instelling")).toEqual(["Jumbo"]);
    expect(found("Jumbo zoekt vakkenvullers. Hij zat bij de Koninklijke Marine.", "instelling")).toEqual([]);
  });
  it("a lower-case 'bv' is a legal form only before punctuation (not 'bijvoorbeeld')", () => {
    expect(found("Het kantoor is Budgetbeheer Peelland bv, met een Belgische rekening.", "instelling")).toEqual(["Budgetbeheer Peelland bv"]);
    expect(found("Vraag Jansen bv om de stukken.", "instelling")).toEqual([]);
  });
  it("a municipal team + department + place is the place; a role + department is no person", () => {
    expect(detect("[groepsapp Team Jongeren Zaandam]").map((s) => `${s.label}:${s.text}`)).toEqual(["plaats:Zaandam"]);
    expect(found("Aan: Fenna, klantmanager Jongeren, gemeente Enschede", "persoon")).toEqual(["Fenna"]);
    // the municipal social team of a place is the generic service there: only the place is flagged (session 4)
    expect(found("Sociaal Team Hoogezand nodigde ons uit.", "instelling")).toEqual([]);
    expect(found("Sociaal Team Hoogezand nodigde ons uit.", "plaats")).toEqual(["Hoogezand"]);
  });
  it("postcodes with unit letters in an address; never a plain quantity", () => {
    expect(found("wonende Tsjerkepaad 3, 8601 KM Sneek.", "postcode")).toEqual(["8601 KM"]);
    expect(found("wonende Tsjerkepaad 3, 8601 KM Sneek.", "adres")).toEqual(["Tsjerkepaad 3"]);
    expect(found("Hij nam 1000 MG Paracetamol. Het is 1200 KM rijden.", "postcode")).toEqual([]);
  });
  it("numbers announced as leerling-, deelnemer-, AGB-, BIG- or loonheffingennummer", () => {
    expect(found("leerlingnr. 204517, AGB-code 01234567, BIG-nummer 19012345601", "dossiernummer")).toEqual(["204517", "01234567", "19012345601"]);
    expect(found("Hij zit in leerjaar 3 en heeft 204 punten.", "dossiernummer")).toEqual([]);
  });
  it("a street name after 'van de' is no surname", () => {
    expect(found("welke Bakker, die van de Vondelkade?", "persoon")).toEqual(["Bakker"]);
    expect(found("Ik sprak mevrouw van der Laan.", "persoon")).toEqual(["van der Laan"]);
  });
  it("a nickname explained in brackets; an ordinary word before brackets stays out", () => {
    expect(found("Update over Pietje (dhr. P. de Boer): hij zit goed.", "persoon")).toEqual(["Pietje", "P. de Boer"]);
    expect(found("Zie de Bijlage (mw. Jansen) voor details.", "persoon")).toEqual(["Jansen"]);
  });
  it("a word-like surname spreads from a full name, also at a sentence start before a verb", () => {
    expect(found("Aanwezig: Sanne Visser, Joost Koning (klantmanager).\nKoning belt de werkgever.", "persoon")).toEqual(["Sanne Visser", "Joost Koning", "Koning"]);
    // Without a full name nothing spreads.
    expect(found("Koning is een mooi woord. Hij speelde koning.", "persoon")).toEqual([]);
  });
  it("chats: @-mentions, word-like speaker names, lower-case mentions of names and organisations found before", () => {
    const chat = "bas: mw Terpstra belt straks, schuld bij Plangroep\nRoos: welke terpstra? plangroep is toch landelijk\nbas: die van de markt. vraag @yvonne ff";
    expect(found(chat, "persoon")).toEqual(["bas", "Terpstra", "Roos", "terpstra", "bas", "yvonne"]);
    expect(found(chat, "instelling")).toEqual(["Plangroep", "plangroep"]);
    // Not a chat: a single "Roos:" line; an e-mail address is no mention; lower-case words stay words.
    expect(found("Roos: mooie bloem. Mail info@plangroep.nl. De plangroep vergadert.", "persoon")).toEqual([]);
    expect(found("De plangroep vergadert; mw Terpstra komt ook.", "instelling")).toEqual([]);
  });
  it("court numbers as one span, also a rekestnummer alone; a year in a birth field", () => {
    expect(found("zaaknummer C/16/512345 / FA RK 23-4410) is bekend; ook HA RK 24-118.", "dossiernummer")).toEqual(["C/16/512345 / FA RK 23-4410", "HA RK 24-118"]);
    expect(found("Hij reed 120 KM 24-11; bus AB 12-34.", "dossiernummer")).toEqual([]);
    expect(found("Geboortedatum: 1991\ngeb 1979, woont in Ede", "datum")).toEqual(["1991", "1979"]);
    expect(found("Het gebouw is van 1988. Geboortedatum onbekend, 2019 ingeschreven.", "datum")).toEqual([]);
  });
});

describe("phones with a slash, short dates, children's ages, Slack-style chats", () => {
  it("phone with a slash after the area code, not a date", () => {
    expect(found("tel 06/12 34 56 78 of 010/4123456", "telefoon")).toEqual(["06/12 34 56 78", "010/4123456"]);
    expect(found("op 06/06/2023 10:00 uur; 06/12 is zijn verjaardag", "telefoon")).toEqual([]);
  });
  it("dates: month + 'yy, day-month after intake/afspraak, a day-month before a numbered heading", () => {
    expect(found("werkte tot sept '23 bij de bakker; intake 4/5 gepland; afspraak op 12 maart\n\n3. Werk", "datum")).toEqual(["sept '23", "4/5", "12 maart"]);
    expect(found("Hij kreeg 3/4 deel; de intake duurde 45 minuten; maart is druk.", "datum")).toEqual([]);
  });
  it("ages: children's ranges, babies in months, a name about to turn N, 'ergens in de 40', 'Name, 44;'", () => {
    expect(found("drie kinderen van 2 tot 9 jaar; 4 kids (3–14)", "leeftijd")).toEqual(["2", "9", "3", "14"]);
    expect(found("kind Amir, 5 mnd, slaapt slecht", "leeftijd")).toEqual(["5"]);
    expect(found("Lina wordt in juni 18. Als Lina 18 wordt, stopt het.", "leeftijd")).toEqual(["18", "18"]);
    expect(found("- dhr Petrov, 52; mw Elena, ergens in de 40; jongste is 1\n", "leeftijd")).toEqual(["52", "40", "1"]);
    // Hard negatives: contracts, counts, durations.
    expect(found("arbeidsovereenkomst (1 jaar, 32 uur); traject van 2 tot 6 maanden; de kinderen van groep 3", "leeftijd")).toEqual([]);
  });
  it("street words -vaart and -buurt; villages of Noord-Holland", () => {
    expect(found("Adres: Westervaart 12 hs, Schagen\nAdres: Kerkbuurt 9a, Sint Maartensbrug.", "adres")).toEqual(["Westervaart 12 hs", "Kerkbuurt 9a"]);
    expect(found("Adres: Kerkbuurt 9a, Sint Maartensbrug.", "plaats")).toEqual(["Sint Maartensbrug"]);
    expect(found("De buurt 3 keer bezocht; de vaart 2 keer.", "adres")).toEqual([]);
  });
  it("chats: Slack-style name + time heads, a repeated lower-case speaker, em-dash bullets", () => {
    expect(found("Lieke  14:08\nthx! en ahmed, kun jij dat doen?\n\nAhmed  14:10\nja", "persoon")).toEqual(["Lieke", "ahmed", "Ahmed"]);
    expect(found("wie heeft ze?\n\nmarco: ik. bel ze morgen\n> echt?\nmarco: ja, karin gaat mee", "persoon")).toEqual(["marco", "marco", "karin"]);
    // Not a chat: an agenda with times, one "Actie:" line.
    expect(found("Agenda  10:00\nOpening\nActie: bellen", "persoon")).toEqual([]);
  });
  it("a place after a capitalised preposition, a church compound with a hyphen, a grillroom, 'inbreng X'", () => {
    expect(found("Via Taalhuis Ede oefent ze. Hij kookt voor de Sint-Jozefkerk. Haar man had Anatolia Grillroom.", "instelling")).toEqual(["Taalhuis Ede", "Sint-Jozefkerk", "Anatolia Grillroom"]);
    expect(found("casus fam. Petrov – inbreng Roos", "persoon")).toEqual(["Petrov", "Roos"]);
    // Hard negatives: "Van Der Sluis" is a person, "Verslag MDO Almere" a meeting, a generic grillroom nothing.
    expect(found("Van Der Sluis", "persoon")).toEqual(["Van Der Sluis"]);
    expect(found("Verslag MDO Almere Haven. Hij had een grillroom. Inbreng: de casus gaat over werk.", "instelling")).toEqual([]);
  });
});

describe("firms with '&' and lexicon spellings", () => {
  it("two capitalised names joined by '&' are a firm; first names and literature references are not", () => {
    expect(found("Hij werkte veertig jaar bij Prins & Dingemanse in Yerseke.", "instelling")).toEqual(["Prins & Dingemanse"]);
    expect(found("Jan & Petra gingen samen. Zie (Rapp & Goscha, 2012) en Mullainathan & Shafir (2013).", "instelling")).toEqual([]);
  });
  it("a lexicon institution in either spelling ('Diamant-groep', 'Diamant Groep'), a Moluccan church head word", () => {
    expect(found("Diamant-groep – Werkfit-traject", "instelling")).toEqual(["Diamant-groep"]);
    expect(found("Mensen van de Gereja Protestan Maluku kwamen langs.", "instelling")).toEqual(["Gereja Protestan Maluku"]);
    expect(found("Een diamant is hard; de groep is klein.", "instelling")).toEqual([]);
  });
});

describe("threads, possessives and line ends", () => {
  it("a speaker line plus quoted replies is a chat; a possessive name is the name; 'cliënt' ending a line is no title", () => {
    expect(found("zei dat sander het goed vond\n\n> sander zit toch niet meer daar?\n\n— ilona: klopt", "persoon")).toEqual(["sander", "sander", "ilona"]);
    expect(found("Ik ben mentor van Noah Pereira (13). Noah's moeder belde.", "persoon")).toEqual(["Noah Pereira", "Noah"]);
    expect(found("- Karin: brief naar cliënt\nVolgend MDO: 16-04-2025", "persoon")).toEqual(["Karin"]);
    // Not a chat: an e-mail quote without speaker lines keeps lower-case words as words.
    expect(found("> sander het hout af\nGroet", "persoon")).toEqual([]);
  });
});

describe("lower-case streets between commas, ages after an apposition, apostrophe years in lexicon names", () => {
  it("a lower-case street + number between commas; an age after an apposition; an apostrophe year in a lexicon name", () => {
    expect(found("URGENT fam bos, lindelaan 4, morgen ontruiming", "adres")).toEqual(["lindelaan 4"]);
    expect(found("aaaweg 1; ok, snelweg 12, dan; via de ringweg 3 keer", "adres")).toEqual([]);
    expect(found("Dhr. Bakker, onze klant sinds mei, is 52 en woont alleen.", "leeftijd")).toEqual(["52"]);
    expect(found("Mevrouw Jansen, die ik al lang ken, is 3 keer gebeld.", "leeftijd")).toEqual([]);
    expect(found("Hij wordt behandeld door Centrum '45 in Oegstgeest.", "instelling")).toEqual(["Centrum '45"]);
  });
});

describe("the app's own words", () => {
  it("a group, team or page of this app and a school subject are no place or person", () => {
    expect(found("Zullen we dit in Intervisiegroep Noord bespreken?")).toEqual([]);
    expect(found("Ze werkt in Team Werk bij de gemeente.")).toEqual([]);
    expect(found("Heb je het in Wat werkt gelezen? In Mijn plan staat het ook.")).toEqual([]);
    expect(found("De leerling Rekenen heeft moeite.")).toEqual([]);
    // the place after a team word is still a place
    expect(found("Ze werkt in team Zuid in Zwolle.", "plaats")).toEqual(["Zwolle"]);
  });
});

describe("one bound-age rule", () => {
  it("a number ending right after a person or relation word + is/wordt/comma/colon/bracket is an age", () => {
    expect(found("Zijn vrouw is 52 en werkt in de thuiszorg.", "leeftijd")).toEqual(["52"]);
    expect(found("De man van mevrouw, 58, is afgekeurd. Mevrouw, inmiddels 74, wil verhuizen.", "leeftijd")).toEqual(["58", "74"]);
    expect(found("Partner: 38 jr, werkt parttime.", "leeftijd")).toEqual(["38"]);
    expect(found("De jongen is negentien en zoekt werk. Hun baby is 9 maanden oud.", "leeftijd")).toEqual(["negentien", "9"]);
    expect(found("De oudste dochter, 17, wil stoppen. De tweeling van mevrouw is net zes geworden.", "leeftijd")).toEqual(["17", "zes"]);
    // Hard negatives: counts, durations, percentages, a colon that is no form field, an age limit.
    expect(
      found(
        "Mevrouw is 3 keer niet verschenen. Hij is 2 weken ziek geweest. Zij is 50% afgekeurd. Hij is al 3 jaar werkloos. " +
          "Gemiddeld per klant: 12. Mw, 3 kinderen. Vanaf 18 jaar krijg je minder toeslag. Ze is een van de vijf.",
        "leeftijd",
      ),
    ).toEqual([]);
  });
  it("the answer to 'hoe oud is …?' is an age; other numbers after a question are not", () => {
    expect(found("hoe oud is hij?\nJan: 47 volgens mij", "leeftijd")).toEqual(["47"]);
    expect(found("hoeveel kinderen heeft ze?\nJan: 3 volgens mij. Hoe oud is het dossier? Geen idee, 2019 denk ik", "leeftijd")).toEqual([]);
  });
});

describe("'van' frames and decades in the bound-age rule", () => {
  it("a person word + van + an age; a parent 'van drie' counts children; a name slot needs a capital", () => {
    expect(found("een zoontje van 4, en een dochter Noor van 15 die", "leeftijd")).toEqual(["4", "15"]);
    expect(found("Een alleenstaande moeder van 34 met twee kinderen. Een jongen van een jaar of 20.", "leeftijd")).toEqual(["34", "20"]);
    expect(found("mw. Dana, begin 40, werkt niet. Jongere Djeison (19!) is geschorst.", "leeftijd")).toEqual(["40", "19"]);
    // Hard negatives: children counted after a parent, an arrears period, a trap for a lower-case 'name' slot.
    expect(found("een moeder van drie, Naomi; een vader van vier. Ze heeft een huurachterstand van drie maanden.", "leeftijd")).toEqual([]);
  });
});

describe("organisations: sector-word endings and the line above an address block", () => {
  it("a sector word ends a company name ('Tandem Welzijn', 'Kompas Hulpverlening'); an adjective + service word is a product", () => {
    expect(found("Ze is doorverwezen naar Tandem Welzijn en wordt begeleid door Kompas Hulpverlening.", "instelling")).toEqual(["Tandem Welzijn", "Kompas Hulpverlening"]);
    expect(found("Hij krijgt Individuele Begeleiding en Maatschappelijke Ondersteuning via de Wmo.", "instelling")).toEqual([]);
  });
  it("the line above an address block names the organisation; the signer after a sign-off and a place line do not", () => {
    expect(found("Met vriendelijke groet,\n\nR. de Groot\nTeamleider\nHorizon Jeugdzorg\nPostbus 123\n3000 AB Rotterdam", "instelling")).toEqual(["Horizon Jeugdzorg"]);
    expect(found("Groet,\nKees\nWerkbaan Noord\nStationsweg 12\n8024 AA Zwolle", "instelling")).toEqual(["Werkbaan Noord"]);
    expect(found("Met vriendelijke groet,\nAnouk Visser\nDorpsstraat 4\n1234 AB Ede", "instelling")).toEqual([]);
    expect(found("Afzender:\nGemeente Zwolle\nPostbus 10007\n8000 GA Zwolle", "instelling")).toEqual([]);
  });
});

describe("compound brand names", () => {
  it("a capitalised compound ending in an organisation word right after a preposition is an organisation", () => {
    expect(found("Contact met Lindewerk over de re-integratie; hij werkt via Woonkracht.", "instelling")).toEqual(["Lindewerk", "Woonkracht"]);
    // Hard negatives: a generic service with an article, a generic compound, a place, a sentence start.
    expect(found("Hij praat met Buurtwerk en met Jongerenwerk. Ze woont bij Heerhugowaard. Lindewerk belde.", "instelling")).toEqual([]);
  });
});

describe("ages in lists and clauses, organisation head words, short informal place names", () => {
  it("ages: plural diminutives in lists, 'die is toch al N', 'werd N op <date>', 'geboren in 1990, dus nu N', 'Name (N, …'", () => {
    expect(found("de zoontjes van 3 en 5 spelen buiten", "leeftijd")).toEqual(["3", "5"]);
    expect(found("Karim? die is toch al 19? Ze werd 60 op 3/5. Hij wordt 41 volgende week.", "leeftijd")).toEqual(["19", "60", "41"]);
    expect(found("Mevrouw, geboren in 1971, dus nu 54, zoekt werk.\n- Sem (7, groep 4)", "leeftijd")).toEqual(["54", "7"]);
    // Hard negatives: a count after 'die is', a date after 'werd', a year of founding, a bracket with a list of numbers.
    expect(found("die is 3 keer te laat gekomen; het werd 12 op de teller; opgericht in 1990, nu 35 leden; (12, 14)", "leeftijd")).toEqual([]);
  });
  it("organisations: head words (bureau, peuteropvang, hairstudio), '-bewind' tails, a gezinshuis of X, work done by X", () => {
    expect(found("Het onderzoek wordt gedaan door Bureau Ondernemers Twente.", "instelling")).toEqual(["Bureau Ondernemers Twente"]);
    expect(found("Luna gaat naar peuteropvang Zonnetje; bewind bij Peters Beschermingsbewind in Oss.", "instelling")).toEqual(["peuteropvang Zonnetje", "Peters Beschermingsbewind"]);
    expect(found("Hij woonde in een gezinshuis van Pactum. De training wordt uitgevoerd door Arcade.", "instelling")).toEqual(["Pactum", "Arcade"]);
    // Hard negatives: a person doing the work, an ordinary 'bureau', a place after a service noun.
    expect(found("Het gesprek wordt gedaan door Martijn. Ze zit achter haar bureau. Begeleiding van Gemeente Ede.", "instelling")).toEqual([]);
  });
  it("a short informal place name ('in dordt')", () => {
    expect(found("iemand ervaring met de hoop in dordt?", "plaats")).toEqual(["dordt"]);
  });
});

describe("names, chats, compounds", () => {
  it("a law + lower-case noun is no name; 'voor' + a first name ends an organisation; 'Moskee Al X' is one organisation", () => {
    expect(found("Ze vraagt Bbz-levensonderhoud aan en een Wmo-indicatie.", "persoon")).toEqual([]);
    expect(found("Kinderdagverblijf De Vlieger voor Sem, daarna school.", "persoon")).toEqual(["Sem"]);
    expect(found("Hij helpt bij Moskee Al Nour en bij Stichting El Amal.", "instelling")).toEqual(["Moskee Al Nour", "Stichting El Amal"]);
    // Hard negative: a foundation "voor" a group, not a first name.
    expect(found("Hij werkt bij Stichting Hulp voor Ouderen.", "persoon")).toEqual([]);
  });
  it("chats: multi-word lexicon organisations and lower-case shop/foundation heads with their name", () => {
    const chat = "anna: klant wil naar stichting het anker voor werk\nrik: probeer leger des heils, of pizzeria la rosa in zwolle\nanna: ok";
    expect(found(chat, "instelling")).toEqual(["stichting het anker", "leger des heils", "pizzeria la rosa"]);
    // Hard negatives: the same words outside a chat, and a head word followed by a function word.
    expect(found("Klant wil naar stichting het anker voor werk.", "instelling")).toEqual([]);
    expect(found("anna: de stichting in zwolle is vol\nrik: ok", "instelling")).toEqual([]);
  });
});

describe("ages about to be reached, numbers after a plural '…nummers', trade tails", () => {
  it("ages: 'die 18 wordt', 'Name wordt 18 op <date>', '(wordt 18 op …)', 'halfzusje (9)', 'een leerling van 16 via'", () => {
    expect(found("Jongere die 18 wordt\nKees Jansen wordt 18 op 4 mei. Leeftijd: 17 (wordt 18 op 01-02-2026)", "leeftijd")).toEqual(["18", "18", "17", "18"]);
    expect(found("stiefvader (50), halfzusje (9); een stagiair van 17 via het ROC", "leeftijd")).toEqual(["50", "9", "17"]);
    // Hard negatives: weather, counts, a date after 'wordt'.
    expect(found("Het wordt 18 graden. Dat wordt 2 keer zo duur. De uitkering wordt 1 mei betaald.", "leeftijd")).toEqual([]);
  });
  it("numbers in a list after a plural '…nummers'; not house or phone numbers", () => {
    expect(found("drie facturen open (nummers 2023-881, 2023-882 en 2023-890)", "dossiernummer")).toEqual(["2023-881", "2023-882", "2023-890"]);
    expect(found("huisnummers 112 en 114; pagina's 120, 121 en 122", "dossiernummer")).toEqual([]);
  });
  it("organisations: trade tails (-voorziening, afbouw), -erij and -club heads, lower-case compound heads in a chat, a Steunpunt", () => {
    expect(found("Zijn werkgever De Wit Groenvoorziening; hij werkte met KB Afbouw; ze had Bakkerij Anna; lid van Voetbalclub Rood Wit.", "instelling")).toEqual(["De Wit Groenvoorziening", "KB Afbouw", "Bakkerij Anna", "Voetbalclub Rood Wit"]);
    expect(found("Vrijwilliger Marga van Steunpunt Mantelzorg komt langs.", "persoon")).toEqual(["Marga"]);
    expect(found("jan: hij traint bij boksschool de vuist\npiet: top", "instelling")).toEqual(["boksschool de vuist"]);
    // Hard negatives: a school in ordinary prose, a group of numbers, a two-letter word before brackets.
    expect(found("Hij zit op de basisschool de hele dag.", "instelling")).toEqual([]);
    expect(found("Kinderen: Minh (16), An (13). Op (12) staat niets, of (3).", "persoon")).toEqual(["Minh", "An"]);
  });
});

describe("organisations in a chat", () => {
  it("a lower-case name found with its head spreads; an ambiguous lexicon organisation counts with its place after it", () => {
    const chat = "jan: probeer zorgboerderij de hoeve\npiet: de hoeve zit vol. weet iemand of de waag in utrecht plek heeft?\njan: de waag belt terug";
    expect(found(chat, "instelling")).toEqual(["zorgboerderij de hoeve", "de hoeve", "de waag", "de waag"]);
    // Hard negatives: the same words outside a chat; an ambiguous organisation without a place.
    expect(found("Hij probeert de waag in Utrecht.", "instelling").length).toBeLessThanOrEqual(1);
    expect(found("jan: de waag was dicht\npiet: ok", "instelling")).toEqual([]);
  });
});

describe("ages with 'nu', 'zelf' or 'nog maar'; processing and trade compounds end a company name", () => {
  it("ages: '(nu 21)', 'zelf 40', 'nog maar 19', 'werd afgelopen zomer 30', ', die 17 is,', 'Leeftijd klant: 34', 'de kleinste'", () => {
    expect(found("De oudste zoon (nu 21) woont op kamers. Haar partner, zelf 40, werkt.", "leeftijd")).toEqual(["21", "40"]);
    expect(found("Hij is nog maar 19 en heeft schulden. Ze werd afgelopen zomer 30. De jongen, die 17 is, wil leren.", "leeftijd")).toEqual(["19", "30", "17"]);
    expect(found("Leeftijd klant: 34\nDe kleinste is pas drie maanden oud.", "leeftijd")).toEqual(["34", "drie"]);
    // Hard negatives: the age of a thing, a count after 'die', a school mark.
    expect(found("Hij heeft een auto van 15 jaar oud. Het huis is 90 jaar oud. Zijn zoon haalde een 8. De brief, die 2 is, ligt er.", "leeftijd")).toEqual([]);
  });
  it("a processing or trade compound ends a company name ('Koster Metaalbewerking', 'Jansen Autohandel')", () => {
    expect(found("Hij werkt bij een bedrijf, Koster Metaalbewerking, en eerder bij Jansen Autohandel.", "instelling")).toEqual(["Koster Metaalbewerking", "Jansen Autohandel"]);
    expect(found("Hij zit in de Handel en doet Verwerking van afval.", "instelling")).toEqual([]);
  });
});

describe("coordinated lists: siblings of a found organisation or place", () => {
  it("labels unknown capitalised items next to a known organisation or place", () => {
    expect(found("Ze krijgt zorg via Youz, Talvoro en Kwintara.", "instelling")).toEqual(["Youz", "Talvoro", "Kwintara"]);
    expect(found("Hij zat eerder bij Humanitas, Zorgvonk of Kredietbank Rivierland.", "instelling")).toEqual(["Humanitas", "Zorgvonk", "Kredietbank Rivierland"]);
    expect(found("Zij heeft afspraken bij Parnassia, de huisarts en Vlinderhof.", "instelling")).toEqual(["Parnassia", "Vlinderhof"]);
    expect(found("Ze woonde in Utrecht, Vlonderdam en Bunnik.", "plaats")).toEqual(["Utrecht", "Vlonderdam", "Bunnik"]);
  });
  it("labels lower-case items only in a chat, and not ordinary words", () => {
    expect(found("[10:01] sanne: klant zit bij parnassia, talvoro en kwintara\n[10:02] rik: ok top", "instelling")).toEqual(["parnassia", "talvoro", "kwintara"]);
    expect(found("[10:01] sanne: klant zit bij parnassia, school en werk\n[10:02] rik: ok top", "instelling")).toEqual(["parnassia"]);
    expect(found("[10:01] sanne: klant zit bij parnassia, thuis of stage\n[10:02] rik: ok top", "instelling")).toEqual(["parnassia"]);
  });
  it("hard negatives: names stay persons; bodies, laws, days, languages, continents stay unflagged", () => {
    expect(detect("Ze sprak met Anna, Bram en Chris.").map((s) => s.label)).toEqual(["persoon", "persoon", "persoon"]);
    expect(found("Hij werkte bij Youz, Anna en Bram.", "instelling")).toEqual(["Youz"]);
    expect(found("Contact met UWV, SVB en DUO.")).toEqual([]);
    expect(found("Het valt onder Participatiewet, Wmo en Jeugdwet.")).toEqual([]);
    expect(found("Ik ben er op maandag, dinsdag en vrijdag.")).toEqual([]);
    expect(found("Ze spreekt Engels, Arabisch en Dari.")).toEqual([]);
    expect(found("Lessen in Utrecht, Engels, Arabisch en Dari.")).toEqual(["Utrecht"]);
    expect(found("Ze zit bij Parnassia, UWV, Participatiewet en Intervisie.")).toEqual(["Parnassia"]);
    expect(found("Studies in de VS, Europa, Azië en Australië.", "plaats")).toEqual(["Australië"]);
    // Capitalised ordinary words, sectors, abbreviations and roles in a list with an organisation.
    expect(found("Hij sport bij Fitland, Boksen en Voetbal. Zij werkt bij Careyn, Nachtdienst en Weekend.", "instelling")).toEqual(["Fitland", "Careyn"]);
    expect(found("Via Humanitas, Thuisadministratie en Formulierenhulp. Aanwezig bij Parnassia, Coach en Jurist.", "instelling")).toEqual(["Humanitas", "Parnassia"]);
    expect(found("Hij zit bij Tactus, MDO en Intake. Ze zoekt werk in Zwolle, Horeca en Techniek.")).toEqual(["Tactus", "Zwolle"]);
    expect(found("Ze doet mee bij Humanitas, Yoga en Creatief. Hij solliciteert bij Randstad, Magazijnmedewerker of Chauffeur.", "instelling")).toEqual(["Humanitas", "Randstad"]);
    // A sibling that opens the sentence is no item we trust (the middle one is); no list without a final "en"/"of".
    expect(found("Talvoro, Kwintara en Parnassia werken samen.", "instelling")).toEqual(["Kwintara", "Parnassia"]);
    expect(found("Ze zit bij Parnassia, Talvoro, Kwintara.", "instelling")).toEqual(["Parnassia"]);
  });
});

describe("ages bound to a named person", () => {
  it("an age after a name: comma with a number word or '±', a nickname in brackets, a list colon, a dash line", () => {
    expect(found("In huis woont ook Wessel, achttien jaar, die een opleiding volgt.", "leeftijd")).toEqual(["achttien"]);
    expect(found("- vader: Karim Haddad, ± 50, werkloos", "leeftijd")).toEqual(["50"]);
    expect(found('Verslag Johannes Bakker ("Hans"), 61, Sneek', "leeftijd")).toEqual(["61"]);
    expect(found("- Bram, 7: groep 4 op de basisschool", "leeftijd")).toEqual(["7"]);
    expect(found("Kinderen:\nNoah – 12, brugklas\nEmma - 8, groep 5", "leeftijd")).toEqual(["12", "8"]);
  });
  it("an age after a name: 'Name, is N', 'is net vier geworden', 'die N is', 'Name van N zit', '(N)' after a lower-case name", () => {
    expect(found("De jongste, Lotte, is 6 en zit op dansles.", "leeftijd")).toEqual(["6"]);
    expect(found("Haar broer Daan is net vijf geworden.", "leeftijd")).toEqual(["vijf"]);
    expect(found("Zijn partner Fatma Yilmaz, die achtendertig is, werkt parttime.", "leeftijd")).toEqual(["achtendertig"]);
    expect(found("Ayoub, de oudste zoon, is negentien en werkt.", "leeftijd")).toEqual(["negentien"]);
    expect(found("Noor van 11 gaat naar de brugklas.", "leeftijd")).toEqual(["11"]);
    expect(found("vraag over dhr bakker (59) en mw jansen (62)", "leeftijd")).toEqual(["59", "62"]);
  });
  it("hard negatives: times, counts, dates and amounts after a name are no age", () => {
    expect(found("Kinderen van Noah – 12:30 ophalen", "leeftijd")).toEqual([]);
    expect(found("Ik heb Lotte, 3 keer gebeld. Noor van 9 tot 5 op kantoor. Bram van 12 maart.", "leeftijd")).toEqual([]);
    expect(found("De brief van Jansen van 14.30 uur. Peter, die 3 kinderen heeft, belde.", "leeftijd")).toEqual([]);
    expect(found("Noah – 12 punten, Emma - 8 keer", "leeftijd")).toEqual([]);
  });
});

describe("ages announced for a month or date, 'anderhalf', 'van drie te'", () => {
  it("finds 'die in april zeven wordt', 'op 3 mei 18 wordt' (the date stays a date), 'hij is anderhalf', 'van drie te'", () => {
    expect(found("Haar zoon, die in juni negen wordt, zit in groep 5.", "leeftijd")).toEqual(["negen"]);
    expect(found("Hij krijgt pas AOW als hij op 3 mei 67 wordt.")).toEqual(["3 mei", "67"]);
    expect(found("Ze hebben een zoontje; hij is anderhalf.", "leeftijd")).toEqual(["anderhalf"]);
    expect(found("Ze moet voor haar zusje van vier te zorgen.", "leeftijd")).toEqual(["vier"]);
  });
  it("hard negatives: weather, amounts and durations", () => {
    expect(found("Als het in juli 30 wordt, gaan we naar buiten. De huur die in januari 100 wordt, is hoog.", "leeftijd")).toEqual([]);
    expect(found("Het bedrag dat op 1 mei 50 wordt, klopt niet.", "leeftijd")).toEqual([]);
    expect(found("Het is half drie. Ze is anderhalf uur te laat.", "leeftijd")).toEqual([]);
    expect(found("Het bedrijf waar hij 25 jaar heeft gewerkt, sluit. Zij was 12 jaar getrouwd.", "leeftijd")).toEqual([]);
  });
});

describe("dates and years of birth", () => {
  it("day-month after 'afspraak:', on bulleted timeline lines and after 'Tel. notitie'; month + year on the line below a number", () => {
    expect(found("Volgende afspraak: 4/11 op het stadhuis.", "datum")).toEqual(["4/11"]);
    expect(found("- 3/2: intake\n- 17-02: huisbezoek\n• 5/3: MDO", "datum")).toEqual(["3/2", "17-02", "5/3"]);
    expect(found("Tel. notitie 2/9 – 10:05\nmevrouw belde", "datum")).toEqual(["2/9"]);
    expect(found("Zaaknummer 20241234\nmaart 2022 – beslag gelegd", "datum")).toEqual(["maart 2022"]);
    expect(found("dhr is een jongen van '91 en zij een meisje van 2003.", "datum")).toEqual(["'91", "2003"]);
  });
  it("hard negatives: fractions, scores and things of a year", () => {
    expect(found("- 3/4 van de uren: gedeclareerd\nStap 24/7: bereikbaar", "datum")).toEqual([]);
    expect(found("De auto van 2012 en een fiets van '98 zijn verkocht.", "datum")).toEqual([]);
    expect(found("Hij scoorde 38 augustus 2018 niets.", "datum")).toEqual([]);
  });
});

describe("address fields", () => {
  it("an 'Adres:' field with a street without a street word before a postcode", () => {
    expect(found("Adres: Hooge Akker 12, 9711 AB Groningen", "adres")).toEqual(["Hooge Akker 12"]);
    expect(found("- Woonadres: Ravelijn 4a\n8011 CD Zwolle", "adres")).toEqual(["Ravelijn 4a"]);
  });
  it("an 'Adres:' field whose street opens with a capitalised preposition, postcode on the next line or none", () => {
    expect(found("Adres: Op de Kamp 112\nPostcode/plaats: 6372 EM Landgraaf", "adres")).toEqual(["Op de Kamp 112"]);
    expect(found("Woonadres: In de Wolken 3", "adres")).toEqual(["In de Wolken 3"]);
  });
  it("hard negatives: a field that is no address, a number without a postcode", () => {
    expect(found("Onderwerp: Kamer 12, 3000 euro", "adres")).toEqual([]);
    expect(found("Adres: volgt later, 1234 AB", "adres")).toEqual([]);
    expect(found("Het adres: zie dossier 12", "adres")).toEqual([]);
  });
});

describe("persons in chats and lists", () => {
  it("'vd'/'v.' particles after a lower-case title; a lower-case title surname spreads in a chat", () => {
    expect(found("graag even bellen met dhr vd berg over de uren", "persoon")).toEqual(["vd berg"]);
    expect(found("mw v. dijk is per 1/6 gestart", "persoon")).toEqual(["v. dijk"]);
    expect(found("[10:01] sanne: mw kasanpawiro belt morgen\n[10:02] rik: ok ik bel kasanpawiro dan terug", "persoon")).toEqual(["sanne", "kasanpawiro", "rik", "kasanpawiro"]);
  });
  it("a word-like first name closing a message after a sign-off; a word-like name between lower-case words", () => {
    expect(found("wie weet hoe dat zit? gr roos", "persoon")).toEqual(["roos"]);
    expect(found("heeft iemand Floor al gesproken?", "persoon")).toEqual(["Floor"]);
  });
  it("a list item that opens with a name and an age; a relation and an age in brackets", () => {
    expect(found("Gezin:\n• Zuleyka, 12, brugklas\n• Sanne, 10, groep 7\n- Kayro, die in mei negen wordt, groep 5", "persoon")).toEqual(["Zuleyka", "Sanne", "Kayro"]);
    expect(found("De kinderen Tessa en Lynn (tweeling, 8) wonen bij moeder.", "persoon")).toEqual(["Tessa", "Lynn"]);
  });
  it("hard negatives: 'vd' before an organisation, sign-off words mid-line, months and ordinary words in lists", () => {
    expect(found("beschikking vd svb is binnen", "persoon")).toEqual([]);
    expect(found("gr roos en tulpen kosten 5 euro", "persoon")).toEqual([]);
    expect(found("ik heb hoop dat het lukt en de roos bloeit", "persoon")).toEqual([]);
    expect(found("we starten in Mei met de training. Via Elke dag leren kun je dat zien.", "persoon")).toEqual([]);
    expect(found("Agenda:\n- Stap, 3, afronden\n- Kosten, 12, akkoord", "persoon")).toEqual([]);
    expect(found("Het onderzoek (fase, 2) loopt.", "persoon")).toEqual([]);
  });
});

describe("national schemes are no named organisation", () => {
  // Session 12: the short form "het Jeugdfonds" names the Jeugdfonds Sport & Cultuur, a foundation with local funds (flagged like
  // Stichting Leergeld and the Leger des Heils); the IDW stays a national scheme.
  it("the Internationale Diplomawaardering (IDW); the short form 'het Jeugdfonds' is the named foundation", () => {
    expect(found("Haar diploma is via de Internationale Diplomawaardering beoordeeld; sport via het Jeugdfonds.", "instelling")).toEqual(["Jeugdfonds"]);
    expect(found("Aanvraag bij Jeugdfonds Sport & Cultuur loopt.", "instelling")).toEqual(["Jeugdfonds Sport & Cultuur"]);
  });
});

describe("districts in brackets, adjectives of origin", () => {
  it("a district in brackets after a known place is a place, not a two-word person guess", () => {
    expect(found("Hij woont in Zwolle (Oude Mars) bij zijn zus.", "plaats")).toEqual(["Zwolle", "Oude Mars"]);
    expect(found("Klant uit Deventer (Zandweerd), 34 jaar.", "plaats")).toEqual(["Deventer", "Zandweerd"]);
  });
  it("hard negatives: a person, an organisation or a province code in the bracket; an adjective of origin after 'van de'", () => {
    expect(found("werk in Utrecht (Jan Visser) en Zwolle (Isala)").map((s) => s)).toEqual(["Utrecht", "Jan Visser", "Zwolle", "Isala"]);
    expect(labelOf("werk in Utrecht (Jan Visser)", "Jan Visser")).toBe("persoon");
    expect(found("Bovenkerk (NH) en Bovenkerk (L)", "plaats")).toEqual(["Bovenkerk (NH)", "Bovenkerk (L)"]);
    expect(found("Steun krijgt ze van de Syrische gemeenschap en van de Marokkaanse buurvrouw.", "persoon")).toEqual([]);
    expect(found("Ik sprak met mevrouw van de Wiese gisteren.", "persoon")).toEqual(["van de Wiese"]);
  });
});

describe("a date with a time is no phone number", () => {
  it("a valid day-month-year date followed by a time wins over a 06 number", () => {
    expect(found("Verzonden: 06-03-2025 14:12\nOnderwerp: aanmelding")).toEqual(["06-03-2025"]);
    expect(found("Datum: 06.11.2024 09:30", "telefoon")).toEqual([]);
  });
  it("hard negatives: real 06 numbers with dashes and spaces stay phones", () => {
    expect(found("bel 06-12345678 of 06-12 34 56 78", "telefoon")).toEqual(["06-12345678", "06-12 34 56 78"]);
    expect(found("mobiel 06-12-34-56-78", "telefoon")).toEqual(["06-12-34-56-78"]);
    expect(found("mobiel 06-13-2025 14", "telefoon")).toEqual(["06-13-2025 14"]);
  });
});

describe("lower-case names in chats", () => {
  it("a time stamp after the speaker name ('wietske 09:14:')", () => {
    expect(found("gerrit 10:02: wie kent dit adres?\nhilde 10:05: ja ik\ngerrit 10:06: top", "persoon")).toEqual(["gerrit", "hilde", "gerrit"]);
  });
  it("an unknown lower-case speaker who opens two lines next to a known one; a word-like speaker on stamped lines", () => {
    expect(found("tjitse: wie heeft tijd?\nmarco: ik wel\ntjitse: top\nmarco: graag gedaan", "persoon")).toEqual(["tjitse", "marco", "tjitse", "marco"]);
    expect(found("[10:00] Roos: korte vraag\n[10:01] Pieter: zeg het maar\n[10:03] Roos: is het dossier al klaar?", "persoon")).toEqual(["Roos", "Pieter", "Roos"]);
  });
  it("a speaker's nickname in address position ('thx souf!'); a lower-case known surname after a written-out title", () => {
    expect(found("[11:00] Christiaan: ik pak hem op\n[11:02] Mirjam: thx chris!", "persoon")).toEqual(["Christiaan", "Mirjam", "chris"]);
    expect(found("ik sprak net meneer yilmaz over zijn uren", "persoon")).toEqual(["yilmaz"]);
    expect(found("wie weet hoe dat zit? gr josé", "persoon")).toEqual(["josé"]);
  });
  it("hard negatives: agenda lines, one speaker, a prefix mid-sentence, a verb after a written-out title", () => {
    expect(found("Agenda 10:00: opening\nAgenda 10:30: rondvraag", "persoon")).toEqual([]);
    expect(found("actie: bellen\nactie: mailen\nmarco: ok", "persoon")).toEqual([]);
    expect(found("[11:00] Wietske: ik pak hem op\n[11:02] Mirjam: hij rookt wiet en drinkt veel", "persoon")).toEqual(["Wietske", "Mirjam"]);
    expect(found("meneer belde gisteren, mevrouw reageerde niet", "persoon")).toEqual([]);
    expect(found("Gesprek met meneer en mevrouw over de kinderen", "persoon")).toEqual([]);
  });
});

describe("organisations that look like persons", () => {
  it("'het' + a person-looking name after a preposition, and 'zit op' + a full name, is a school or building", () => {
    expect(labelOf("Haar dochter zit op het Pieter Zandt en doet havo.", "Pieter Zandt")).toBe("instelling");
    expect(labelOf("Hij gaat naar de ISK van het Prins Claus.", "Prins Claus")).toBe("instelling");
    expect(labelOf("Ze zit op Maria Montessori, groep 6.", "Maria Montessori")).toBe("instelling");
    expect(labelOf("Hij zit op het Jan van Brabant.", "Jan van Brabant")).toBe("instelling");
  });
  it("a name before a foundation or trade word, a trade compound before a name, temples and mosques", () => {
    expect(labelOf("Opvang via de Roemer Stichting in Breda.", "Roemer")).toBe("instelling");
    expect(labelOf("Hij werkte bij Van Dijk Kozijnen in Goes.", "Van Dijk")).toBe("instelling");
    expect(labelOf("Bewindvoerder: Jan de Wit, Bewindbureau Rivierenland.", "Rivierenland")).toBe("instelling");
    expect(labelOf("Hij werkt bij Meubelfabriek Van Dalen.", "Van Dalen")).toBe("instelling");
    expect(labelOf("ze helpt bij de Sri Krishna Mandir op zondag", "Krishna")).toBe("instelling");
    expect(labelOf("via de vrouwengroep van de Yeni Camii", "Yeni Camii")).toBe("instelling");
  });
  it("hard negatives: persons after other prepositions, 'het' before a language or a generic service, a hyphenated service", () => {
    expect(labelOf("Ik sprak op het gesprek met Pieter Zandt over zijn werk.", "Pieter Zandt")).toBe("persoon");
    expect(found("we spraken in het Nederlands en het Engels; hij zit op Instagram", "instelling")).toEqual([]);
    expect(found("Ik heb hem naar het Sociaal Raadslieden-spreekuur verwezen.", "instelling")).toEqual([]);
    expect(found("Zijn voogd was mevrouw Lemmens van de William Schrikker Stichting.", "instelling")).toEqual(["William Schrikker Stichting"]);
    expect(found("Hij heeft een opname in het Albert Schweitzer ziekenhuis gehad.", "instelling")).toEqual(["Albert Schweitzer ziekenhuis"]);
    expect(labelOf("Het gesprek op het stadskantoor met Jan Bakker ging goed.", "Jan Bakker")).toBe("persoon");
    expect(found("Hij woont in het Gooi en werkt in het Westland.", "instelling")).toEqual([]);
  });
});

describe("ages and dates in more frames", () => {
  it("ages: '(87!)' after a lower-case person, a child 'van 7' at a line end or before a bracket, seasons, 'is trouwens … geworden', 'wordt 15 in juni'", () => {
    expect(found("mw pietersen (87!) wil thuis blijven", "leeftijd")).toEqual(["87"]);
    expect(found("met dochter Olena van 7\nmei '22 — opvang", "leeftijd")).toEqual(["7"]);
    expect(found("zorgt voor zijn zoon Daan van 9 (om de week)", "leeftijd")).toEqual(["9"]);
    expect(found("Zij wordt in de zomer vijftig.", "leeftijd")).toEqual(["vijftig"]);
    expect(found("ze is trouwens vorige maand 80 geworden", "leeftijd")).toEqual(["80"]);
    expect(found("Ruben, wordt 17 in maart", "leeftijd")).toEqual(["17"]);
  });
  it("dates: a compound 'vervolgafspraak', an 'Intervisie' heading, a month/year on a timeline line", () => {
    expect(found("- vervolgafspraak 18-12, met tolk", "datum")).toEqual(["18-12"]);
    expect(found("Intervisie 27-05: casus mevrouw Ayla", "datum")).toEqual(["27-05"]);
    expect(found("12 mei 2020: start\n03/2021: aanvraag bijstand", "datum")).toEqual(["12 mei 2020", "03/2021"]);
  });
  it("hard negatives: a duration after 'is … jaar', a count in brackets, a day number on the line above a month, a fraction mid-sentence", () => {
    expect(found("Zijn vrouw Ayşe is twee jaar geleden overleden.", "leeftijd")).toEqual([]);
    expect(found("mw jansen (3 kinderen) belt", "leeftijd")).toEqual([]);
    expect(found("Punt 7\napril '22 is de startdatum", "datum")).toEqual(["april '22"]);
    expect(found("Hij heeft 3/2021 gemeld en Prijs 3/2021: nee", "datum")).toEqual([]);
  });
});

describe("a lower-case 'team' + target group", () => {
  it("'team Statushouders (Den Haag)' is a municipal team: no organisation, the place stays a place", () => {
    expect(found("Intervisie team Nieuwkomers Den Haag – inbreng Fatma", "instelling")).toEqual([]);
    expect(found("Intervisie team Nieuwkomers Den Haag", "plaats")).toEqual(["Den Haag"]);
    expect(found("(inbreng: Gerbrich Wiersma, team Statushouders)", "instelling")).toEqual([]);
  });
  it("hard negatives: a named team stays an organisation", () => {
    expect(found("Hij werkt bij team Horizon in Zwolle.", "instelling")).toEqual(["Horizon"]);
    expect(found("Sociaal Team Hoogezand belde", "plaats")).toEqual(["Hoogezand"]);
  });
});

describe("organisations that look like persons or places", () => {
  it("church denominations are one organisation, a place right after them included", () => {
    expect(found("De kerkenraad van de Christelijke Gereformeerde Kerk Nunspeet helpt mee.", "instelling")).toEqual(["Christelijke Gereformeerde Kerk Nunspeet"]);
    expect(found("Ze gaat naar de Hersteld Hervormde Gemeente in Barneveld.", "instelling")).toEqual(["Hersteld Hervormde Gemeente"]);
    expect(found("Hij is lid van de Evangelische Broedergemeente, zijn zus niet.", "persoon")).toEqual([]);
    expect(found("ds. Van Dijk (Gereformeerde Gemeente Urk) belde", "plaats")).toEqual([]);
  });
  it("hard negatives: a denomination as an adjective, a lower-case church, 'Gemeente Ermelo' alone", () => {
    expect(found("Hij is gereformeerd opgevoed en gaat naar de hervormde kerk.", "instelling")).toEqual([]);
    expect(found("De Gereformeerde opvoeding speelt mee.", "instelling")).toEqual([]);
    expect(found("Brief van de Gemeente Ermelo over de huur.", "plaats")).toEqual(["Ermelo"]);
  });
  it("schools named after a person: a hyphenated compound with the name before it, a title before a school compound", () => {
    expect(found("Hij zit op de Willem de Zwijger-school in groep 7.", "instelling")).toEqual(["Willem de Zwijger-school"]);
    expect(found("Hij zit op de Willem de Zwijger-school in groep 7.", "persoon")).toEqual([]);
    expect(found("haar zoon gaat naar de Mgr. Bekkersschool vlakbij", "instelling")).toEqual(["Mgr. Bekkersschool"]);
    expect(found("De leerkracht van de Ds. Kuypercollege belde", "persoon")).toEqual([]);
  });
  it("hard negatives: a title + a name stays a person, a plain school word is no school", () => {
    expect(found("Ik sprak dr. Schaepman over zijn school.", "persoon")).toEqual(["Schaepman"]);
    expect(found("Hij gaat weer naar school en naar de basisschool.", "instelling")).toEqual([]);
  });
  it("firms: trade word + name, a possessive name + noun, 'Gebr.' inside, a regional adjective + head word", () => {
    expect(found("Hij rijdt voor Koeriers Bakkenist in Assen.", "instelling")).toEqual(["Koeriers Bakkenist"]);
    expect(found("Hij werkte bij Fietsverhuur Rozendaal in Ede.", "instelling")).toEqual(["Fietsverhuur Rozendaal"]);
    expect(found("Ze is kok bij Fatima's Kitchen, een eethuis.", "instelling")).toEqual(["Fatima's Kitchen"]);
    expect(found("uitvoerder bij Schildersbedrijf Gebr. Klaassen in Zwolle", "instelling")).toEqual(["Schildersbedrijf Gebr. Klaassen"]);
    expect(found("de bewindvoerder van Brabants Bewindvoerderskantoor belde", "instelling")).toEqual(["Brabants Bewindvoerderskantoor"]);
  });
  it("hard negatives: a trade word opening a sentence, a possessive before a relation, a regional adjective before an ordinary word", () => {
    expect(found("Transport Naar huis regelt de gemeente.", "instelling")).toEqual([]);
    expect(found("We bespraken Noah's Moeder en haar werk.", "instelling")).toEqual([]);
    expect(found("Het Limburgs Dialect is lastig voor hem.", "instelling")).toEqual([]);
  });
  it("compound and camel-case organisation names: an abbreviation + 'wonen', a housing compound, '-klankbord'", () => {
    expect(found("Ze huurt bij ZOwonen in Sittard.", "instelling")).toEqual(["ZOwonen"]);
    expect(found("Schulden bij Woonpunt, Essent en de Belastingdienst.", "instelling")).toContain("Woonpunt");
    expect(found("Schulden bij Woonpunt, Essent en de Belastingdienst.", "plaats")).toEqual([]);
    expect(found("Hij laat zijn plan toetsen door Startersklankbord vanavond.", "instelling")).toEqual(["Startersklankbord"]);
  });
  it("hard negatives: housing words, capitals for emphasis, a department named after its target group", () => {
    expect(found("Zijn Woonsituatie is onbekend; hij zoekt een Woonkamer of Woonwagen.", "instelling")).toEqual([]);
    expect(found("Dat is NIETwerk, zei hij.", "instelling")).toEqual([]);
    expect(found("GGZ Oost\nAfdeling Volwassenen, locatie Deventer", "instelling")).not.toContain("Volwassenen");
    expect(found("Ze werkt op Afdeling Zonnebloem in het verpleeghuis.", "instelling")).toContain("Zonnebloem");
  });
  it("well-known employers and chains: after a preposition only for a chain that is also a surname", () => {
    expect(found("Hij werkt in ploegendienst bij Chemelot.", "instelling")).toEqual(["Chemelot"]);
    expect(found("schulden bij Holland Casino in Breda", "instelling")).toEqual(["Holland Casino"]);
    expect(found("Ze werkt nu bij Van der Valk in Leusden.", "instelling")).toEqual(["Van der Valk"]);
    expect(found("Mevrouw Van der Valk belde vanochtend.", "persoon")).toEqual(["Van der Valk"]);
  });
});

describe("persons, places and addresses", () => {
  it("a single place name right after a person title is a surname", () => {
    expect(found("Huisarts is dr. Zeewolde, zij belt terug.", "persoon")).toEqual(["Zeewolde"]);
    expect(found("Huisarts is dr. Zeewolde, zij belt terug.", "plaats")).toEqual([]);
  });
  it("hard negatives: after cliënt/klant, or an ambiguous place, or a place after a preposition", () => {
    expect(found("mevrouw uit Zeewolde belde", "plaats")).toEqual(["Zeewolde"]);
    expect(found("De klant Zeewolde", "persoon")).toEqual([]);
  });
  it("lower-case places: multi-word after a preposition, a place + direction", () => {
    expect(found("hij woont in den bosch sinds mei", "plaats")).toEqual(["den bosch"]);
    expect(found("mw de graaf uit heerlen-noord belde", "plaats")).toEqual(["heerlen-noord"]);
  });
  it("hard negatives: 'in de buurt', a word + direction", () => {
    expect(found("hij woont in de buurt van de markt", "plaats")).toEqual([]);
    expect(found("we gaan uit school-west niet weg", "plaats")).toEqual([]);
  });
  it("an address without a street word right before ', postcode' inside a line", () => {
    expect(found("post gaat naar haar zus Ineke, Hoogeind 7, 5801 AB Venray.", "adres")).toEqual(["Hoogeind 7"]);
    expect(found("nieuw adres is Brink Oost 3a, 7901 AA Hoogeveen", "adres")).toEqual(["Brink Oost 3a"]);
    expect(found("Adres gezin: Wolfsbos 12, 7908 AA Hoogeveen", "adres")).toEqual(["Wolfsbos 12"]);
  });
  it("hard negatives: no postcode after the number, or a counting word", () => {
    expect(found("ze heeft Groep 7, en daarna Hoogeind 7 als doel", "adres")).toEqual([]);
    expect(found("zie bijlage, Hoofdstuk 3, 1200 KM rijden", "adres")).toEqual([]);
  });
});

describe("organisations, chat names, hard negatives", () => {
  it("lexicon classes: health insurers, football clubs, welfare organisations, thrift chains, venues", () => {
    expect(found("Ze is verzekerd bij De Friesland en heeft schulden.", "instelling")).toEqual(["De Friesland"]);
    expect(found("Ze is verzekerd bij De Friesland en heeft schulden.", "plaats")).toEqual([]);
    expect(found("Zijn zoon traint bij Go Ahead Eagles en werkt bij Kringloop Het Goed.", "instelling")).toEqual(["Go Ahead Eagles", "Kringloop Het Goed"]);
    expect(found("Het maatschappelijk werk van Combiwel belde, de opvang was in de Jaarbeurs.", "instelling")).toEqual(["Combiwel", "Jaarbeurs"]);
  });
  it("hard negatives: word-like club and organisation names need a preposition, 'het goed' is a word", () => {
    expect(found("Breed kijken naar de situatie helpt.", "instelling")).toEqual([]);
    expect(found("Het goed dat hij erfde is verkocht.", "instelling")).toEqual([]);
  });
  it("club prefixes and '<name> Boys'", () => {
    expect(found("Zoon speelt bij vv Kloosterveen en zijn broer bij RKSV Heeze 1950.", "instelling")).toEqual(["vv Kloosterveen", "RKSV Heeze 1950"]);
    expect(found("Hij traint de jeugd van Kollumer Boys.", "instelling")).toEqual(["Kollumer Boys"]);
  });
  it("hard negatives: a prefix before a lower-case word, 'Boys' opening a sentence", () => {
    expect(found("Hij speelt bij de vv in het dorp.", "instelling")).toEqual([]);
    expect(found("Boys Club is een term.", "instelling")).toEqual([]);
  });
  it("trade and church tails, capitalised Kerk + name, lower-case association + name, ordinary words + company word", () => {
    expect(found("Hij rijdt voor Pinas Personenvervoer en least bij Dekker Lease.", "instelling")).toEqual(["Pinas Personenvervoer", "Dekker Lease"]);
    expect(found("Ze gaat naar Living Word Ministries in Zuidoost.", "instelling")).toEqual(["Living Word Ministries"]);
    expect(found("Ze zingt in het koor van de Kerk Licht en Leven.", "instelling")).toEqual(["Kerk Licht en Leven"]);
    expect(found("Ze is lid van vrouwenvereniging Noor in de wijk.", "instelling")).toEqual(["Noor"]);
    expect(found("Coach Tim Vos (Nieuwe Kans Re-integratie) belt.", "instelling")).toEqual(["Nieuwe Kans Re-integratie"]);
    expect(found("Namens Oostkust Bewind schrijf ik je.", "instelling")).toEqual(["Oostkust Bewind"]);
  });
  it("hard negatives: a job title line, the Kerk at a sentence start, an association + place", () => {
    expect(found("Groet,\nPetra Vos\nMedewerker Incasso\nVidomes", "instelling")).toEqual(["Vidomes"]);
    expect(found("Kerk Licht is een mooi woord.", "instelling")).toEqual([]);
    expect(found("Ze is lid van de buurtvereniging. Ahmed komt ook.", "instelling")).toEqual([]);
  });
  it("a person's name before a school compound belongs to the school", () => {
    expect(found("Zoon zit op de Dr. Anton Philipsschool in Eindhoven.", "instelling")).toEqual(["Dr. Anton Philipsschool"]);
    expect(found("Zoon zit op de Jan Ligthartschool.", "instelling")).toEqual(["Jan Ligthartschool"]);
    expect(found("Zoon zit op de Jan Ligthartschool.", "persoon")).toEqual([]);
  });
  it("hard negative: a school compound without a name before it", () => {
    expect(found("Zoon zit op de Regenboogschool.", "persoon")).toEqual([]);
  });
  it("a street without a number after 'aan de' is no person; an occupational surname as a trade", () => {
    expect(found("Het loket aan de Willem Dreeslaan is dicht.", "persoon")).toEqual([]);
    expect(found("Visser worden was zijn droom.", "persoon")).toEqual([]);
  });
  it("hard negatives: a person after a title, an occupational surname that acts", () => {
    expect(found("Ik sprak Willem Drees gisteren.", "persoon")).toEqual(["Willem Drees"]);
    expect(found("Visser zegt dat hij komt.", "persoon")).toEqual(["Visser"]);
  });
  it("intervisie methods are no organisations or persons", () => {
    expect(found("Bij Balint zouden we nu vragen wat het oproept.", "instelling")).toEqual([]);
    expect(found("We deden de incidentmethode en daarna een Socratisch gesprek.", "instelling")).toEqual([]);
  });
  it("lower-case first names in chat style after van/met, in brackets, after 'noemt hem', with a lower-case surname", () => {
    expect(found("nog ff over de casus van jeroen gisteren", "persoon")).toEqual(["jeroen"]);
    expect(found("de eigenaar (henk) betaalt contant", "persoon")).toEqual(["henk"]);
    expect(found("mn klant johan de groot belde", "persoon")).toEqual(["johan de groot"]);
    expect(found("dhr karimi (iedereen noemt hem hamoudi) komt", "persoon")).toEqual(["karimi", "hamoudi"]);
  });
  it("hard negatives: word-like names and capitalised sentences", () => {
    expect(found("ik ga van mark houden", "persoon")).toEqual([]);
    expect(found("die van roos is mooi", "persoon")).toEqual([]);
  });
  it("a chat spreads a short first name found capitalised to its lower-case mentions", () => {
    expect(found("[14:06] Gerrit: prima, Jos rijdt morgen\n[14:07] ilse: ok ik app jos wel\n[14:08] Gerrit: top", "persoon")).toContain("jos");
  });
  it("hard negative: 'jan' as a month in a chat is not spread", () => {
    expect(found("[14:06] Gerrit: Jan rijdt morgen\n[14:07] ilse: ok, 3 jan dan\n[14:08] Gerrit: top", "persoon")).not.toContain("jan");
  });
});

describe("chat stamps, short speaker names, lower-case initials and short places", () => {
  it("chat stamps with a weekday or date, and a stamp in brackets after the name", () => {
    expect(found("[ma 09:31] ruud: wie kent dit?\n[ma 09:44] ingrid: ken ik\n[ma 09:45] ruud: ok dank je ingrid", "persoon")).toEqual(["ruud", "ingrid", "ruud", "ingrid"]);
    expect(found("[12-3 09:31] ruud: hoi\n[12-3 09:32] ingrid: ok", "persoon")).toEqual(["ruud", "ingrid"]);
    expect(found("ruud (09:31): hoi\ningrid (09:32): ok dank je ruud", "persoon")).toEqual(["ruud", "ingrid", "ruud"]);
  });
  it("hard negatives: an agenda with weekday stamps, a date before an ordinary heading", () => {
    expect(found("[ma 09:30] Opening: koffie\n[ma 10:00] Analyse: de casus", "persoon")).toEqual([]);
    expect(found("12-3 09:31 Actie: bellen met UWV", "persoon")).toEqual([]);
  });
  it("a single stamped message, a self-introduction, three-letter names in a chat", () => {
    expect(found("[10:02] mirjam: dhr koster stond aan de balie, wil wim spreken. wim ben jij er morgen?", "persoon")).toEqual(["mirjam", "koster", "wim", "wim"]);
    expect(found("[11:58] sanne: marco brengt de casus in ipv ruud, ruud is ziek. gr sanne", "persoon")).toEqual(["sanne", "marco", "ruud", "ruud", "sanne"]);
    expect(found("sanne hier, zit net bij mw kowalczyk thuis", "persoon")).toEqual(["sanne", "kowalczyk"]);
  });
  it("hard negatives: a single stamped agenda line, 'hier' after a word, word-like three-letter names", () => {
    expect(found("[10:02] Analyse: max 3 uur, wim ben jij er?", "persoon")).toEqual([]);
    expect(found("koffie hier, iemand?", "persoon")).toEqual([]);
    expect(found("[10:02] mirjam: max een ton schuld, de bob rijdt", "persoon")).toEqual(["mirjam"]);
  });
  it("unknown stamped speakers once the text is a chat; a two-letter short form of a speaker", () => {
    expect(found("[16:40] lotte: iemand?\n[16:42] Nynke: ja!\n[16:43] lotte: held\n[16:51] Sipke: en check even", "persoon")).toEqual(["lotte", "Nynke", "lotte", "Sipke"]);
    expect(found("[08:55] gert-jan: ik wel.\n[08:56] anouk: ja die\n[09:01] jorien: thx gj 🙏", "persoon")).toContain("gj");
    expect(found("[14:09] esmee: ja!! start morgen\n[14:10] ruben: top es 👏", "persoon")).toContain("es");
  });
  it("hard negatives: one stamped unknown word without a chat, a short form that is no speaker's", () => {
    expect(found("[10:15] Analyse: de casus\n[10:30] Pauze: koffie", "persoon")).toEqual([]);
    expect(found("[14:09] esmee: ja!! start morgen\n[14:10] ruben: top ok 👏", "persoon")).toEqual(["esmee", "ruben"]);
  });
  it("lower-case initials + a lower-case surname after a title, client or role word", () => {
    expect(found("ervaring met bewindvoerder h. jansen uit oss?", "persoon")).toEqual(["h. jansen"]);
    expect(found("ze kunnen klant m. lenssen pas later opnemen", "persoon")).toEqual(["m. lenssen"]);
    expect(found("mw g.j. de wit belde", "persoon")).toEqual(["g.j. de wit"]);
  });
  it("hard negatives: an initial before a verb or a place", () => {
    expect(found("de klant z. maakt het goed", "persoon")).toEqual([]);
    expect(found("dhr a. is ziek", "persoon")).toEqual([]);
  });
  it("short and plural-word places after in/uit/naar", () => {
    expect(found("bewindvoerder uit oss reageert niet", "plaats")).toEqual(["oss"]);
    expect(found("de training in assen op 12/12", "plaats")).toEqual(["assen"]);
  });
  it("hard negatives: 'son' or 'assen' as words", () => {
    expect(found("de wielen en assen zijn kapot", "plaats")).toEqual([]);
    expect(found("uit son en weer terug", "plaats")).toEqual([]);
  });
});
describe("short forms of a speaker's name", () => {
  it("hard negative: 'dank je' is no short form of a speaker", () => {
    expect(found("[08:52] jeroen: bel Henny even\n[08:53] marieke: top dank je", "persoon")).toEqual(["jeroen", "Henny", "marieke"]);
  });
});
describe("organisations: energy and housing tails, camel-case brands, chat organisations; districts", () => {
  it("energy, coöperatie and housing tails; Camping, Bewind and a capitalised Praktijk after a preposition", () => {
    expect(found("post van DELTA Energie en het waterschap", "instelling")).toEqual(["DELTA Energie"]);
    expect(found("schulden bij DUO en Drentse Energie Coöperatie.", "instelling")).toEqual(["Drentse Energie Coöperatie"]);
    expect(found("een pand van Flex Housing Westland aan de haven", "instelling")).toEqual(["Flex Housing Westland"]);
    expect(found("hij slaapt op Camping 't Hoekje in De Koog", "instelling")).toEqual(["Camping 't Hoekje"]);
    expect(found("Ilse Brouwer (bewindvoerder, Bewind Gelderse Poort) was er", "instelling")).toEqual(["Bewind Gelderse Poort"]);
    expect(found("gesprekken bij Anneke Terpstra van Praktijk Mearwei.", "instelling")).toEqual(["Praktijk Mearwei"]);
  });
  it("hard negatives: an adjective + Energie, 'onder bewind', 'de Praktijk' + word", () => {
    expect(found("Wij leveren Groene Energie aan iedereen.", "instelling")).toEqual([]);
    expect(found("Hij staat onder bewind sinds mei.", "instelling")).toEqual([]);
    expect(found("Ze zit in de Praktijk Klas van school.", "instelling")).toEqual([]);
  });
  it("a camel-case brand + a place word; an organisation next to a role in brackets; creditor nouns", () => {
    expect(found("het traject van JobHub Zaan liep niet", "instelling")).toEqual(["JobHub Zaan"]);
    expect(found("het traject van JobHub Zaan liep niet", "persoon")).toEqual([]);
    expect(found("Aanwezig: Naima Ouali (Plangroep, schuldhulp), Koen Peeters", "instelling")).toEqual(["Plangroep"]);
    expect(found("schuld bij de leverancier Bouwmaat en bij ING", "instelling")).toEqual(["Bouwmaat", "ING"]);
  });
  it("hard negatives: camel-case names with a name prefix, a person and a role in brackets", () => {
    expect(found("Ze sprak met McDonald Jansen.", "instelling")).toEqual([]);
    expect(found("Petra (Kowalczyk, jobcoach) en Jan (Ahmed, zoon)", "instelling")).toEqual([]);
    expect(found("Esther Verhoeven (klantmanager, Werk en Inkomen)", "instelling")).toEqual([]);
  });
  it("chat organisations: lower-case bewindvoering + surname, a saint's church, club prefix LAC with a year", () => {
    expect(found("[ma 09:31] ruud: iemand ervaring met bewindvoering lindeboom uit nijmegen?\n[ma 09:44] ingrid: ken ik", "instelling")).toEqual(["bewindvoering lindeboom"]);
    expect(found("sanne hier, zit de voedselbank nog in de pauluskerk?", "instelling")).toEqual(["pauluskerk"]);
    expect(found("Zoon voetbalt bij LAC Frisia 1883 en zwemt.", "instelling")).toEqual(["LAC Frisia 1883"]);
  });
  it("hard negatives: bewindvoering + a verb, a generic church in a chat", () => {
    expect(found("sanne hier, bewindvoering aanvragen via de kerk, ook de hoofdkerk", "instelling")).toEqual([]);
  });
  it("districts: Schelfhorst, Goese Polder", () => {
    expect(found("kan het wijkteam in de Schelfhorst iets betekenen?", "plaats")).toEqual(["Schelfhorst"]);
    expect(found("klant uit de Goese Polder wacht", "plaats")).toEqual(["Goese Polder"]);
  });
});
describe("ages and false hits", () => {
  it("'(bijna 13)' after a name; 'is 18 en wordt in juni negentien'", () => {
    expect(found("met haar dochter Daryna (bijna 13) een appartement", "leeftijd")).toEqual(["13"]);
    expect(found("Ilias is 18 en wordt in juni negentien. Tot", "leeftijd")).toEqual(["18", "negentien"]);
  });
  it("hard negatives: a price that 'wordt', brackets without a number", () => {
    expect(found("Het kost 18 en wordt in mei 20.", "leeftijd")).toEqual([]);
    expect(found("de kinderen (bijna allemaal) komen", "leeftijd")).toEqual([]);
  });
  it("no person for an adverb after a title, a department compound after a role, a study programme; WIJ-team is generic", () => {
    expect(found("Correspondentie over dhr. graag voortaan via ons kantoor.", "persoon")).toEqual([]);
    expect(found("Met vriendelijke groet,\nR. Lemmens\nteamleider Huurincasso", "persoon")).toEqual(["R. Lemmens"]);
    expect(found("Omar (2e jaar Social Work aan de Haagse Hogeschool) vertelt", "persoon")).toEqual(["Omar"]);
    expect(found("aanmelding schuldhulp via het WIJ-team", "instelling")).toEqual([]);
  });
  it("hard negatives: real names after a title or role stay names", () => {
    expect(found("teamleider Jansen belt", "persoon")).toEqual(["Jansen"]);
    expect(found("dhr. Graag belt", "persoon")).toEqual(["Graag"]);
  });
});
describe("organisations and persons", () => {
  it("trade tails (Textiles, Express, Workforce, …advies) make a company, no person", () => {
    expect(found("een leverancier (Kapoor Textiles in Antwerpen) en btw", "instelling")).toEqual(["Kapoor Textiles"]);
    expect(found("doen door Kompas Ondernemersadvies in Sittard, maar", "instelling")).toEqual(["Kompas Ondernemersadvies"]);
    expect(found("een koeriersbedrijfje (MD Express) en rijdt", "instelling")).toEqual(["MD Express"]);
    expect(found("doen door Kompas Ondernemersadvies in Sittard, maar", "persoon")).toEqual([]);
  });
  it("hard negatives: a lone tail word, a capitalised tail at a sentence start", () => {
    expect(found("Hij kreeg Express ophalen van Jan.", "instelling")).toEqual([]);
    expect(found("Advies aan de klant: bel morgen.", "instelling")).toEqual([]);
  });
  it("a title before a school or hospital name belongs to it: 'Dr. Nassau College'", () => {
    expect(found("Zorgcoördinator Dr. Nassau College\nT: 0592-312880", "instelling")).toEqual(["Dr. Nassau College"]);
    expect(found("Zorgcoördinator Dr. Nassau College\nT: 0592-312880", "persoon")).toEqual([]);
  });
  it("hard negative: a doctor of a hospital stays a person", () => {
    expect(found("Afspraak met Dr. Peters van het Martini Ziekenhuis.", "persoon")).toEqual(["Peters"]);
  });
  it("churches: 'de kerk Debre Selam', Frisian '-tsjerke'; a named home explained by an apposition", () => {
    expect(found("Het gezin gaat elke zondag naar de kerk Debre Selam in Deventer.", "instelling")).toEqual(["Debre Selam"]);
    expect(found("De diaken van de Martinitsjerke (Pieter Jorritsma, 68) komt langs.", "instelling")).toEqual(["Martinitsjerke"]);
    expect(found("Mevrouw wil niet naar Nij Sânwei, het verpleeghuis in Bolsward.", "instelling")).toEqual(["Nij Sânwei"]);
  });
  it("hard negatives: a first name after 'de kerk', a person or place before an apposition", () => {
    expect(found("Ze zat in de kerk Maria te zoeken.", "instelling")).toEqual([]);
    expect(found("Ik bel Anna, de school is dicht.", "instelling")).toEqual([]);
    expect(found("Zij woont in Sneek, het ziekenhuis is dichtbij.", "instelling")).toEqual([]);
  });
  it("lexicon classes: foreign banks, youth-protection organisations, a word-like housing corporation after 'verhuurder'", () => {
    expect(found("Schulden: ca. € 9.000 – PKO Bank Polski, zorgverzekering.", "instelling")).toEqual(["PKO Bank Polski"]);
    expect(found("Samen Veilig Midden-Nederland is (nog) niet betrokken.", "instelling")).toEqual(["Samen Veilig Midden-Nederland"]);
    expect(found("Melding van verhuurder Accolade: huur niet betaald.", "instelling")).toEqual(["Accolade"]);
  });
  it("hard negative: the word 'accolade'", () => {
    expect(found("Accolade: die zet je om een lijst.", "instelling")).toEqual([]);
  });
  it("Frisian and Somali first names", () => {
    expect(found("een tweeling van 4, Hamza en Hanad. Buurvrouw Faadumo tolkte.", "persoon")).toEqual(["Hamza", "Hanad", "Faadumo"]);
    expect(found("aanmelding bij Kwadraad\nOkke: 👍 knap", "persoon")).toEqual(["Okke"]);
  });
});
describe("persons, ages, dates, places", () => {
  it("a lone initial after a title; quoted nicknames spread; a 3-letter start of a speaker's name opening a message", () => {
    expect(found("Als voorbeeld neem ik mw. T. mee, die in mei", "persoon")).toEqual(["T."]);
    expect(found("dhr. Remco Jansen, door iedereen \"Rem\" genoemd, kwam. Rem werkte 22 jaar.", "persoon")).toEqual(["Remco Jansen", "Rem", "Rem"]);
    expect(found("yasmina: ok doe ik zo\nKees: yas had je die casus?\nyasmina: nee", "persoon")).toContain("yas");
  });
  it("hard negatives: an initial before a surname, an appendix letter, a quoted word, a 3-letter word opening a message", () => {
    expect(found("Ik sprak mw. T. Bakker.", "persoon")).toEqual(["T. Bakker"]);
    expect(found("Zie Bijlage B. De klant belt.", "persoon")).toEqual([]);
    expect(found("Dat wordt ook wel \"Armoede\" genoemd.", "persoon")).toEqual([]);
    expect(found("yasmina: ok doe ik zo\nKees: wat had je die casus?\nyasmina: nee", "persoon")).not.toContain("wat");
  });
  it("'op haar zesde naar'; day-month after intervisie; Zoutkamp", () => {
    expect(found("en kwam op haar zesde naar Den Haag.", "leeftijd")).toEqual(["zesde"]);
    expect(found("Tijdlijn (voor intervisie 12/12)", "datum")).toEqual(["12/12"]);
    expect(found("okt. 2021 – azc Zoutkamp", "plaats")).toEqual(["Zoutkamp"]);
  });
  it("hard negatives: unit ordinals before a noun", () => {
    expect(found("Op zijn tweede poging lukte het.", "leeftijd")).toEqual([]);
    expect(found("op haar derde dag bij de baas", "leeftijd")).toEqual([]);
  });
});
describe("lexicon organisations in lower-case notes", () => {
  it("a multi-word lexicon organisation in a lower-case note, after a preposition or before its verb", () => {
    expect(found("heeft iemand contact bij otto workforce? dhr nowak is ontslagen", "instelling")).toEqual(["otto workforce"]);
    expect(found("geen briefadres meer. leger des heils zegt vol", "instelling")).toEqual(["leger des heils"]);
  });
  it("hard negatives: ordinary phrases that are lexicon names, a capitalised text", () => {
    expect(found("we willen beter wonen en sterk in de wijk staan, ons doel is zorg en zekerheid", "instelling")).toEqual([]);
    expect(found("Ze gaat bij het leger des heils langs", "instelling")).toEqual([]);
  });
});

describe("guards (cheap tests that skip a scan) never hide what the scan finds", () => {
  // Each of these was missed while a guard tested less than its regex allows (case, tabs, double spaces, a letter
  // after the house number, no space after a comma); guards.test.ts now also runs upper-case and tabbed variants.
  it.each([
    ["KINDEREN van 3 tot 12 jaar", "leeftijd", ["3", "12"]],
    ["Hij is in mei TACHTIG WORDT, zegt ze.", "leeftijd", ["TACHTIG"]],
    ["De jongen, die  17 is, woont thuis.", "leeftijd", ["17"]],
    ["dochter Sara,\n7", "leeftijd", ["7"]],
    ["Als Daryna 18\tis gaat het mis.", "leeftijd", ["18"]],
    ["Zaak FA\tRK\t23-4410 loopt nog.", "dossiernummer", ["FA\tRK\t23-4410"]],
    ["Naima Ouali (Plangroep,schuldhulp) belt.", "instelling", ["Plangroep"]],
    ["Zij woont op Noordeinde 41a, 8334 ML Tuk.", "adres", ["Noordeinde 41a"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("false hits: durations, time stamps, generic services, report headings", () => {
  it.each([
    // a duration after "langer/meer … dan", after "mist", before "hier" or "AOW"
    ["EU-burger, langer dan 5 jaar hier?", "leeftijd", []],
    ["Hij woont hier al meer dan 10 jaar.", "leeftijd", []],
    ["heeft in Nador gewoond, mist 16 jaar AOW-opbouw", "leeftijd", []],
    ["Meneer is 67 jaar en wil werken.", "leeftijd", ["67 jaar"]],
    // "hoe oud is hij?" is not answered by the next message's time stamp
    ["[11:04] Gerben: hoe oud is hij? ivm Wajong\n[11:05] Anita: hij is 31, woont thuis", "leeftijd", ["31"]],
    ["hoe oud is ze?\nNoor: 63, dus bijna aow", "leeftijd", ["63"]],
    // the RMC (Regionaal Meld- en Coördinatiepunt) is a generic service
    ["meld hem ook even bij het RMC, kwalificatieplicht is voorbij", "instelling", []],
    ["Hij zit bij Stichting Het Kompas.", "instelling", ["Stichting Het Kompas"]],
    // a lower-case lexicon name that opens with an article is the ordinary phrase unless announced
    ["mo: oké dan komt het goed. morgen even bellen?", "instelling", []],
    ["mo: hij werkt bij het goed in zeist", "instelling", ["het goed"]],
    // a full stop after a full word title ends the sentence
    ["Rekening op naam van mevrouw.\n\nIndruk: beiden willen hulp.", "persoon", []],
    ["Gesprek met mevrouw. Verder niets.", "persoon", []],
    ["Gesprek met mevrouw Jansen en dhr. De Vries.", "persoon", ["Jansen", "De Vries"]],
    // report headings ("Indruk:", "Analyse:") are no speakers, even when repeated in a stamped log
    ["[10:00] Indruk: rustig\n[10:01] Sanne: ok\n[10:02] Indruk: ok", "persoon", ["Sanne"]],
    ["[10:00] Ruud: rustig\n[10:01] Sanne: ok\n[10:02] Ruud: ok", "persoon", ["Ruud", "Sanne", "Ruud"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages and a compound", () => {
  it.each([
    // a compound with a lower-case noun after the hyphen is a thing, not a surname after "van de"
    ["[16:40] Khadija: wie weet iets van de AIO-aanvulling? mijnheer", "persoon", ["Khadija"]],
    ["gesprek met van der Berg-vermeulen", "persoon", ["van der Berg-vermeulen"]],
    ["Mevrouw van Dijk-de Vries belt", "persoon", ["van Dijk-de Vries"]],
    // a lower-case first name + a lexicon surname + ", N," in a chat
    ["[20:03] mo: vraag over farid ahmadi, 23, kwam als amv\n[20:04] mo: ok", "leeftijd", ["23"]],
    ["[20:03] mo: vraag over farid ahmadi, 23, kwam als amv\n[20:04] mo: ok", "persoon", ["mo", "farid ahmadi", "mo"]],
    ["[20:03] mo: vraag over farid heeft, 23 dingen\n[20:04] mo: ok", "leeftijd", []],
    // a timeline entry: the date opens the line and the client "wordt N"
    ["- 12-09-2024: wordt 18, verlengde jeugdhulp niet aangevraagd", "leeftijd", ["18"]],
    ["12-09-2024: het wordt 18, dus warm", "leeftijd", []],
    ["Stand: wordt 3, dus", "leeftijd", []],
    // "wordt in oktober 2025 67"
    ["Hij zit in de bijstand en wordt in oktober 2025 67\nSjoukje: ok", "leeftijd", ["67"]],
    ["Het tarief wordt in mei 2025 12 euro", "leeftijd", []],
    // "en is N" closing the clause after a person
    ["zoon Kerem zit op het Saenredam College en is 16\nBart: ok", "leeftijd", ["16"]],
    ["Kerem woont bij zijn moeder en is 3 dagen weg", "leeftijd", []],
    ["Kerem komt om 10 en is 1 uur bezig", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: a tradesman's firm, an employer after a role", () => {
  it.each([
    // a lower-case trade noun + a surname after "bij"/"via" is the tradesman's firm
    ["werkervaringsplaats bij fietsenmaker Hoekstra in joure", "instelling", ["fietsenmaker Hoekstra"]],
    ["stage bij loodgieter De Vries in Hoorn", "instelling", ["loodgieter De Vries"]],
    ["De loodgieter De Vries komt morgen.", "instelling", []],
    ["werkt bij de bakker. Jansen belde later", "instelling", []],
    // a role + one care or work compound is the employer
    ["G. Tuinstra (wijkverpleegkundige Driezorg), huisarts", "instelling", ["Driezorg"]],
    ["G. Tuinstra (wijkverpleegkundige Driezorg), huisarts", "persoon", ["G. Tuinstra"]],
    ["klantmanager Jansen belt morgen", "persoon", ["Jansen"]],
    // a particle + surname found with context spreads as a whole ("Dalen" alone is a place)
    ["Aanwezig: wijkagent Van Dalen, verpleegkundige\n\nAfspraken\n- Van Dalen houdt contact", "persoon", ["Van Dalen", "Van Dalen"]],
    ["Aanwezig: wijkagent Jansen.\nWe gaan naar Dalen en van Dalen naar Emmen.", "persoon", ["Jansen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("telefoon: the 00 prefix", () => {
  it("reads 00 + another country code as a foreign number, so an announcing word still makes it another number", () => {
    expect(labelOf("Huurcontractnummer: 0071452206", "0071452206")).toBe("dossiernummer");
    expect(labelOf("huurcontractnummer 0087214533.", "0087214533")).toBe("dossiernummer");
    // not announced: still a (foreign) phone number
    expect(labelOf("bel 0071452206 na vijven", "0071452206")).toBe("telefoon");
    expect(found("tel 0044 20 7946 0958", "telefoon")).toEqual(["0044 20 7946 0958"]);
  });
  it("takes (0031) like (+31)", () => {
    expect(found("bereikbaar op (0031) 6 12345678", "telefoon")).toEqual(["(0031) 6 12345678"]);
    expect(found("bel (0031) 20 123 4567", "telefoon")).toEqual(["(0031) 20 123 4567"]);
  });
});

describe("ages and addresses", () => {
  it.each([
    // an age bound to a person ends in a closing word, a time or an emoji, not only in punctuation
    ["Ik sprak mevrouw vandaag, ze is 64 hoor, dus bijna AOW.", "leeftijd", ["64"]],
    ["hij is 52 trouwens en zoekt werk in de zorg", "leeftijd", ["52"]],
    ["mw Bakker wordt morgen jarig, ze wordt 80 🎉", "leeftijd", ["80"]],
    ["haar vader werd 66 afgelopen maand.", "leeftijd", ["66"]],
    ["Kevin is 19 dus hij valt onder de jongerenregeling", "leeftijd", ["19"]],
    ["bedoel je Tom Verbeek, 44?", "leeftijd", ["44"]],
    ["Het is 5 hoor, de bus komt zo.", "leeftijd", []],
    ["de scooter is 12 trouwens, die moet weg", "leeftijd", []],
    ["ze is 3 keer langs geweest", "leeftijd", []],
    // the verb before the subject: a clause that opens with a time or "dan"
    ["Volgend jaar wordt zij 67 en dan gaat de uitkering naar de SVB.", "leeftijd", ["67"]],
    ["Nu is hij 59, dus de sollicitatieplicht blijft.", "leeftijd", ["59"]],
    ["Is hij al 18? Dan doet hij zelf de aanvraag.", "leeftijd", ["18"]],
    ["In oktober wordt ze negentien.", "leeftijd", ["negentien"]],
    ["Dan is ze 3 dagen weg.", "leeftijd", []],
    ["Daarna was hij 20 minuten te laat.", "leeftijd", []],
    // an age in words with the verb last
    ["Ze kwam naar Nederland toen ze zes was.", "leeftijd", ["zes"]],
    ["sinds hij zestien is woont hij bij zijn oom", "leeftijd", ["zestien"]],
    ["toen het vijf was stond de bus klaar", "leeftijd", []],
    // several people and their ages
    ["De jongste twee, Amir en Lina, die zijn 4 en 6.", "leeftijd", ["4", "6"]],
    ["ze zijn allebei 11 en zitten in groep 7", "leeftijd", ["11"]],
    ["De boeken, die zijn 5 euro per stuk.", "leeftijd", []],
    // a name that reaches an age on a date
    ["Noah wordt op 14 maart zeventien, dan stopt de kinderbijslag niet.", "leeftijd", ["zeventien"]],
    ["Het wordt op 5 mei 25 jaar geleden dat hij kwam.", "leeftijd", []],
    // a relation with the side of the family or whose relative it is, then the age in brackets
    ["De oma van moederskant (78) past vaak op.", "leeftijd", ["78"]],
    ["De vader van de kinderen (47) woont in Tiel.", "leeftijd", ["47"]],
    ["De moeder van de kinderen (2) is onbekend.", "leeftijd", []],
    // a particle between the verb and the age
    ["hij wordt trouwens 45 volgende maand", "leeftijd", ["45"]],
    ["ze wordt trouwens 3 keer gebeld", "leeftijd", []],
    // the speaker's own age in a quote
    ['Hij zegt: "ik ben 61, wie neemt mij nog aan?"', "leeftijd", ["61"]],
    ["ik ben 5 minuten te laat", "leeftijd", []],
    // a corrected age
    ["ze is 44?? nee sorry 41, ik haal ze door elkaar", "leeftijd", ["44", "41"]],
    // brackets: a known place + age anywhere, an age after a person word, a lower-case name after a title
    ["ken jij iemand van de sportclub? (Suriname, 52) hij zoekt vrijwilligerswerk", "leeftijd", ["52"]],
    ["Een vrouw (29, twee kinderen) meldde zich bij de balie.", "leeftijd", ["29"]],
    ["mw fatma yildiz (48) belde over haar huur", "leeftijd", ["48"]],
    ["klant krijgt toeslagen (2) en heeft schulden", "leeftijd", []],
    ["zie het overzicht (totaal, 12) hieronder", "leeftijd", []],
    // an age after "net/bijna" and "van", in months after a comma, a relative clause with a time
    ["een meisje van bijna 16 dat niet meer naar school gaat", "leeftijd", ["16"]],
    ["haar zoontje, Milan, van negen maanden slaapt slecht", "leeftijd", ["negen"]],
    ["tante Fenna, die volgende maand zestig wordt, past op", "leeftijd", ["zestig"]],
    ["oom is Gerrit, 71, en woont in Tiel", "leeftijd", ["71"]],
    ["Dhr. K., 52, alleenstaand", "leeftijd", ["52"]],
    // chat possessives, "die vijftiger", corrected durations and target groups
    ["is vanaf mn 15e al aan het werk", "leeftijd", ["15e"]],
    ["ken je die zestiger met de rollator nog?", "leeftijd", ["zestiger"]],
    ["in de zestiger jaren kwam hij hierheen", "leeftijd", []],
    ["daarna 6 jaar chauffeur bij een transportbedrijf", "leeftijd", []],
    ["hij is niet 50 jaar verzekerd voor de AOW", "leeftijd", []],
    ["een project voor meiden tussen 14 en 18", "leeftijd", []],
    ["ze heeft drie kinderen tussen 2 en 9", "leeftijd", ["2", "9"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // a direction between the street and the number
    ["Ze woont aan de Rijksweg Noord 12B in Sittard.", "adres", ["Rijksweg Noord 12B"]],
    ["Nieuw adres: Parallelweg Zuid 7, Venlo", "adres", ["Parallelweg Zuid 7"]],
    ["hij woont op de Dorpsstraat-Oost 31 in Hoogkerk", "adres", ["Dorpsstraat-Oost 31"]],
    ["Zij woont op Voorstraat N.Z. 8 in Kampen.", "adres", ["Voorstraat N.Z. 8"]],
    ["hij woont in Rotterdam Zuid 12 jaar al", "adres", []],
    ["Wijk Noord 12 mensen op de wachtlijst", "adres", []],
    // Frisian street words and particles from foreign names
    ["wonende Westerbuorren 9, 9101 AB Dokkum", "adres", ["Westerbuorren 9"]],
    ["de post gaat sinds mei naar Noorderfeart 12 bij de brug", "adres", ["Noorderfeart 12"]],
    ["de brief voor Kleasterhiem 14 kwam terug", "adres", ["Kleasterhiem 14"]],
    ["verhuisd naar de Vasco da Gamastraat 8 in Amersfoort", "adres", ["Vasco da Gamastraat 8"]],
    // a street in brackets or after a comma right after a known place
    ["Ze woont in Bijlmer (Kleiburg 140).", "adres", ["Kleiburg 140"]],
    ["Hij woont in Lelystad, Kamperzand 114.", "adres", ["Kamperzand 114"]],
    ["De cursus is in Zwolle (Module 3) en in Utrecht (Les 2).", "adres", []],
    ["Wij zitten in Emmen (Bijlage 3).", "adres", []],
    // after wonende/woonachtig/gevestigd, and a capital letter or "bis" after the number
    ["woonachtig Oosterkamp 18 te Emmen", "adres", ["Oosterkamp 18"]],
    ["de cliënt, wonende Kruisakker 7, heeft bezwaar gemaakt", "adres", ["Kruisakker 7"]],
    ["Hij woont op Kruitberg 318A.", "adres", ["Kruitberg 318A"]],
    ["Zij woont aan de Venne 12 bis in Winschoten.", "adres", ["Venne 12 bis"]],
    // "'s-" streets, "-bocht", lower-case harbour streets in a chat, a street after a dwelling word before a postcode
    ["aan de 's-Gravenweg 12 in Rotterdam", "adres", ["'s-Gravenweg 12"]],
    ["Adres: Lodewijk Pincoffsbocht 20, Rotterdam", "adres", ["Lodewijk Pincoffsbocht 20"]],
    ["hij slaapt nu op de oosterhaven 14b bij zijn neef", "adres", ["oosterhaven 14b"]],
    ["de boot ligt in de jachthaven 3 weken", "adres", []],
    ["ze woont in een flat Kelbergen 88, 1104 LA Amsterdam", "adres", ["Kelbergen 88"]],
    ["ze woont Zonnehof 3-12, 6541 AB Nijmegen", "adres", ["Zonnehof 3-12"]],
    // two streets in one sentence, the second at the edge of the first one's scan window
    ["twee brieven naar haar oude adres gestuurd, Marco Pololaan 233, terwijl ze sinds 1 mei woont op Vasco da Gamalaan 19 bis, 3526 GK Utrecht.", "adres", ["Marco Pololaan 233", "Vasco da Gamalaan 19 bis"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons, places, organisations: particles, trade tails, universities, districts and villages", () => {
  it.each([
    // a lone "in" between a name and a place is the preposition, not a particle ("in 't Veld" stays one)
    ["Gisteren belde ik Yasmina in Breskens over de huur.", "persoon", ["Yasmina"]],
    ["Gisteren belde ik Yasmina in Breskens over de huur.", "plaats", ["Breskens"]],
    ["Ik sprak Kees in 't Veld over de schuld.", "persoon", ["Kees in 't Veld"]],
    // a known first name + van + place is a surname
    ["Inbrenger: Sanne van Breda\nDatum: 4 juni", "persoon", ["Sanne van Breda"]],
    ["Hij verhuist van Breda naar Tilburg.", "persoon", []],
    // relation words stay outside names, also with an age in brackets
    ["Er is weinig hulp.\nBuurvrouw Ria Hommes kookt soms.", "persoon", ["Ria Hommes"]],
    ["Het gaat moeizaam.\nOpa (81) woont in.", "persoon", []],
    ["Ze wonen krap. Zoon Timo (8) slaapt op de bank.", "persoon", ["Timo"]],
    ["Ik sprak mevrouw Buurman gisteren.", "persoon", ["Buurman"]],
    // verbs, participles, infinitives and adjectives after dhr./mw. are no names
    ["Volgens de werkgever is dhr. gemotiveerd en wil dhr. meedoen aan de cursus.", "persoon", []],
    ["Sinds maart is mw. bezig met solliciteren en is dhr. bang voor post.", "persoon", []],
    ["In het gesprek was dhr. ontspannen; mw. herhaalt steeds hetzelfde.", "persoon", []],
    ["gesprek met mw. kaya en dhr. van dam", "persoon", ["kaya", "van dam"]],
    // a capitalised "Te" mid-sentence is a surname particle, also before a place word
    ["ik heb net Te Lintelo gebeld over de huur", "persoon", ["Te Lintelo"]],
    ["ze woont te Lintelo sinds mei", "persoon", []],
    // trade tails and trade/club/school heads
    ["Ze werkt parttime bij Kramer Tolken in Zwolle.", "instelling", ["Kramer Tolken"]],
    ["Hij had een eigen zaak, Dijkstra Visserij, tot 2021.", "instelling", ["Dijkstra Visserij"]],
    ["Vader werkt op Scheepswerf Noordster als lasser.", "instelling", ["Scheepswerf Noordster"]],
    ["Ze speelt klarinet bij Fanfare Concordia en zit op CSG Liudger.", "instelling", ["Fanfare Concordia", "CSG Liudger"]],
    ["De fanfare speelde gisteren in de kerk.", "instelling", []],
    ["Hij ontvangt een klein pensioen van Pensioenfonds Vervoer.", "instelling", ["Pensioenfonds Vervoer"]],
    ["Hij is lid van Schutterij St. Sebastiaan in het dorp.", "instelling", ["Schutterij St. Sebastiaan"]],
    // a name right before a capitalised head word belongs to the organisation
    ["Via de imam van de Ulu Moskee kwam het contact tot stand.", "instelling", ["Ulu Moskee"]],
    ["Via de imam van de Ulu Moskee kwam het contact tot stand.", "persoon", []],
    ["Hij vroeg de dominee van de Vredeskerk om hulp.", "persoon", []],
    // denominations after Diaconie
    ["De Diaconie Gereformeerde Gemeente betaalt de huur voor.", "instelling", ["Diaconie Gereformeerde Gemeente"]],
    ["Het Evangelie lezen helpt haar.", "instelling", []],
    // universities and their short forms
    ["Haar zoon studeert aan de UvA en haar dochter aan de TU/e.", "instelling", ["UvA", "TU/e"]],
    ["Hij volgt een master aan de RUG.", "instelling", ["RUG"]],
    ["Dat is de helft, 1/2 van het bedrag.", "instelling", []],
    // departments and services after team/afdeling/consulent are no organisations or names
    ["Ik heb het doorgezet naar team Schuldhulpverlening en de afdeling Basisregistratie.", "instelling", []],
    ["Met groet,\nNoor Bakker\nConsulent Inburgering – Gemeente Zwolle", "persoon", ["Noor Bakker"]],
    ["Dit is gemeld bij team BRP voor een adresonderzoek.", "instelling", []],
    ["Vervoer naar het ziekenhuis gaat met de Regiotaxi.", "instelling", []],
    ["Melding via het Klant Contact Centrum van de gemeente.", "persoon", []],
    // "Place-Region" names are regions
    ["Zij werkt bij het Werkgeversservicepunt Breda-De Baronie.", "plaats", ["Breda-De Baronie"]],
    ["Melding gedaan bij Veilig Thuis Utrecht-Gooiland.", "plaats", ["Utrecht-Gooiland"]],
    ["mevrouw Breda-Jansen belde terug", "plaats", []],
    // districts after neighbourhood teams, also ambiguous names
    ["Ik vraag het buurtteam Laak of ze langs kunnen.", "plaats", ["Laak"]],
    ["Contact met het wijkteam Rolduckerveld loopt goed.", "plaats", ["Rolduckerveld"]],
    ["Het wijkteam Jongeren pakt dit op.", "plaats", []],
    // villages ending in -kerk after in/uit/te; a church takes an article
    ["Hij woont bij zijn ouders in Middelkerk.", "plaats", ["Middelkerk"]],
    ["Ze zingt in het koor van de Bethelkerk.", "plaats", []],
    // a district named by its direction, islands after "geboren/woont op", no continents
    ["Hij hangt veel rond met jongens in West.", "plaats", ["West"]],
    ["Hij is geboren op São Vicente en woont sinds 2001 hier.", "plaats", ["São Vicente"]],
    ["Ze woont op Kamer 4 van de opvang.", "plaats", []],
    ["Haar familie zit verspreid in Afrika.", "plaats", []],
    // a word that opens a known multi-word place is no service name
    ["Ze woont in Tuindorp Oostzaan bij haar zus.", "instelling", []],
    // Stichting/Vereniging take generic words and a closing place into the name
    ["Hulp loopt via Stichting Welzijn Ouderen Dalfsen.", "instelling", ["Stichting Welzijn Ouderen Dalfsen"]],
    ["Aangemeld bij Stichting Leergeld Gooi en Vechtstreek voor de sportclub.", "instelling", ["Stichting Leergeld Gooi en Vechtstreek"]],
    ["Hulp loopt via Stichting Welzijn Ouderen Dalfsen en de gemeente.", "instelling", ["Stichting Welzijn Ouderen Dalfsen"]],
    // role fields, hyphenated first names
    ["Casus 3\nInbrenger: Wietske Hoekstra\nDatum: 2 mei", "persoon", ["Wietske Hoekstra"]],
    ["Datum: 2 mei\nInbreng: Jan-Kees Dalfsen\n\nCasus", "persoon", ["Jan-Kees Dalfsen"]],
    // no head + name across a line break; "de kerk" and "the Turkish mosque" are no names
    ["Re: afspraak taalschool\nTo: team", "instelling", []],
    ["Zij zegt: mannen van de kerk helpen haar.", "instelling", []],
    ["is the Ghanaian church in Zuidoost still open?", "instelling", []],
    // a known first name before a one-word organisation that is also a surname makes a person
    ["Met vriendelijke groet,\n\nRob Zeeman, klantmanager", "persoon", ["Rob Zeeman"]],
    ["Ze werkt bij Zeeman in Assen.", "instelling", ["Zeeman"]],
    // "rand van X"; headings in capitals ending in a department word
    ["Hij woont aan de rand van Heibloem op een boerderij.", "plaats", ["Heibloem"]],
    ["VERSLAG PARTICIPATIE\nCliënt: mw. Kaya", "instelling", []],
    // lexicon classes and glued parts
    ["Er liggen aanmaningen van Cocensus en Welzorg.", "instelling", ["Cocensus", "Welzorg"]],
    ["Ze huurt bij Woonbedrijf ieder1 een flat.", "instelling", ["Woonbedrijf ieder1"]],
    ["Hij wil werken bij Maastricht UMC+ als schoonmaker.", "instelling", ["Maastricht UMC+"]],
    ["Een vrijwilliger van de Zonnebloem komt langs.", "persoon", []],
    // municipal software is no place
    ["Dat staat zo in Suite, ik pas het aan.", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons, places, organisations: laws, municipal desks, Slack handles, franchise firms", () => {
  it.each([
    // laws on "-wet" are never persons; an abbreviation or law + a lower-case noun is no name or organisation
    ["Wat verandert er voor u onder de Woningwet?", "persoon", []],
    ["Sinds de invoering van de Huisvestingswet is dat anders.", "persoon", []],
    ["Ze vroeg naar Ilse van de Wetering.", "persoon", ["Ilse van de Wetering"]],
    ["- Bij Wlz-indicaties altijd het CIZ bellen.", "instelling", []],
    ["Hij start met een BOL-opleiding Logistiek bij ons.", "instelling", []],
    ["Vraag het na via de Wmo-adviseur van de gemeente.", "instelling", []],
    ["Onderwerp: aanmelding MBO-traject techniek – dhr. Pieters", "instelling", []],
    ["Hij is gestart bij WSD-groep in Boxtel.", "instelling", ["WSD-groep"]],
    // office software and payment services are things
    ["Vul de evaluatie in Forms in, graag voor vrijdag.", "plaats", []],
    ["Het geld kwam binnen via PayPal en via iDEAL.", "instelling", []],
    ["Er staat nog een schuld open bij Klarna.", "instelling", ["Klarna"]],
    // a municipal desk + a place is the place; a named regional organisation stays one
    ["Ze staat onder budgetbeheer via de Kredietbank Drenthe.", "instelling", []],
    ["Ze staat onder budgetbeheer via de Kredietbank Drenthe.", "plaats", ["Drenthe"]],
    ["Bel even met het Sociaal Loket Kampen.", "plaats", ["Kampen"]],
    ["Werkgeversadviseur, Werkgeverspunt Midden-Limburg\n06 12 34 56 78", "persoon", []],
    ["Werkgeversadviseur, Werkgeverspunt Midden-Limburg\n06 12 34 56 78", "plaats", ["Midden-Limburg"]],
    ['Groepsapp "WenI Walcheren"', "plaats", ["Walcheren"]],
    ["De schuld loopt via Kredietbank Limburg.", "instelling", ["Kredietbank Limburg"]],
    // "W&I" + place: the last letter of an abbreviation is no initial
    ["Team W&I Noord-Beveland overlegt dinsdag.", "persoon", []],
    // "heer" after a greeting; a title never reaches over a blank line
    ["Beste heer Vandamme,\n\nHierbij de stukken.", "persoon", ["Vandamme"]],
    ["Geachte heer,\n\nHierbij de stukken.", "persoon", []],
    ["Ik sprak met mevrouw\n\nVolgende stap: een huisbezoek.", "persoon", []],
    // strong past tenses and pronouns after "dhr."/"mw." are no lower-case names
    ["Dhr. liep boos weg en mw. bleef zitten.", "persoon", []],
    ["Inburgering loopt nog, dhr. en mw. beiden.", "persoon", []],
    ["Afspraak met dhr. bouzidi om 10 uur.", "persoon", ["bouzidi"]],
    // relations of a tenant; a place after "in" before a speech verb is no speaker
    ["Zijn huisbaas Kettelarij in Beltrum belt elke week.", "persoon", ["Kettelarij"]],
    ["Zijn huisbaas Kettelarij in Beltrum belt elke week.", "plaats", ["Beltrum"]],
    ["Ik denk dat Marloes belt.", "persoon", ["Marloes"]],
    // a first name opening a multi-word place is the place
    ["Ze werkte in de kassen in Anna Paulowna.", "persoon", []],
    ["Ze werkte in de kassen in Anna Paulowna.", "plaats", ["Anna Paulowna"]],
    ["Anna Jansen werkte in de kassen.", "persoon", ["Anna Jansen"]],
    // a word-like first name mid-sentence before punctuation
    ["[10:01] kim: nee, dat was Mees.\n[10:02] ruud: ok", "persoon", ["kim", "Mees", "ruud"]],
    ["Het was een mees.", "persoon", []],
    // Slack threads with bold or lower-case handles, and mentions of a handle
    ["**lotte.b** 10:02\nwie heeft er tijd?\n\n**ahmed** 10:05\n@lotte.b ik\n", "persoon", ["lotte.b", "ahmed", "lotte.b"]],
    ["**Agenda** 10:00\nopening\n", "persoon", []],
    // a month abbreviation in a chat is no name
    ["[09:01] Kees: die zag ik in jan nog\n[09:02] Nadia: en jan zelf?", "persoon", ["Kees", "Nadia", "jan"]],
    // firms: trade and English tails, franchise names, employer after a job word, organisation + place after "bij"
    ['Hij had een eigen zaak ("Bosman Tuinen") in Ruurlo.', "instelling", ["Bosman Tuinen"]],
    ["Ze werkt nu bij Dekker Cars Breda in de werkplaats.", "instelling", ["Dekker Cars Breda"]],
    ["Hij haalde zijn fiets bij Bike Totaal Veldkamp.", "instelling", ["Bike Totaal Veldkamp"]],
    ["we vroegen het aan Migrant Talent Hub", "instelling", ["Migrant Talent Hub"]],
    ["Ze kreeg een contract bij Andelst aangeboden.", "instelling", ["Andelst"]],
    ["Ze woont bij Andelst op een boerderij.", "plaats", ["Andelst"]],
    ["Hij werkte eerder bij Green Valley Horst als orderpicker.", "instelling", ["Green Valley Horst"]],
    ["Hij werkte eerder bij Humanitas Zwolle als vrijwilliger.", "instelling", ["Humanitas"]],
    ["Dat ging via Budgetbeheer op Maat.", "instelling", ["Budgetbeheer op Maat"]],
    ["Hij werkt bij Autobedrijf Kaya in Oldemarkt.", "plaats", ["Oldemarkt"]],
    // lexicon classes: sheltered work companies, large employers, villages, regions and towns over the border
    ["Hij doet een traject bij Alescon en daarna bij Caparis.", "instelling", ["Alescon", "Caparis"]],
    ["Haar vader werkte dertig jaar bij ForFarmers.", "instelling", ["ForFarmers"]],
    ["Hij werkt als operator bij Yara in Sluiskil.", "instelling", ["Yara"]],
    ["De kinderen, Omar (6) en Yara (4), gaan naar school.", "persoon", ["Omar", "Yara"]],
    ["Ze woont in Schoondijke en werkt in Bocholt.", "plaats", ["Schoondijke", "Bocholt"]],
    ["Hij werkt op Schiphol.", "plaats", ["Schiphol"]],
    ["Hij werkt bij Schiphol Group.", "instelling", ["Schiphol Group"]],
    // a local service named after a country abroad is no organisation; a particle before a place is a surname
    ["- Jaaropgaven Polen opvragen voor de aangifte", "instelling", []],
    ["Ik heb net Ter Horst gesproken.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages, dates and numbers", () => {
  it.each([
    // "id" is an announcing word only as a word of its own (or in a …nummer compound), not the end of a name
    ["Hij traint bij Sportschool Rapid.\n14-03-2025 Gesprek gehad.", "datum", ["14-03-2025"]],
    ["Hij traint bij Sportschool Rapid.\n14-03-2025 Gesprek gehad.", "dossiernummer", []],
    ["Haar id: AB-55123 staat in het systeem.", "dossiernummer", ["AB-55123"]],
    ["Het zorgverzekeringsnummer 448812 klopt niet.", "dossiernummer", ["448812"]],
    // opening hours are no dates: two weekdays, "elke", or an opening-hours word before the day
    ["Het inloopuur is maandag en woensdag 10-12, kom gerust.", "datum", []],
    ["Het loket is open op dinsdag 9-12 voor vragen.", "datum", []],
    ["Zij werkt elke vrijdag 8-12 bij de bakker.", "datum", []],
    ["Bereikbaar di 9-11 uur.", "datum", []],
    ["Vrijdag 9-12 heb ik het huisbezoek bij hem.", "datum", ["9-12"]],
    ["De afspraak is verzet van maandag 3-3 naar dinsdag 4-3.", "datum", ["3-3", "4-3"]],
    // "was N jaar" + a role or possessive is a duration; an age ends the clause or goes on with en/toen/oud
    ["Hij was 19 jaar kok in een hotel in Zandvoort.", "leeftijd", []],
    ["Zij was 11 jaar haar eigen baas als kapster.", "leeftijd", []],
    ["Ze had een kapsalon (\"Salon Knip\", 17 jaar lang).", "leeftijd", []],
    ["Mevrouw Bos, een vrouw van 58, was 30 jaar schoonmaker bij het ziekenhuis.", "leeftijd", ["58"]],
    ["Hij was 17 jaar toen hij naar Nederland kwam.", "leeftijd", ["17 jaar"]],
    ["Meneer is 63 jaar en woont alleen.", "leeftijd", ["63 jaar"]],
    ["Ze was 16 jaar oud bij de geboorte van haar zoon.", "leeftijd", ["16 jaar"]],
    // a name spread from an earlier full name binds an age, and the next person + number of the sentence too
    ["Dit gaat over Teodor Jansen en zijn vrouw Mirela. Teodor is vierenveertig, Mirela 39, en ze hebben twee zoons.", "leeftijd", ["vierenveertig", "39"]],
    ["Hij is 50, zijn vrouw 47, en ze wonen in een flat.", "leeftijd", ["50", "47"]],
    ["Hij is 50, 3 kinderen en een hond.", "leeftijd", ["50"]],
    // a run of bare numbers after an age
    ["Drie kinderen: de oudste is 15, dan 11 en de jongste is 4.", "leeftijd", ["15", "11", "4"]],
    ["De kinderen: de oudste is 17, dan 14, 9 en 6.", "leeftijd", ["17", "14", "9", "6"]],
    ["De oudste is 17, 20 uur per week werkt hij bij de Action.", "leeftijd", ["17"]],
    // an age in brackets after the particle of a separable verb
    ["morgen neem ik Dewi Kok mee (19). ze zoekt werk", "leeftijd", ["19"]],
    ["Ik meld Sem Visser aan (7) bij de BSO.", "leeftijd", ["7"]],
    ["Ik heb Sem Visser gebeld (2x) maar geen reactie.", "leeftijd", []],
    // a chat introduces someone and the next sentence opens with the age
    ["ken je Levi Brouwer? 17, woont bij zijn tante", "leeftijd", ["17"]],
    ["Gesproken met Levi Brouwer. 3, 4 en 5 staan op de agenda.", "leeftijd", []],
    // an age about to be reached after an apposition and a month; a dash closes a subject line
    ["De jongste, Ravi, wordt in maart 12 en gaat dan naar de brugklas.", "leeftijd", ["12"]],
    ["Onderwerp: Noah Pinas wordt 18 – aanvraag bijstand", "leeftijd", ["18"]],
    ["De huur wordt 18 – 20 euro hoger.", "leeftijd", []],
    // a relation with an explanation in brackets and the age between commas
    ["4. Neef (zoon van zijn zus), 22, slaapt op de bank.", "leeftijd", ["22"]],
    ["Klant (zie vorige notitie), 3 afspraken gemist.", "leeftijd", []],
    // dialect and chat spellings of the speaker's own age
    ["Hij zei: \"ich bin 64, wat wil je nog\".", "leeftijd", ["64"]],
    ["'k ben 58 hoor, ik ga niet meer omscholen", "leeftijd", ["58"]],
    ["k ben 5 min later", "leeftijd", []],
    // general age phrasings (own probes): a fronted "met N" + verb + singular subject is the age at an event
    ["Met 17 vertrok ze uit huis.", "leeftijd", ["17"]],
    ["Pas met 30 kreeg hij een vaste baan.", "leeftijd", ["30"]],
    ["Met 4 kinderen woont ze krap.", "leeftijd", []],
    ["Met 18 mag je zelf een aanvraag doen.", "leeftijd", []],
    ["Met 6 gingen we naar binnen.", "leeftijd", []],
    ["Met 12 punten haalde hij de toets.", "leeftijd", []],
    // a sentence about him/her that closes with "en is N"
    ["Hij zit op de Vakschool en is 16.", "leeftijd", ["16"]],
    ["Ze heeft huurachterstand en is 2 maanden achter.", "leeftijd", []],
    ["Het traject loopt en is 12.", "leeftijd", []],
    // "hoe oud bent u?" answered on the next line; "ik word in juni 67"
    ["Klantmanager: hoe oud bent u?\nMevrouw: 59.", "leeftijd", ["59"]],
    ["Ik word in juni 67, dan stop ik.", "leeftijd", ["67"]],
    ["Ik word in juni 2 weken opgenomen.", "leeftijd", []],
    // household lines: a name + a bare number, children's ages in brackets without "en"
    ["Kinderen: Daan 14, Fenna 11", "leeftijd", ["14", "11"]],
    ["Huishouden: Rob 40 uur werkzaam, Ilse thuis", "leeftijd", []],
    ["Gezin: man (44), vrouw (40), 3 kinderen (3, 6, 10)", "leeftijd", ["44", "40", "3", "6", "10"]],
    ["De kinderen (groep 3, groep 5) gaan naar dezelfde school.", "leeftijd", []],
    // the age in brackets after a year of birth
    ["Geboortejaar: 1987 (38)", "leeftijd", ["38"]],
    ["Geboortejaar: 1987 (zie paspoort)", "leeftijd", []],
    // "tegen de 60", "een jaar of 40", "50+", "ook 63", "de kleine is 3", "zij is 29, hij 33", "toen ze 12 jaar was"
    ["Zij loopt tegen de 70 en wil geen traject meer.", "leeftijd", ["70"]],
    ["Hij loopt tegen de 60 euro boete aan.", "leeftijd", []],
    ["Hij is een jaar of 40.", "leeftijd", ["40"]],
    ["Hij is een jaar of 5 geleden verhuisd.", "leeftijd", []],
    ["Mevrouw is 55+ en zoekt vrijwilligerswerk.", "leeftijd", ["55"]],
    ["Haar zus is ook 41.", "leeftijd", ["41"]],
    ["Haar zus is ook 3 dagen weg.", "leeftijd", []],
    ["De kleine is net drie geworden.", "leeftijd", ["drie"]],
    ["De kleine kamer is 12 m2.", "leeftijd", []],
    ["Zij is 36, hij 39.", "leeftijd", ["36", "39"]],
    ["Zij is 36, hij 39 uur per week aan het werk.", "leeftijd", ["36"]],
    ["Toen ze 12 jaar was, kwam ze naar Nederland.", "leeftijd", ["12"]],
    ["Dat hij 3 jaar was opgesloten, wist niemand.", "leeftijd", []],
    // "ze werkt er 15 jaar": a duration
    ["Ze werkt er 15 jaar en kent iedereen.", "leeftijd", []],
    // ranges and limits after a person + van/rond de; a plus sign
    ["Het gaat om een man van boven de 60 uit Doetinchem.", "leeftijd", ["60"]],
    ["Een vrouw rond de 45 kwam aan de balie.", "leeftijd", ["45"]],
    ["Mijn klant (v, 60+) wil vrijwilligerswerk.", "leeftijd", ["60"]],
    ["Het is een meneer van 70+.", "leeftijd", ["70"]],
    // a person + van + a time, a unit or a count is no age
    ["De klant van 15:30 heeft afgezegd.", "leeftijd", []],
    ["De cliënt van 11 uur is er nog niet.", "leeftijd", []],
    ["Hij is een vader van 4 kinderen.", "leeftijd", []],
    // "leeftijd" as a field or subject, not inside a compound or after a limit word
    ["Haar leeftijd is 61.", "leeftijd", ["61"]],
    ["Leeftijd kinderen: 3, 8, 11", "leeftijd", ["3", "8", "11"]],
    ["De AOW-leeftijd van 67 is nog ver weg.", "leeftijd", []],
    ["Vanaf de leeftijd van 18 betaal je zelf.", "leeftijd", []],
    // more adverbs and a date before the age; a remark in brackets after it
    ["Ze is nog geen 18 en woont thuis.", "leeftijd", ["18"]],
    ["Hij is nog maar net 18.", "leeftijd", ["18"]],
    ["Zijn zus werd op 4 april 30.", "leeftijd", ["30"]],
    ["Klant wordt dit jaar 66 (AOW in zicht).", "leeftijd", ["66"]],
    ["Hij is 3 (drie) keer gebeld.", "leeftijd", []],
    // form fields: an ordinal before the relation, a second field on the same line
    ["Jongste dochter: 9 jaar", "leeftijd", ["9"]],
    ["Vader: 51 jaar, moeder: 48 jaar", "leeftijd", ["51", "48"]],
    ["Prijs: 10, per klant: 12", "leeftijd", []],
    // school years and numbers with a leading zero are no ages
    ["De kinderen zitten in groep 4 en 6.", "leeftijd", []],
    ["De kinderen zijn 4 en 6.", "leeftijd", ["4", "6"]],
    ["De man van 06 belde terug.", "leeftijd", []],
    // "en" + a relation + a bare number after an age
    ["De jongste is 6 en de oudste 13.", "leeftijd", ["6", "13"]],
    ["Zij is 29 en haar man 33.", "leeftijd", ["29", "33"]],
    ["Zij is 29 en haar man 33 uur per week weg.", "leeftijd", ["29"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("dates: English dates in forwarded mail, years of birth, deadlines", () => {
  it.each([
    // English dates in forwarded mail: a day with a month, with or without a year
    ["We got your form on 14 April 2025, thank you.", "datum", ["14 April 2025"]],
    ["Het contract liep tot 30 June, daarna niets.", "datum", ["30 June"]],
    ["Verzonden: Tuesday, 4 March 2025 09:12", "datum", ["4 March 2025"]],
    ["Please reply before 2 Oct. 2024.", "datum", ["2 Oct. 2024"]],
    ["Invoice date 07-Nov-2023, amount due.", "datum", ["07-Nov-2023"]],
    ["The interview is on the 12th of August.", "datum", ["12th of August"]],
    ["I was ill from 3 to 9 February 2024.", "datum", ["3 to 9 February 2024"]],
    // month first, month and year, weekday with an ordinal
    ["My lease ends October 31, 2025.", "datum", ["October 31, 2025"]],
    ["Can we meet on May 6?", "datum", ["May 6"]],
    ["He starts work March 17th.", "datum", ["March 17th"]],
    ["We came to the Netherlands in January 2019.", "datum", ["January 2019"]],
    ["See you Thursday the 21st.", "datum", ["Thursday the 21st"]],
    // English announcing words with a day-month in digits; an American date with slashes and a four-digit year
    ["Appointment Wed 14/5 at the town hall.", "datum", ["14/5"]],
    ["Salary paid until 28/2, nothing after.", "datum", ["28/2"]],
    ["Date of signing: 11/27/2023", "datum", ["11/27/2023"]],
    // years of birth in English and after a title and a name
    ["She was born in 1991 in Accra.", "datum", ["1991"]],
    ["Mevrouw Ilse ter Horst is van 1958, ze woont alleen.", "datum", ["1958"]],
    // Dutch deadlines
    ["Graag uiterlijk 12/6 inleveren.", "datum", ["12/6"]],
    ["Het moet vóór 1-9 geregeld zijn.", "datum", ["1-9"]],
    // hard negatives: a month name alone, "may" and "march" as verbs, a count after a name, opening hours, durations
    ["You may 3 times request a delay.", "datum", []],
    ["May 4 colleagues join the call?", "datum", []],
    ["They march 5 kilometres every day.", "datum", []],
    ["We spoke in March about the rent.", "datum", []],
    ["June 12 keer gebeld, nooit opgenomen.", "datum", []],
    ["Jan 4 keer langs geweest.", "datum", []],
    ["Office hours Mon-Fri 9-12.", "datum", []],
    ["He works on 2/3 of the days.", "datum", []],
    ["Hij kreeg 2 March-pakketten.", "datum", []],
    ["Ze kan het in een periode van 2-3 weken afronden.", "datum", []],
    ["01-13-2018", "datum", []],
    ["De auto is van 2014.", "datum", []],
    ["Het gebouw van Meneer Bakker is van 1930 tot 1960 gebruikt.", "datum", []],
    ["In wk 12 en in Q3 2024 evalueren we.", "datum", []],
    // "…datum" compounds announce a day-month; a day-month after a date in a list, not a fraction or a duration
    ["Begindatum: 15-8, via het UWV.", "datum", ["15-8"]],
    ["Gesproken op 4/2, 11/2 en 18/2.", "datum", ["4/2", "11/2", "18/2"]],
    ["Ze werkt op 4/2 en 2/3 van de week thuis.", "datum", ["4/2"]],
    ["Gebeld op 9-1 en 2-3 dagen later weer.", "datum", ["9-1"]],
    ["De datumstempel 3-4 is fout.", "datum", []],
    // English references announce an identifier
    ["Ref: 2023-4471 (please quote this)", "dossiernummer", ["2023-4471"]],
    ["Case ref. 2025/0193-INK", "dossiernummer", ["2025/0193-INK"]],
    ["Ref: 2023 was a hard year.", "dossiernummer", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons, places, organisations: trade firms, growers, zoos, English letters, villages", () => {
  it.each([
    // firms: surname + trade word ("Schuldsanering", "Bloembollen", -teelt), "Fa." + name, English tails (Force, Center)
    ["Bewindvoerder: mr. P.J. de Haan, De Haan Schuldsanering, Zwolle.", "instelling", ["De Haan Schuldsanering"]],
    ["Hij werkt bij Fa. Van Leeuwen Bloembollen in Hillegom.", "instelling", ["Fa. Van Leeuwen Bloembollen"]],
    ["Ze plukte bij Kuipers Boomkwekerij in Opheusden.", "instelling", ["Kuipers Boomkwekerij"]],
    ["Zijn vorige uitzendbureau, Baltic Work Force, betaalt niet.", "instelling", ["Baltic Work Force"]],
    ["Hij werkte bij Holland Flower Force in Aalsmeer.", "instelling", ["Holland Flower Force"]],
    ["Please contact the Expat Center Eindhoven Region first.", "instelling", ["Expat Center Eindhoven Region"]],
    ["Hij werkte in Holland bij een bakker.", "instelling", []],
    // growers named after their produce; an adjective + produce is a product
    ["Hij werkt sinds mei bij Van Rijn Chrysanten in Aalsmeer.", "instelling", ["Van Rijn Chrysanten"]],
    ["Hij plukt bij Jansen Aardbeien.", "instelling", ["Jansen Aardbeien"]],
    ["Zij kocht Verse Groenten op de markt.", "instelling", []],
    // zoos and theme parks are employers, not neighbourhoods ("het Dierenpark" alone stays generic)
    ["Ze werkt 20 uur bij Burgers Dierenpark, via een uitzendbureau.", "instelling", ["Burgers Dierenpark"]],
    ["Ze wonen in de Vogelwijk vlak bij het Dierenpark.", "instelling", []],
    // the person's employer after "van": a place or region ending it belongs to the name
    ["Jobcoach Sanne Bakker van Werkfit Twente begeleidt hem.", "instelling", ["Werkfit Twente"]],
    ["Wij werken graag met Ilse Peeters van Impuls Werk Limburg samen.", "instelling", ["Impuls Werk Limburg"]],
    ["De loonwaarde is bepaald door Karel Smits van Loonwijs. Daarna volgt een gesprek.", "instelling", ["Loonwijs"]],
    ["Ik sprak Kees Bakker van Sociaal Team Deventer.", "instelling", []],
    ["Ik sprak Jan Smit van Zwolle gisteren.", "instelling", []],
    // English letters: "at X" after work words, relation words
    ["I worked as a developer at Wipro in Amstelveen until May.", "instelling", ["Wipro"]],
    ["We met at Utrecht Centraal.", "instelling", []],
    ["She takes care of our son Aarav, he is 4.", "persoon", ["Aarav"]],
    // three capitalised ordinary words after bij/via name a home or foundation
    ["Hij gaat twee dagen naar dagbesteding bij Ons Eigen Huis in Veenendaal.", "instelling", ["Ons Eigen Huis"]],
    ["Hij werkt bij het Juridisch Loket.", "instelling", []],
    // generic services and things: Steunpunt Mantelzorg, WerkgeversService, Tolkentelefoon, Zivver, role abbreviation KM
    ["Folder van het Steunpunt Mantelzorg meegegeven; ook gebeld met de WerkgeversService.", "instelling", []],
    ["Tolk via de Tolkentelefoon, stukken via Zivver.", "instelling", []],
    ['Groepsapp "KM Arnhem/Zevenaar"', "instelling", []],
    ['Groepsapp "KM Arnhem/Zevenaar"', "plaats", ["Arnhem", "Zevenaar"]],
    ["Accountmanager Werkgevers, gemeente Ede", "persoon", []],
    ["klantmanager Statushouders & Ontheemden, gemeente Wijchen", "instelling", []],
    ["Hij werkt bij Jansen & Visser in Ede.", "instelling", ["Jansen & Visser"]],
    ["Met vriendelijke groet,\n\nPetra de Wit\nStudieloopbaanbegeleider Zorg\nROC Midden Nederland", "instelling", ["ROC Midden Nederland"]],
    ["Hij volgt de opleiding Medewerker Logistiek niveau 2.", "persoon", []],
    ["OVERDRACHT BIJ OVERLIJDEN (intern)", "instelling", []],
    ["Ze wil bij de RUG studeren.", "instelling", ["RUG"]],
    ["Naar de fysio geweest. Rug gaat beter.", "instelling", []],
    ["-----Original Message-----\nFrom: Jan Smit", "persoon", ["Jan Smit"]],
    // bank short forms after a preposition; a law abbreviation + company word + region; "-Nederland" regions
    ["welke rekening? die van ASN is van zijn broer", "instelling", ["ASN"]],
    ["ASN is een bank.", "instelling", []],
    ["De aanvraag ligt bij WMO Advies Noord-Nederland, zij beslissen.", "instelling", ["WMO Advies Noord-Nederland"]],
    ["Hij vroeg WMO Advies aan.", "instelling", []],
    ["Hij verhuist naar Oost-Nederland.", "plaats", ["Oost-Nederland"]],
    ["Hij krijgt hulp van VluchtelingenWerk Zuid-Nederland.", "plaats", []],
  ] as [string, Label, string[]][])("organisations and non-names: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // initials + a place name are a surname; a hyphen + particle + place is a second surname
    ["t.a.v. de heer K. Zwanenburg\nPostbus 12", "persoon", ["K. Zwanenburg"]],
    ["Hij woont in Zwanenburg.", "persoon", []],
    ["Zijn zus, Marja Bosman-van Ommeren, komt op zaterdag.", "persoon", ["Marja Bosman-van Ommeren"]],
    // -kerk surnames are no church; "ds. X van de Y Kerk" is a person and a church
    ["Zij zorgt voor haar man Kees Verkerk (61).", "persoon", ["Kees Verkerk"]],
    ["Ze gaat elke zondag naar de Pelgrimskerk.", "instelling", ["Pelgrimskerk"]],
    ["Onze dominee, ds. Van Dijk van de Oude Kerk, belde.", "persoon", ["Van Dijk"]],
    ["Onze dominee, ds. Van Dijk van de Oude Kerk, belde.", "instelling", ["Oude Kerk"]],
    // "dhr. te + infinitive", "in de" + nationality adjective, "Cliënte" as a title
    ["Hoe bescherm ik het kind zonder dhr. te kwetsen?", "persoon", []],
    ["Hij slaapt bij zijn opa in de Chinese wijk.", "persoon", []],
    ["Hij sprak mevrouw de Vosse over haar zoon.", "persoon", ["de Vosse"]],
    ["Aanmelding via het wijkteam. Cliënte schat haar schulden op € 9.000.", "persoon", []],
    // lower-case chat names after greetings and sign-offs, "naam is …", first name + particle + known surname
    ["hee marloes ff vraagje over mnr yilmaz\ngr bas", "persoon", ["marloes", "yilmaz", "bas"]],
    ["hoi lies!! ik moet ff iets kwijt", "persoon", ["lies"]],
    ["hoi allemaal, wie heeft dienst?", "persoon", []],
    ["hee man, alles goed?", "persoon", []],
    ["ze woont met een nieuwe vriend, zn naam is dennis of zo", "persoon", ["dennis"]],
    ["gister bij mw jansen geweest, petra de vries, die ken je wel", "persoon", ["jansen", "petra de vries"]],
    ["[08:46] nadia: klopt\n[08:47] sanne: mw oude nijhuis belde gisteren", "persoon", ["nadia", "sanne", "oude nijhuis"]],
    ["Slaapt bij vrienden, o.a. bij Dion in Emmen.", "persoon", ["Dion"]],
  ] as [string, Label, string[]][])("persons: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // villages and districts (Rivierenland, Bollenstreek, West-Friesland, Utrecht; districts of medium cities)
    ["Klant (dhr. Visser, Kerk-Avezaath) woont met zijn broer.", "plaats", ["Kerk-Avezaath"]],
    ["Ze werkt in de kassen in De Zilk.", "plaats", ["De Zilk"]],
    ["Hij woont in een portiekflat in de Grote Waal.", "plaats", ["Grote Waal"]],
    // after a word for living, "in de" + an unknown word with a place-name ending is a neighbourhood (no street words)
    ["Ze huurt een flat in de Eikenhorst, vlak bij het station.", "plaats", ["Eikenhorst"]],
    ["Ze woont in de Eikenlaan.", "plaats", []],
    ["Ze werkt in de Eikenhorst.", "plaats", []],
    // a village that is also a chain: a place after "in", the shop after "bij"
    ["Hij heeft een werkplek in Blokker gevonden.", "plaats", ["Blokker"]],
    ["Hij heeft een schuld bij Blokker.", "instelling", ["Blokker"]],
    // lower-case villages that are no Dutch word after uit/naar; a municipality in a signature
    ["die mw uit deil heeft weer gebeld", "plaats", ["deil"]],
    ["Lisanne Boele\nGemeente Buren\nl.boele@buren.nl", "plaats", ["Buren"]],
    ["Ze komt bij haar buren over de vloer.", "plaats", []],
    // no pronoun is a village: "hem", "vuren"
    ["Zijn vriendin Chanel heeft hem de deur gewezen.", "instelling", []],
    // "Leger des Heils Lelystad": the lexicon organisation and the place
    ["Briefadres bij Leger des Heils Almere. Verder niets.", "instelling", ["Leger des Heils"]],
    ["Briefadres bij Leger des Heils Almere. Verder niets.", "plaats", ["Almere"]],
  ] as [string, Label, string[]][])("places: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("regional sociale diensten, trade firms, foreign first names, chat ages", () => {
  it.each([
    // a sociale dienst named after a region or place is one organisation; the generic service and Sociaal Team stay as before
    ["Ik werk als consulent bij de Sociale Dienst Drechtsteden.", "instelling", ["Sociale Dienst Drechtsteden"]],
    ["Groet,\nKlantmanager Werk\nSociale Dienst Noord-Veluwe\nPostbus 12", "instelling", ["Sociale Dienst Noord-Veluwe"]],
    ["De brief kwam van Sociale Dienst Kempen en Peel.", "instelling", ["Sociale Dienst Kempen en Peel"]],
    ["Hij is verwezen naar de sociale dienst.", "instelling", []],
    ["De sociale dienst Maandag gebeld, geen antwoord.", "instelling", []],
    ["Ik sprak Kees Bakker van Sociaal Team Deventer.", "instelling", []],
    // a trade compound + a surname is a firm; a trade compound alone is not
    ["Hij werkte twintig jaar bij Staalbewerking Van Dijk in Almelo.", "instelling", ["Staalbewerking Van Dijk"]],
    ["De opleiding Metaalbewerking Niveau 2 start in mei.", "instelling", []],
    ["Een werkgever in Elst, Schildersbedrijf Jansen, wil hem een kans geven.", "instelling", ["Schildersbedrijf Jansen"]],
    ["Hij doet een cursus Houtbewerking in de avond.", "instelling", []],
    // a capitalised trade noun + a place after bij/via/voor is the tradesman's firm; "bakker" as a job is no firm
    ["Ze kan morgen beginnen bij Slagerij Zevenaar als verkoopster.", "instelling", ["Slagerij Zevenaar"]],
    ["Hij wil graag bakker worden in Zevenaar.", "instelling", []],
    // an office compound + a compass direction
    ["Meneer heeft een bewindvoerder bij Administratiekantoor Zuid.", "instelling", ["Administratiekantoor Zuid"]],
    ["Ze belde met het kantoor in het zuiden.", "instelling", []],
    // a compass or department word after team/afdeling is no organisation (also Frisian)
    ["Overdracht naar Team Noard, locatie Dokkum.", "instelling", []],
    ["Ze werkt op de afdeling Facilitair van het ziekenhuis.", "instelling", []],
    // national registers are no organisation
    ["Hij heeft zich laten inschrijven bij Cruks om te stoppen met gokken.", "instelling", []],
    // lexicon classes: hospitals, pension funds, foreign card issuers
    ["Ze lag een week in het Maasstad Ziekenhuis.", "instelling", ["Maasstad Ziekenhuis"]],
    ["Hij krijgt een klein pensioen van PFZW.", "instelling", ["PFZW"]],
    ["There is a debt with American Express as well.", "instelling", ["American Express"]],
  ] as [string, Label, string[]][])("organisations: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // Frisian first names
    ["Zijn dochter Sytske woont in Leeuwarden.", "persoon", ["Sytske"]],
    ["Twee dochters: Tryntsje woont in Drachten, Sjoukje in Sneek.", "persoon", ["Tryntsje", "Sjoukje"]],
    // Italian and Turkish first names
    ["- Federica belt de huisarts.", "persoon", ["Federica"]],
    ["- Nesrin gaat mee naar het gesprek.", "persoon", ["Nesrin"]],
    // a lower-case infinitive or on-participle after a title is no surname
    ["Tellen we dat als inkomen van mw. zien of niet?", "persoon", []],
    ["Vandaag stond dhr. onverwacht aan de balie.", "persoon", []],
    ["Vandaag belde dhr. jansen over zijn toeslag.", "persoon", ["jansen"]],
    // a letter + hyphen + noun ("Z-route", "A-status") is no name
    ["Zijn vrouw zit in de C-route, hij in de B1-route.", "persoon", []],
    ["Zijn vrouw Ineke in de Bosch zit in de B1-route.", "persoon", ["Ineke in de Bosch"]],
    // a language after "tolk" is no person
    ["Aanwezig: Erik Smit en een tolk Mandarijn.", "persoon", ["Erik Smit"]],
  ] as [string, Label, string[]][])("names: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // a person, an occupation and a bare number in a chat; an English self-stated age
    ["[10:02] Anna: gaat om mw Bosman uit Zwolle, kapster, 58\n[10:03] Piet: ok", "leeftijd", ["58"]],
    ["[10:02] Anna: gaat om mw Bosman uit Zwolle, kapster, 58 uur per maand", "leeftijd", []],
    ["I'm 57 now and I have no job.", "leeftijd", ["57"]],
    ["I'm 15 minutes late, sorry.", "leeftijd", []],
    // "N jaar" before an inverted verb + subject is a duration
    ["Hij zei: \"25 jaar werkte ik bij de gemeente en nu dit.\"", "leeftijd", []],
    ["Mevrouw is 25 jaar en woont alleen.", "leeftijd", ["25 jaar"]],
  ] as [string, Label, string[]][])("ages: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // a chat or channel name is no organisation; its region stays a place
    ["Teamchat Schuldhulp Achterhoek\n[09:01] Kim: goedemorgen", "instelling", []],
    ["Teamchat Schuldhulp Achterhoek\n[09:01] Kim: goedemorgen", "plaats", ["Achterhoek"]],
    // a compass district after "stadsdeel"
    ["Van: Ilse de Wit, stadsdeel Nieuw-West\nAan: dhr. Bakker", "plaats", ["Nieuw-West"]],
    ["Het stadsdeel heeft het overgenomen.", "plaats", []],
    // an unknown name after a help service + "van"
    ["Ze is verwezen naar de schuldhulp van Kompasso.", "instelling", ["Kompasso"]],
    ["Ze is verwezen naar de schuldhulp van de gemeente.", "instelling", []],
    // a common word in capitals before wonen/zorg/welzijn is a brand
    ["Begeleiding loopt via WIJ zorg in Hengelo.", "instelling", ["WIJ zorg"]],
    ["Aanvraag ingediend bij het WMO zorg loket.", "instelling", []],
    ["Ze willen samen wonen in Assen.", "instelling", []],
  ] as [string, Label, string[]][])("places and organisations: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("words after dhr./mw., district teams, regions, firms and ids with letter groups", () => {
  it.each([
    // modal verbs, determiners, particles, occupations and -ig/-lijk adverbs after "dhr."/"mw." are no surname
    ["Afspraak: dhr. mag voorlopig geen lening afsluiten.", "persoon", []],
    ["Ze vertelde dat mw. iedere week bij haar zus eet.", "persoon", []],
    ["Ik wil niet over mw. heen walsen.", "persoon", []],
    ["In Irak was mw. lerares op een basisschool.", "persoon", []],
    ["Sinds kort werkt dhr. vrijwillig bij de kringloop.", "persoon", []],
    ["gesprek gehad met mw. bouzian over de huur", "persoon", ["bouzian"]],
    // a language after "tolk" is no person, also when the language is rarer
    ["Gesprek gepland, met tolk Swahili.", "persoon", []],
    ["Gesprek gepland, met tolk Samira Haddou.", "persoon", ["Samira Haddou"]],
    // a team name or department word before a place is no person
    ["Appgroep team Statushâlders Opsterlân\n[09:00] Anne: moarn", "persoon", ["Anne"]],
    // Limburg short first names
    ["Gisteren belde Harie Bongers nog over de huur.", "persoon", ["Harie Bongers"]],
  ] as [string, Label, string[]][])("names: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // a district team + a known place or district is the place only
    ["Met vriendelijke groet,\nPeter Smit\nWijkteam Zwolle-Zuid", "instelling", []],
    ["Met vriendelijke groet,\nPeter Smit\nWijkteam Zwolle-Zuid", "plaats", ["Zwolle-Zuid"]],
    ["Hij werkt bij Wijkteam De Bolder in Zwolle.", "instelling", ["Wijkteam De Bolder"]],
    // in a team or channel title an unknown short code before a place is the place only
    ['Teams-kanaal "WIZ Salland – overleg"', "instelling", []],
    ['Teams-kanaal "WIZ Salland – overleg"', "plaats", ["Salland"]],
    ["Intervisie W&I Emmen, donderdag", "instelling", []],
    // (session 7 round 4, lead decision: a PI (penitentiaire inrichting) + place is the place only, like "GGD Amsterdam")
    ["Hij zat twee jaar vast in PI Zwolle.", "instelling", []],
    ["Hij zat twee jaar vast in PI Zwolle.", "plaats", ["Zwolle"]],
    // regions and Frisian municipality names
    ["Ze werkt voor de gemeenten in De Bevelanden en Walcheren.", "plaats", ["De Bevelanden", "Walcheren"]],
    ["Overleg Wmo Peelland, week 12", "plaats", ["Peelland"]],
    ["Hij komt uit Tytsjerksteradiel.", "plaats", ["Tytsjerksteradiel"]],
    // a live verb + in + a capitalised article name is a neighbourhood
    ["Ze woont sinds een paar maanden in De Zeevang met haar zoon.", "plaats", ["De Zeevang"]],
    ["Ze werkt sinds een paar maanden in De Kern als gastvrouw.", "plaats", []],
    // firms: a trade or sector compound + a name, a regional adjective + a noun, a …coaching tail
    ["De factuur van Tegelmaterialen Brouwer staat nog open.", "instelling", ["Tegelmaterialen Brouwer"]],
    ["Het advies van Financieeladvies Noorderzon was duidelijk.", "instelling", ["Financieeladvies Noorderzon"]],
    ["Het geld staat op een rekening van Drents Budgetbeheer sinds mei.", "instelling", ["Drents Budgetbeheer"]],
    ["Ze spreekt Fries, Nederlands en Engels.", "instelling", []],
    ["Jobcoach: Mark Vos, Stapstenen Jobcoaching", "instelling", ["Stapstenen Jobcoaching"]],
    ["EINDRAPPORTAGE JOBCOACHING\nWerknemer: Mark Vos", "instelling", []],
    // water boards and parishes
    ["Open posten: Eneco, Waterschap Hunze en Aa's en de huur.", "instelling", ["Eneco", "Waterschap Hunze en Aa's"]],
    ["Het waterschap stuurde een nieuwe aanslag.", "instelling", []],
    ["Goed idee. Sint-Martinusparochie heeft een bezoekersgroep.", "instelling", ["Sint-Martinusparochie"]],
    ["Hij is verhuisd naar Sint Jacobiparochie.", "instelling", []],
    // a gecertificeerde instelling is a generic service
    ["Loopt dit via de GI of via het wijkteam?", "instelling", []],
    // a word + a shop head word + a name is one shop; not inside a person's name
    ["Hij werkt in de keuken van Noodle Shop Wokkie in Utrecht.", "instelling", ["Noodle Shop Wokkie"]],
    ["Zijn tante Fatima Winkel Jansen komt ook.", "instelling", []],
    // a learning track before a course name is no company
    ["Optie: BBL Medewerker Facilitaire Dienstverlening bij het Alfa-college.", "instelling", ["Alfa-college"]],
    ["Hij werkt bij Jansen Zorg in Emmen.", "instelling", ["Jansen Zorg"]],
    // an abbreviation + "-groep" is an organisation, also after "van de"; a method group is not
    ["Ze deed een leerwerktraject in de keuken van de NVGA-groep in Hoorn.", "instelling", ["NVGA-groep"]],
    ["Vandaag weer Balint-groep met het team.", "instelling", []],
    // after "die meneer/mevrouw van" a place is the place and an unknown name an organisation, not a surname
    ["Het ging net zo met die mevrouw van Ameland vorig jaar.", "plaats", ["Ameland"]],
    ["Het ging net zo met die mevrouw van Ameland vorig jaar.", "persoon", []],
    ["Bel je die meneer van Stapwerk Noord nog?", "instelling", ["Stapwerk Noord"]],
    ["Ik sprak mevrouw van Dongen gisteren.", "persoon", ["van Dongen"]],
    // an ambiguous village coordinated with a place, or alone in brackets after an organisation; Limburg villages
    ["Hij heeft klussen in Geldrop en Son deze week.", "plaats", ["Geldrop", "Son"]],
    ["Zoon en dochter komen ook.", "plaats", []],
    ["Intake bij Pergamijn (Thorn) over dagbesteding.", "plaats", ["Thorn"]],
    ["Jan (Best) komt ook.", "plaats", []],
    ["Hij is opgegroeid in Buggenum.", "plaats", ["Buggenum"]],
    // announced initials; a word-like first name + surname as a time-stamped chat speaker
    ["Klopt, geboren 1981, voorletters H.M.", "persoon", ["H.M."]],
    ["De voorletters staan niet op het formulier.", "persoon", []],
    ["[10:01] Kim Bos: goedemorgen\n[10:02] Bo Hendriks: morgen!", "persoon", ["Kim Bos", "Bo Hendriks"]],
  ] as [string, Label, string[]][])("places and organisations: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // a year after a time word is no postcode ("sinds 2019 MS" is the illness)
    ["Zijn vrouw heeft sinds 2016 MS en werkt niet.", "postcode", []],
    ["Nieuw adres: Kerkstraat 3, 2016 MS Oudewater", "postcode", ["2016 MS"]],
    // ids with two letter groups before the digits
    ["De aanvraag staat onder WMO-ZW-2023-44817.", "dossiernummer", ["WMO-ZW-2023-44817"]],
    ["Hij rijdt een auto met kenteken GX-LP-21.", "dossiernummer", []],
    // a number being assigned after an explicit "…nummer wordt"
    ["Haar nieuwe klantnummer wordt 5513.", "dossiernummer", ["5513"]],
    ["Het klantnummer wordt volgende week 2025 bekend.", "dossiernummer", []],
    // a place of origin, an age and a lower-case note in one bracket
    ["Casus: mw. Haddad (Irak, 61, woont bij haar zoon) vraagt om hulp.", "leeftijd", ["61"]],
    ["Zie het verslag (Bijlage, 3, pagina 2).", "leeftijd", []],
  ] as [string, Label, string[]][])("numbers: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisation shapes, German dates and addresses, day-month frames, wrong persons", () => {
  it.each([
    // a company name + an English sector word; hard negative: a book title with "Solutions"
    ["Hij solliciteert bij Vestas Wind Systems en Philips Lighting Retail.", "instelling", ["Vestas Wind Systems", "Philips Lighting Retail"]],
    ["Contact: Ruud Mol (Eneco Energy, inkoop).", "instelling", ["Eneco Energy"]],
    ["Clues: Investigating Solutions in Brief Therapy.", "instelling", []],
    // a surname + a trade compound on -service/-bedrijf/-verhuur
    ["Hij rijdt voor Van Leeuwen Koeriersservice en Bakker Autoverhuur.", "instelling", ["Van Leeuwen Koeriersservice", "Bakker Autoverhuur"]],
    ["Hij rijdt voor Van Leeuwen Koeriersservice.", "persoon", []],
    // names ending in "Werkt"/"Actief", also after a compass word; hard negatives: a first name, an article
    ["Ze begint bij Drechtsteden Werkt en daarna bij Oost Actief.", "instelling", ["Drechtsteden Werkt", "Oost Actief"]],
    ["Volgens Sanne Actief en Jan Werkt hard.", "instelling", []],
    // English "The X" shop names after a preposition or a shop noun; hard negative: an English sentence, a place
    ["Ze werkt bij The Green Kitchen en haar broer heeft een kapsalon, The Fadez, in Breda.", "instelling", ["The Green Kitchen", "The Fadez"]],
    ["We met in The Hague. Ze kijkt The Voice.", "persoon", []],
    // foreign legal forms; hard negative: "AG" inside a compound
    ["Hij werkte bij Rheinbau GmbH, Polkran Sp. z o.o. en Transbel BVBA.", "instelling", ["Rheinbau GmbH", "Polkran Sp. z o.o.", "Transbel BVBA"]],
    ["Schuld bij Mobilia S.A. en Kringwinkel Gent vzw.", "instelling", ["Mobilia S.A.", "Kringwinkel Gent vzw"]],
    ["Haar AG-code ontbreekt nog.", "instelling", []],
    // "Sociale Dienst" + a regional adjective + region is one institution
    ["Brief van de Sociale Dienst Oostelijke Achterhoek over de toeslag.", "instelling", ["Sociale Dienst Oostelijke Achterhoek"]],
    ["Brief van de sociale dienst over de toeslag.", "instelling", []],
    // a regional adjective + noun after "van/bij" is a school or organisation, never a person
    ["De mentor van Groningse Poort belde.", "instelling", ["Groningse Poort"]],
    ["De mentor van Groningse Poort belde.", "persoon", []],
    // "de ABC-organisatie"; hard negative: a generic SW-organisatie
    ["Hij is in dienst van de DZB-organisatie.", "instelling", ["DZB-organisatie"]],
    ["Dat kan via een SW-organisatie.", "instelling", []],
    // organisation fields
    ["Uitvoerder: Schuldwijzer, i.o.v. gemeente Venlo", "instelling", ["Schuldwijzer"]],
    ["Uitvoerder: Jan Smit", "instelling", []],
  ] as [string, Label, string[]][])("organisations: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // German dates and addresses in forwarded mail
    ["Am 3. März 2024 und am 14. Dezember 2023 kam er.", "datum", ["3. März 2024", "14. Dezember 2023"]],
    ["Adresse: Kölner Straße 12, Düren. Ook Hauptstraße 5.", "adres", ["Kölner Straße 12", "Hauptstraße 5"]],
    ["Er kam Mai und ging.", "datum", []],
    // day-month without a year after announcing verbs and nouns; hard negatives: a fraction, a range of days
    ["Moeder belde 14/3 dat hij weg was. Vertrek 2-07, terug 28-07. Telefonisch 5/9 gesproken.", "datum", ["14/3", "2-07", "28-07", "5/9"]],
    ["Hij belt 3/4 van de tijd niet terug. Terug 2-3 dagen later.", "datum", []],
    // a day-month date before a number of hours
    ["Ze werkt sinds 1 juni 32 uur per week.", "datum", ["1 juni"]],
    // German and interpreter numbers
    ["Personalnummer 004417, tolknummer 31207.", "dossiernummer", ["004417", "31207"]],
  ] as [string, Label, string[]][])("dates, addresses, numbers: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // initials of colleagues with "vd"; hard negative: the Raad voor de Kinderbescherming
    ["Gesprek gevoerd (AvdH).\n- MvdL", "persoon", ["AvdH", "MvdL"]],
    ["De RvdK doet onderzoek.", "persoon", []],
    // a brand used as a first name: the full name with context decides
    ["Cliënt is Mercedes Pinas, 31 jaar. Er komt tijd vrij bij Mercedes.", "persoon", ["Mercedes Pinas", "Mercedes"]],
    // wrong persons: nouns after a title at a sentence end, separator lines, weekday abbreviations, German bodies
    ["Ze douchet met hulp van mw. Communicatie via de thuiszorg.", "persoon", []],
    ["----- Ursprüngliche Nachricht -----\nDatum: Fr., 3. Mai 2024", "persoon", []],
    ["Dat loopt via de Krankenkasse en von der Agentur für Arbeit.", "persoon", []],
    ["Kent dhr. van de dagbesteding. Dhr. van de Wetering belt.", "persoon", ["van de Wetering"]],
    ['Project "Sport in de Wijk" start. Jan in de Betou belt.', "persoon", ["Jan in de Betou"]],
    ["Volgens de PMT'er gaat het goed. Max 3 weken. Can we meet?", "persoon", []],
    // a district after a live verb + "in de"; hard negatives: a care word, a street with a number
    ["Het gezin is sinds 2019 woonachtig in de Molenwijkhof. Ze woont nu in de Kruidenbuurt.", "plaats", ["Molenwijkhof", "Kruidenbuurt"]],
    ["Hij woont in de Opvang. Ze woont in de Kerkstraat 4.", "plaats", []],
    // a place after "in": "Groot X"; hard negative: the surname Groot after a title
    ["Ze wonen in Klein Driene. Dhr. Groot belt.", "plaats", ["Klein Driene"]],
  ] as [string, Label, string[]][])("persons: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // an initial as the surname, an age in brackets; an age before "(wordt N …)"
    ["Dhr. Karim B. (34), Maria-Hoop", "leeftijd", ["34"]],
    ["Jongere: Dewi Kok, 17 (wordt 18 in mei), woont in Sittard.", "leeftijd", ["17", "18"]],
    // durations and differences are no ages
    ["De huisarts kent haar 20 jaar. Hij ging 6 jaar naar school. Er zit 9 jaar verschil tussen hen (4 jaar gat).", "leeftijd", []],
    ["Zoon Rik, 14 jaar, zit op school.", "leeftijd", ["14 jaar"]],
  ] as [string, Label, string[]][])("ages: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it("organisations: the process, the track, a role + place, a workplace are not organisations", () => {
    expect(found("Aangemeld bij de Taalhuis-intake en de BBL (BOL, niveau 2).", "instelling")).toEqual([]);
    expect(found("Groet,\nPetra Smit\nWoonconsulent Enschede", "instelling")).toEqual([]);
    expect(found("[09:14] femke: kees van de werkplaats belde\n[09:15] bert: ok", "instelling")).toEqual([]);
    expect(found("Vergadering Veiligheidshuis Zwolle, team Werk & Inkomen", "instelling")).toEqual([]);
  });
});

describe("lexicons: Dutch organisations, names and neighbourhoods by class", () => {
  it.each([
    // mbo schools and named secondary schools
    ["Hij volgt een entreeopleiding bij Nordwin College en loopt stage in de haven.", "instelling", ["Nordwin College"]],
    ["Haar zoon zit op het Sophianum en haar dochter op Scalda.", "instelling", ["Sophianum", "Scalda"]],
    ["Ze zit bij Gilde Opleidingen in Venlo.", "instelling", ["Gilde Opleidingen"]],
    ["Hij is lid van een gilde in het dorp.", "instelling", []],
    // werkbedrijven and sw-bedrijven
    ["Aanmelding loopt via Werkzaak Rivierenland, daarna intake bij Felua.", "instelling", ["Werkzaak Rivierenland", "Felua"]],
    // GGZ, youth care, forensic care
    ["De kinderen krijgen ambulante hulp van Xonar en de vader is in behandeling bij Transfore.", "instelling", ["Xonar", "Transfore"]],
    // housing corporations
    ["Ze huurt bij Woonmeij en staat ook ingeschreven bij Viveste.", "instelling", ["Woonmeij", "Viveste"]],
    // welfare and refugee organisations
    ["Hij krijgt juridische hulp van het ASKV en een maatje via Vorkmeer.", "instelling", ["ASKV", "Vorkmeer"]],
    // employers and agencies
    ["Hij werkt in ploegendienst bij Benteler en zijn broer via Hobij bij Signify.", "instelling", ["Benteler", "Hobij", "Signify"]],
    // chains and word-like names need a preposition; a learning path is no web shop
    ["Hij werkt sinds maart bij Decathlon in Eindhoven.", "instelling", ["Decathlon"]],
    ["Decathlon had zijn maat niet meer.", "instelling", []],
    ["De koelkast is via Expert gekocht.", "instelling", ["Expert"]],
    ["Een expert van de gemeente keek mee.", "instelling", []],
    ["Hij doet de opleiding kok (BOL, niveau 2).", "instelling", []],
    // an organisation that is also a surname: the organisation on its own, the person after a title
    ["Ze krijgt dagbesteding bij Groenhuysen.", "instelling", ["Groenhuysen"]],
    ["Meneer Groenhuysen belde gisteren.", "persoon", ["Groenhuysen"]],
    // first names of several backgrounds; a word that is also a name stays a word
    ["Gesprek met Fons en zijn vrouw Mariet over de schulden.", "persoon", ["Fons", "Mariet"]],
    ["Ik neem Yazan mee naar het gesprek bij de school.", "persoon", ["Yazan"]],
    ["Haar dochter Tahnee is drie en gaat naar de opvang.", "persoon", ["Tahnee"]],
    ["In het kader van de Participatiewet gaat dat niet door.", "persoon", []],
    // regional surnames after a first name
    ["Afspraak met Ruud Vencken van de school.", "persoon", ["Ruud Vencken"]],
    // neighbourhoods and villages of mid-size cities, Caribbean districts; a title word is no village
    ["Ze woont sinds kort in Schaesberg, daarvoor in Brandevoort.", "plaats", ["Schaesberg", "Brandevoort"]],
    ["Hij groeide op in Brievengat en verhuisde later naar Almere.", "plaats", ["Brievengat", "Almere"]],
    ["De heer van het huis was niet thuis.", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("firm tails, 'X & Zo', Belgian services and numbers, day-month note headers", () => {
  it.each([
    // a sector or trade word ending a capitalised run makes a firm (Dutch and English), also after an abbreviation's dot
    ["Hij werkte via Randflex Interim in Gent.", "instelling", ["Randflex Interim"]],
    ["Stage bij De Wit Agro in Zevenbergen.", "instelling", ["De Wit Agro"]],
    ["Ze pelt bollen bij Verbeek Flowerbulbs.", "instelling", ["Verbeek Flowerbulbs"]],
    ["Graag overmaken t.n.v. Deltastroom Bewind inz. mevrouw Vos.", "instelling", ["Deltastroom Bewind"]],
    ["Ze gaat naar Baanbreker Werk voor een proefplaatsing.", "instelling", ["Baanbreker Werk"]],
    // hard negatives: a first name + a surname that is also a company word, a title, generic team names
    ["Het gaat om Marco Groen uit Hoorn.", "instelling", []],
    ["Het gaat om dhr. Marco Groen uit Hoorn.", "persoon", ["Marco Groen"]],
    ["Overleg van Team Werk Zaanstad over de casus.", "instelling", []],
    ["Ze volgt Pedagogisch Werk op het mbo.", "instelling", []],
    ["Teams-chat Werk Borne, di 4 feb", "instelling", []],
    ["De Shazer, S. (1988). Clues: Investigating Solutions in Brief Therapy.", "instelling", []],
    // firm heads
    ["Hij plukt appels bij Gebr. Koster in Kapelle.", "instelling", ["Gebr. Koster"]],
    ["Werkt al jaren bij Firma Dekkers.", "instelling", ["Firma Dekkers"]],
    ["uitvoerder bij Bouwbedrijf Gebr. Heijmerink in Doetinchem", "instelling", ["Bouwbedrijf Gebr. Heijmerink"]],
    // "X & Zo" names a firm; a German "GmbH & Co. KG" keeps its form
    ["Zijn vrouw werkt via Poets & Zo Twente.", "instelling", ["Poets & Zo Twente"]],
    ["im Einsatzbetrieb Zentis GmbH & Co. KG, Aachen.", "instelling", ["Zentis GmbH & Co. KG"]],
    // "A met B" mid-sentence is a name; two people or places are not
    ["Hij woont tijdelijk bij Sleutels met Sterren in Hoorn.", "instelling", ["Sleutels met Sterren"]],
    ["Ik sprak Jan met Piet over de verhuizing.", "instelling", []],
    // a title + a one-word chain named after a family is the surname; the chain alone stays
    ["Is dhr Zeeman uit Callantsoog nog bij jou?", "persoon", ["Zeeman"]],
    ["Ze koopt kleding bij Zeeman.", "instelling", ["Zeeman"]],
    // a role + a name in brackets after a person is the organisation; a role + a department or a place is not
    ["Aanwezig: Marieke Ootjers (wijkcoach Zonnewaard), Dennis Lieveld.", "instelling", ["Zonnewaard"]],
    ["Mark Hendriks (klantmanager Jongeren) belde.", "instelling", []],
    ["Aan: Hatice Demir (klantmanager, Anna Paulowna)", "plaats", ["Anna Paulowna"]],
    ["Aan: Hatice Demir (klantmanager, Anna Paulowna)", "persoon", ["Hatice Demir"]],
    // a coined first word of an organisation spreads alone
    ["Hij werkte bij Veldiflex Zeeland in de kassen. Veldiflex zegt dat het klopt.", "instelling", ["Veldiflex Zeeland", "Veldiflex"]],
    ["Ervaring met OTTO Work Force? Bij OTTO duurt het lang.", "instelling", ["OTTO Work Force", "OTTO"]],
    // a generic Belgian service in a place is the place; a port authority is an organisation
    ["Ik werk bij het OCMW Gent.", "instelling", []],
    ["Ik werk bij het OCMW Gent.", "plaats", ["Gent"]],
    ["Een werkplek bij Port of Rotterdam.", "instelling", ["Port of Rotterdam"]],
    // wrong hits: a lone street as location, the armed forces, a course, an abbreviation in the plural, "in De X"
    ["Werkoverleg, locatie Stationsweg, zaal 3", "instelling", []],
    ["Hij zat acht jaar bij het Korps Mariniers.", "instelling", []],
    ["Hij volgt de BBL-opleiding Zorg & Welzijn niveau 3.", "instelling", []],
    ["Hij onderhoudt de motoren van de APK's en de RHIB's.", "persoon", []],
    ["Woont met moeder in De Schooten.", "persoon", []],
    ["Een brief voor mevrouw in de Braekt.", "persoon", ["in de Braekt"]],
    // a known first name + a surname after a title, when the first name is also an organisation
    ["Echtgenote mw. Aafje Eelman-Witte (73) is er ook.", "persoon", ["Aafje Eelman-Witte"]],
    // a found first name in lower case where a capital belongs
    ["Dossier Dylan Martina.\n23/9: dylan kwam langs met tante.", "persoon", ["Dylan Martina", "dylan"]],
    ["Dylan Smit belde. We zien dylan nog.", "persoon", ["Dylan Smit", "dylan"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // ages: a decade word, after jr., with the origin in brackets, "van N" + a verb
    ["Dhr. Ruud Appelman, vijftiger, loonwerker.", ["vijftiger"]],
    ["Kees Bakker jr., 23, Schagen.", ["23"]],
    ["- Ewa Kamińska (uit Gdańsk, 31), schoonmaak", ["31"]],
    ["Dochter Kavita van 12 slaapt slecht.", ["12"]],
    // hard negatives
    ["Kamer van Jan (uit Utrecht, kamer 12) is klein.", []],
    ["Spreekuur van Anna van 9 tot 12 uur.", []],
  ] as [string, string[]][])("age %j", (text, expected) => {
    expect(found(text, "leeftijd")).toEqual(expected);
  });

  it.each([
    // day-month without a year: a note header with a name, "laatste keer", a deadline closing an action line
    ["Notitie Harm, 12/11: stukken compleet.", "datum", ["12/11"]],
    ["Hij kwam de laatste keer 14/2.", "datum", ["14/2"]],
    ["- Youssef: lijst werkgevers – 22-10\n- Priscilla: traject – 5/11", "datum", ["22-10", "5/11"]],
    ["- spreekuur open – 9-12", "datum", []],
    ["De uitslag was 3-1 voor de thuisploeg.", "datum", []],
    // Belgian national register number, insolvency numbers
    ["Rijksregisternummer: 85.07.30-033.28", "dossiernummer", ["85.07.30-033.28"]],
    ["Het bedrag was 12.345.678,90 euro.", "dossiernummer", []],
    ["Insolventienummer C/15/24/412 R, bewindvoerder mr. Smit.", "dossiernummer", ["C/15/24/412 R"]],
    ["Faillissement F.10/24/123 uitgesproken.", "dossiernummer", ["F.10/24/123"]],
  ] as [string, Label, string[]][])("number %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: Flemish creditors, hospitals and services, migrant churches, Zeeland and Antwerp districts", () => {
  it.each([
    // regional energy, telecom and utility firms as creditors (DELTA in full capitals; Ziggo/Odido like KPN)
    ["Er is een achterstand bij Fluvius en de rekening van Telenet is niet betaald.", "instelling", ["Fluvius", "Telenet"]],
    ["Schulden: Odido € 310, DELTA € 820.", "instelling", ["Odido", "DELTA"]],
    ["De Deltawerken beschermen de delta van Zeeland.", "instelling", []],
    // Flemish hospitals (AZ + name), ZNA/GZA campuses, banks, collectors, mutualiteiten
    ["Na de val lag ze in AZ Herentals en later in ZNA Stuivenberg.", "instelling", ["AZ Herentals", "ZNA Stuivenberg"]],
    ["Hij kreeg een brief van Fiducre over een lening bij Beobank.", "instelling", ["Fiducre", "Beobank"]],
    ["Ze is aangesloten bij Solidaris.", "instelling", ["Solidaris"]],
    // Flemish public services are generic, Flemish national bodies are never flagged: the place stays
    ["Hij werd doorverwezen door het OCMW Gent en het CAW.", "instelling", []],
    ["Hij werd doorverwezen door het OCMW Gent en het CAW.", "plaats", ["Gent"]],
    ["Ze stond ingeschreven bij de VDAB en kreeg een uitkering van de RVA.", "instelling", []],
    // employers and agencies of labour migrants, holiday parks, shipyards, horticulture
    ["Hij werkt via Covebo bij Landal en in de zomer bij Topparken.", "instelling", ["Covebo", "Landal", "Topparken"]],
    ["Zijn broer last bij Oceanco, zijn neef bij Royal Huisman.", "instelling", ["Oceanco", "Royal Huisman"]],
    ["Ze pakt paprika's in bij Harvest House.", "instelling", ["Harvest House"]],
    ["Mevrouw Damen belde over de afspraak.", "instelling", []],
    ["Mevrouw Damen belde over de afspraak.", "persoon", ["Damen"]],
    // hogescholen and universities (also Flemish), school names
    ["Ze studeert aan de HKU en haar vriend aan Howest.", "instelling", ["HKU", "Howest"]],
    ["Zijn dochter zit op het Martinus College en gaat daarna naar Odisee.", "instelling", ["Martinus College", "Odisee"]],
    // a care organisation that is also a first name: the person without a preposition
    ["De wijkverpleging komt via Aafje, de dagbesteding ook.", "instelling", ["Aafje"]],
    ["Mevrouw Aafje Kramer (81) woont zelfstandig.", "instelling", []],
    ["Mevrouw Aafje Kramer (81) woont zelfstandig.", "persoon", ["Aafje Kramer"]],
    // churches of migrant communities and named mosques
    ["Op zondag gaan ze naar Medhane Alem en hij helpt bij de Church of Pentecost.", "instelling", ["Medhane Alem", "Church of Pentecost"]],
    ["Hij bidt in de Blauwe Moskee.", "instelling", ["Blauwe Moskee"]],
    // housing corporations and local projects
    ["Ze huurt bij Woonhaven en haar zus bij Vrijwaard.", "instelling", ["Woonhaven", "Vrijwaard"]],
    // neighbourhoods, districts and villages (Zeeland, Noord-Holland, Antwerp, Gent, Brussels); surnames stay names
    ["Ze woont in Merksem, daarvoor in Ledeberg en in Schaerbeek.", "plaats", ["Merksem", "Ledeberg", "Schaerbeek"]],
    ["Hij verhuist van Oostkapelle naar Venhuizen.", "plaats", ["Oostkapelle", "Venhuizen"]],
    ["Vandaag met dhr. Boom en mevrouw Noordhoek gesproken.", "persoon", ["Boom", "Noordhoek"]],
    ["bel je me na tienen? ik zit in de hem", "plaats", []],
    ["Huisarts: dr. J. Beveren, Kerkstraat 3.", "persoon", ["J. Beveren"]],
    ["Ze verhuist van Beveren naar Temse.", "plaats", ["Beveren", "Temse"]],
    // systems and the armed forces are national
    ["Dat staat in Suwinet; hij diende bij het Korps Mariniers.", "instelling", []],
    ["Dat staat in Suwinet; hij diende bij het Korps Mariniers.", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("nine digits after an international dialling code are a phone number, not a BSN", () => {
  it.each([
    // 742118903 passes the elfproef; after +40 / 0040 it is the subscriber part of a Romanian mobile number
    ["Nummer dhr.: +40 742 118 903 (WhatsApp).", "telefoon", ["+40 742 118 903"]],
    ["Bel zijn zus op 0040 742 118 903.", "telefoon", ["0040 742 118 903"]],
    ["Nummer dhr.: +40 742 118 903 (WhatsApp).", "bsn", []],
    // hard negatives: announced or bare, the same digits stay a BSN
    ["BSN 742 118 903 staat op de aanvraag.", "bsn", ["742 118 903"]],
    ["Zijn nummer is 742 118 903, dat is zijn BSN.", "bsn", ["742 118 903"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("words after dhr./mw., shop names, 'Laan der' addresses, day-months, sibling ages and unit postcodes", () => {
  it.each([
    // lower-case shapes after "dhr."/"mw." are no surname: pronominal adverbs, pronouns, participles, adjectives
    ["Volgens mw. niks aan de hand, ze betaalt op tijd.", "persoon", []],
    ["Ik heb dhr. hiermee niet willen kwetsen.", "persoon", []],
    ["Mw. hallucinerend aangetroffen, ambulance gebeld.", "persoon", []],
    ["Ik vond mw. energiek en ze wil graag aan de slag.", "persoon", []],
    // hard negative: a lower-case surname after the title stays a name
    ["Gesprek met dhr. bouzian over de huur.", "persoon", ["bouzian"]],
    // an inflected adjective that is also a surname, opening a sentence before a noun
    ["Grote schuld bij de energieleverancier, regeling volgt.", "persoon", []],
    ["Lange wachtlijst bij de GGZ.", "persoon", []],
    // hard negative: a surname opening a sentence before a verb stays a name
    ["Mevrouw Kleine belde gisteren. Kleine zei dat ze komt.", "persoon", ["Kleine", "Kleine"]],
    // "op/aan de" + a landscape word is a spot
    ["Hij haalt brood bij de bakker op de Brink, daarna naar huis.", "persoon", []],
    // a team word ending the name, an adjective + a role noun
    ["CC: Leer- en Ondersteuningsteam", "persoon", []],
    ["Ze deed eerder de opleiding (Maatschappelijk Werker) maar stopte.", "persoon", []],
    // hard negative: a person in brackets after a role
    ["Overleg met de mentor (Jeroen Bakker) gehad.", "persoon", ["Jeroen Bakker"]],
    // a role + a department abbreviation, a known place + a compass direction
    ["Aanwezig: Sanne Vos (consulent BW, notulist)", "persoon", ["Sanne Vos"]],
    ["Inbrenger: Kees, jobcoach Tilburg-Noord", "persoon", ["Kees"]],
    ["Inbrenger: Kees, jobcoach Tilburg-Noord", "plaats", ["Tilburg-Noord"]],
    // the lower-case particle abbreviation "vd", "van" + a surname that is a word after a written-out title
    ["Vanmiddag belt mw. vd Linden terug.", "persoon", ["vd Linden"]],
    ["[10:01] Ria: morgen mevrouw van dam bellen\n[10:02] Jan: top", "persoon", ["Ria", "van dam", "Jan"]],
    // hard negatives: an ordinary "de" phrase after a written-out title
    ["Ik gaf meneer de sleutel van de flat.", "persoon", []],
    // a case heading with only an initial, and the age after it
    ["2. Casus K. (anoniem), 19, Sneek", "persoon", ["K."]],
    ["2. Casus K. (anoniem), 19, Sneek", "leeftijd", ["19"]],
    // a capitalised word after a title before a particle + surname is the first name, also when it is a word;
    // hard negative: it does not spread to a sentence start
    ["Haar moeder, mw. Over de Kamp, woont in. Over de huur is niets bekend.", "persoon", ["Over de Kamp"]],
    ["Ik sprak dhr. Groot van de Belastingdienst.", "persoon", ["Groot"]],
    // a chat: the start of a speaker's name addressed at a message's opening or after thanks
    ["[09:01] sanne: ab kun jij even bellen?\n[09:02] abdel: ja\n[09:03] sanne: ok", "persoon", ["sanne", "ab", "abdel", "sanne"]],
    ["[09:01] Marit: ja dat klopt\n[09:02] kees: dank mar\n[09:03] kees: ok", "persoon", ["Marit", "kees", "mar", "kees"]],
    // a word-like first name with a role + organisation in brackets; hard negative: a relation word
    ["Gebeld met Fleur (wijkcoach Sterk Huis) over de aanvraag.", "persoon", ["Fleur"]],
    ["- Opa (vader van Ilse) woont in Zwolle.", "persoon", ["Ilse"]],
  ] as [string, Label, string[]][])("persons: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // national bodies: debt-help association, mining damage, toeslagen recovery
    ["Zij heeft zich gemeld bij de NVVK en bij het Instituut Mijnbouwschade Groningen.", "instelling", []],
    // a school subject or theme joined by "&"; hard negative: two surnames joined by "&" are a firm
    ["Mentor Gezondheid & Welzijn, Deltion College", "instelling", ["Deltion College"]],
    ["Hij werkt bij Prins & Dingemanse in Delft.", "instelling", ["Prins & Dingemanse"]],
    // a plural noun before a lower-case shop word
    ["- Uitgaven snackbar nagelopen met mw.", "instelling", []],
    // a desk named after a law, a role abbreviation + department, English job titles
    ["Aanvraag loopt via het Wmo-loket.", "instelling", []],
    ["Docent / SLB Techniek", "instelling", []],
    ["Senior Data Engineer · Sioux Technologies", "instelling", ["Sioux Technologies"]],
    // generic services: Centrale Toegang, a team named after a target group + place is the place
    ["Ze is aangemeld bij de Centrale Toegang.", "instelling", []],
    ["Overleg Team Bijzondere Doelgroepen Zwolle", "plaats", ["Zwolle"]],
    ["Overleg Team Bijzondere Doelgroepen Zwolle", "instelling", []],
    ["Casusoverleg Dak- en Thuislozen Arnhem", "instelling", []],
    ["Afspraak op het Werkplein Hoogveld, kamer 3.", "plaats", ["Hoogveld"]],
    // hard negative: a wijkcentrum + name stays the named building
    ["Locatie: Wijkcentrum Kronenburg, zaal 2", "instelling", ["Wijkcentrum Kronenburg"]],
    // a product or trade word before a surname-shaped word names the shop
    ["We wachten op de offerte van Tegels Kampinga uit Assen.", "instelling", ["Tegels Kampinga"]],
    ["Hij kocht de wasmachine bij Witgoed Hoekstra.", "instelling", ["Witgoed Hoekstra"]],
    // plural trade tails after a particle name
    ["Hij rijdt voor Van der Wal Transporten in Urk.", "instelling", ["Van der Wal Transporten"]],
    // hard negative: a product word opening a sentence before first names
    ["Fietsen Jan en Piet nog?", "instelling", []],
  ] as [string, Label, string[]][])("organisations: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // "Laan der/des/van" + several capitalised words, an address line with "bis" above a postcode, a quoted address block
    ["Ze woont op Laan des Vredes Hoven 4 in Breda.", "adres", ["Laan des Vredes Hoven 4"]],
    ["Aanvrager:\nmw. P. Smit\nDijk 7 bis\n1601 AB Enkhuizen", "adres", ["Dijk 7 bis"]],
    ["> Nieuw adres:\n> Hoogkamp 12-A\n> 6800 AB Arnhem", "adres", ["Hoogkamp 12-A"]],
    // a district name after "aan de" without a number is a street, not flagged
    ["Ze woont in een flat aan de Meijhorst.", "plaats", []],
    // hard negative: the same word after "in" is a district
    ["Ze woont in Meijhorst.", "plaats", ["Meijhorst"]],
  ] as [string, Label, string[]][])("addresses and places: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // day-month after "voor", "notitie", "af", and in a list after a written date
    ["Betalen voor 15-04, anders volgt beslag.", "datum", ["15-04"]],
    ["Zie notitie 3/11 in het dossier.", "datum", ["3/11"]],
    ["De huur loopt af 30-6.", "datum", ["30-6"]],
    ["Bezoeken (3 maart en 17/4) verliepen goed.", "datum", ["3 maart", "17/4"]],
    // hard negatives: fractions, counts and scores
    ["Dat geldt voor 2/3 van de klanten.", "datum", []],
    ["Dit duurt voor 3-4 weken.", "datum", []],
    ["Een bed voor 1-2 personen.", "datum", []],
    // "half/begin/eind + month" without a year is no date (the convention)
    ["Evaluatie half mei, daarna verder.", "datum", []],
  ] as [string, Label, string[]][])("dates: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // "je bent N", a name + N + verb in a subclause, an age after a dash, a typo "word"
    ["Je bent 17 en dan mag je nog niet alleen tekenen.", "leeftijd", ["17"]],
    ["Toen Milan 16 werd, stopte hij met school.", "leeftijd", ["16"]],
    ["2. mw. Ilse Brouwer – wordt in maart 30. Woont alleen.", "leeftijd", ["30"]],
    // siblings in the same shape after a person + age, also names no lexicon knows
    ["Ze hebben twee zoons, Daan van 7 en Wojtek van 3.", "leeftijd", ["7", "3"]],
    ["Ze hebben twee zoons, Daan van 7 en Wojtek van 3.", "persoon", ["Daan", "Wojtek"]],
    ["Thijs is 12 en Borys word 8 in mei.", "leeftijd", ["12", "8"]],
    // hard negatives: durations and counts
    ["Je bent 3 keer gebeld.", "leeftijd", []],
    ["Daarvoor werkte hij 12 jaar als lasser.", "leeftijd", []],
    ["Sinds Tim 3 jaar is opgenomen, gaat het beter.", "leeftijd", []],
    ["Thijs is 12 en Utrecht is 4 uur rijden.", "leeftijd", ["12"]],
    // children + "zijn ze" + a list, an English "son of N", "een kind van elf" inside a subclause
    ["Vergeet de kinderen niet, zijn ze nu 2, 5 en 9?", "leeftijd", ["2", "5", "9"]],
    ["We have a daughter of 6 and a small flat.", "leeftijd", ["6"]],
    ["Ik wil niet dat een meisje van twaalf de zorg draagt.", "leeftijd", ["twaalf"]],
    // hard negative: a count after "of"
    ["We need a list of 4 documents.", "leeftijd", []],
  ] as [string, Label, string[]][])("ages: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });

  it.each([
    // a unit letter pair after "84 bis," or before a known place closing the clause is a postcode
    ["Adres: Vondellaan 12 bis, 3521 KG Utrecht", "postcode", ["3521 KG"]],
    ["Postadres wordt: 5611 KM Eindhoven.", "postcode", ["5611 KM"]],
    // hard negatives: distances
    ["Hij reed 1200 KM naar Utrecht.", "postcode", []],
    // a building + comma + a name and number is its address; hard negative: a room
    ["Gesprek in het Gemeentehuis, Stationsplein Zuid 7. Graag op tijd.", "adres", ["Stationsplein Zuid 7"]],
    ["Gesprek in het Gemeentehuis, Burcht Forum 3.", "adres", ["Burcht Forum 3"]],
    ["Melden in het Stadskantoor, Kamer 3.", "adres", []],
  ] as [string, Label, string[]][])("postcodes and buildings: %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: firms named like persons, student housing, churches and shelters, Frisian and Slavic first names", () => {
  it.each([
    // firms named like persons: the full firm name is an organisation, a surname-like bare name only after bij/via/van
    ["Zijn broer werkt al jaren bij Douwe Egberts in Utrecht.", "instelling", ["Douwe Egberts"]],
    ["Douwe Egberts", "persoon", []],
    ["Ze is magazijnmedewerker bij Van den Bosch Transporten in Erp.", "instelling", ["Van den Bosch Transporten"]],
    ["De auto komt van Van Mossel, de lease loopt nog.", "instelling", ["Van Mossel"]],
    ["Hij rijdt voor Wim Bosman in 's-Heerenberg.", "instelling", ["Wim Bosman"]],
    ["Mevrouw Van Mossel belde over haar toeslag.", "persoon", ["Van Mossel"]],
    ["Anja Terberg, consulent, belde terug.", "persoon", ["Anja Terberg"]],
    ["Hij werkte in de bouw bij Dijkstra Draisma en daarna bij Hurks.", "instelling", ["Dijkstra Draisma", "Hurks"]],
    // care and welfare organisations; Barka and Woonbedrijf no longer need a preposition
    ["Er loopt een aanmelding bij GGNet en de wijkverpleging komt van Vitras.", "instelling", ["GGNet", "Vitras"]],
    ["Doorverwezen naar NIM Maatschappelijk Werk; overleg met Bindkracht10 volgt.", "instelling", ["NIM Maatschappelijk Werk", "Bindkracht10"]],
    ["Afspraak: Ewa belt Barka over terugkeer.", "instelling", ["Barka"]],
    ["Achterstanden: Woonbedrijf, Zilveren Kruis en Vattenfall.", "instelling", ["Woonbedrijf", "Zilveren Kruis", "Vattenfall"]],
    ["Het woonbedrijf van de gemeente reageert traag.", "instelling", []],
    ["Ze woont in een beschermde woonvorm van de RIBW in Tiel.", "instelling", ["RIBW"]],
    // student housing and higher education
    ["Hij huurt een kamer van SSHN en studeert aan de HAN University.", "instelling", ["SSHN", "HAN University"]],
    ["Meenemen: bewijs van uitschrijving HU en loonstroken.", "instelling", ["HU"]],
    // churches, shelters and community centres with a proper name
    ["Ze krijgt eten van de Pinkstergemeente Maranatha en slaapt soms in Open Hof.", "instelling", ["Pinkstergemeente Maranatha", "Open Hof"]],
    ["De deur stond open; het hof was leeg.", "instelling", []],
    ["Zijn zoon zit op De Kolk in Assen.", "instelling", ["De Kolk"]],
    ["Het water stroomde in de kolk.", "instelling", []],
    // wholesalers and trades as head words
    ["Schuld bij leverancier Horecagroothandel Zuid en bij Witgoed Jansma.", "instelling", ["Horecagroothandel Zuid", "Witgoed Jansma"]],
    ["Het witgoed is kapot, de groothandel levert niet.", "instelling", []],
    // first names: Frisian, Polish and Slavic diminutives, Tigrinya, Hebrew, older Dutch
    ["Is ze naar Ynske gegaan of naar Hotze?", "persoon", ["Ynske", "Hotze"]],
    ["De kinderen, Zosia en Kuba, gaan naar de opvang.", "persoon", ["Zosia", "Kuba"]],
    ["Oleksandr (Sasha) belde, daarna Merhawit.", "persoon", ["Oleksandr", "Sasha", "Merhawit"]],
    ["Haar zoontje Natan is net geboren; buurvrouw Irma helpt.", "persoon", ["Natan", "Irma"]],
    ["De week erna was hij onbereikbaar; in feite deed zij alles.", "persoon", []],
    // villages and City-Compass districts; Zuilen is no longer ambiguous, Van Zuilen stays a person
    ["Hij woont in Middelstum, zijn moeder in Vledderveen.", "plaats", ["Middelstum", "Vledderveen"]],
    ["Overleg met klantmanager Tilburg-Noord over de aanvraag.", "plaats", ["Tilburg-Noord"]],
    ["Overleg met klantmanager Tilburg-Noord over de aanvraag.", "persoon", []],
    ["Hij slaapt in de buurt van Zuilen bij een vriend.", "plaats", ["Zuilen"]],
    ["Gesprek met mevrouw Van Zuilen over de huur.", "persoon", ["Van Zuilen"]],
    // national bodies, generic services, roles and words after a title are never flagged
    ["Er loopt een schadedossier bij het IMG, de NCG is ingelicht en het UHT en de NVVK ook.", "instelling", []],
    ["Aanmelding bij de Centrale Toegang en aanvraag via het Bbz-loket.", "instelling", []],
    ["Mentor / SLB Logistiek", "instelling", []],
    ["App-groep 'Jobcoaches Assen-Noord'", "instelling", []],
    ["Dhr. dementerend, mw. is op. Volgens dhr. niets aan de hand.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("day-months after action words, ages in words, words after a title, English sector tails", () => {
  it.each([
    // day-month after a follow-up heading, an action infinitive, a comma or a bracket after an announcing word; month-year after "sinds"
    ["Volgende afspraak: 3-12. Volgend overleg: 17/1.", "datum", ["3-12", "17/1"]],
    ["Actie: 9/5 nabellen met de school.", "datum", ["9/5"]],
    ["- Karim: offerte opvragen, terugkoppelen 22-11\n- Els: rooster", "datum", ["22-11"]],
    ["Volgens de juf (telefonisch, 12/3) gaat het beter; bij het huisbezoek (5/2) was hij er niet.", "datum", ["12/3", "5/2"]],
    ["Hij heeft een rollator sinds 11-2022 en fysio vanaf 3/2023.", "datum", ["11-2022", "3/2023"]],
    ["Hij werkt 24/7 en belt 3/4 van de tijd niet terug; overleg: 2/3 van de groep komt.", "datum", []],
    // ages: "van bijna zestig" in words, a relation word + a bare number after an age, a nationality before the age,
    // "geb.datum (52)", "de oudste, was toen 16", English "he is 16", a baby of a few weeks
    ["Wie neemt nog een vrouw van ruim vijftig aan? Ook iemand van bijna zeventig wil werken.", "leeftijd", ["ruim vijftig", "bijna zeventig"]],
    ["Een vrouw van twee kinderen, een bedrag van ruim vijftig euro.", "leeftijd", []],
    ["Vader is 41, moeder 38.", "leeftijd", ["41", "38"]],
    ["Vader is 41, moeder 3 keer gebeld.", "leeftijd", ["41"]],
    ["Mw. Fatima Bouzid, Marokkaans, 47, alleenstaand.", "leeftijd", ["47"]],
    ["Geb.datum: 12-04-1980 (44)", "leeftijd", ["44"]],
    ["ivm kerem (de oudste, was toen 15) en school", "leeftijd", ["15"]],
    ["My daughter Iryna, she is 14, goes to school. He is 5 minutes late.", "leeftijd", ["14"]],
    ["Vier kinderen, de jongste is een paar weken oud.", "leeftijd", ["een paar weken"]],
    ["De oudste is een paar weken weg geweest.", "leeftijd", []],
    // numbers, pronouns and prepositions after a title are no surname
    ["We hebben mw. vier keer gebeld; het inkomen van dhr. boven de norm; zonder dat mw. zich schaamt.", "persoon", []],
    ["Gesprek met dhr. Boven over de huur.", "persoon", ["Boven"]],
    // a role noun + an unknown first name + a surname that is also a trade word is a person
    ["Persoonlijk begeleider Noortje Groen is goed betrokken.", "persoon", ["Noortje Groen"]],
    ["Hij werkt bij Hoveniersbedrijf Groen in Zwolle.", "persoon", []],
    // English sector tails make a firm
    ["Afwezig: Karin Bos (Swissport Aviation) en Tom de Wit (Aviapartner Handling).", "instelling", ["Swissport Aviation", "Aviapartner Handling"]],
    ["Afwezig: Karin Bos (Swissport Aviation).", "persoon", ["Karin Bos"]],
    // an all-caps one-word name written as a capitalised word after an article or adjective is that word
    ["Hij woont in de Delta; veel boeren in de Zeeuwse Delta.", "instelling", []],
    ["Hij heeft een glasvezelcontract bij DELTA.", "instelling", ["DELTA"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: airport employers, Bbz bodies, migrant centres, villages around Hoogeveen", () => {
  it.each([
    // aviation and airport ground handling / catering employers
    ["Hij solliciteerde bij Aviapartner, dnata en WFS; later bij Gate Gourmet.", "instelling", ["Aviapartner", "dnata", "WFS", "Gate Gourmet"]],
    ["Contactpersoon Ria Boom (Menzies Aviation) en Kees (KLM Catering Services).", "instelling", ["Menzies Aviation", "KLM Catering Services"]],
    ["Het vliegtuig landde en de data werd verwerkt.", "instelling", []],
    // Bbz research and advice bodies, labour-migrant foundation
    ["Het levensvatbaarheidsonderzoek door IMK liep nog; daarna Ondernemersklankbord inschakelen.", "instelling", ["IMK", "Ondernemersklankbord"]],
    ["Bel Petra van FairWork over de loonstroken.", "instelling", ["FairWork"]],
    ["Het werk was fair verdeeld.", "instelling", []],
    // generic desks, departments, privacy officer, MBO sectors and minimum wage are no organisation
    ["Aanvraag binnengekomen via het Ondernemersloket; melding bij de FG gedaan.", "instelling", []],
    ["Uitvoerder: Paswerk, afdeling Detachering", "instelling", ["Paswerk"]],
    ["Loopbaanbegeleider Techniek & Logistiek", "instelling", []],
    ["Ze volgt Zorg & Welzijn niveau 3, daarna Mens & Maatschappij.", "instelling", []],
    ["INTERVISIE Team Ondernemers – casus", "instelling", []],
    ["Het inkomen ligt boven het wettelijk minimumloon.", "instelling", []],
    // schools, day centres, childcare and primary-school names
    ["Zijn broer zit op de Open Schoolgemeenschap Hengelo.", "instelling", ["Open Schoolgemeenschap Hengelo"]],
    ["De kinderen gaan naar De Zonnewijzer in Leiderdorp.", "instelling", ["De Zonnewijzer"]],
    ["Het boek De Kleine Prins ligt op tafel.", "instelling", []],
    ["Opvang bij Norlandia Kinderopvang en daarna bij Kappio.", "instelling", ["Norlandia Kinderopvang", "Kappio"]],
    // migrant cultural centres and mosques
    ["Oma gaat naar het Pools Cultureel Centrum Utrecht op zaterdag.", "instelling", ["Pools Cultureel Centrum Utrecht"]],
    ["De imam van de Al-Taqwa moskee kwam langs.", "instelling", ["Al-Taqwa moskee"]],
    ["Er is geen cultureel centrum in het dorp.", "instelling", []],
    // first names: Polish, older Dutch, Arabic, Albanian, French; Lijntje is also a word
    ["Vaste hulp Jolanta komt dinsdag, Wendela op vrijdag.", "persoon", ["Jolanta", "Wendela"]],
    ["Ik zet Bakr op de lijst; Fatmir belt terug.", "persoon", ["Bakr", "Fatmir"]],
    ["Begeleider Mireille Lambert is goed betrokken.", "persoon", ["Mireille Lambert"]],
    ["Wij willen hem niet kwijt, Fleur is een van onze talenten.", "persoon", ["Fleur"]],
    ["Lijntje loopt met de kwekerij, daar heeft hij een lijntje.", "persoon", []],
    // villages around Hoogeveen and Staphorst, Stadshart as a district, Zuidoost as a district
    ["Dhr. is kweker in Nieuweroord, zijn broer woont in Rouveen.", "plaats", ["Nieuweroord", "Rouveen"]],
    ["Er is geld opgenomen bij een automaat in het Stadshart.", "plaats", ["Stadshart"]],
    ["Intervisie jongerenteam Zuidoost", "plaats", ["Zuidoost"]],
    ["Ze woont in de wijk Kanaleneiland.", "plaats", ["Kanaleneiland"]],
    // glued-digit names keep matching
    ["Hij is aangemeld bij Bindkracht10 en woont bij Woonkracht10.", "instelling", ["Bindkracht10", "Woonkracht10"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("line breaks, parishes, 'Villa' homes, factory tails, letterhead addresses", () => {
  it.each([
    // no name-like span crosses a line break
    ["Overleg in het Stadskantoor\nAanwezig: Ria Smit (vz)", "instelling", []],
    ["Werkt bij Zorgbedrijf Kempen\nContact: Ria Smit", "instelling", ["Zorgbedrijf Kempen"]],
    // parish + saint is one organisation
    ["Pastor Jansen van de Parochie H. Lambertus belde.", "instelling", ["Parochie H. Lambertus"]],
    ["Voedselpakket via Parochie St. Joseph, daarna de Sint-Jan parochie.", "instelling", ["Parochie St. Joseph", "Sint-Jan parochie"]],
    ["Pastor Jansen van de Parochie H. Lambertus belde.", "persoon", ["Jansen"]],
    ["Ze verhuist naar Sint Annaparochie.", "instelling", []],
    // Villa + name is a care home or shelter, not a person
    ["Zij woont in opvanglocatie Villa Rozenhof, kamer 3.", "instelling", ["Villa Rozenhof"]],
    ["Zij woont in opvanglocatie Villa Rozenhof, kamer 3.", "persoon", []],
    ["Adres: Villa Rozenhofstraat 12", "instelling", []],
    ["Hij las over Pancho Villa.", "instelling", []],
    // product or trade word + surname, factory tails
    ["Hij werkt bij aardbeienkwekerij Aardbeien Van Dijk in Made.", "instelling", ["Aardbeien Van Dijk"]],
    ["Zij belt Janssen Veevoederfabrieken over een plek.", "instelling", ["Janssen Veevoederfabrieken"]],
    ["De aardbeien van Dijk zijn rijp.", "instelling", []],
    // a role (plural) + place is the place only
    ["Aan: Wijkcoaches Tilburg-Noord", "instelling", []],
    ["Aan: Wijkcoaches Tilburg-Noord", "plaats", ["Tilburg-Noord"]],
    // a verb after a lower-case head in a chat is no name
    ["[10:01] Ahmed: in de moskee zeggen ze dat het druk is\n[10:02] Dewi: ok", "instelling", []],
    // a denomination before a lower-case church noun is no name; with the church's name it is
    ["Hij gaat naar de Syrisch-orthodoxe kerk in Enschede.", "instelling", []],
    ["Hij gaat naar de Syrisch-orthodoxe kerk Mor Ephrem in Enschede.", "instelling", ["Syrisch-orthodoxe kerk Mor Ephrem"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // day-month dates
    ["Twee huisbezoeken (3-02 en 17-02), met tolk.", "datum", ["3-02", "17-02"]],
    ["Evaluatiegesprek: 12-05, 10.00 uur.", "datum", ["12-05"]],
    ["Tel. 4-11, 14.20u – mw. belt over huur", "datum", ["4-11"]],
    ["- 3/02 en 4/02 niet op school", "datum", ["3/02", "4/02"]],
    ["Sanne wordt op 12 maart 16. Dan stopt de zorg.", "datum", ["12 maart"]],
    ["Groep 1-2 en 3-4 gaan samen op reis.", "datum", []],
    ["Hij werkte 3-4 dagen per week.", "datum", []],
    // ages
    ["Moeder Ria is zestig-plus en woont in Goes.", "leeftijd", ["zestig-plus"]],
    ["Er komen 50-plus woningen.", "leeftijd", []],
    ["hoe oud is het kindje? → 5 weken.", "leeftijd", ["5 weken"]],
    ["Drie kinderen, 2 thuiswonend (17, 12).", "leeftijd", ["17", "12"]],
    ["Meisje uit Kanaleneiland, 17, is van huis weggelopen.", "leeftijd", ["17"]],
    ["Vader van dhr. ± 82. Woont alleen.", "leeftijd", ["82"]],
    ["Omdat ze volgende maand 18 wordt, stopt de jeugdhulp.", "leeftijd", ["18"]],
    ["Woont met zoontje Ties van 4 tijdelijk bij oma.", "leeftijd", ["4"]],
    ["Steeds meer ouderen (80+) vragen hulp.", "leeftijd", []],
    ["De norm voor een alleenstaande van 21 jaar tot de AOW-leeftijd.", "leeftijd", []],
    ["Hij is 21 jaar en woont alleen.", "leeftijd", ["21 jaar"]],
    // address after a dash in a letterhead line
    ["Bouwbedrijf Smits B.V. – Industrieweg 12, 4700 AB Roosendaal", "adres", ["Industrieweg 12"]],
    // chat: a shortened speaker name after thanks
    ["[09:00] Marloes: ik bel haar\n[09:01] Kevin: top thx marl", "persoon", ["Marloes", "Kevin", "marl"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: temp agencies, food firms, stairlifts, business parks and court districts", () => {
  it.each([
    // uitzend/flex agencies, food and horticulture firms, stairlifts and aids, parish charities, card issuers
    ["Hij werkt via FlexPlus bij een tomatenkwekerij.", "instelling", ["FlexPlus"]],
    ["Zij heeft een contract bij Scelta Mushrooms en daarna bij Banken Champignons.", "instelling", ["Scelta Mushrooms", "Banken Champignons"]],
    ["Productiewerk bij Koopmans Meelfabrieken, ploegendienst.", "instelling", ["Koopmans Meelfabrieken"]],
    ["De offerte van Stannah is hoger dan die van Otolift.", "instelling", ["Stannah", "Otolift"]],
    ["Aanvraag bij de Parochiële Caritas Instelling voor een bijdrage.", "instelling", ["Parochiële Caritas Instelling"]],
    ["Schuld bij ICS en bij Advanzia Bank.", "instelling", ["ICS", "Advanzia Bank"]],
    ["Lening bij Santander Consumer Finance.", "instelling", ["Santander Consumer Finance"]],
    // word-free names no longer context-only
    ["- Tiwos: huurachterstand", "instelling", ["Tiwos"]],
    ["Livio heeft een wachtlijst.", "instelling", ["Livio"]],
    // business parks and court districts
    ["Hij werkte op industrieterrein Avelingen en daarna op Vosdonk.", "plaats", ["Avelingen", "Vosdonk"]],
    ["benoemd door de rechtbank Zeeland-West-Brabant", "plaats", ["Zeeland-West-Brabant"]],
    // first names
    ["Dochter Maya en haar moeder Peggy komen mee.", "persoon", ["Maya", "Peggy"]],
    // hard negatives
    ["Wie wil iets zeggen over die twee petten?", "plaats", []],
    ["Afdeling Maatschappelijke Ondersteuning", "instelling", []],
    ["HR & Payroll", "instelling", []],
    ["klantmanager Heronderzoek", "persoon", []],
    ["Mw. idem. Dhr. vooral bang. Mw. begreep het. Hoe kan ik mw. ondersteunen? Maak met mw. één overzicht.", "persoon", []],
    ["Aan: Jeugdconsulenten Breda-Noord", "instelling", []],
    ["Hij zoekt een verkade vorm van synthese.", "instelling", []],
    ["Hij wil graag flexwerk doen.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages reached on a date, M/V + age, nicknames in brackets, consortia and factories", () => {
  it.each([
    // ages: the age reached on a date, M/V + age after a name, ", die nu N is", a hedged number word after "ze is …,"
    ["Zijn zus, Noor, is op 14 maart 21 geworden.", "leeftijd", ["21"]],
    ["Dhr. Pieter Smits, M, 47, woont alleen.", "leeftijd", ["47"]],
    ["Ze heeft een zoontje, Daan, die nu 4 is.", "leeftijd", ["4"]],
    ["Haar buurman helpt mee. Hij is weduwnaar, tweeënzeventig of zo.", "leeftijd", ["tweeënzeventig"]],
    ["ken jij Ricardo Pinas? komt uit Paramaribo, 22, woont nu in Almere", "leeftijd", ["22"]],
    ["De zending komt uit China, 3 dozen.", "leeftijd", []],
    // dates: a day-month before a short count or age and a lower-case word; a title + "is van" + year of birth
    ["Hij is sinds 3 februari 12 keer te laat gekomen en heeft op 9 maart 4 lessen gemist.", "datum", ["3 februari", "9 maart"]],
    ["Dhr. is van 1948, mw. is jonger.", "datum", ["1948"]],
    // nickname in brackets: one person, the surname is no place
    ["Aanvrager: mw. Johanna (Joke) Zwolle, 81 jaar", "persoon", ["Johanna (Joke) Zwolle"]],
    ["Aanvrager: dhr. Hendrik (Henk) ter Borg", "persoon", ["Hendrik (Henk) ter Borg"]],
    // organisations: lexicon names opening with 's or a mark, construction consortia and factories + name, Werkfit + region
    ["Hij woont begeleid bij 's Heeren Loo in Ermelo.", "instelling", ["'s Heeren Loo"]],
    ["Onderaannemer van Bouwcombinatie Waalkade sinds 2022.", "instelling", ["Bouwcombinatie Waalkade"]],
    ["Ze werkte bij suikerfabriek Cosun Vierverlaten.", "instelling", ["suikerfabriek Cosun Vierverlaten"]],
    ["Traject via Werkfit Twente, start in mei.", "instelling", ["Werkfit Twente"]],
    ["Antes heeft een wachtlijst van zes weken.", "instelling", ["Antes"]],
    ["De markt is in Sporthal De Kalkhoeve in Beverwijk.", "instelling", ["Sporthal De Kalkhoeve"]],
    ["Zijn broer woont in Garderen.", "plaats", ["Garderen"]],
    // hard negatives
    ["Het Werkfit traject is gestart; ze doet de sporthal niet meer.", "instelling", []],
    ["Inburgering via de A2-route en daarna het B1-examen.", "instelling", []],
    ["Hij woont op kamers via Stichting Kamers met Kansen, in de chat: kamers zijn duur.", "instelling", ["Stichting Kamers met Kansen"]],
    ["Sindsdien doet mw. vrijwel alles. Ze vraagt mw. bijzondere bijstand. Dhr. al jaren ziek. Bel dhr. vóór vrijdag.", "persoon", []],
    ["Aanwezig: Jan Hak (voorzitter, Sociaal Team Ede)", "persoon", ["Jan Hak"]],
    ["Uitgevallen bij ROC Mondriaan (Entree).", "plaats", []],
    ["Ze is moe, twintig uur gewerkt.", "leeftijd", []],
    ["Het contract, die nu 3 is.", "leeftijd", []],
    ["Hij heeft in januari een erfenis ontvangen.", "datum", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("companies lexicon (lexicons/companies.ts)", () => {
  it.each([
    // companies named without a cue word, from different sectors
    ["Hij werkt sinds maart bij Bosch Rexroth in Boxtel.", "instelling", ["Bosch Rexroth"]],
    ["Openstaande schulden: Ennatuurlijk en Vesting Finance.", "instelling", ["Ennatuurlijk", "Vesting Finance"]],
    ["Vorig jaar reed ze voor Qbuzz, nu orderpicker bij Nedcargo.", "instelling", ["Qbuzz", "Nedcargo"]],
    ["Ze heeft een achterstand bij Swapfiets en een regeling met Lender & Spender.", "instelling", ["Swapfiets", "Lender & Spender"]],
    // an ambiguous company (a chain, a word, a product) needs a preposition
    ["Werkt 20 uur per week bij Kwalitaria in het centrum.", "instelling", ["Kwalitaria"]],
    ["Kwalitaria heeft goedkope patat, zegt ze.", "instelling", []],
    ["Een nieuwe Smullers op het station.", "instelling", []],
    ["Hij fietst op een Gazelle en drinkt geen Jopen meer.", "instelling", []],
    ["Ze heeft een Nefit ketel en kijkt Videoland.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: Ukrainian cities, Frisian and Bildts villages, unions, pension funds, football clubs", () => {
  it.each([
    // Ukrainian cities of origin
    ["Haar broer woont nog in Zhytomyr, haar ouders in Cherkasy.", "plaats", ["Zhytomyr", "Cherkasy"]],
    ["Ze is gevlucht uit Kramatorsk en werkte daarvoor bij een bakkerij bij Vinnytsia.", "plaats", ["Kramatorsk", "Vinnytsia"]],
    // Frisian and Bildts village names, region spellings, two-word neighbourhoods
    ["Mevrouw verhuist van Ouwe-Syl naar Sint-Anne.", "plaats", ["Ouwe-Syl", "Sint-Anne"]],
    ["Hij werkt in de kaasmakerij in Surhústerfean.", "plaats", ["Surhústerfean"]],
    ["Het gezin komt uit West-Friesland en woont nu in de Indische Buurt.", "plaats", ["West-Friesland", "Indische Buurt"]],
    // first names: French/English and Frisian/Drents names
    ["Contactpersoon is Colette, haar zus Gepke belt morgen.", "persoon", ["Colette", "Gepke"]],
    ["Volgens Sietze gaat het beter met Trynke.", "persoon", ["Sietze", "Trynke"]],
    // unions, pension funds, football clubs, firms without a cue
    ["Bezwaar loopt via de vakbond ABVV, het ouderdomspensioen komt van PMT.", "instelling", ["ABVV", "PMT"]],
    ["Hij was keeper bij Jodan Boys en later trainer bij FC Lisse.", "instelling", ["Jodan Boys", "FC Lisse"]],
    ["Vroeger werkte hij bij Ford in Amsterdam.", "instelling", ["Ford"]],
    ["Schulden: Cannock (€ 900) en een lening.", "instelling", ["Cannock"]],
    // head words: temple, restaurant, partnership, music band, village council, real estate, mentorship, museum, holiday park
    ["Ze helpt mee in de keuken van Restoran Bosporus.", "instelling", ["Restoran Bosporus"]],
    ["Het land is verpacht aan Maatschap Dijkhuis uit Ruinen.", "instelling", ["Maatschap Dijkhuis"]],
    ["Hij speelt trompet bij Brassband Excelsior en helpt Dorpsbelang Nijeveen.", "instelling", ["Brassband Excelsior", "Dorpsbelang Nijeveen"]],
    ["De huur gaat naar Vastgoed Bruggeling, mentor is mw. Kok van Mentorschap Zuid.", "instelling", ["Vastgoed Bruggeling", "Mentorschap Zuid"]],
    ["Hij doet vrijwilligerswerk in het Fries Museum en op Recreatiepark De Wielewaal.", "instelling", ["Fries Museum", "Recreatiepark De Wielewaal"]],
    // hard negatives: national bodies, generic services, holidays, nationality adjectives, form fields, brands as things
    ["Na de keuring van het CBR mag hij weer rijden; het Kadaster stuurde een uittreksel.", "instelling", []],
    ["Aanvraag in te leveren bij de Stadswinkel; Ambulante Woonbegeleiding start later.", "instelling", []],
    ["Ze helpt bij de Divali-viering en bij de Molukse kerkdienst.", "instelling", []],
    ["Postcode: 7511 AB    Woonplaats: Enschede", "plaats", ["Enschede"]],
    ["Hij verkoopt spullen via Marktplaats en rijdt in een Ford.", "instelling", []],
    ["Via het Meldpunt Fraude kwam een tip binnen.", "instelling", []],
    ["Schuldeisers: Vattenfall en Ziggo.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("surname + trade firms, municipal desks + town, ages, dates, addresses without a street word", () => {
  it.each([
    // firms: a surname + a trade word, a legal or restaurant head before a name
    ["De rekening van Hazenberg Autoparts staat nog open.", "instelling", ["Hazenberg Autoparts"]],
    ["Hij plukt paprika's bij Van der Sluis Kassen in Bleiswijk.", "instelling", ["Van der Sluis Kassen"]],
    ["De grond wordt verhuurd aan Maatschap Oldenhuis uit Ruinen.", "instelling", ["Maatschap Oldenhuis"]],
    ["Zij werkt in de bediening van Trattoria Bellavista in Gouda.", "instelling", ["Trattoria Bellavista"]],
    ["Dhr. Oldenhuis is boer in Ruinen.", "instelling", []],
    // a municipal desk + a town is the town; a desk + a region or village stays a regional body; a church congregation
    ["Afspraak bij de Stadswinkel Zutphen, loket 3.", "plaats", ["Zutphen"]],
    ["Ze meldde zich bij Werkplein Roermond voor een intake.", "plaats", ["Roermond"]],
    ["Brief van Gemeente Alphen aan den Rijn over de bijstand.", "plaats", ["Alphen aan den Rijn"]],
    ["Hij kerkt bij de Gereformeerde Gemeente Barneveld.", "plaats", []],
    ["Aanvraag loopt via Sociale Dienst De Liemers.", "instelling", ["Sociale Dienst De Liemers"]],
    // ages: "is wel al N", "(mijn zoon) is pas N", "(inmiddels N)", a birthday + "wordt N", a name + "wordt <date> N"
    ["dhr. Bosman is wel al 64, dus AOW komt eraan", "leeftijd", ["64"]],
    ["ahmed (mijn zoon) is pas 16 en wil werken", "leeftijd", ["16"]],
    ["Update: Sem (inmiddels 9) slaapt weer thuis.", "leeftijd", ["9"]],
    ["ze is morgen jarig, wordt 40 🎉", "leeftijd", ["40"]],
    ["Kevin de Groot wordt 14 maart 18. Dan stopt de jeugdhulp.", "leeftijd", ["18"]],
    // durations and counts are no ages
    ["de fabriek waar hij 12 jaar aan de band stond", "leeftijd", []],
    ["De omzet daalde in 3 jr. met een kwart.", "leeftijd", []],
    ["Vorderingen (9), waaronder:\n- Vitens", "leeftijd", []],
    ["Vorderingen (9), waaronder:\n- Vitens", "persoon", []],
    // dates: a participle + day-month, a timeline head after a comma, a line-start day-month + two spaces, month + "vorig jaar"
    ["Huisbezoek ingepland 14/11, mevrouw weet ervan.", "datum", ["14/11"]],
    ["Notitie (JdV), 03-02: klant belde terug.", "datum", ["03-02"]],
    ["12 mei 2024  intake\n3-6  start traject", "datum", ["12 mei 2024", "3-6"]],
    ["Hij is vertrokken in maart vorig jaar, zegt ze. Kamer 2.", "datum", ["maart vorig jaar"]],
    ["Sinds haar man weg is, oktober vorig jaar, doet ze alles alleen.", "datum", ["oktober vorig jaar"]], // no digit in the text
    ["Ze heeft 3/4 van de tijd geen werk.", "datum", []],
    // numbers: "…nummer wordt dan N"
    ["Zijn personeelsnummer wordt dan 41207.", "dossiernummer", ["41207"]],
    // addresses without a street word
    ["huisbezoek bij dhr. Smit, aan de Zeilmaker 21 is het geloof ik", "adres", ["Zeilmaker 21"]],
    ["Ze woont aan de Kogge 7-12 in de Waterwijk.", "adres", ["Kogge 7-12"]],
    ["wonend Hoofdkade Noordzijde 18 hs, 9671 AB Winschoten", "adres", ["Hoofdkade Noordzijde 18 hs"]],
    ["Woont in Muziekwijk, Kleine Fuga 12.", "adres", ["Kleine Fuga 12"]],
    // persons: lower-case names in notes and chats, particles, a found first name in lower case
    ["hallo mevrouw sanne, ik kom morgen niet", "persoon", ["sanne"]],
    ["- mw. de wit (61), woont alleen", "persoon", ["de wit"]],
    ["[09:01] ruud: dhr el amrani belt\n[09:02] ilse: ok\n[09:03] ruud: ik ga naar el amrani", "persoon", ["ruud", "el amrani", "ilse", "ruud", "el amrani"]],
    ["[09:01] koen van dijk: wie neemt dhr Bakker?\n[09:02] ilse: ik", "persoon", ["koen van dijk", "Bakker", "ilse"]],
    ["Dochter Femke (31) was erbij. mw. is moe. femke helpt met de post.", "persoon", ["Femke", "femke"]],
    ["[10:01] Femke de Jong: klaar?\n[10:02] Ahmed Bakr: ja, dank je, femke\n[10:03] Femke de Jong: top", "persoon", ["Femke de Jong", "Ahmed Bakr", "femke", "Femke de Jong"]],
    // false persons: a place after "te", an adjective + street
    ["Verslag huisbezoek te Ommen, 3 april", "persoon", []],
    ["Verslag huisbezoek te Ommen, 3 april", "plaats", ["Ommen"]],
    ["Jan te Velde belde.", "persoon", ["Jan te Velde"]],
    ["Ze werkt bij Bakkerij Ruis, Oude Haven, op zaterdag.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations in debt lists and amounts, -kerk names, lettered form sections, day-month after a decision", () => {
  it.each([
    // ambiguous organisations in frames only an organisation fills: a line item with an amount, a cost noun + amount,
    // a bracket after an amount or a bank word, a collector acting "namens" it
    ["Schulden:\n- ING (doorlopend krediet): € 3.100\n- Belastingdienst: € 800", "instelling", ["ING"]],
    ["Basic-Fit – abonnement, via incassobureau – € 95,00", "instelling", ["Basic-Fit"]],
    ["Vaste lasten: huur € 640, premie Porthos € 40.", "instelling", ["Porthos"]],
    ["Spaargeld: € 900,- (ING)", "instelling", ["ING"]],
    ["Hij heeft een rekening geopend (betaalrekening, ING) en wacht op zijn pas.", "instelling", ["ING"]],
    ["Brief van Intrum (namens Otto) ligt op tafel.", "instelling", ["Intrum", "Otto"]],
    // hard negatives: an ordinary word or a first name in the same frames
    ["Ik bel namens Otto, mijn buurman.", "instelling", []],
    ["- Plus: € 25 extra per maand", "instelling", []],
    ["Woonplaats (nu): € 4", "instelling", []],
    ["Hij kreeg € 50 (cadeau) van zijn oma.", "instelling", []],
    // a known first name + a one-word -kerk compound is a person (a village or surname, no church)
    ["Met vriendelijke groet,\nMarieke Ouwerkerk\nConsulent", "persoon", ["Marieke Ouwerkerk"]],
    ["Met vriendelijke groet,\nMarieke Ouwerkerk\nConsulent", "instelling", []],
    ["Ze zingt in het koor van de Westerkerk.", "instelling", ["Westerkerk"]],
    // lettered form sections are headings, no initial + surname
    ["AANVRAAG\nA. Aanvrager\nNaam: Lotte Bos\n\nB. Partner\nNaam: geen\n\nC. Inkomen\nLoon", "persoon", ["Lotte Bos"]],
    ["Met groet,\nA. Jansen\nConsulent", "persoon", ["A. Jansen"]],
    ["Voor akkoord,\n\nK. Verhulst\nS. Dieleman, consulent", "persoon", ["K. Verhulst", "S. Dieleman"]],
    // day-month without a year after a decision, a status word, a visit or "terug(bellen) na"
    ["Aanvraag afgewezen (14-03), bezwaar loopt.", "datum", ["14-03"]],
    ["Stand 12-04: rustig.", "datum", ["12-04"]],
    ["Verslag werkbezoek 09-05 bij de kwekerij.", "datum", ["09-05"]],
    ["Zoon belt terug na 3/6.", "datum", ["3/6"]],
    ["Ze wonnen na 3-1 de beker.", "datum", []],
    ["Na 2-3 weken kwam hij terug.", "datum", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: Limburg, Belgian and German border employers, venues, German border towns", () => {
  it.each([
    // Limburg sheltered work and employer desks, Belgian port pools and temp agencies, German border employers and banks
    ["Sinds maart werkt hij in de groenploeg van Avantiz in Kerkrade.", "instelling", ["Avantiz"]],
    ["We kijken of Podium24 een plek heeft in de montage.", "instelling", ["Podium24"]],
    ["Hij werkte jaren via Cepa op de kaaien.", "instelling", ["Cepa"]],
    ["Ze krijgt haar loon van Accent Jobs in Hasselt.", "instelling", ["Accent Jobs"]],
    ["Vroeger ploegendienst bij Glanzstoff, daarna bij Zentis.", "instelling", ["Glanzstoff", "Zentis"]],
    // organisations written with a lower-case start, expat help desks (only after a preposition), foreign universities
    ["Zijn moeder woont in een huis van tanteLouise.", "instelling", ["tanteLouise"]],
    ["Ze volgt de opleiding Verzorgende IG bij mboRijnland.", "instelling", ["mboRijnland"]],
    ["Ik heb hem doorverwezen naar ACCESS voor vragen over zijn contract.", "instelling", ["ACCESS"]],
    ["Hij haalde zijn diploma aan de Herat University in 2015.", "instelling", ["Herat University"]],
    ["Ze studeerde rechten aan de University of Damascus.", "instelling", ["University of Damascus"]],
    // culture venues, poppodia and theatres; word-like venue names only after a preposition
    ["Haar zoon danst in de jeugdgroep van Introdans.", "instelling", ["Introdans"]],
    ["Hij helpt als vrijwilliger bij Doornroosje met de bar.", "instelling", ["Doornroosje"]],
    ["Ze las Doornroosje voor aan haar dochter.", "instelling", []],
    ["Ze krijgt een werkervaringsplek bij Paradiso in de garderobe.", "instelling", ["Paradiso"]],
    ["Het Paard stond al jaren in de wei.", "instelling", []],
    // head words: German firm and bank words, funeral firms, sport and dance schools
    ["Hij werkte bij Gärtnerei Hoffmann in Straelen.", "instelling", ["Gärtnerei Hoffmann"]],
    ["De nota van Uitvaartverzorging Peeters is nog niet betaald.", "instelling", ["Uitvaartverzorging Peeters"]],
    ["Haar dochter zit op Dansschool Ritmo.", "instelling", ["Dansschool Ritmo"]],
    ["De uitvaartverzorging was goed geregeld, zegt ze.", "instelling", []],
    // places: German border towns, Maastricht's district Heer (only after a preposition), GGD regions
    ["Hij woont sinds vorig jaar in Übach-Palenberg, vlak over de grens.", "plaats", ["Übach-Palenberg"]],
    ["Haar broer werkt in Erkelenz en woont in Gangelt.", "plaats", ["Erkelenz", "Gangelt"]],
    ["Ze is verhuisd naar Heer, dichter bij haar dochter.", "plaats", ["Heer"]],
    ["Geachte Heer, hierbij ontvangt u de stukken.", "plaats", []],
    ["Weledelgeleerde Heer, namens cliënt schrijf ik u.", "instelling", []],
    ["Het consultatiebureau van de GGD Hollands Noorden belde.", "plaats", ["Hollands Noorden"]],
    // persons: first names and Flemish, Eritrean and South-Indian surnames
    ["Dochter Kayla (7) logeert bij oma.", "persoon", ["Kayla"]],
    ["Volgens Leontien is de huur al betaald.", "persoon", ["Leontien"]],
    ["Gesprek met mevrouw Ghebremedhin en haar zoon.", "persoon", ["Ghebremedhin"]],
    ["De buurman, dhr. Swinnen, helpt met de tuin.", "persoon", ["Swinnen"]],
    ["Dr. Subramanian van de polikliniek stuurt een brief.", "persoon", ["Subramanian"]],
    // hard negatives: foreign national bodies, a programme, department and form words, English months, nationality adjectives
    ["Hij krijgt een pensioen van de Deutsche Rentenversicherung en van de Federale Pensioendienst.", "instelling", []],
    ["Hij krijgt een pensioen van de Deutsche Rentenversicherung en van de Federale Pensioendienst.", "persoon", []],
    // decision (session 30): Home-Start is a named volunteer organisation with local branches, flagged like Schuldhulpmaatje
    ["Aanmelding bij Home-Start is gedaan, een vrijwilliger komt langs.", "instelling", ["Home-Start"]],
    ["Een opvoedcursus of thuisbegeleiding helpt haar misschien.", "instelling", []],
    ["Aan: team Kinderpsychiatrie, afdeling Geriatrie", "instelling", []],
    ["B. Opleiding\nC. Aanvrager\nD. Toestemming", "persoon", []],
    ["The first payment is in February, the second in March.", "plaats", []],
    ["Het geld staat op haar Belgische rekening bij de Belgische bank.", "instelling", []],
    ["Hij zoekt seizoenswerk in de ICT of de bouw.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages: chat answers, dates, '(N)' after a person word, timeline entries, marital-status lines", () => {
  it.each([
    // ages: a subjectless announced age in a chat answer or after an age
    ["[09:12] sanne: ja, wordt volgende maand 21, woont nog thuis", "leeftijd", ["21"]],
    ["[11:02] Joost: hoe oud is hij?\n[11:03] Petra: 58, wordt in maart 59 dus nog geen AOW", "leeftijd", ["58", "59"]],
    ["Het wordt volgende week 25 graden.", "leeftijd", []],
    ["ja, wordt volgende week 3 keer", "leeftijd", []],
    // a name + "werd op <date> N"
    ["Ruben Smit werd op 14 maart 18. Daarna stopte de jeugdhulp.", "leeftijd", ["18"]],
    ["Het werd op 5 mei 25.", "leeftijd", []],
    // a person word for the client before "(N)"; "sr." between a name and "(N)"
    ["Hij kwam als alleenstaande minderjarige (15) naar Nederland.", "leeftijd", ["15"]],
    ["Haar vader, dhr. Baldew sr. (77), woont in Almere.", "leeftijd", ["77"]],
    ["Er wonen veel jongeren (16) in de wijk.", "leeftijd", []],
    // a timeline entry with "N jaar" after the date
    ["12-03-2021: 18 jaar, start beschermd wonen in Ede", "leeftijd", ["18 jaar"]],
    ["2019: 2 jaar wachttijd voor een woning", "leeftijd", []],
    // durations: a duration verb before adverbs, a cost item before an amount
    ["Dat duurt nog zeker 2-3 jaar.", "leeftijd", []],
    ["• opleiding Sociaal Werk, 4 jaar, € 1.200 per jaar", "leeftijd", []],
    // a person word, a name between commas and "is N"; English "who is N"
    ["De jongste, Fenna, is 6 en zit in groep 3.", "leeftijd", ["6"]],
    ["My father, who is 81, lives alone.", "leeftijd", ["81"]],
    ["De klant, Jansen, is 3 keer niet gekomen.", "leeftijd", []],
    // a note line opening with a marital status and closing with ", N"
    ["- weduwnaar sinds mei 2023, 83\n- woont zelfstandig", "leeftijd", ["83"]],
    ["- gescheiden sinds 2019, 3 kinderen", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: youth work, Bbz advice and micro-credit, volunteer help, 'Immo' estate agents, Afghan provinces", () => {
  it.each([
    // youth-work organisations, also after a role in brackets
    ["Contact via de jongerenwerker (Dynamo Jongerenwerk) over een stage.", "instelling", ["Dynamo Jongerenwerk"]],
    ["Hij gaat vanaf maart naar Triade Jongerenwerk voor een leerwerkplek.", "instelling", ["Triade Jongerenwerk"]],
    ["Het jongerenwerk komt volgende week langs.", "instelling", []],
    // Bbz / self-employment advice and micro-credit organisations
    ["De levensvatbaarheid wordt onderzocht door Zicht op Ondernemen.", "instelling", ["Zicht op Ondernemen"]],
    ["Hij heeft een microkrediet aangevraagd bij Qredits.", "instelling", ["Qredits"]],
    ["Aanvraag via het Bbz-loket, zicht op ondernemen is er nog niet.", "instelling", []],
    // volunteer help and farmer support
    ["Mevrouw wordt aangemeld bij Stut en Steun voor hulp met de post.", "instelling", ["Stut en Steun"]],
    ["De boer is doorverwezen naar Zorg om de Boer en heeft LTO Noord gebeld.", "instelling", ["Zorg om de Boer", "LTO Noord"]],
    ["Hij maakt zich zorgen om de boer naast hem.", "instelling", []],
    // Belgian estate agents: "Immo" + name
    ["De woning wordt verkocht via Immo Peeters in Hasselt.", "instelling", ["Immo Peeters"]],
    // a village near Zeist; Afghan provinces as places abroad
    ["Hij slaapt in zijn auto op de parkeerplaats bij Austerlitz.", "plaats", ["Austerlitz"]],
    ["Hij is als militair uitgezonden geweest naar Helmand en Kunduz.", "plaats", ["Helmand", "Kunduz"]],
    // never flagged: target-group teams, consultation hours, after-school care, airport halls
    ["Overleg in het kanaal Team Tienermoeders en Team Jonge Ouders.", "instelling", []],
    ["Zij kan terecht op het Moeder-Baby-spreekuur van het ziekenhuis.", "instelling", []],
    ["De kinderen gaan na school naar de BSO.", "instelling", []],
    ["De kinderen gaan na school naar BSO De Vlinder.", "instelling", ["BSO De Vlinder"]],
    ["Hij werkte als beveiliger in Vertrekhal 3 en later in de Aankomsthal.", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("words after a title, names that are languages, optical and legal firms, ages in chats and clauses", () => {
  it.each([
    // a title + "in/op de" + a lower-case noun is a preposition phrase; a strong past tense after a title is a verb
    ["Beiden werken via een uitzendbureau, dhr. in de kassen in Naaldwijk, mw. in de thuiszorg.", "persoon", []],
    ["Volgens de buren liep dhr. om 7 uur naar de bus; mw. verliet het huis pas later.", "persoon", []],
    ["Gesprek met dhr. bakker over de huur.", "persoon", ["bakker"]],
    // an articled place after "in": no surname
    ["Zijn tante woont in Den Haag en zijn oom in De Bilt.", "plaats", ["Den Haag", "De Bilt"]],
    ["Zijn tante woont in Den Haag en zijn oom in De Bilt.", "persoon", []],
    // a first name that is also a language, next to a language or after "spreekt"
    ["Ze spreekt Nederlands en Frans, een beetje Duits.", "persoon", []],
    ["mw. spreekt alleen Frans", "persoon", []],
    ["Frans en Ahmed komen morgen langs.", "persoon", ["Frans", "Ahmed"]],
    // a name + a legal or optical trade word is a firm; Belgian "Immo X" estate agents
    ["Hij heeft een advocaat bij Verbeek Arbeidsrecht in Tilburg.", "instelling", ["Verbeek Arbeidsrecht"]],
    ["De schuld is van Noordster Vision, een brillenzaak.", "instelling", ["Noordster Vision"]],
    ["De woning is getaxeerd door Immo Claessens uit Hasselt.", "instelling", ["Immo Claessens"]],
    // a department word on a signature line
    ["Met vriendelijke groet,\nKees Bos\nMedewerker Bemoeizorg, gemeente Hengelo", "persoon", ["Kees Bos"]],
    // a child facility + "van" + a first name: the child, and the school's name in brackets
    ["Er kwam een melding van het kinderdagverblijf van Sem (De Zonnebloem) over luiers.", "instelling", ["De Zonnebloem"]],
    ["Er kwam een melding van het kinderdagverblijf van Sem (De Zonnebloem) over luiers.", "persoon", ["Sem"]],
    // ages: a how-old question's own guess and its answer after a "Name (hh:mm):" head
    ["Karin (09:10): hoe oud is zij nu, 23?\nJoost (09:12): 23 ja, woont nog thuis", "leeftijd", ["23", "23"]],
    ["Karin (09:10): hoe oud is het dossier, 3 weken?", "leeftijd", []],
    // a pronoun + "wordt op <date> N"
    ["Hij wordt op 12 juni 2025 21. Dan stopt de toeslag.", "leeftijd", ["21"]],
    ["Het wordt op 3 juli 2025 30 graden.", "leeftijd", []],
    ["De huur wordt op 1 juli 2025 15 euro hoger.", "leeftijd", []],
    // "toen" before the age; "zelf" before "is N"
    ["Hij kwam in 2016 uit Syrië; hij was toen 15. Daarna ging hij naar school.", "leeftijd", ["15"]],
    ["Hij was toen 2 weken ziek.", "leeftijd", []],
    ["Mevrouw Demir zelf is 48 en werkt niet.", "leeftijd", ["48"]],
    // a person + a residence participle + "(N)"; months in brackets keep their unit
    ["Op het adres staat ook een K. Wiśniewski ingeschreven (34).", "leeftijd", ["34"]],
    ["Ze woont met zoontje Ravi (bijna 7 maanden) bij haar moeder.", "leeftijd", ["7 maanden"]],
    ["Jan Smit gebeld (2) zonder resultaat.", "leeftijd", []],
    // ", nu N" after an age at an event; an elliptic sibling sentence
    ["Mark is op zijn 16e gaan werken in de haven, nu 47 en versleten.", "leeftijd", ["16e", "47"]],
    ["Mark is op zijn 16e gaan werken, nu 3 jaar werkloos.", "leeftijd", ["16e"]],
    ["Noor is zeven. Daan veertien.", "leeftijd", ["zeven", "veertien"]],
    ["Noor is zeven. Daan 2 keer ziek geweest.", "leeftijd", ["zeven"]],
    // a bullet opening with a lower-case first name or a name found earlier + a verb
    ["Gesprek met mw. Anna Lewandowska.\n- lewandowska spreekt weinig NL\n- sanne belt vrijdag terug", "persoon", ["Anna Lewandowska", "lewandowska", "sanne"]],
    ["Notities:\n- huur betaald\n- aanvraag loopt nog", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: swimming pools, school boards, tax cooperations, districts of Oss, Eastern European first names", () => {
  it.each([
    // named municipal swimming pools (…bad)
    ["De kinderen hebben zwemles in het Mirandabad op woensdag.", "instelling", ["Mirandabad"]],
    ["Het bad was te heet, zegt mevrouw.", "instelling", []],
    // school boards and a regional work company
    ["Haar zoon zit op een school van Spaarnesant; de intern begeleider belde.", "instelling", ["Spaarnesant"]],
    ["Jobcoach Tom de Wit (Rijnvicus) komt volgende week langs.", "instelling", ["Rijnvicus"]],
    // municipal tax cooperations: the whole name, not the region
    ["Er is kwijtschelding gevraagd bij Gemeentelijke Belastingen West-Brabant voor 2024.", "instelling", ["Gemeentelijke Belastingen West-Brabant"]],
    ["Hij verhuisde van West-Brabant naar Utrecht.", "instelling", []],
    // spelling variants and merged names
    ["Het gezin krijgt steun van Zorg om Boer en Tuinder.", "instelling", ["Zorg om Boer en Tuinder"]],
    ["Jongerenwerker Sam Pot (Tympaan-De Baak) belt haar.", "instelling", ["Tympaan-De Baak"]],
    // a housing corporation written with an apostrophe
    ["Er is een huurachterstand bij 'thuis van € 800.", "instelling", ["'thuis"]],
    // word-like organisation names: only with a preposition
    ["Hij voetbalt bij ARC in de JO17.", "instelling", ["ARC"]],
    ["Ze kreeg een nieuwe impuls van de coach.", "instelling", []],
    // accountancy firms next to a place: firm and place apart
    ["De jaarcijfers komen van Flynth in Heerenveen.", "instelling", ["Flynth"]],
    ["De jaarcijfers komen van Flynth in Heerenveen.", "plaats", ["Heerenveen"]],
    // Drenthe village that is also a word: only after a preposition, never lower-case in a chat
    ["Het bedrijf ligt in Anderen, vlak bij de N34.", "plaats", ["Anderen"]],
    ["[09:01] piet: hij deelt de flat met drie anderen\n[09:02] kees: ok", "plaats", []],
    ["Anderen hebben daar geen last van.", "plaats", []],
    // districts of Oss
    ["Ze wonen sinds kort in Schadewijk.", "plaats", ["Schadewijk"]],
    // first names: Bulgarian, Hungarian, Frisian, Portuguese; Ferry is a name
    ["Collega Krasimir en zijn vrouw Krisztina werken in de kas.", "persoon", ["Krasimir", "Krisztina"]],
    ["De jongste, Rinse, is net geboren; vader João werkt in de haven.", "persoon", ["Rinse", "João"]],
    ["Heb je Ferry al gebeld over de shirts?", "persoon", ["Ferry"]],
    ["Heb je Ferry al gebeld over de shirts?", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages in household lists and chats, firms named like persons", () => {
  it.each([
    // a full date of birth + the age in brackets (the year and the age add up to a recent year)
    ["Kinderen:\nSem Bakker, 03-04-2012 (12) – basisschool\nLotte Bakker, 21-09-2016 (8)", "leeftijd", ["12", "8"]],
    ["Zie de brief van 12-02-2010 (3) in het dossier.", "leeftijd", []],
    // a relation word + a bracket with a note (illness, name) and the age
    ["Hij zorgt voor zijn moeder (dementie, 81) en werkt halve dagen.", "leeftijd", ["81"]],
    ["Na de verhuizing van haar dochter (Noor, nu 6) is ze rustiger.", "leeftijd", ["6"]],
    ["Haar zoon (groep 4) gaat naar de Regenboog.", "leeftijd", []],
    // a relation word, the name in brackets, then is + age
    ["Haar zusje (Mila) is 9, dus nog op de basisschool.", "leeftijd", ["9"]],
    ["Haar zusje (Mila) is 2 keer gevallen.", "leeftijd", []],
    // a chat line without subject: "is gisteren N geworden"
    ["[09:02] Petra Mulder: is vorige week 21 geworden, dus de jongerennorm vervalt", "leeftijd", ["21"]],
    ["[09:02] Petra Mulder: het aantal is 21 gebleven", "leeftijd", []],
    // Frisian pronouns before is + age
    ["[10:01] Durk: hy is 58, sit al lang thús", "leeftijd", ["58"]],
    // a lower-case first name + surname with the age in brackets
    ["vraag over marek kowalski (36), nieuw aangemeld", "leeftijd", ["36"]],
    ["vraag over aanvraag bijzondere (36), nieuw aangemeld", "leeftijd", []],
    // a second person + age after "is N en"
    ["Sara is 6 en Daan 9. Beide op school.", "leeftijd", ["6", "9"]],
    ["Sara is 6 en Daan gaat naar de opvang.", "leeftijd", ["6"]],
    // ", die nu N is en …"
    ["Haar broer Youssef, die nu 23 is en bij haar woont, betaalt mee.", "leeftijd", ["23"]],
    // durations and norms are no ages
    ["Hij is 4 jaar heftruckchauffeur geweest bij een distributiecentrum.", "leeftijd", []],
    ["Persoonlijke lening, looptijd 5 jaar, maandlast € 120.", "leeftijd", []],
    ["De pensioenleeftijd ligt op 67 jaar voor hem.", "leeftijd", []],
    // "van den" + a company word is a surname; a coined word + "-De/-Het" + name is a merged organisation
    ["Aanwezig: klantmanager Piet van der Glas, jobcoach Anna Smit", "persoon", ["Piet van der Glas", "Anna Smit"]],
    ["Aanwezig: klantmanager Piet van der Glas, jobcoach Anna Smit", "instelling", []],
    ["Doorverwezen naar jongerenwerk (Welzijnspunt-De Brug) voor begeleiding.", "instelling", ["Welzijnspunt-De Brug"]],
    ["Getuige: Anna Jansen-De Vries (buurvrouw)", "persoon", ["Anna Jansen-De Vries"]],
    // a street-shaped second word is no person
    ["Gesprek op locatie Burgemeester Visserlaan, Ede", "persoon", []],
    // a name + a trade compound is a firm
    ["Hij werkt als chauffeur bij Bosman Containerverhuur in de haven.", "instelling", ["Bosman Containerverhuur"]],
    ["Schulden bij Helder Schoonmaakbedrijf en de huur.", "instelling", ["Helder Schoonmaakbedrijf"]],
    // a work status after a title is no name
    ["dhr. zzp schilder, omzet gedaald", "persoon", []],
    // an "Adres:" field opens a street without a street word (also after a Frisian article "It")
    ["Naam: Sjoukje Hoekstra\nAdres: It Heechhiem 7\nPostcode: 9001 AB", "adres", ["It Heechhiem 7"]],
    ["Bezoekadres: Kolk 3\nOpen op dinsdag", "adres", ["Kolk 3"]],
    ["Adres: Week 12 planning", "adres", []],
    // a street on -eind and the side of a canal street (ZZ/NZ/OZ/WZ)
    ["Ze woont nu boven, Kerkeind ZZ 14, geen lift.", "adres", ["Kerkeind ZZ 14"]],
    ["Nieuw adres: Achterstraat WZ 22b, Alphen.", "adres", ["Achterstraat WZ 22b"]],
    ["Hij is het hele weekeind 2 keer gebeld.", "adres", []],
    // a district desk or team + a (hyphenated) district, a target group or a field label + a place: the place only
    ["Gesprek op het servicepunt Lewenborg met de klantmanager.", "instelling", []],
    ["Gesprek op het servicepunt Lewenborg met de klantmanager.", "plaats", ["Lewenborg"]],
    ["Groepsapp \"Buurtteam Kanaleneiland-Zuilen\" aangemaakt", "instelling", []],
    ["Kanaal \"Statushouders Amersfoort\" – vrijdag", "instelling", []],
    ["Klantnummer Tilburg: 4471023", "instelling", []],
    ["Ze werkt bij Bouwgroep Zoetermeer als planner.", "instelling", ["Bouwgroep Zoetermeer"]],
    // a chat or channel word opening a title is no part of an organisation name
    ["Teams-chat Schuldhulp Zaanstad – ma 3 juni", "instelling", []],
    ["Teams-chat Schuldhulp Zaanstad – ma 3 juni", "plaats", ["Zaanstad"]],
    // "Huis van de Wijk" + a building name is one organisation, no person "van de Wijk"
    ["Afspraak in Huis van de Wijk De Vonk, Zwolle.", "instelling", ["Huis van de Wijk De Vonk"]],
    ["Afspraak in Huis van de Wijk De Vonk, Zwolle.", "persoon", []],
    // a relation word opening a sentence before a verb or bracket is the relation; after a title it is a name
    ["12-03: Buurvrouw belt dat de post zich ophoopt.", "persoon", []],
    ["Gesprek met mevrouw Buurman over haar huur.", "persoon", ["Buurman"]],
    // a plural verb before its inverted subject and an adjective after a title are no names
    ["Volgens dhr. slapen de kinderen slecht.", "persoon", []],
    ["Tel. dhr. nieuw: 06-12 34 56 78", "persoon", []],
    ["Volgens mw. bakker de kinderen niet.", "persoon", ["bakker"]],
    // a trade compound + a known surname is the firm, without the word before it on a bullet line
    ["- Navraag Loodgietersbedrijf Visser in Sneek gedaan", "instelling", ["Loodgietersbedrijf Visser"]],
    // an English shop name "trade + by + owner"; a club compound + its district or town
    ["Ze heeft een eigen zaak aan huis (Lashes by Noor) sinds mei.", "instelling", ["Lashes by Noor"]],
    ["Ze luistert graag naar Stand by Me.", "instelling", []],
    ["Met sportieve groet,\nJan de Wit\nSecretaris Tennisclub Lewenborg", "instelling", ["Tennisclub Lewenborg"]],
    ["Gesprek op het Stadskantoor Leeuwarden gepland.", "instelling", []],
    // the capitalised words after a trade-name label are the firm; "het" + a -bad compound is a named pool
    ["Hij staat ingeschreven onder handelsnaam DK Klussen sinds 2021.", "instelling", ["DK Klussen"]],
    ["De kinderen zwemmen in het Sportfondsenbad op woensdag.", "instelling", ["Sportfondsenbad"]],
    ["Ze ging met de kinderen naar het Zwembad.", "instelling", []],
    // a day-month right before a clock time; "hb" (huisbezoek) announces a date
    ["bericht gestuurd 3/10 09:15 – geen reactie", "datum", ["3/10"]],
    ["- hb 14/3 bij fam. Yilmaz", "datum", ["14/3"]],
    ["Spreekuur ma 9-12 13:00-17:00 op het stadskantoor", "datum", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: thrift shops, re-integration firms, lyceum schools, foreign eateries, Persian and Polish first names", () => {
  it.each([
    // thrift shops (kringloop) and re-integration firms are named organisations
    ["Ze brengt de oude kast naar Snuffelmug in de Haarlemmerstraat.", "instelling", ["Snuffelmug"]],
    ["Hij doet vrijwilligerswerk bij de Rommelstop aan de Industrieweg.", "instelling", ["Rommelstop"]],
    ["Re-integratietraject loopt via Agens, contactpersoon is de jobcoach.", "instelling", ["Agens"]],
    ["Traject aangevraagd bij Sterk in Werk voor een werkfit-traject.", "instelling", ["Sterk in Werk"]],
    ["Hij is sterk in werk met zijn handen.", "instelling", []],
    // named -lyceum/-college schools and school locations
    ["Haar zoon gaat na de zomer naar het Spinozalyceum.", "instelling", ["Spinozalyceum"]],
    ["De mentor van Hooghuis West belde over verzuim.", "instelling", ["Hooghuis West"]],
    ["Het lyceum belde over verzuim.", "instelling", []],
    // a foreign eatery word makes the capitalised words after it an institution
    ["Ze werkt in de keuken van Warung Bintang Jaya in Den Haag.", "instelling", ["Warung Bintang Jaya"]],
    ["Ze werkt in de keuken van Warung Bintang Jaya in Den Haag.", "plaats", ["Den Haag"]],
    // Amsterdam-Noord organisations and a regional credit bank; care locations
    ["Hij loopt elke dag door winkelcentrum Boven 't Y naar de bus.", "instelling", ["Boven 't Y"]],
    ["Mevrouw krijgt ondersteuning van Mantelzorg & Meer.", "instelling", ["Mantelzorg & Meer"]],
    ["Aanmelding Kredietbank Noord-Nederland verstuurd.", "instelling", ["Kredietbank Noord-Nederland"]],
    ["Via de Kredietbank loopt het budgetbeheer.", "instelling", []],
    ["Zijn moeder woont in Zonnehuis Oosterpoort.", "instelling", ["Zonnehuis Oosterpoort"]],
    // benefits, national-body departments, care programmes and sector cao's are no organisations
    ["Mevrouw heeft recht op AIO via de SVB.", "instelling", []],
    ["Navraag gedaan bij het Bureau Buitenland van de SVB.", "instelling", []],
    ["Aangemeld bij het team Vroege Psychose van de GGZ.", "instelling", []],
    ["Het loon valt onder de cao Metaal & Techniek.", "instelling", []],
    ["Hij bouwt pensioen op bij Pensioenfonds Metaal en Techniek.", "instelling", ["Pensioenfonds Metaal en Techniek"]],
    ["Afspraken staan in een WhatsApp-herinnering.", "instelling", []],
    // first names: Persian, Polish and English names
    ["Moeder, Shirin en haar zoon Arash komen samen.", "persoon", ["Shirin", "Arash"]],
    ["Vandaag belde Grace over de toeslag.", "persoon", ["Grace"]],
    ["Antoni is vandaag niet naar de opvang geweest.", "persoon", ["Antoni"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("age pairs, chat age guesses, case-intake verbs", () => {
  it.each([
    // the children's ages as a pair after a count or a children word
    ["[14:20] Ilse: heeft ze kids?\n[14:21] Ruud: 3, van 2 en 9\n[14:22] Ilse: ok", "leeftijd", ["2", "9"]],
    ["Hij heeft een zoon uit een eerder huwelijk; de andere twee zijn 4 en 11.", "leeftijd", ["4", "11"]],
    ["De kosten voor de andere twee zijn 3 en 6 euro per maand.", "leeftijd", []],
    ["Ze had 2 afspraken, van 3 en 7 maart, gemist.", "leeftijd", []],
    // a chat message opening with an age guess or "N sinds <date>"
    ["[10:11] joost: ken ik. 19 of 20 nu\n[10:12] Mirjam: 20 sinds 5 maart. hij zoekt werk", "leeftijd", ["19", "20", "20"]],
    ["[10:11] joost: kan het om 14 of 15 nu?", "leeftijd", []],
    ["Aantal meldingen 18 sinds 2 oktober.", "leeftijd", []],
    // a name + the verb of bringing in a case, then ", N,"
    ["[09:07] Fenna: ik wil dhr Bram Koster inbrengen, 47, schulden, woont in Hengelo", "leeftijd", ["47"]],
    ["Ik wil dhr Bram Koster inbrengen, 14:00 uur past.", "leeftijd", []],
    // a nationality in the bracket after the name, then the age
    ["Mw. Agnieszka Nowak (Poolse nationaliteit, 44) huurt een kamer in Venlo.", "leeftijd", ["44"]],
    ["Mw. Agnieszka Nowak (Poolse nationaliteit, sinds 2019) huurt een kamer.", "leeftijd", []],
    // a subject-less list line "- wordt N in <month>"
    ["Situatie:\n- woont alleen in Nunspeet\n- wordt 66 in april, daarna AOW", "leeftijd", ["66"]],
    ["Acties:\n- wordt 3 maanden verlengd\n- wordt 5 in totaal", "leeftijd", []],
    // the first half of an elliptic compound "X- en Y…" is no name
    ["Aanwezig: Ruud Smit – jeugd- en gezinscoach, Ouder- en Kindteam Noord", "persoon", ["Ruud Smit"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("day-month frames, programme and street names", () => {
  it.each([
    // a day-month opening a line after a report word ("Melding 02/02:")
    ["Melding 14/03: de verhuurder meldt een huurachterstand van twee maanden.", "datum", ["14/03"]],
    ["Aanmelding 7-11: via de wijkcoach binnengekomen.", "datum", ["7-11"]],
    ["Melding 3/4 van de tijd niet afgehandeld.", "datum", []],
    // a day-month after a comma closing a heading line with a colon
    ["Verslag casusregisseur Ilse de Boer, 21-05:\nKlant was aanwezig.", "datum", ["21-05"]],
    ["Uitslag wedstrijd Ajax, 3-1:\nniet relevant.", "datum", []],
    // one capitalised compound ending in a street word is a street or square
    ["De bedrijfsleider van de supermarkt op het Kerkplein belde mij vanochtend.", "persoon", []],
    ["Mw. Kerkplein belde vanochtend.", "persoon", ["Kerkplein"]],
    // a pronominal-adverb compound names a programme
    ["Signaal binnengekomen via Samen Erbij, huurachterstand € 900.", "persoon", []],
    ["Aanmelding via Erop via Jan Erbij.", "persoon", ["Jan Erbij"]],
    ["Kun je de achterstand oppakken (via Samen Erbij?) zodat de ontruiming stopt?", "instelling", []],
    // an inflected adjective + a plural noun is a team or section
    ["Met vriendelijke groet,\nKarin Post\nConsulent Maatschappelijke Zaken", "persoon", ["Karin Post"]],
    ["Mevrouw Vriendelijke Jansen kwam langs.", "persoon", ["Vriendelijke Jansen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("an English transfer line names organisations", () => {
  it.each([
    // "From X to Y at Z" in an exported record: the capitalised operands are departments or organisations
    ["Ontslagbrief.\nFrom Healthcare to NV at NV.\n", "instelling", ["Healthcare", "NV", "NV"]],
    ["From De Zilverling to Aquarium at Waaier.", "instelling", ["De Zilverling", "Aquarium", "Waaier"]],
    // days, persons and lower-case English stay what they are
    ["From Monday to Friday, as agreed.", "instelling", []],
    ["From Anna to Bram: thanks!", "instelling", []],
    ["From Anna to Bram: thanks!", "persoon", ["Anna", "Bram"]],
    ["Hij belde from time to time met Karin.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: Brabant and Limburg food firms, cleaning firms, bank divisions, Frisian and Indian first names", () => {
  it.each([
    // Brabant and Limburg food and manufacturing firms without a cue
    ["Teboza zoekt weer oogsters voor het seizoen.", "instelling", ["Teboza"]],
    ["Na de zomer kan hij aan de slag bij Brabantia als inpakker.", "instelling", ["Brabantia"]],
    ["Nutricia in Cuijk heeft hem een proefplaatsing aangeboden.", "instelling", ["Nutricia"]],
    // word-like or surname-like firms only with a preposition; the surname stays a person
    ["Ze werkt via het uitzendbureau bij Hutten als keukenhulp.", "instelling", ["Hutten"]],
    ["Hutten bouwen in het bos vindt hij het leukst.", "instelling", []],
    ["Hij draait ploegen bij Van Geloven in Tilburg.", "instelling", ["Van Geloven"]],
    ["Aanwezig: dhr. Jan Hak en mevrouw Van Geloven.", "persoon", ["Jan Hak", "Van Geloven"]],
    // cleaning firms, regional public transport and care organisations written as abbreviations or single names
    ["CSU heeft de proefplaatsing na twee weken stopgezet.", "instelling", ["CSU"]],
    ["Openstaand: Vattenfall, GVB (boetes) en een oude rekening.", "instelling", ["Vattenfall", "GVB"]],
    ["HTM Personenvervoer zoekt buschauffeurs.", "instelling", ["HTM Personenvervoer"]],
    ["Vitalis heeft een leerwerkplek op de afdeling dagbesteding.", "instelling", ["Vitalis"]],
    // northern youth care and schools
    ["Aanmelding loopt via Kinnik, daarna volgt een intake.", "instelling", ["Kinnik"]],
    ["Hij zat tot vorig jaar op Lyndensteyn en nu thuis.", "instelling", ["Lyndensteyn"]],
    ["Zijn zus zit op het Ubbo Emmius in Stadskanaal.", "instelling", ["Ubbo Emmius"]],
    // business divisions of banks and DIY chains
    ["Schulden bij o.a. ING Bank en Gamma Zakelijk.", "instelling", ["ING Bank", "Gamma Zakelijk"]],
    // word-like names: only in context
    ["Hij heeft een abonnement bij Ben en een schuld bij Otto.", "instelling", ["Ben", "Otto"]],
    ["Ben belt morgen terug.", "instelling", []],
    ["Aanvraag noodfonds gedaan bij SUN.", "instelling", ["SUN"]],
    ["The sun was shining. SUN en zee op vakantie.", "instelling", []],
    // districts and places
    ["Hij liep stage op Strijp-T bij een meubelmaker.", "plaats", ["Strijp-T"]],
    ["Van gemeente: team schuldhulp Laak.", "plaats", ["Laak"]],
    ["Mevrouw J. van der Laak belde.", "persoon", ["J. van der Laak"]],
    // Frisian first names, short Indian names and short forms
    ["Hinne en Sikke komen samen naar het spreekuur.", "persoon", ["Hinne", "Sikke"]],
    ["- Kabir, 9 jaar", "persoon", ["Kabir"]],
    ["ok, ik bel hem morgen. thx Mel", "persoon", ["Mel"]],
    // not organisations or places: school software, diagnoses, methods, departments, public advice desks
    ["Het cijfer staat in Magister, de absentie in Somtoday.", "plaats", []],
    ["Bij LVB en ADHD is extra uitleg nodig.", "instelling", []],
    ["We werken met Signs of Safety en Triple P.", "instelling", []],
    ["Werkgever: Vanderlande, afdeling Montage hal 3.", "instelling", ["Vanderlande"]],
    ["Verwijzing naar het GrensInfoPunt voor vragen over belasting.", "instelling", []],
    ["Verwijzing naar GrensInfoPunt Rijn-Waal is zinvol.", "instelling", ["GrensInfoPunt Rijn-Waal"]],
    ["Laatste school: Harens Lyceum, havo 4.", "instelling", ["Harens Lyceum"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("age columns in tables, announced ages, employer columns, form labels", () => {
  it.each([
    // a table column headed by an age word: pipe, semicolon and fixed-width tables
    ["Naam | Functie | Lft | Status\nKees Bos | monteur | 44 | start\nIne Wit | kok | 23 jaar | loopt", "leeftijd", ["44", "23 jaar"]],
    ["nr; naam; leeftijd; woonplaats\n1; Anouk Smit; 16; Sneek\n2; Rik Bakker; 17; Joure", "leeftijd", ["16", "17"]],
    ["Naam          Relatie    Leeftijd (jr)   Plaats\nPiet Jansen   vader      54              Zwolle\nAnna Jansen   moeder     51              Zwolle", "leeftijd", ["54", "51"]],
    // hard negative: a column that is no age ("Leeftijd schuld", an amount column)
    ["Schuldeiser | Bedrag | Leeftijd schuld\nVGZ | 300 | 3", "leeftijd", []],
    // announced ages: a time, the verb, the subject and the age
    ["[10:02] nina: volgende week word je 40 toch?\n[10:03] joep: klopt", "leeftijd", ["40"]],
    ["In maart wordt Sefa 18. Dan stopt de jeugdhulp.", "leeftijd", ["18"]],
    ["Hij is sinds kort 21 en woont alleen.", "leeftijd", ["21"]],
    ["Dan word je 3 keer gebeld.", "leeftijd", []],
    ["Op 1 mei wordt Utrecht 3 jaar geleden genoemd.", "leeftijd", []],
    // role and person nouns with an age
    ["Aanwezig: Ans Kok (cliënte, 52) en haar zoon.", "leeftijd", ["52"]],
    ["Een bewoner van 88 vroeg naar haar.", "leeftijd", ["88"]],
    ["De buurvrouw van nummer 12 belde.", "leeftijd", []],
    // a number word after a name apposition closed by a dash
    ["- Rik Dekker, zeventien – wil naar de mbo.", "leeftijd", ["zeventien"]],
    // a baby's age in months; a numbered participant with an age
    ["Ze komt met haar baby (3 mnd) naar de les.", "leeftijd", ["3 mnd"]],
    ["- nr. 4 (52) heeft een rolstoel", "leeftijd", ["52"]],
    ["- nr. 4 (bijlage) heeft een stempel", "leeftijd", []],
    // a job in a CV line with its duration is no age
    ["Werkervaring: orderpicker bij Bol in Waalwijk, 2 jaar; daarna thuis", "leeftijd", []],
    ["Werkervaring: schoonmaker, 4 jaar", "leeftijd", []],
    ["Klant van me, Iris Bos, 19 jr, zit thuis.", "leeftijd", ["19 jr"]],
    // organisations: a column of employers, a business tail, a shop with a place inside, a list marker
    ["Werkgever | Functie | Kandidaat\nKlaassen | kok | Eva Smit\nDrukkerij Moes | hulp | Piet Bos", "instelling", ["Klaassen", "Drukkerij Moes"]],
    ["Schulden bij o.a. ING Bank en Praxis Zakelijk.", "instelling", ["ING Bank", "Praxis Zakelijk"]],
    ["Ze werkt bij Yilmaz Izmir Market in de wijk.", "instelling", ["Yilmaz Izmir Market"]],
    ["We gingen naar de Turkse Supermarkt.", "instelling", []],
    // form labels and an all-caps heading are no organisations
    ["Huidige school: Dockinga College\nContact school: a@b.nl", "instelling", ["Dockinga College"]],
    ["JAARVERSLAG EN VERANTWOORDING BEWIND 2025\nNaam: Jan de Boer", "instelling", []],
    // persons: initials + role-word surname after a title; lower-case names with a signal
    ["t.a.v. de heer P. Arts, afdeling Debiteuren", "persoon", ["P. Arts"]],
    ["De mentor belde.", "persoon", []],
    ["[09:01] tim: hoi\n[09:02] noor: roos (dochter, 6) is ziek", "persoon", ["tim", "noor", "roos"]],
    ["12:01 – goedemorgen willemijn ik ben ziek", "persoon", ["willemijn"]],
    ["Onderwerp: plaatsing rachid\n\nRachid doet het goed.", "persoon", ["rachid", "Rachid"]],
    // dates: a visit + place + day-month, a line opening with a day-month and a contact word
    ["notitie huisbezoek Heerlen 3/11, moeder aanwezig", "datum", ["3/11"]],
    ["12/4 tel. gesprek met klant", "datum", ["12/4"]],
    ["2/3 van de klanten belt niet", "datum", []],
    // a payroll-tax number after its keyword
    ["Loonheffingennummer: 812345678L01", "dossiernummer", ["812345678L01"]],
    ["Artikelcode 812345678L01", "dossiernummer", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: municipal teams, Flemish care homes, gig platforms, West-Brabant and Zeeland villages and surnames", () => {
  it.each([
    // municipal departments and teams are no names or organisations; a named intermunicipal bureau is
    ["Vriendelijke groet,\nPetra Smit\nconsulent Zelfstandigen", "persoon", ["Petra Smit"]],
    ["Gemeente Zwolle\nTeam Rechtmatigheid\nPostbus 10007", "instelling", []],
    ["Graag reactie aan Team Toezicht en Handhaving.", "instelling", []],
    ["Het dossier ligt bij team Controle en Onderzoek.", "instelling", []],
    ["Sprak met Wendy van Sociale Recherche.", "instelling", []],
    ["De aanvraag loopt via Bureau Zelfstandigen Twente.", "instelling", ["Bureau Zelfstandigen Twente"]],
    // self-help groups are generic
    ["Hij bezoekt wekelijks een AA-bijeenkomst en daarna de NA-groep.", "instelling", []],
    ["Ze gaat weer naar de AA-groep in Utrecht.", "instelling", []],
    // paperwork nouns after "mw" in a chat are no surnames
    ["[10:01] sanne: ik vraag bij mw loonstroken op\n[10:02] tim: ok", "persoon", ["sanne", "tim"]],
    ["[10:01] sanne: ik vraag bij mw jaaropgaven op\n[10:02] tim: en bij mw bakker?", "persoon", ["sanne", "tim", "bakker"]],
    // Flemish care homes, bewind firms and "-buro" offices as head words
    ["Haar vader woont in WZC De Linde in Lokeren.", "instelling", ["WZC De Linde"]],
    ["Post gaat via Bewindbureau Noorderlicht.", "instelling", ["Bewindbureau Noorderlicht"]],
    ["Zijn boekhouder werkt bij Administratieburo De Vries.", "instelling", ["Administratieburo De Vries"]],
    ["Een woonzorgcentrum is duur.", "instelling", []],
    // re-integration firms, gig platforms, Zeeland care, farmer support
    ["Zij volgt een traject bij Zaffier.", "instelling", ["Zaffier"]],
    ["Hij klust via Werkspot en Charly Cares.", "instelling", ["Werkspot", "Charly Cares"]],
    ["Mevrouw werkt in de nacht bij SVRZ in Middelburg.", "instelling", ["SVRZ"]],
    ["Doorverwezen naar de ZOB voor een vertrouwenspersoon.", "instelling", ["ZOB"]],
    // a founder's surname that names a firm: a firm after "bij", a person after a first name
    ["Hij werkt bij Hoogesteger in Zeewolde.", "instelling", ["Hoogesteger"]],
    ["Aanwezig: Ab Hoogesteger en Jan de Boer", "instelling", []],
    // Randstad is the temp agency ("naar de Randstad" is the region, see "session 7 lead" below)
    ["Mevrouw verwijst ons naar Randstad.", "instelling", ["Randstad"]],
    ["Mevrouw verwijst ons naar Randstad.", "plaats", []],
    // villages of West-Brabant and Zeeland; a village that is a word needs "in/uit/te"
    ["Hij woont in Welberg, zij in Nieuw-Vossemeer.", "plaats", ["Welberg", "Nieuw-Vossemeer"]],
    ["Verhuisd van Biezelinge naar Dreischor.", "plaats", ["Biezelinge", "Dreischor"]],
    ["Ze woont in Wouw bij haar zus.", "plaats", ["Wouw"]],
    ["Hij had dorst en ging zitten. Waarde van de auto: € 900.", "plaats", []],
    ["Ze hoeven niet te komen; Hoeven we dat te melden?", "plaats", []],
    // mid-size cities of labour migrants' countries
    ["Zijn ouders wonen in Opole, zijn broer in Constanța.", "plaats", ["Opole", "Constanța"]],
    ["Grond van de familie bij Nysa en een huis in Kahramanmaraş.", "plaats", ["Nysa", "Kahramanmaraş"]],
    ["Ze komt uit Klaipeda en werkte in Stara Zagora.", "plaats", ["Klaipeda", "Stara Zagora"]],
    // first names (Cape Verdean, Portuguese, Antillean youth)
    ["Kelvin is dit voorjaar aangehouden.", "persoon", ["Kelvin"]],
    ["Euclides en Jandira komen samen.", "persoon", ["Euclides", "Jandira"]],
    // Zeeland and West-Brabant surnames after a particle or title
    ["Eigen woning van mevrouw Rasenberg in Kruisland.", "persoon", ["Rasenberg"]],
    ["Dhr. Koevoets en mw. Suijkerbuijk waren er.", "persoon", ["Koevoets", "Suijkerbuijk"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => { expect(found(text, label)).toEqual(expected); }); });

describe("firms named like persons, initials, chat names", () => {
  it.each([
    // a surname + a trade word (Dutch, Frisian, German; singular and plural) is the firm, also with ı/ç/ê/ü
    ["De aangifte doet zijn boekhouder (Dekker Boekhouding, Hoorn).", "instelling", ["Dekker Boekhouding"]],
    ["Jaarcijfers via Öztürk Administraties in Zaandam opvragen.", "instelling", ["Öztürk Administraties"]],
    ["Hij wast ramen als Hiemstra Glêzenwask in Snits.", "instelling", ["Hiemstra Glêzenwask"]],
    ["Grootste leverancier is Bäckerei Schmitz uit Kleve.", "instelling", ["Bäckerei Schmitz"]],
    ["Mevrouw Dekker belde over de administratie.", "instelling", []],
    // a firm head with an apostrophe article, a bewind compound at a signature line, a care-home abbreviation
    ["mijn boekhouder (Ruud van Administratieburo 't Veld) zegt dat het klopt", "instelling", ["Administratieburo 't Veld"]],
    ["Met vriendelijke groet,\nAnke Vos\nBewindhuis Zeeland\nKanaalweg 3, 4331 AB Middelburg", "instelling", ["Bewindhuis Zeeland"]],
    ["Haar vader woont in WZC De Linde in Temse.", "instelling", ["WZC De Linde"]],
    ["De WZC is vol.", "instelling", []],
    // capitalised words + a shop tail after a label; a product + "bij" + a first name mid-sentence
    ["Bedrijf: Blauwe Vogel Vintage, kledingwinkel", "instelling", ["Blauwe Vogel Vintage"]],
    ["voor haar zaak Taart bij Tineke aan de Markt", "instelling", ["Taart bij Tineke"]],
    ["Bloemen bij Tineke gebracht.", "instelling", []],
    // a municipal desk named after a department word is no organisation
    ["Bel het Bureau Zelfstandigen, of mail ons.", "instelling", []],
    // the name part of a firm found with its head recurs alone after "bij"; a subject or "boer X" is the owner
    ["04-03 | Hoveniersbedrijf Van Kuijk VOF | + 400\nKlant zegt dat hij bij Van Kuijk alleen meehelpt.", "instelling", ["Hoveniersbedrijf Van Kuijk VOF", "Van Kuijk"]],
    ["Hij werkte bij Akkerbouwbedrijf Postma. Toen boer Postma stopte, werd hij ontslagen.", "persoon", ["Postma"]],
    // a person's surname after "woning van" is that person; an ambiguous first name before a lexicon firm in a list
    ["samenwonen met Lisa Rasenberg, eigen woning van Rasenberg in Kruisland", "persoon", ["Lisa Rasenberg", "Rasenberg"]],
    ["Huisbezoekers: Ab Hoogesteger, Nina de Pauw", "persoon", ["Ab Hoogesteger", "Nina de Pauw"]],
    // a place of worship after an article is an institution, never a person "van de Sint-…"
    ["De pastoor van de Sint-Bavokerk komt langs.", "instelling", ["Sint-Bavokerk"]],
    ["De pastoor van de Sint-Bavokerk komt langs.", "persoon", []],
    ["Ze woont in Ouderkerk.", "instelling", []],
    // a column of persons: initials, a first name + initial; abbreviations that are no names stay out
    ["Nr | Klant | Leeftijd | Thema\n1 | J.K. | 34 | schulden\n2 | P. van D. | 51 | werk\n3 | Anouk S. | 29 | wonen\n4 | N.v.t. | - | overig", "persoon", ["J.K.", "P. van D.", "Anouk S."]],
    ["Klant | Status | Actie\nT.a.v. | open | z.s.m. bellen", "persoon", []],
    // lower-case persons: first name + surname, with particles; a found first name recurs in lower case
    ["casus over henk visser, de ex-zzp'er uit Bussum", "persoon", ["henk visser"]],
    ["[09:10] bas: bel de boekhouder, jan de graaf\n[09:11] eva: doe ik", "persoon", ["bas", "jan de graaf", "eva"]],
    ["Dylan Smit belde. We zien dylan nog.", "persoon", ["Dylan Smit", "dylan"]],
    ["Ben Smit belde. Ik ben er morgen.", "persoon", ["Smit"]],
    ["Jan Smit belde. Werk van jan t/m apr.", "persoon", ["Jan Smit"]],
    ["ik wil de bakker bellen, een ton de wit is veel", "persoon", []],
    ["Notulist: sanne\nActie: youssef.\nRondvraag: youssef meldt dat het goed gaat.", "persoon", ["sanne", "youssef", "youssef"]],
    ["Actie: samen met de wijkagent langs.", "persoon", []],
    ["Dhr. Koning belde. Het dossier Koning ligt klaar.", "persoon", ["Koning", "Koning"]],
    // ages: a description + age in brackets after a name, a long remark bracket after "Name, NN", a bracket between
    // subject and "is", a child "van NN" + verb, ages in words in brackets
    ["Haar buddy Henk (oud-leraar, 68) komt wekelijks.", "leeftijd", ["68"]],
    ["Zie Jansen (bijlage, 14) en Pietersen (kamer, 12).", "leeftijd", []],
    ["Mw. Karin Smit, 52 (ze is van 1972 en woont in Ede), meldt zich.", "leeftijd", ["52"]],
    ["Mijn klant (ik noem hem hier Sem) is 37 en woont alleen.", "leeftijd", ["37"]],
    ["dochter Aya van 19 werkt bij de Action", "leeftijd", ["19"]],
    ["dochter Aya van 19 mei", "leeftijd", []],
    ["Jesse (nu zeventien, wordt in maart achttien) zoekt werk.", "leeftijd", ["zeventien", "achttien"]],
    // numbers: a parket number, an announced number with its source in between; day-month after start/begint
    ["Parketnummer: 13/765432-23", "dossiernummer", ["13/765432-23"]],
    ["kamer 10/2024-25", "dossiernummer", []],
    ["personeelsnummer volgens loonstrook 81234", "dossiernummer", ["81234"]],
    ["huisnummer volgens kadaster 12", "dossiernummer", []],
    ["Nieuwe collega start 1-9 op het plein.", "datum", ["1-9"]],
    ["De training start 2-3 uur per dag.", "datum", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("a region whose name is also a firm; names that are words", () => {
  it.each([
    ["Hij wil verhuizen naar de Randstad voor werk.", "plaats", ["Randstad"]],
    ["In de Randstad zijn de huren hoog.", "plaats", ["Randstad"]],
    // the temp agency stays the agency, also with an article after "bij"
    ["Ze werkt via Randstad in Tilburg.", "instelling", ["Randstad"]],
    ["Ze werkt bij de Randstad in Breda.", "instelling", ["Randstad"]],
    ["In de Randstad zijn de huren hoog.", "instelling", []],
    // Iris and Mees are first names, but the lower-case words (part of the eye, a bird) are no persons
    ["Iris belde over haar uitkering.", "persoon", ["Iris"]],
    ["De iris is ontstoken, zegt de oogarts.", "persoon", []],
    ["Er zit een mees in de nestkast.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: border-region hospitals, Flemish child-benefit funds, German services, Lombok", () => {
  it.each([
    // German and Belgian border-region hospitals and clinics; a German "Krankenhaus/Klinikum" head word
    ["Hij ligt sinds dinsdag in de Uniklinik in Aken.", "instelling", ["Uniklinik"]],
    ["Ontslagbericht van het Rhein-Maas Klinikum ontvangen.", "instelling", ["Rhein-Maas Klinikum"]],
    ["Opname in de LVR-Klinik Viersen na een psychose.", "instelling", ["LVR-Klinik Viersen"]],
    ["Zijn dochter werd geboren in het Mariaziekenhuis in Overpelt.", "instelling", ["Mariaziekenhuis"]],
    ["Ze heeft een afspraak in de kliniek in Aken.", "instelling", []],
    // Flemish child-benefit funds (the Groeipakket payer) are named organisations
    ["Het groeipakket wordt betaald door Infino.", "instelling", ["Infino"]],
    ["Het groeipakket voor de twee kinderen loopt via Kidslife Vlaanderen.", "instelling", ["Kidslife Vlaanderen"]],
    // Limburg and Twente employers, also when the name is written apart
    ["Hij werkte tien jaar als operator bij Trespa in Weert.", "instelling", ["Trespa"]],
    ["Ze is inpakster bij de Twentse Kabel Fabriek.", "instelling", ["Twentse Kabel Fabriek"]],
    // a firm that is also a surname: the title or first name makes the person
    ["Dhr. Rosink belde over zijn toeslag.", "persoon", ["Rosink"]],
    ["Dhr. Rosink belde over zijn toeslag.", "instelling", []],
    // big-city shelters and care organisations
    ["Hij slaapt deze week in de nachtopvang van HVO.", "instelling", ["HVO"]],
    ["Ze is doorverwezen naar het Centrum voor Dienstverlening.", "instelling", ["Centrum voor Dienstverlening"]],
    ["schuldhulpverlener: Trajekt (mw. Janssen)", "instelling", ["Trajekt"]],
    ["Overleg met Lister over de woonbegeleiding.", "instelling", ["Lister"]],
    // a castle as a venue is a named place of business
    ["De teamdag is in Kasteel Hoensbroek.", "instelling", ["Kasteel Hoensbroek"]],
    ["De teamdag is in Kasteel Hoensbroek.", "plaats", []],
    // German municipal and national services are generic, like "het wijkteam"; "Gemeinde X" is the place
    ["Er loopt een gesprek bij het Jugendamt in Heinsberg.", "instelling", []],
    ["Hij heeft een afspraak bij het Jobcenter in Aachen.", "instelling", []],
    ["Sie hat bei der Gemeinde Vaals Wohngeld beantragt.", "plaats", ["Vaals"]],
    ["Sie hat bei der Gemeinde Vaals Wohngeld beantragt.", "instelling", []],
    // German nouns after "in" are no places
    ["Er arbeitet seit 2022 in Teilzeit bei einer Bäckerei.", "plaats", []],
    ["Sie ist seit Mai in Elternzeit.", "plaats", []],
    // department, programme and salutation words are no organisations
    ["Aan: Stichting De Brug, afdeling Instroom", "instelling", ["Stichting De Brug"]],
    ["Met vriendelijke groet,\nteam Kwijtschelding", "instelling", []],
    ["Casusoverleg team Dak- en Thuislozen, maandag", "instelling", []],
    ["Onderwerp: indicatie Beschut Werk", "instelling", []],
    ["Edelachtbaar college,", "instelling", []],
    ["Geacht college,", "instelling", []],
    // "KM" (klantmanager) as a chat speaker is a role, not a person
    ["[09:12] KM: Goedemorgen, lukt het om 10 uur?\n[09:14] klant: ja\n[09:15] KM: Top, tot zo.", "persoon", []],
    // Flemish, Limburg and German first names and surnames
    ["Buddy via het Rode Kruis: Gitte Truijen.", "persoon", ["Gitte Truijen"]],
    ["mail van Kristof over de aanvraag", "persoon", ["Kristof"]],
    ["Zijn ex-vrouw Heike woont nog in Leer.", "persoon", ["Heike"]],
    ["mijn zoon Lander is 17 en werkt in het weekend", "persoon", ["Lander"]],
    ["De kinderen Noor (3) en Lander (5) gaan naar de opvang.", "instelling", []],
    // a district that was only a place after in/uit/te: Lombok (Utrecht) is the place anywhere
    ["Hij zou slapen in de buurt van Lombok.", "plaats", ["Lombok"]],
    ["Een rode lombok in de soep.", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("border texts, streets without a street word, generic services + place", () => {
  it.each([
    // Groningen-style streets on -diep and -zoom are streets: with a number an address, without one nothing
    ["Ze slaapt in de opvang van Het Kompas (Damsterdiep 12) en eet daar.", "adres", ["Damsterdiep 12"]],
    ["Begeleiding door Zorggroep Noord, locatie Oosterzoom 5.", "adres", ["Oosterzoom 5"]],
    ["Hij zat gisteren bij het Reitdiep te vissen.", "instelling", []],
    ["Vestiging Fase 2 opent in mei, zie locatie: Groep 8.", "adres", []],
    ["Lees Artikel 12 en Bijlage 3 van de Participatiewet.", "adres", []],
    // a FACT-team in a place-shaped district is the place; German municipality and district words give the place
    ["Behandelaar: FACT-team Noorderhoogkerk", "plaats", ["Noorderhoogkerk"]],
    ["Behandelaar: FACT-team Noorderhoogkerk", "instelling", []],
    ["Er wohnt in Simpelveld und hat bei der Gemeinde Simpelveld Hilfe beantragt.", "plaats", ["Simpelveld", "Simpelveld"]],
    ["Er wohnt in Simpelveld und hat bei der Gemeinde Simpelveld Hilfe beantragt.", "persoon", []],
    // a surname + a plural trade word (-erijen) or an upholstery/interior word is the firm
    ["Hij pakt in bij Van der Meer Slagerijen in Zwolle.", "instelling", ["Van der Meer Slagerijen"]],
    ["Werkgever: Hofstra Stoffering", "instelling", ["Hofstra Stoffering"]],
    ["Mevrouw Hofstra belde over de stoffering.", "instelling", []],
    // an initial glued to a surname after a job word + bij is the firm; a person keeps the space
    ["Hij werkte jaren als chauffeur bij P.Verbeek in Venlo.", "instelling", ["P.Verbeek"]],
    ["Ik sprak P. Verbeek in Venlo.", "instelling", []],
    // a practice word + an article-led name; a service noun + "van de" + an unknown name is the organisation
    ["De tandarts van Mondzorg De Linde wil een machtiging.", "instelling", ["Mondzorg De Linde"]],
    ["Ze wacht op de dagbesteding van de Hartekamp, al weken.", "instelling", ["Hartekamp"]],
    ["De dochter van de Vries belde vanmorgen.", "persoon", ["van de Vries"]],
    ["Ik sprak Jan van de Berg gisteren.", "persoon", ["Jan van de Berg"]],
    // role abbreviations as chat speaker labels are roles, no persons
    ["[09:10] JC: ben er om 9 uur\n[09:12] PB: prima\n[09:13] KM → klant: tot morgen", "persoon", []],
    // approximate decade ages stay ages
    ["Haar ex (eind vijftig) woont in Heerlen.", "leeftijd", ["eind vijftig"]],
    // ages: an adverb after "is", a chat "he", a note without its subject, a subordinate clause, German "Jahre"
    ["Mijn buurman Gert is ook 58, hij kan niet meer tillen.", "leeftijd", ["58"]],
    ["[10:02] joris: ik ben 23 he, geen kind meer", "leeftijd", ["23"]],
    ["Gesproken met Dirk bij de opvang. Is 49, komt uit Emmen.", "leeftijd", ["49"]],
    ["Is 5 genoeg? Was 3 keer te laat. Is 10 euro te veel.", "leeftijd", []],
    ["De jongen zegt dat hij 16 is en geen ouders heeft.", "leeftijd", ["16"]],
    ["Hij zegt dat hij 3 keer is gebeld.", "leeftijd", []],
    ["Frau Schmitz (64 Jahre) wohnt allein.", "leeftijd", ["64 Jahre"]],
    // day-months: after "na", after "verplaatst naar", before a clock time with a dot, closing a note heading line
    ["Bel haar pas na 14-5 terug.", "datum", ["14-5"]],
    ["Het overleg is verschoven naar 9/4.", "datum", ["9/4"]],
    ["sms klant 3/6 09.15u, geen reactie", "datum", ["3/6"]],
    ["Belnotitie 12/2\nMevrouw belt over haar toeslag.", "datum", ["12/2"]],
    ["Na 1/2 jaar volgt een evaluatie, na 2-3 weken een gesprek.", "datum", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: hospital locations, truck makers, arbodiensten, English country names, Romanian and Polish first names", () => {
  it.each([
    // hospital + location name (not a place) is one institution; hospital + place stays split
    ["Zijn vader ligt sinds dinsdag in HMC Antoniushove.", "instelling", ["HMC Antoniushove"]],
    ["De operatie is gepland in Amphia Molengracht.", "instelling", ["Amphia Molengracht"]],
    ["Ze is onder behandeling in Zuyderland Heerlen.", "instelling", ["Zuyderland"]],
    // truck makers and large plants, arbodiensten, schools named after a person, basilicas after a saint
    ["Hij draait nachtdiensten met Scania in de assemblage.", "instelling", ["Scania"]],
    ["De bedrijfsarts van Arbo Unie ziet hem volgende week.", "instelling", ["Arbo Unie"]],
    ["Haar dochter zit in de tweede klas van Piter Jelles.", "instelling", ["Piter Jelles"]],
    ["Hij doet vrijwilligerswerk voor de Sint-Plechelmusbasiliek.", "instelling", ["Sint-Plechelmusbasiliek"]],
    ["Het was een koude kathedraal en een mooie basiliek.", "instelling", []],
    // English country names of origin
    ["He came from Romania last year with his brother.", "plaats", ["Romania"]],
    ["Ik zag een documentaire over Spanje en Frankrijk.", "plaats", ["Spanje", "Frankrijk"]],
    // districts of mid-size municipalities, also lower case in a chat
    ["Ze verhuist volgende maand naar Heemse.", "plaats", ["Heemse"]],
    ["[11:02] joost: hij zit nu bij zijn oom in liebergen\n[11:03] sara: ok top", "plaats", ["liebergen"]],
    // first names: Iris and Mees as names when capitalised; the bird in lower case stays a word
    ["Vanmiddag belde ik met Iris over de intake.", "persoon", ["Iris"]],
    ["Gisteren heeft Mees zijn contract getekend.", "persoon", ["Mees"]],
    ["Er zit een mees in de nestkast.", "persoon", []],
    // Romanian, German border and Polish female names
    ["Ik heb Oana gevraagd de loonstroken te sturen.", "persoon", ["Oana"]],
    ["De buurman, Lothar, helpt met de tuin.", "persoon", ["Lothar"]],
    ["Morgen komt mevrouw Kwiatkowska langs.", "persoon", ["Kwiatkowska"]],
    // generic services, departments and headers are no institution or person
    ["Het verzoek ligt bij het college van burgemeester en wethouders.", "instelling", []],
    ["Dit is doorgezet naar team Bijzondere Doelgroepen.", "instelling", []],
    ["Het contact loopt via Jeugdbescherming.", "instelling", []],
    ["Ze werkt bij Jeugdbescherming Gelderland als gezinsvoogd.", "instelling", ["Jeugdbescherming Gelderland"]],
    ["Joris Kamp | Human Resources | Bolletje", "persoon", ["Joris Kamp"]],
    ["Naam   Relatie   Geboortedatum", "persoon", []],
    ["Hij zoekt werk via een Facebookgroep van Polen in Venlo.", "instelling", []],
    ["Werkgever: Studio Noord, Media Park", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("tables of names and years, numbers in tables, ages", () => {
  it.each([
    // a fixed-width table of names on -hof/-brink and years of birth: no addresses, the names are persons, the years dates
    ["nr   naam                 geb.  woonplaats\n12   P.J. Ter Brink-Oosthof  1971  Hengelo\n13   K. Overhof             1984  Borne", "adres", []],
    ["nr   naam                 geb.  woonplaats\n12   P.J. Ter Brink-Oosthof  1971  Hengelo\n13   K. Overhof             1984  Borne", "datum", ["1971", "1984"]],
    ["Naam | Geboortejaar | Woonplaats\nSanne de Wit | 1993 | Zwolle\nKees Bos | 1957 | Kampen", "datum", ["1993", "1957"]],
    ["jaar | bedrag | omschrijving\n2019 | 300 | huur\n2020 | 450 | energie", "datum", []],
    ["Ze woont op de Dorpsbrink 12 in Lochem.", "adres", ["Dorpsbrink 12"]],
    // invalid 08/09 prefixes are no phone numbers; a run of ten digits after a number keyword is that number
    ["Inschrijfnummer woningzoekende: 0834512290", "telefoon", []],
    ["Inschrijfnummer woningzoekende: 0834512290", "dossiernummer", ["0834512290"]],
    ["Klantnr. 0203344556, verder niets.", "dossiernummer", ["0203344556"]],
    ["Bel 0881234567 of 0851234567, of mobiel 0612345678.", "telefoon", ["0881234567", "0851234567", "0612345678"]],
    ["Klantnummer 4521, tel 0612345678", "telefoon", ["0612345678"]],
    // an abbreviation + "-nr." announces an id; not a house, phone or room number, not a year
    ["tolk Arabisch, Wbtv-nr. 31245", "dossiernummer", ["31245"]],
    ["AGB-nummer: 01045871, BIG-nr 49021", "dossiernummer", ["01045871", "49021"]],
    ["huis-nr. 1204, kamer-nr. 2210, WOZ-nr. 2023", "dossiernummer", []],
    // initials + particle + double surname on -kerk is a person; a basilica is an institution
    ["Met vriendelijke groet,\nR. van Dam-Verkerk, teamleider", "persoon", ["R. van Dam-Verkerk"]],
    ["Ze helpt in de Sint-Servaasbasiliek.", "instelling", ["Sint-Servaasbasiliek"]],
    ["Ze gaat naar de Sint-Janskerk.", "instelling", ["Sint-Janskerk"]],
    // column labels, departments and business parks are no persons
    ["Naam              Relatie      Leeftijd\nMarta Kowalczyk   partner      41", "persoon", ["Marta Kowalczyk"]],
    ["Groet,\nLotte Brands | Talent Acquisition | Heineken", "persoon", ["Lotte Brands"]],
    ["Werkgever: Endemol, Media Park\nFunctie: runner", "persoon", []],
    // a school named after a person
    ["Haar zoon is uitgeschreven bij Anne Frank na de zomer.", "instelling", ["Anne Frank"]],
    ["Hij zit nu op het Maria Montessori in groep 5.", "instelling", ["Maria Montessori"]],
    ["Hij is ingeschreven bij Jan Jansen, de huisarts.", "persoon", ["Jan Jansen"]],
    // ages: "ik ben zelf", "je bent nog", "ze word", "he is N now", a nationality note, "geb. … is nu", "Leeftijd bij start",
    // a date of birth in brackets then the age, "V, N" after a bracket
    ["Mijn man is 44, ik ben zelf 41.", "leeftijd", ["44", "41"]],
    ["[10:12] ik: je bent nog 25 toch?", "leeftijd", ["25"]],
    ["mn broertje is morgen jarig, hij word 9 haha", "leeftijd", ["9"]],
    ["my daughter Ola, she is 14 now, goes to school", "leeftijd", ["14"]],
    ["Ik sprak Ionut Popa (Roemeens, 33, woont in Venlo) gisteren.", "leeftijd", ["33"]],
    ["- geb. 12 mei 1961, is nu 63\n- partner werkt", "leeftijd", ["63"]],
    ["Leeftijd bij aanmelding: 19", "leeftijd", ["19"]],
    ["2. Joris Kramer (*14-03-2008), 16\nHulp loopt af.", "leeftijd", ["16"]],
    ["Aanvrager: mw. S. Nowak (Sylwia), V, 36, Poolse", "leeftijd", ["36"]],
    ["je bent 5 minuten te laat, je bent 3 jaar in de bijstand", "leeftijd", []],
    ["ze word 3 keer gebeld; he is 3 hours late", "leeftijd", []],
    ["Ik sprak Ionut Popa (Hoofdstuk, 3, zie boven) gisteren.", "leeftijd", []],
    // dates: an open day is no opening hours, a month-year range, lower-case English month after a weekday, "in YYYY geboren"
    ["Open dag ROC Friese Poort op za 22/3.", "datum", ["22/3"]],
    ["Het spreekuur is open op za 9/12.", "datum", []],
    ["Periode: september 2023 - februari 2024", "datum", ["september 2023", "februari 2024"]],
    ["we must leave on monday 3 march because", "datum", ["3 march"]],
    ["you may 2 times ask", "datum", []],
    ["Omdat zij in 1962 geboren is, geldt de IOAW.", "datum", ["1962"]],
    ["In 2019 begonnen met werken.", "datum", []],
    // a generic service (CJG, PI) in a place is the place
    ["Overleg bij CJG Transvaal over de kinderen.", "plaats", ["Transvaal"]],
    ["Overleg bij CJG Transvaal over de kinderen.", "instelling", []],
    ["Hij kwam vrij uit PI Leeuwarden.", "plaats", ["Leeuwarden"]],
    ["Ze ging naar het Jongerenloket Rotterdam.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages, dates and names: dot-leader form labels, English lists, word-like organisations with a cue", () => {
  it.each([
    // ages: a form label with dot leaders, a coordinated clause without a subject, "zelf", a relation + (name) + a word age
    ["Leeftijd ........ : 47", "leeftijd", ["47"]],
    ["Zijn zus woont in Zwolle, is 44, en helpt mee.", "leeftijd", ["44"]],
    ["top. hij werkt bij de Action, is inmiddels 59.", "leeftijd", ["59"]],
    ["De huur is verhoogd, is nu 65 euro.", "leeftijd", []],
    ["Het dossier ligt hier, is 12 pagina's.", "leeftijd", []],
    ["mw zelf is 70 dus AOW", "leeftijd", ["70"]],
    ["Vader (Henk) is achtenveertig en werkt.", "leeftijd", ["achtenveertig"]],
    // the age reached on a date (also an ordinal day); a date is no year before an age
    ["Sem – wordt op 2e maart 18, dan eigen uitkering.", "leeftijd", ["18"]],
    ["Het wordt op 3e mei 25 graden.", "leeftijd", []],
    ["Kees werd op 4 juni 21 en verhuisde.", "datum", ["4 juni"]],
    ["Kees werd op 4 juni 21 en verhuisde.", "leeftijd", ["21"]],
    // a child + "van" + an age before a modal verb; English lists; a time phrase after the inverted verb
    ["haar dochtertje van anderhalf kan nog niet naar school", "leeftijd", ["anderhalf"]],
    ["een contract van anderhalf jaar kan verlengd worden", "leeftijd", []],
    ["Our three children (4, 7 and 9) live with me.", "leeftijd", ["4", "7", "9"]],
    ["The children were in groups 6 and 7.", "leeftijd", []],
    ["Volgens haar wordt hij volgende week dertig.", "leeftijd", ["dertig"]],
    ["Is ze volgende week 3 dagen weg?", "leeftijd", []],
    // dates: day + abbreviated month before a time, an English day-month before a count, a visit heading ending in a day-month
    ["afspraak op dinsdag 12 nov 14u bij mij.", "datum", ["12 nov"]],
    ["the job starts from 1 July, 24 hours a week", "datum", ["1 July"]],
    ["huisbezoek fam. De Vries in Tilburg, 14/3\nmw was thuis", "datum", ["14/3"]],
    ["Kinderen: groep 3, 2/3\n", "datum", []],
    // names: a double surname with a particle, a mosque after a particle, a facility + place, departments, German nouns
    ["Zijn moeder, mevr. Jansen-ter Beek, belde.", "persoon", ["Jansen-ter Beek"]],
    ["Zijn moeder, mevr. Jansen-ter Beek, belde.", "instelling", []],
    ["De imam van de Mevlana moskee helpt.", "instelling", ["Mevlana moskee"]],
    ["De imam van de Mevlana moskee helpt.", "persoon", []],
    ["Laatste werkgever: Bol.com, distributiecentrum Tilburg", "plaats", ["Tilburg"]],
    ["Brief aan de afdeling Bezwaar van de gemeente.", "instelling", []],
    ["Eine Kopie der Lohnabrechnungen folgt.", "persoon", []],
    ["Vraag van klant: Wil haar moeder laten overkomen.", "persoon", []],
    ["Klant: Wil Jansen, 54 jaar", "persoon", ["Wil Jansen"]],
    ["Gemeente Breda, Informatiepunt Statushouders", "instelling", []],
    ["Hij leerde Duits bij de Sprachschule Lingua in Keulen.", "instelling", ["Sprachschule Lingua"]],
    ["Ze woont in 't Harde.", "plaats", ["'t Harde"]],
    // word-like organisations with a cue: a tenancy noun, a letter they sent, alone in brackets after a name
    ["kopie huurcontract Portaal en loonstroken", "instelling", ["Portaal"]],
    ["Het portaal van de website werkt niet.", "instelling", []],
    ["Accolade heeft een aanmaning gestuurd.", "instelling", ["Accolade"]],
    ["Aanwezig: Fatima Amrani (MEE), Joost (wijkteam)", "instelling", ["MEE"]],
    ["NEEM HET FORMULIER MEE NAAR DE BALIE.", "instelling", []],
    ["Hoi Sanne, hij huurt bij ieder1 in Deventer.", "instelling", ["ieder1"]],
    ["Onderwerp: fam. Van Ravenstein", "persoon", ["Van Ravenstein"]],
    ["Hij komt met zijn gezin van Utrecht naar Zwolle.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("care homes, regional firms, street-work names", () => {
  it.each([
    ["Mevrouw woont sinds mei op de somatische afdeling van Huize Padua in Boekel.", "instelling", ["Huize Padua"]],
    ["Opa is opgenomen in Huize Sint-Anna.", "instelling", ["Huize Sint-Anna"]],
    ["Post naar Huize Sint-Jozefstraat 4 sturen.", "instelling", []],
    ["Na de val volgt revalidatie in Ter Weel, daarna naar huis.", "instelling", ["Ter Weel"]],
    ["Plaatsing per 1-6 in verpleeghuis Ter Linde, Kerkweg 3.", "instelling", ["Ter Linde"]],
    ["Mantelzorg zwaar: moeder wil niet naar Ter Wende.", "instelling", ["Ter Wende"]],
    ["Na de opname woont hij weer in Ter Apel.", "instelling", []],
    ["Mantelzorg besproken met dhr. Ter Horst.", "instelling", []],
    ["Ter info: het verpleeghuis belt morgen.", "instelling", []],
    ["Zij kan terecht bij de ouderenadviseur van Welzijn Hulst.", "instelling", ["Welzijn Hulst"]],
    ["Het welzijn van Hulst staat onder druk.", "instelling", []],
    ["Hij meldt zich bij re-integratiebureau Rijn & Werk.", "instelling", ["Rijn & Werk"]],
    ["Hij werkt bij team Werk & Inkomen.", "instelling", []],
    ["De afdeling Zorg & Welzijn belt terug.", "instelling", []],
    ["Achterstand bij de Sparkasse van € 900.", "instelling", ["Sparkasse"]],
    ["Zij wil het Ziggo-abonnement opzeggen.", "instelling", ["Ziggo"]],
    ["Ex-Philips, daarna tien jaar in de bouw.", "instelling", ["Philips"]],
    ["De Wmo-aanvraag en het DigiD-account zijn geregeld.", "instelling", []],
    ["Gesprek met jobcoach (Jongerenpunt West) gepland.", "instelling", ["Jongerenpunt West"]],
    ["Uitgangspunt West is dat hij zelf belt.", "instelling", []],
    ["[10:02] sam: ik werk nu bij de jumbo tot 6", "instelling", ["jumbo"]],
    ["[10:03] sam: ik doe mee aan de actie bij de buurt", "instelling", []],
    ["Haar moeder overleed toen Sanne twaalf was.", "leeftijd", ["twaalf"]],
    ["Het ging mis toen Corona twee jaar was.", "leeftijd", []],
    ["Daan wordt trouwens 4 mei achttien, dan stopt het.", "leeftijd", ["achttien"]],
    ["Het wordt dus 4 mei twintig graden.", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: regional care, MBO schools, villages, non-names", () => {
  it.each([
    ["De wijkverpleging van Rivas komt twee keer per dag.", "instelling", ["Rivas"]],
    ["Rivas komt 3x daags.", "instelling", ["Rivas"]],
    ["Carmen Rivas (34) woont in Gorinchem.", "instelling", []],
    ["Ze gaat naar de jongerengroep van SMDD.", "instelling", ["SMDD"]],
    ["Dagbesteding bij De Passerel.", "instelling", ["De Passerel"]],
    ["Zorgboerderij via Landzijde geregeld.", "instelling", ["Landzijde"]],
    ["Oma Aafje belt elke dag.", "instelling", []],
    ["- terug naar landstede?", "instelling", ["landstede"]],
    ["hij zit nu op deltion, niveau 2", "instelling", ["deltion"]],
    ["- stage bij boni loopt door", "instelling", ["boni"]],
    ["Hij woont in een chalet op een recreatiepark bij Lemele.", "plaats", ["Lemele"]],
    ["Brasserie De Bosrand, Hoog Soeren", "plaats", ["Hoog Soeren"]],
    ["Ze woont in Diepenveen, vlakbij Deventer.", "plaats", ["Diepenveen", "Deventer"]],
    ["Ze woont in Vuren.", "plaats", ["Vuren"]],
    ["Het Vuren van de kachel.", "plaats", []],
    ["De wissel van de trein.", "plaats", []],
    ["Deelen is moeilijk voor hem.", "plaats", []],
    ["Proefplaatsingen oogstseizoen Betuwe – week 23", "plaats", ["Betuwe"]],
    ["Jeugdarts GGD IJsselland heeft haar gezien.", "plaats", ["IJsselland"]],
    ["Jeugdarts GGD IJsselland heeft haar gezien.", "instelling", []],
    ["Ze werkt in het IJsselland Ziekenhuis.", "instelling", ["IJsselland Ziekenhuis"]],
    ["Aanwezig: Gerda Smit (EVV), Bart Plomp", "instelling", []],
    ["De EVV'er belt de dochter.", "instelling", []],
    ["Uw vader kan ook terecht bij de Thuisadministratie van Humanitas.", "instelling", ["Humanitas"]],
    ["Met vriendelijke groet,\nSanne de Wit\nConsultant Payroll & Huisvesting\nFlexwerk BV", "instelling", ["Flexwerk BV"]],
    ["Ze oefent wekelijks met haar band in Poppodium De Meester.", "instelling", ["Poppodium De Meester"]],
    ["Ze oefent wekelijks met haar band in Poppodium De Meester.", "plaats", []],
    ["tolk Marokkaans-Arabisch regelen", "persoon", []],
    ["Zoon Karim aanwezig (tolk, Tarifit).", "persoon", ["Karim"]],
    ["Ze spreekt Syrisch-Arabisch.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("elfproef trap, tables, trade firms, lower-case names, dates and ages, person vs place", () => {
  it.each([
    // the elfproef trap: a klantnummer across a soft line break, a field label above, a table column
    ["Zijn klantnummer bij\nons is 857084409.", "dossiernummer", ["857084409"]],
    ["Zijn klantnummer bij\nons is 857084409.", "bsn", []],
    ["Klantnummer:\n857084409", "dossiernummer", ["857084409"]],
    ["Het BSN van mevrouw\nis 857084409.", "bsn", ["857084409"]],
    ["BSN:\n857084409", "bsn", ["857084409"]],
    ["Gesprek over het klantnummer.\nHij noemde 857084409 als nummer.", "bsn", ["857084409"]],
    ["| Naam | Woonplaats | Klantnummer |\n|---|---|---|\n| Noa Hendriksen | Epe | 204735191 |", "dossiernummer", ["204735191"]],
    ["| Naam | Woonplaats | Klantnummer |\n|---|---|---|\n| Noa Hendriksen | Epe | 204735191 |", "bsn", []],
    ["Naam;Klantnr.;Woonplaats\nJan de Vries;204735191;Epe", "bsn", []],
    ["Naam\tDossiernummer\tPlaats\nJan de Vries\t204735191\tEpe", "dossiernummer", ["204735191"]],
    ["Naam          Zaaknr.       Woonplaats\nJan de Vries  204735191     Epe", "dossiernummer", ["204735191"]],
    ["Naam\tBSN\tWoonplaats\nJan de Vries\t204735191\tEpe", "bsn", ["204735191"]],
    ["| Naam | Burgerservicenummer | Relatienummer |\n|---|---|---|\n| Jan | 204735191 | 123456782 |", "bsn", ["204735191"]],
    // tables: tab cells, header rows, columns of places, persons and organisations
    ["Zorgboerderij\tPlaats\tContact\tTelefoon\nZorgboerderij De Hooiberg\tErmelo\tJolanda Schuiteman\t0341-557302", "instelling", ["Zorgboerderij De Hooiberg"]],
    ["Zorgboerderij\tPlaats\tContact\tTelefoon\nZorgboerderij De Hooiberg\tErmelo\tJolanda Schuiteman\t0341-557302", "persoon", ["Jolanda Schuiteman"]],
    ["Zorgboerderij\tPlaats\tContact\tTelefoon\nDe Zonnehoeve\tZeewolde\tBert Nijhof\t036 522 18 40", "instelling", ["De Zonnehoeve"]],
    ["Maand\tInkomen werk\tUitzendbureau\tUren\njanuari 2024\t€ 1.200\tTempo-Team\t96", "instelling", ["Tempo-Team"]],
    ["Naam                  Geb.jaar  Werkgever\nLisa van Ommeren      1998      Kaasmakerij De Vallei", "persoon", ["Lisa van Ommeren"]],
    ["| Naam | Woonplaats | Stageplek |\n|---|---|---|\n| Noa Hendriksen | Epe | Brasserie De Bosrand, Hoog Soeren |", "plaats", ["Epe", "Hoog Soeren"]],
    ["| Naam | Woonplaats | Stageplek |\n|---|---|---|\n| Noa Hendriksen | onbekend | – |", "plaats", []],
    ["LEERWERKTRAJECT GROEN & RECREATIE – DEELNEMERSLIJST GROEP 3\nNaam  Leeftijd  Woonplaats\nKim van Veen  22  Swifterbant", "instelling", []],
    ["Ilse Brouwer | klantmanager inburgering | Gemeente Den Helder\nT 0223 671 420", "persoon", ["Ilse Brouwer"]],
    // firms named after a person or with a trade word
    ["Hij werkt in de winkel van zijn oom (Telecenter Bouzid) in Veenendaal.", "instelling", ["Telecenter Bouzid"]],
    ["Hij werkt bij Houtbewerking Koudijs in Barneveld.", "instelling", ["Houtbewerking Koudijs"]],
    ["morgen beginnen bij Van Raaij Groente en Fruit, Hengelder 44 in Zevenaar.", "instelling", ["Van Raaij Groente en Fruit"]],
    ["morgen beginnen bij Van Raaij Groente en Fruit, Hengelder 44 in Zevenaar.", "adres", ["Hengelder 44"]],
    ["Hij werkt bij Jansen Bouw en Techniek.", "instelling", ["Jansen Bouw en Techniek"]],
    ["De afdeling Zorg en Welzijn belt terug.", "instelling", []],
    ["Hij sprak met Piet Bouw en Marco Groen.", "instelling", []],
    ["naaister, textielfabriek Mizia Tex in Plovdiv", "instelling", ["Mizia Tex"]],
    ["iemand ervaring met Tiger Gym in Almere?", "instelling", ["Tiger Gym"]],
    ["Hij gaat vanavond naar de Gym.", "instelling", []],
    // lower-case names and organisations
    ["aantekeningen gesprek bram l. 27/1\n- 10 min te laat", "persoon", ["bram l."]],
    ["aantekeningen gesprek bram l. 27/1\n- 10 min te laat", "datum", ["27/1"]],
    ["- vriendin kim, 20jr, is zwanger", "persoon", ["kim"]],
    ["ook sara onze dochter gaat mee", "persoon", ["sara"]],
    ["[14:03] rachid: iemand ervaring met de gym?\n[14:05] esther: ja! mo van de gym heeft er 2 aangenomen.", "persoon", ["rachid", "esther", "mo"]],
    ["ik heb al van de gemeente gehoord", "persoon", []],
    ["- stage bij boni loopt door, baas is tevreden", "instelling", ["boni"]],
    ["[10:29] lotte: welke club?\n[10:30] milan: vvog, ik zit in de o23", "instelling", ["vvog"]],
    // dates and ages
    ["K. de Bruijn\t14-02-1993\tokt 2024\t6", "datum", ["14-02-1993", "okt 2024"]],
    ["Verslag huisbezoek fam. Yilmaz 4-3\nMevrouw was thuis.", "datum", ["4-3"]],
    ["Jesse speelt sinds zijn negende trompet bij de fanfare.", "leeftijd", ["negende"]],
    ["Sinds zijn tweede opname gaat het beter.", "leeftijd", []],
    ["Sinds haar derde kind werkt ze niet.", "leeftijd", []],
    ["De registratie loopt voor twee jongeren (beiden 19).", "leeftijd", ["19"]],
    ["hij is 81 man dat kan toch niet", "leeftijd", ["81"]],
    ["het team is 12 man dat is veel", "leeftijd", []],
    ["1. Dariusz K. (52)\nSlaapt buiten.", "leeftijd", ["52"]],
    ["1. Dariusz K. (52)\nSlaapt buiten.", "persoon", ["Dariusz K."]],
    ["Omdat u jonger bent dan 27 jaar, gold een zoekperiode.", "leeftijd", []],
    ["de norm voor een alleenstaande van 21 jaar of ouder", "leeftijd", []],
    ["met kinderen tussen de 8 en 12 jaar", "leeftijd", []],
    ["U bent 21 jaar en woont zelfstandig.", "leeftijd", ["21 jaar"]],
    // person vs place
    ["Cliënt: dhr. W. Hoogstraten (geb. 1938), Reeweg Oost 240", "persoon", ["W. Hoogstraten"]],
    ["Kinderen: Matei (9), Sofia (5), Luca (2)", "persoon", ["Matei", "Sofia", "Luca"]],
    ["Hij woont in Sofia (5 jaar).", "plaats", ["Sofia"]],
    ["Mevrouw D.M. Kuipers-Hol\nThomas a Kempislaan 102\n6822 LS Arnhem", "adres", ["Thomas a Kempislaan 102"]],
    ["Mevrouw D.M. Kuipers-Hol\nThomas a Kempislaan 102\n6822 LS Arnhem", "persoon", ["D.M. Kuipers-Hol"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: creditors, schools and care, transit places, first names, non-names", () => {
  it.each([
    // creditors and debt help: lower-case spellings in chats and e-mails, bewind offices
    ["ik heb vandaag weer een brief gehad van flanderijn, ze gaan beslag leggen", "instelling", ["flanderijn"]],
    ["heb een aanmaning van intrum en eentje van wehkamp gekregen", "instelling", ["intrum", "wehkamp"]],
    ["één schuldeiser (Cortrust) wees het saneringsaanbod af", "instelling", ["Cortrust"]],
    ["De bewindvoering loopt via Solidas.", "instelling", ["Solidas"]],
    ["Klantnummer Eneco: 204571832", "instelling", ["Eneco"]],
    ["De vesting van Naarden is mooi.", "instelling", []],
    // schools, language schools, care and associations
    ["jayden is weer geschorst op SG Nieuwediep", "instelling", ["SG Nieuwediep"]],
    ["Hij zit op SG Panta Rhei in de tweede klas.", "instelling", ["SG Panta Rhei"]],
    ["Hij volgt de B1-route bij Regina Coeli, maar zegt", "instelling", ["Regina Coeli"]],
    ["| Bunschoten-Spakenburg | Regina Coeli | geen inburgering |", "persoon", []],
    ["dan Taalschool Babel aan de Vasco da Gamalaan 4?", "instelling", ["Taalschool Babel"]],
    ["ik heb gebeld huisarts Zonnehof maar is vol", "instelling", ["Zonnehof"]],
    ["ik heb gebeld huisarts Zonnehof maar is vol", "persoon", []],
    ["* vereniging: ProVoet (brancheorganisatie), lidnummer 44817", "instelling", ["ProVoet"]],
    ["Onderneming: Warme Bakker Van de Laar, KvK-nummer 17284455", "instelling", ["Warme Bakker Van de Laar"]],
    ["M. Schreurs-Janssen\t1983\tBloemsierkunst Marjo\tTegelen", "instelling", ["Bloemsierkunst Marjo"]],
    // places of transit and origin
    ["herbelevingen van de overtocht naar Lesbos. Ik", "plaats", ["Lesbos"]],
    ["Ze zat een jaar in kamp Moria en daarna op Samos.", "plaats", ["Moria", "Samos"]],
    ["Hij kwam via Lampedusa en Calais naar Nederland.", "plaats", ["Lampedusa", "Calais"]],
    ["Middelbare school in Mazar-e Sharif", "plaats", ["Mazar-e Sharif"]],
    ["Hij woont in de Kromme Rijnstreek.", "plaats", ["Kromme Rijnstreek"]],
    // court + region and generic services: the region only, or nothing
    ["het Gerechtshof Arnhem-Leeuwarden", "plaats", ["Arnhem-Leeuwarden"]],
    ["het Gerechtshof Arnhem-Leeuwarden", "instelling", []],
    ["Gezin is bekend bij het CJG; geen lopende jeugdhulp.", "instelling", []],
    ["verwijzing naar CJG Moerwijk", "plaats", ["Moerwijk"]],
    ["Medisch: Serhat heeft diabetes type 2, loopt bij GZA.", "instelling", []],
    ["opgenomen in GZA Sint-Augustinus", "instelling", ["GZA Sint-Augustinus"]],
    // first names
    ["Djarno, de jongste (4), start na de voorjaarsvakantie", "persoon", ["Djarno"]],
    ["kinderen Rojda en Baran, een tweeling van 7", "persoon", ["Rojda", "Baran"]],
    ["Hoofdpersoon: Hevin Rashid (31), baby Dilan", "persoon", ["Hevin Rashid", "Dilan"]],
    ["Opmerkingen: Eveline wijst op de regelingen voor 50-plussers.", "persoon", ["Eveline"]],
    ["ook niki onze dochter, zij is 6", "persoon", ["niki"]],
    ["OTS voor Bo (5) en Thijmen (8)", "persoon", ["Bo", "Thijmen"]],
    ["de overstap van BO naar VO", "persoon", []],
    ["Matei zat in groep 5 van de basisschool.", "persoon", ["Matei"]],
    ["Let op: Rim heeft op 12 juni een zitting.", "persoon", ["Rim"]],
    ["Von: Markus Heinen", "persoon", ["Markus Heinen"]],
    // words that are no names
    ["[13:41] Chatbot: Welkom! Waar kun je mee geholpen worden?", "persoon", []],
    ["Polikliniek: 0223-696 820", "instelling", []],
    ["2004 – 2007    Middelbare school in Kabul", "instelling", []],
    ["| Crediteur | Bedrag |\n| Eneco | € 20 |\n| Subtotaal | € 29.245,95 |", "instelling", ["Eneco"]],
    ["zij kerkt bij de Eritrees-orthodoxe gemeenschap in Utrecht", "instelling", []],
    ["hij gaat naar de Syrisch-orthodoxe kerk", "instelling", []],
    ["Bitte überweisen Sie den Betrag auf unser Konto.", "persoon", []],
    ["tygo is die van de fietsenwinkel, Bike Totaal Arendsen", "instelling", ["Bike Totaal Arendsen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages, trade firms, company numbers, table addresses, mail names", () => {
  it.each([
    // ages: school-year brackets, form fields, chat answers, ellipsis, notes
    ["Amira El Idrissi (groep 7, tien jaar) en haar broertje Yusuf (groep 3, zes) komen.", "leeftijd", ["tien jaar", "zes"]],
    ["Sem (klas 2, 14) en Noa (3 havo, 15 jaar) fietsen samen.", "leeftijd", ["14", "15 jaar"]],
    ["Ze zit in groep 7, klas 3 en heeft 2 broers.", "leeftijd", []],
    ["Leeftijd: drieëndertig jaar\nAdres: Rustenburgerweg 41", "leeftijd", ["drieëndertig jaar"]],
    ["naam;Youssef Amrani\nleeftijd;32\nervaring;6 jaar kok bij Restaurant De Karpendonk", "leeftijd", ["32"]],
    ["[10:03] fleur: ja, 16, zit op het Regio College", "leeftijd", ["16"]],
    ["[10:03] fleur: ja, 16, misschien 17 euro", "leeftijd", []],
    ["jan k: hoe oud is olena eigenlijk\ngerda: 63 denk ik. ze komt uit zaporizja", "leeftijd", ["63"]],
    ["hij is 23 en ik 26, we hebben een baby", "leeftijd", ["23", "26"]],
    ["• familie Mansour (vader: 40, moeder: eenendertig), vier kinderen", "leeftijd", ["40", "eenendertig"]],
    ["Gezin (kosten: 40, huur: 600)", "leeftijd", []],
    ["Kinderen: Kim (17) en nakomer Stan, net twee.", "leeftijd", ["17", "twee"]],
    ["Mogelijk IOAZ (wordt volgend jaar 61).", "leeftijd", ["61"]],
    ["- wordt in mei 67, daarna AOW", "leeftijd", ["67"]],
    ["De termijn (wordt volgend jaar 2 keer verlengd).", "leeftijd", []],
    ["* zelf: 59 jaar, geb. 1964\n* partner: Theo Verhagen, 63, ex-buschauffeur", "leeftijd", ["59 jaar", "63"]],
    ["* looptijd: 5 jaar", "leeftijd", []],
    // durations, limits and groups stay unflagged
    ["kinderen van 4 t/m 17 jaar komen daarvoor in aanmerking.", "leeftijd", []],
    ["Een fonds voor kinderen van 4 tot 18 jaar.", "leeftijd", []],
    ["Ze heeft vier kinderen van 3 tot 12 jaar.", "leeftijd", ["3", "12"]],
    ["Hij was in Syrië 30 jaar leraar wiskunde.", "leeftijd", []],
    ["Ze was daar 12 jaar kok.", "leeftijd", []],
    ["werkervaring: 3 jaar magazijn", "leeftijd", []],
    // trade firms in both orders
    ["Onderneming: Warme Bakker Van de Laar, KvK-nummer 17284455", "instelling", ["Warme Bakker Van de Laar"]],
    ["de jaarcijfers van Kessels Tuinaanleg & Bestrating (KvK-nr. 64019283).", "instelling", ["Kessels Tuinaanleg & Bestrating"]],
    ["(Mertens Schrijnwerkerij bvba, ondernemingsnummer 0784.312.556)", "instelling", ["Mertens Schrijnwerkerij bvba"]],
    ["A. Nowak\t1990\tNowak Klusbedrijf\tVenlo", "instelling", ["Nowak Klusbedrijf"]],
    ["Ze opende Bloemsierkunst Marjo in Tegelen.", "instelling", ["Bloemsierkunst Marjo"]],
    ["dan Taalschool Babel aan de Vasco da Gamalaan 4?", "instelling", ["Taalschool Babel"]],
    ["adviesrapport Bedrijfsadvies Zuid: levensvatbaar.", "instelling", ["Bedrijfsadvies Zuid"]],
    ["Ze volgt de opleiding Bloemsierkunst Niveau 2.", "instelling", []],
    ["Loonwerker Loonbedrijf Hoekstra uit Oosthem wacht.", "instelling", ["Loonbedrijf Hoekstra"]],
    // company numbers are no phone numbers
    ["ondernemingsnummer 0784.312.556", "dossiernummer", ["0784.312.556"]],
    ["KBO-nr: 0784 312 556", "dossiernummer", ["0784 312 556"]],
    ["mn nummer is nieuw btw 06-19 70 28 53", "telefoon", ["06-19 70 28 53"]],
    ["Tel. 0475 12 34 56", "telefoon", ["0475 12 34 56"]],
    // addresses: table column gaps, lower-case streets after "op … in place", a benefit + year
    ["ma   03-02   09:30  fam. Doornbos            Spoorgracht 19, Den Helder", "adres", ["Spoorgracht 19"]],
    ["ma   03-02   09:30  fam. Doornbos            Spoorgracht 19, Den Helder", "persoon", ["Doornbos"]],
    ["mijn nieuwe werkplaats is vanaf volgende maand op keizersveld 61 in venray", "adres", ["keizersveld 61"]],
    ["ze staat op pagina 12 in utrecht", "adres", []],
    ["Betreft: definitieve vaststelling Bbz-uitkering 2022 – terugvordering", "adres", []],
    // mail names and German text
    ["Von: Markus Heinen <m.heinen@heinen-landtechnik.de>", "persoon", ["Markus Heinen"]],
    ["Van: Coördinatie Winteropvang <winteropvang@x.nl>", "persoon", []],
    ["Bitte überweisen Sie den Betrag auf unser Konto.\n\nMit freundlichen Grüßen\nMarkus Heinen\nm.heinen@heinen-landtechnik.de", "persoon", ["Markus Heinen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: Frisian surnames and organisations, Belgian mutualiteiten, Delft welfare, nationality adjectives", () => {
  it.each([
    // Frisian surnames in -sma/-stra/-inga/-ema/-da
    ["31169920;Bauke;Tjalsma;19;Surhuisterveen", "persoon", ["Bauke", "Tjalsma"]],
    ["Mevrouw Bruinsma en dhr. Roorda komen morgen.", "persoon", ["Bruinsma", "Roorda"]],
    ["gesprek met jan douma en fenna reitsma", "persoon", ["jan douma", "fenna reitsma"]],
    ["trouwens hendrik sikma belde", "persoon", ["hendrik sikma"]],
    // Frisian organisations, employers and venues
    ["Marten Kingma, skriuwer Iepen Mienskip\nTsjerkebuorren 4", "instelling", ["Iepen Mienskip"]],
    ["Kandidaten banenmarkt zorg, 20 maart 2025, WTC Expo te Leeuwarden", "instelling", ["WTC Expo"]],
    ["Jildou Zwart\t22\tSneek\tMBO-3 MZ\tTellens\t1-6-2025", "instelling", ["Tellens"]],
    ["Hij werkt bij Koopmans Meelfabrieken in Leeuwarden.", "instelling", ["Koopmans Meelfabrieken"]],
    ["Ze werkt bij Wetterskip Fryslân en haar man bij Tresoar; taalles bij de Afûk.", "instelling", ["Wetterskip Fryslân", "Tresoar", "Afûk"]],
    ["Bijeenkomst in Thialf, daarna naar de Neushoorn.", "instelling", ["Thialf", "Neushoorn"]],
    ["Mevrouw Koopmans belde vanochtend.", "persoon", ["Koopmans"]],
    // Belgian mutualiteiten and social secretariats, West-Brabant schools
    ["Hij krijgt een uitkering via de Socialistische Mutualiteit.", "instelling", ["Socialistische Mutualiteit"]],
    ["Ze is aangesloten bij De Voorzorg in Hasselt.", "instelling", ["De Voorzorg"]],
    ["De voorzorg is belangrijk.", "instelling", []],
    ["Loon via Acerta, later via SD Worx.", "instelling", ["Acerta", "SD Worx"]],
    ["Kimberly is zonder diploma van het Roncalli gegaan.", "instelling", ["Roncalli"]],
    ["Hij zit op 't Rijks in Bergen op Zoom.", "instelling", ["'t Rijks"]],
    ["heb hem morgen toch aan de lijn", "instelling", []],
    // Delft and Haaglanden welfare, taal and buurthuis organisations
    ["afspreken in de centrale bibliotheek (DOK) aan het Vesteplein.", "instelling", ["DOK"]],
    ["Het schip ligt in het dok.", "instelling", []],
    ["Coördinator Taalmaatjes\nDelft voor Elkaar\nBurgwal 45", "instelling", ["Delft voor Elkaar"]],
    ["Koppelingen taalmaatjes voorjaar 2024 – Taalkracht", "instelling", ["Taalkracht"]],
    ["Elke dinsdag naar buurthuis De Mussen in de Schilderswijk.", "instelling", ["buurthuis De Mussen"]],
    ["De mussen zaten op het dak.", "instelling", []],
    ["Hij zit op het Stanislas College in Delft, zijn zus op het Grotius College.", "instelling", ["Stanislas College", "Grotius College"]],
    // nationality and language adjectives are no names; surnames and streets that look like them stay
    ["Ahmad Rahimi\t45\tLeeuwarden\tarts (Afghaans diploma)\tMCL", "persoon", ["Ahmad Rahimi"]],
    ["Ze heeft een Syrisch diploma en spreekt Grieks en Iraans.", "persoon", []],
    ["Priscilla Spaans belde terug.", "persoon", ["Priscilla Spaans"]],
    ["Frans de Vries belde.", "persoon", ["Frans de Vries"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("chat login names, surname and initials columns, ages, nationality adjectives", () => {
  it.each([
    // chat speakers written as login names, and their mentions
    ["[08:47] ilse.vankan: wie heeft mw. kessels?\n[08:49] ruud: ik\n[08:50] ilse.vankan: top, @ilse.vankan hier", "persoon", ["ilse.vankan", "kessels", "ruud", "ilse.vankan", "ilse.vankan"]],
    ["[14:02] joep: iemand?\n[14:03] anke.d: bel de huisartsenpost\n[14:12] anke.d: laat ff weten joep", "persoon", ["joep", "anke.d", "anke.d", "joep"]],
    ["10:02 - m.devries: ok\n10:03 - tkramer: prima\n10:04 - m.devries: top", "persoon", ["m.devries", "tkramer", "m.devries"]],
    ["Tel.nr: 06-12345678\nMw.Jansen: belt terug", "persoon", []],
    // surname and initials columns; initials after a surname
    ["klantnr;achternaam;voorletters;geboortejaar\n30071842;Lambriex;M.J.;1972\n30072218;Pelzer-Sijben;A.;1984\n30070762;van der Veen;R.;1999", "persoon", ["Lambriex", "M.J.", "Pelzer-Sijben", "A.", "van der Veen", "R."]],
    ["Achternaam   Voornaam   Woonplaats\nLambriex     Marc       Kerkrade\nOnbekend     Roel       Heerlen", "persoon", ["Lambriex", "Marc", "Roel"]],
    ["| Naam | Geboortejaar | Woonplaats |\n| Lambriex M.J. | 1972 | Kerkrade |\n| Hermans, J.P.G. | 1963 | Simpelveld |", "persoon", ["Lambriex M.J.", "Hermans, J.P.G."]],
    ["Aanwezig: Hermans J.P.G. en Wiertz R.", "persoon", ["Hermans J.P.G.", "Wiertz R."]],
    ["Ik sprak Jansen, A. de Vries en Piet.", "persoon", ["Jansen", "A. de Vries", "Piet"]],
    ["Opdrachtgever: Pietersen B.V. te Venlo", "persoon", []],
    // ages
    ["Jongere: Dylan Koopmans (17), wordt 18 op 9 mei", "leeftijd", ["17", "18"]],
    ["Het is Hans Oosterhout, een gepensioneerde docent van 67. Ze gaan elke woensdag afspreken.", "leeftijd", ["67"]],
    ["[09:40] sunita: mag mijn zoon ravi mee hij is 16 hij kan vertalen\n[09:41] Nadia: Ja hoor", "leeftijd", ["16"]],
    ["de moeder van Kemal (tachtig) woont in Kayseri", "leeftijd", ["tachtig"]],
    ["[14:03] joep: mn klant mw. smeets uit malberg is 23 en zit te huilen\n[14:05] anke: oei", "leeftijd", ["23"]],
    ["4. Echtpaar Claessens (hij 70, zij 66), Akerstraat 142", "leeftijd", ["70", "66"]],
    ["Het wordt 18 op 9 mei volgens het weerbericht. De huur wordt 12 op 1 juli hoger.", "leeftijd", []],
    ["Hij heeft een docent van 20 uur. Een lening van 67.", "leeftijd", []],
    ["Bijlagen (twaalf) volgen.", "leeftijd", []],
    // a time and the name Jan; organisations
    ["11:15  Jan Mulder          5498822   P. Bijlsma       ontheffing", "datum", []],
    ["Meeting on 15 Jan 2025 and 3 Jan.", "datum", ["15 Jan 2025", "3 Jan."]],
    ["PCI Sint Servaas\nKeizer Karelplein 3", "instelling", ["PCI Sint Servaas"]],
    ["PCI Sint Servaas\nKeizer Karelplein 3", "persoon", []],
    ["Hij werkt als vrijwilliger bij Delft voor Elkaar.", "instelling", ["Delft voor Elkaar"]],
    ["Hij heeft het in Delft voor elkaar gekregen.", "instelling", []],
    ["NAAM                 LFT  WERKGEVER                PLAATS\nNadia Rampersad      24   Orchideeën Van Dijk      's-Gravenzande", "instelling", ["Orchideeën Van Dijk"]],
    // nationality adjectives
    ["Hij is arts (Afghaans diploma) en (Syrisch paspoort).", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("a lower-case 'btw' is 'by the way', not a VAT number", () => {
  it.each([
    ["[14:34] samira: mijn nummer is nieuw btw 0624419830", "telefoon", ["0624419830"]],
    ["btw, mijn nummer is 0624419830", "telefoon", ["0624419830"]],
    ["btw-nummer 0624419830", "telefoon", []],
    ["BTW-nr: NL812345678B01", "dossiernummer", ["NL812345678B01"]],
    ["BTW BE 0784.312.556", "dossiernummer", ["0784.312.556"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: fight clubs, foreign and Caribbean schools, Cape Verdean names, carnival titles, inburgering modules", () => {
  it.each([
    // sports and fight clubs as head words
    ["Na school traint hij bij Fightclub Noord in Leiden.", "instelling", ["Fightclub Noord"]],
    ["Groet, Sven\nHoofdtrainer Boxing Academy Vuist", "instelling", ["Boxing Academy Vuist"]],
    ["Hij zit op kickboksen bij Kickboksgym Tijger.", "instelling", ["Kickboksgym Tijger"]],
    // firms with a trade head word, also without a preposition
    ["Incassobureau Jansen namens Modehuis Verbeek | € 120,00", "instelling", ["Incassobureau Jansen", "Modehuis Verbeek"]],
    ["09:10 Pieter Claes (Bouwonderneming Claes) belde over de factuur.", "instelling", ["Bouwonderneming Claes"]],
    // old Dutch technical schools and foreign school words in a CV
    ["Opleiding: LTS elektro, Technische School Winschoten; rijbewijs B", "instelling", ["Technische School Winschoten"]],
    ["2001 | MAVO, Kolegio Santa Maria, Willemstad", "instelling", ["Kolegio Santa Maria"]],
    ["1999 – 2003 | Colegio San Martín, Bogotá", "instelling", ["Colegio San Martín"]],
    // Caribbean employers and East-Groningen hospitals, named buildings
    ["2010 – 2014 | stuwadoor, Curaçao Port Authority, Willemstad", "instelling", ["Curaçao Port Authority"]],
    ["Hij werkte jaren bij Aqualectra als monteur.", "instelling", ["Aqualectra"]],
    ["[10:02] joke: haar man ligt in het Refaja, zegt ze", "instelling", ["Refaja"]],
    ["De banenmarkt is dit jaar weer in het Glaspaleis.", "instelling", ["Glaspaleis"]],
    // Cape Verdean / Portuguese and Groningen names, also lower case in a chat
    ["Dhr. Arlindo Monteiro en mw. Lurdes Furtado Varela kwamen samen.", "persoon", ["Arlindo Monteiro", "Lurdes Furtado Varela"]],
    ["[08:12] Djamila: mn zoon jurandy heeft koorts", "persoon", ["Djamila", "jurandy"]],
    ["Met vriendelijke groet,\nAlbertha Wierenga, diaken", "persoon", ["Albertha Wierenga"]],
    // the court's Zittingsplaats + place is the place only
    ["Rechtbank Gelderland\nZittingsplaats Arnhem\nZaaknummer volgt", "instelling", []],
    ["Rechtbank Gelderland\nZittingsplaats Arnhem\nZaaknummer volgt", "plaats", ["Gelderland", "Arnhem"]],
    // hard negatives: carnival titles, benefits, inburgering modules, mbo course names, a creditor's team
    ["In 2023 was hij Prins Carnaval van zijn dorp.", "persoon", []],
    ["Ze vraagt nu de Kinderopvangtoeslag aan.", "instelling", []],
    ["Onderdelen: KNM, Module Arbeidsmarkt en Participatie en de PVT.", "persoon", []],
    ["Inkomen: leerloon MBO Logistiek (Deltion College)", "instelling", ["Deltion College"]],
    ["Met vriendelijke groet,\nKarin Smit\nteam Betalingsregelingen", "instelling", []],
    ["De academy van de club traint op zaterdag.", "instelling", []],
    // the PI is a generic service; "PI + place" stays the place only
    ["Een nieuwe ID-kaart vraagt hij aan via de PI.", "instelling", []],
    ["Hij komt in mei vrij uit PI Vught.", "plaats", ["Vught"]],
    ["Hij komt in mei vrij uit PI Vught.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages in lists, tables and chats; streets in columns; services in a place; trade firms; ids", () => {
  it.each([
    // fixed-width header with labels one blank apart: the age column still counts
    ["NAAM              GEBOREN     LFT AFDELING\nMila de Graaf     03-04-2007  17  kantine\nOmar Tahiri       1999        26  magazijn", "leeftijd", ["17", "26"]],
    ["NAAM              GEBOREN     UREN AFDELING\nMila de Graaf     03-04-2007  17  kantine", "leeftijd", []],
    // a name on a street suffix in a fixed-width table is no address
    ["dag  cliënt                 lft  adres\ndi   B.K. Hoekstra-Brink     58   Molenweg 3", "adres", ["Molenweg 3"]],
    ["dag  cliënt                 lft  adres\ndi   B.K. Hoekstra-Brink     58   Molenweg 3", "leeftijd", ["58"]],
    // pairs and lists in brackets
    ["Lars en Noor (broer en zus, 16 en 14) komen samen.", "leeftijd", ["16", "14"]],
    ["De twee oudsten (13 en 15) zitten op het vmbo.", "leeftijd", ["13", "15"]],
    ["De oudsten werken 3 en 4 dagen per week.", "leeftijd", []],
    ["De jongsten zitten in groep 3 en 5.", "leeftijd", []],
    // chat frames
    ["[10:02] jesse: mn broertje is pas 9 die moet mee", "leeftijd", ["9"]],
    ["[10:03] jesse: m'n pa wordt 60 vrijdag dus ik kan niet", "leeftijd", ["60"]],
    ["[10:04] jesse: ik ben 16 kan dat wel?", "leeftijd", ["16"]],
    ["ma: 3 afspraken, di: 2", "leeftijd", []],
    ["ma, 12 en 13 gesprekken", "leeftijd", []],
    ["mijn pa is 3 maandagen weg geweest", "leeftijd", []],
    ["zijn opa is 80 maandag.", "leeftijd", ["80"]],
    // reached an age last week, then a place; words in a note bracket; relation + "van" + a plural verb
    ["ze werd vorige maand 58 in het hospice.", "leeftijd", ["58"]],
    ["ze werd vorige week 3 op 4 gezet", "leeftijd", []],
    ["oom Karim (wordt in mei zeventig), tante Nadia (64)", "leeftijd", ["zeventig", "64"]],
    ["Zijn vader en zijn zusje van negen wonen nog in Homs.", "leeftijd", ["negen"]],
    ["She has lived with her aunt since she turned 16.", "leeftijd", ["16"]],
    ["He was 5 minutes late.", "leeftijd", []],
    // streets
    ["Adres: Laan van Nieuw Guinea en Vrede 14, 3531 JK Utrecht", "adres", ["Laan van Nieuw Guinea en Vrede 14"]],
    ["Het adres is Zandkamp 7b in Veenendaal.", "adres", ["Zandkamp 7b"]],
    ["Het adres is Kamer 12 in Utrecht.", "adres", []],
    ["naam;adres;telefoon\nJan Smit;Heemstra 22;06-12345678\nPiet Bos;Groep 7;06-12345679", "adres", ["Heemstra 22"]],
    ["Jakob;Wedderweg 2a;0597-563 018;klusjes en tuin en meer\nMarchien Ellens;1970;Kerkstraat 121;06-44012398", "adres", ["Wedderweg 2a", "Kerkstraat 121"]],
    // a generic service or a court seat in a place is the place
    ["Zitting bij de rechtbank, zittingsplaats Arnhem. Zittingsplaats Zwolle.", "instelling", []],
    ["Hij kwam binnen via het Jongerenpunt Lombok.", "instelling", []],
    ["Hij kwam binnen via het Jongerenpunt Lombok.", "plaats", ["Lombok"]],
    // trade word + surname
    ["Hij werkte bij Bouwonderneming Dewaele, daarna bij Kindermode Peeters.", "instelling", ["Bouwonderneming Dewaele", "Kindermode Peeters"]],
    ["Hij werkte bij Bouwonderneming Dewaele en Kindermode Peeters.", "persoon", []],
    // ids
    ["Zijn kinderbijslagnummer is 318KB220571.", "dossiernummer", ["318KB220571"]],
    ["Het huisnummer is 12A en het kentekennummer 12ABC3.", "dossiernummer", []],
    ["| Schuldeiser | Kenmerk | Bedrag |\n| --- | --- | --- |\n| Belastingdienst | 8231.55.604 | € 300,00 |", "dossiernummer", ["8231.55.604"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: fishing, German offices, barbers, museums, districts, German and English letter words", () => {
  it.each([
    // fishing firms and co-operatives, German offices, barbers, museums, sheltered work
    ["Hij heeft een eenmanszaak: Visserijbedrijf H. de Boer, KvK 12345678.", "instelling", ["Visserijbedrijf H. de Boer"]],
    ["De Visserijcoöperatie Texel heeft nog een vordering.", "instelling", ["Visserijcoöperatie Texel"]],
    ["Mit freundlichen Grüßen\nAnna Schulte\nSteuerbüro Schulte\nHauptstraße 4", "instelling", ["Steuerbüro Schulte"]],
    ["Hij werkt drie dagen bij Golden Cut Barbers in Emmen.", "instelling", ["Golden Cut Barbers"]],
    ["Ze werkt als suppoost in het Zuiderzeemuseum.", "instelling", ["Zuiderzeemuseum"]],
    ["Hij werkt via Polderpak in de inpak.", "instelling", ["Polderpak"]],
    ["Consulent\nSED organisatie\nPostbus 12", "instelling", ["SED organisatie"]],
    ["Buurvrouw en ik zijn vaak bij malkander op de koffie.", "instelling", []],
    // generic services, projects, certificates, chat-group words
    ["Ze kan terecht bij het Juridisch Loket.", "instelling", []],
    ["Ze doet mee aan het Maatjesproject Ouderen in Tiel.", "persoon", []],
    ["2019  Certificaat Helpende Zorg & Welzijn", "instelling", []],
    ["Chat MDO-groep \"gezin Bakker\"", "instelling", []],
    ["hij kan via de moskee contact leggen met de imam", "instelling", []],
    ["bezwaar op grond van de Algemene wet bestuursrecht", "instelling", []],
    // German and English letter words
    ["Sehr geehrte Frau Jansen, meine Mutter wohnt jetzt bei uns. Der Hausarzt spricht von Demenz.", "persoon", ["Jansen"]],
    ["Bitte nennen Sie die BG-Nummer.\nJobcenter Kleve – Team Leistung", "persoon", []],
    ["Bitte nennen Sie die BG-Nummer.\nJobcenter Kleve – Team Leistung", "instelling", []],
    ["Sorry, so I'll write in English.", "instelling", []],
    // form labels, adverbs and verbs after dhr.
    ["Postcode: 1234 AB\nPlaats: Utrecht", "plaats", ["Utrecht"]],
    ["Vanaf nu levert dhr. maandelijks zijn loonstroken in.", "persoon", []],
    ["Advies: dhr. wijzen op zijn plichten.", "persoon", []],
    // names: Moluccan, Afghan, Hindustani
    ["Mevr. Latuheru en dhr. Wattimena wonen al jaren in Tiel.", "persoon", ["Latuheru", "Wattimena"]],
    ["Aanvrager: Savitri Baldew, geb. 1961", "persoon", ["Savitri Baldew"]],
    ["[10:01] anne: ik bel jawid straks\n[10:02] piet: top", "persoon", ["anne", "jawid", "piet"]],
    // places: Almere districts, Zutphen districts
    ["Ze verhuist van Almere Haven naar Almere Buiten.", "plaats", ["Almere Haven", "Almere Buiten"]],
    ["Jeroen (17), De Mars, mantelzorger voor zijn moeder", "plaats", ["De Mars"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages, district teams, generic services, German nouns, trade firms, chains", () => {
  it.each([
    // ages: a second person's age after "is toch N en", a relation + name after "? en", ", nu N)" closing a bracket,
    // "word je niet eerst N", a name + particle "ter" + a surname that is also a word
    ["[10:02] Ilse: klopt het dat opa is toch 83 en oma 81?", "leeftijd", ["83", "81"]],
    ["[11:15] rik: noor is toch 6? en haar broertje daan 4", "leeftijd", ["6", "4"]],
    ["moeder (zij werkte tot haar 40e als kapster, nu 47)", "leeftijd", ["40e", "47"]],
    ["[08:12] Sanne: word je niet eerst 30 volgende maand?", "leeftijd", ["30"]],
    ["Wouter ter Haar, 72, woont alleen.", "persoon", ["Wouter ter Haar"]],
    ["Wouter ter Haar, 72, woont alleen.", "leeftijd", ["72"]],
    ["Gesprek met het echtpaar Ter Haar over de woning.", "persoon", ["Ter Haar"]],
    // hard negatives: work experience is a duration; a count after "is toch N en" is no age
    ["Ervaren lasser met 12 jaar werkervaring in Turkije.", "leeftijd", []],
    ["Monteur met 4 jaar praktijkervaring.", "leeftijd", []],
    ["ze is toch 8 en de afspraak duurt 11 minuten", "leeftijd", ["8"]],
    // a district team + a two-word district is the district
    ["Verwezen door het Sociaal Wijkteam Den Haag Centrum.", "instelling", []],
    ["Zij is bekend bij het Wijkteam Almere Buiten.", "plaats", ["Almere Buiten"]],
    ["Zij is bekend bij het Wijkteam Almere Buiten.", "instelling", []],
    // a generic service stays unflagged, also in an organisation column
    ["| Organisatie | Contact |\n| --- | --- |\n| Humanitas | Joke de Wit |\n| Juridisch Loket | algemeen nummer |\n\nHet Juridisch Loket belt terug.", "instelling", ["Humanitas"]],
    // a generic service + a known first name is the person
    ["praktijkondersteuner GGZ Marieke Bosman belt haar.", "persoon", ["Marieke Bosman"]],
    ["praktijkondersteuner GGZ Marieke Bosman belt haar.", "instelling", []],
    ["Hij is in behandeling bij GGZ Drenthe.", "instelling", ["GGZ Drenthe"]],
    // German nouns are no names in a German letter; the name after "Frau"/"Familie" stays
    ["Sehr geehrte Damen und Herren, meine Mutter ist krank und der Hausarzt hat von Demenz gesprochen. Meine Telefonnummer haben Sie.", "persoon", []],
    ["Wir haben mit der Familie Kowalski gesprochen und Frau Kowalski ist nicht zufrieden.", "persoon", ["Kowalski", "Kowalski"]],
    ["Meine Schwester Ingrid wohnt nicht mehr bei uns und ist umgezogen.", "persoon", ["Ingrid"]],
    // a trade compound + initials + surname is a firm; a surname + "wonen" after a title is the person
    ["Hij werkt bij Loonbedrijf H.J. Brinkers in Dalfsen.", "instelling", ["Loonbedrijf H.J. Brinkers"]],
    ["Dhr. en mevr. Lakerveld wonen sinds 1980 in Gouda.", "persoon", ["Lakerveld"]],
    ["Dhr. en mevr. Lakerveld wonen sinds 1980 in Gouda.", "instelling", []],
    ["Zij huurt een appartement van Mooiland wonen.", "instelling", ["Mooiland wonen"]],
    // a national chain opening a sentence stays the brand, also after an earlier mention with a preposition
    ["Hij werkte bij Kruidvat in Assen. Kruidvat heeft geen plek meer.", "instelling", ["Kruidvat"]],
    ["Werkt bij Aldi in Tiel.\nContact personeelszaken Aldi: mevrouw Bos", "instelling", ["Aldi", "Aldi"]],
    // a school named after a canal is no chat channel
    ["Hij zit in 2 havo op het Kanaal College.", "instelling", ["Kanaal College"]],
    ["Kanaal #jongerenwerk: nieuwe aanmelding", "instelling", []],
    // acronym + "organisatie", a museum compound, a German office + surname
    ["Contactpersoon: Piet Kok (WBO organisatie)", "instelling", ["WBO organisatie"]],
    ["Contactpersoon bij de UWV organisatie is onbekend.", "instelling", []],
    ["Ze werkt als gastvrouw in het Spoorwegmuseum.", "instelling", ["Spoorwegmuseum"]],
    ["Ze gaat graag naar het museum.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: regional welfare, GGZ and water boards, associations, English university names, Polish and Romanian shops and schools, letter words", () => {
  it.each([
    // regional welfare bodies and GGZ named after a region or compass point; the region alone is a place
    ["Zij krijgt maatjeshulp van Welzijn Noordoost.", "instelling", ["Welzijn Noordoost"]],
    ["Hij is aangemeld bij GGZ Kop van Holland voor traumabehandeling.", "instelling", ["GGZ Kop van Holland"]],
    ["In de Kop van Holland is weinig werk in de zorg.", "plaats", ["Kop van Holland"]],
    ["Contact jeugdbeschermer: Jeugdbescherming noord, mw. Hoekstra.", "instelling", ["Jeugdbescherming noord"]],
    ["De aanslag van Waterschap Scheldestromen is nog niet betaald.", "instelling", ["Waterschap Scheldestromen"]],
    // associations, folk high schools, universities in English
    ["Ze is penningmeester van Vrouwen van Nu in haar dorp.", "instelling", ["Vrouwen van Nu"]],
    ["Hij volgt een cursus Engels bij de Volksuniversiteit.", "instelling", ["Volksuniversiteit"]],
    ["Her husband is a PhD student at Utrecht University.", "instelling", ["Utrecht University"]],
    // Polish and Romanian shops, schools and chains in a CV
    ["2009 – 2014 | kassière | Biedronka, Poznań", "instelling", ["Biedronka"]],
    ["2001 – 2005 | Liceul Teoretic Avram Iancu, Cluj-Napoca", "instelling", ["Liceul Teoretic Avram Iancu"]],
    ["2010 – 2013 | Zespół Szkół Technicznych, Opole", "instelling", ["Zespół Szkół Technicznych"]],
    ["2015 – 2018 | verkoper | Sklep Spożywczy Marek, Lublin", "instelling", ["Sklep Spożywczy Marek"]],
    ["Hij werkt sinds maart bij Jobs in Motion in Venlo.", "instelling", ["Jobs in Motion"]],
    ["Hij werkt sinds maart bij Jobs in Motion in Venlo.", "plaats", ["Venlo"]],
    // Punjabi names
    ["Gesprek met Gurpreet Kaur Dhillon over haar inkomen.", "persoon", ["Gurpreet Kaur Dhillon"]],
    // hard negatives: job titles, room labels, the Netherlands in German, English letter words and law names, words after dhr.
    ["Met vriendelijke groet,\nPiotr Zieliński\nConsultant Flex & Housing\nFlexWorks Venlo", "instelling", ["FlexWorks Venlo"]],
    ["Slaapkamer 1: ouders. Kamer 2: drie matrassen. Kamer 3: leeg.", "persoon", []],
    ["Ich bin Klantmanagerin bei der Gemeinde Venlo (Niederlande).", "persoon", []],
    ["Ich bin Klantmanagerin bei der Gemeinde Venlo (Niederlande).", "plaats", ["Venlo"]],
    ["Dear Sir or Madam, Our daughter Mila needs help. His teacher agrees.", "persoon", ["Mila"]],
    ["Dear Sir or Madam, Our daughter Mila needs help. His teacher agrees.", "instelling", []],
    ["This falls under the Participation Act and the Youth Act.", "persoon", []],
    ["mw. wil graag werken, dhr. liever niet. dhr. rugklachten, mw. gezond.", "persoon", []],
    // the English name of the country stays inside a school name
    ["Zij is docent bij The British School in The Netherlands.", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("English and CV ages, side and Frisian streets, region firms, note words after titles", () => {
  it.each([
    // English relation + is/are + an age; a unit after the number is no age
    ["My mother is 81 and lives alone since last winter.", "leeftijd", ["81"]],
    ["Our daughter Sofia is 9 and goes to school in Delft.", "leeftijd", ["9"]],
    ["Our children are 4 and 7. We need a bigger house.", "leeftijd", ["4", "7"]],
    ["My son is 3 hours late for his shift.", "leeftijd", []],
    // a CV self-description + "van N jaar"; a trajectory of N years is no age
    ["Ik ben een gemotiveerde chauffeur van 52 jaar met een C-rijbewijs.", "leeftijd", ["52"]],
    ["Het is een opleiding van 2 jaar.", "leeftijd", []],
    // a coordinated "wordt volgende maand N" after a comma
    ["Noor zit in groep 8, wordt volgende maand twaalf en wil naar de havo.", "leeftijd", ["twaalf"]],
    ["De huur, wordt volgende maand 20 euro hoger.", "leeftijd", []],
    // a signature line with a bar before the postcode; side abbreviations; lower-case Frisian streets
    ["Mark Bos\nLogiTech Parts\nEkkersrijt 4102 | 5692 DA Son", "adres", ["Ekkersrijt 4102"]],
    ["Adres: Oude Singel W.z. 14, 2312 RA Leiden", "adres", ["Oude Singel W.z. 14"]],
    ["[10:02] sietske: wennet se no op tsjerkestrjitte 9?", "adres", ["tsjerkestrjitte 9"]],
    ["Op de snelweg 12 km file.", "adres", []],
    // a region word opening a firm; the region alone stays a place
    ["Hij werkt als orderpicker bij Limburg Fresh Logistics in Venlo.", "instelling", ["Limburg Fresh Logistics"]],
    ["Hij werkt als orderpicker bij Limburg Fresh Logistics in Venlo.", "plaats", ["Venlo"]],
    ["Zij woont sinds kort in Drenthe.", "plaats", ["Drenthe"]],
    ["Hij woont in Brabant Noord.", "instelling", []],
    // "X in <abstract noun>" is a firm, not a place
    ["Ze heeft een contract via Talent in Motion.", "instelling", ["Talent in Motion"]],
    ["Ze heeft een contract via Talent in Motion.", "plaats", []],
    // an organisation head + a lower-case compass word; a district team + compass stays unflagged
    ["De melding ging naar Jeugdbescherming oost.", "instelling", ["Jeugdbescherming oost"]],
    ["Zij is bekend bij het Wijkteam west.", "instelling", []],
    // a policy topic + a place is the place only
    ["Overleg netwerk Participatie Apeldoorn op dinsdag.", "instelling", []],
    ["Overleg netwerk Participatie Apeldoorn op dinsdag.", "plaats", ["Apeldoorn"]],
    // English org head after a place; English possessives and salutations are no names
    ["My wife works as a nurse at Utrecht University.", "instelling", ["Utrecht University"]],
    ["Dear Sir or Madam, our son needs help.", "persoon", []],
    ["His school contacted us. Our son is not well.", "instelling", []],
    // persons: first name + middle initial + surname is one name; "ter" phrases and note words are none
    ["Gesprek met Sanne K. de Boer over de planning.", "persoon", ["Sanne K. de Boer"]],
    ["Ter Info: de brief is verstuurd.", "persoon", []],
    ["De schuld kwam ter Sprake tijdens het gesprek.", "persoon", []],
    ["Wouter ter Haar belt morgen terug.", "persoon", ["Wouter ter Haar"]],
    ["mw. spreekt Arabisch, dhr. liever Engels.", "persoon", []],
    ["- dhr. nekklachten, ziekgemeld sinds maandag", "persoon", []],
    ["dhr. jansen belt morgen", "persoon", ["jansen"]],
    ["Kamer 1: moeder. Kamer 3: de kinderen.", "persoon", []],
    ["[09:00] bas: hoi\n[09:01] ilse: stuur je de strookjes van jan en feb?", "persoon", ["bas", "ilse"]],
    ["ich bin Sachbearbeiterin bei der Stadt Kleve.", "persoon", []],
    // plural nationality nouns; "Nederland" in German
    ["Volgens de buren wonen er 8 Polen in het pand.", "plaats", []],
    ["Hij komt uit Polen.", "plaats", ["Polen"]],
    ["Ich arbeite bei der Gemeinde Venlo (Niederlande).", "plaats", ["Venlo"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: sheltered work, school types, supermarket chains, Wittem/Kiel, chat interjections", () => {
  it.each([
    ["Overleg met Werkvoorzieningschap Noordkwartier, di 4/6", "instelling", ["Werkvoorzieningschap Noordkwartier"]],
    ["Haar dochter zit op Mavo Dorrestein in de tweede klas.", "instelling", ["Mavo Dorrestein"]],
    ["Hij heeft zijn havo Diploma in 2019 gehaald.", "instelling", []],
    ["Vorig jaar Havo Examen gedaan, vwo Scheikunde gezakt.", "instelling", []],
    ["Hij kan beginnen bij Hoogvliet Supermarkten in Zoetermeer.", "instelling", ["Hoogvliet Supermarkten"]],
    ["Hij kan beginnen bij Hoogvliet Supermarkten in Zoetermeer.", "plaats", ["Zoetermeer"]],
    ["Ze woont sinds maart in Hoogvliet.", "plaats", ["Hoogvliet"]],
    ["Hij werkte zes jaar bij Dacia in de werkplaats.", "instelling", ["Dacia"]],
    ["Ze rijdt in een Dacia van haar broer.", "instelling", []],
    ["Ze woonde in de wijk Kiel in Antwerpen.", "plaats", ["Kiel", "Antwerpen"]],
    ["De wijkverpleging van team Wittem komt twee keer per week.", "plaats", ["Wittem"]],
    ["[10:02] ilse: mw sorry, de afspraak moet verzet\n[10:03] rachid: ok", "persoon", ["ilse", "rachid"]],
    ["[10:02] ilse: dhr bedankt voor het gesprek\n[10:03] ahmed: graag gedaan", "persoon", ["ilse", "ahmed"]],
    ["Met vriendelijke groet,\n\nKarin Bosman\nVrijwilliger Thuisbegeleiding", "instelling", []],
    ["Ik heb gebeld met Sector Sociaal Domein over de aanvraag.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages with a time span or a noun subclause, hyphenated and two-letter first names, chat possessives and 'mvr', 'van' + place, Belgian streets", () => {
  it.each([
    // an age reached after a span of time ("over vier jaar"); not a rate or a count
    ["Hij wordt over drie jaar 67 en wil tot dan blijven werken.", "leeftijd", ["67"]],
    ["Sanne wordt over anderhalve maand 18, dan stopt de jeugdhulp.", "leeftijd", ["18"]],
    ["Ze wordt over een paar weken veertig.", "leeftijd", ["veertig"]],
    ["De huur wordt over een half jaar 750 euro.", "leeftijd", []],
    ["Het contract wordt over 2 jaar 32 uur.", "leeftijd", []],
    ["Hij wordt over twee weken 3 keer gecontroleerd.", "leeftijd", []],
    // chat parent words
    ["[10:02] Kim: mam wordt in juni 79, ze wil niet naar een verpleeghuis", "leeftijd", ["79"]],
    ["Zij is een mama van drie.", "leeftijd", []],
    // a subclause with a person noun subject and the verb last
    ["Ik heb uitgelegd dat moeder 91 is en niet meer alleen kan wonen.", "leeftijd", ["91"]],
    ["Omdat haar zoon 17 wordt, vervalt de kinderbijslag straks.", "leeftijd", ["17"]],
    ["Zodra Pieter 18 is, gaat hij naar het jongerenloket.", "leeftijd", ["18"]],
    ["Ik denk dat de huur 800 is.", "leeftijd", []],
    ["Ze zei dat klant 3 is verhuisd.", "leeftijd", []],
    ["We weten dat Hoofdstuk 4 is herschreven.", "leeftijd", []],
    // a hyphenated first name takes an unknown surname, also at a line start
    ["- Henk-Jan Wubbolts, 61, magazijn", "persoon", ["Henk-Jan Wubbolts"]],
    ["- Henk-Jan Wubbolts, 61, magazijn", "leeftijd", ["61"]],
    ["Anne-Marie belt morgen terug.", "persoon", ["Anne-Marie"]],
    // a place after a noun of local government or residence + "van" is the place, also when it is a surname
    ["Namens burgemeester en wethouders van Hoogeveen,", "plaats", ["Hoogeveen"]],
    ["Namens burgemeester en wethouders van Hoogeveen,", "persoon", []],
    ["Ik sprak vandaag met mevrouw van Hoogeveen.", "persoon", ["van Hoogeveen"]],
    // Belgian squares, quays and 'lei' streets; place nouns on -plaats are no streets
    ["Ze woonde op de Groenplaats 14 in Antwerpen.", "adres", ["Groenplaats 14"]],
    ["Nieuw adres: Brabantlei 8, 2018 Antwerpen.", "adres", ["Brabantlei 8"]],
    ["Werkplaats 2 is deze week dicht.", "adres", []],
    ["Dagbestedingsplaats 3 komt vrij in mei.", "adres", []],
    ["Parkeerplaats 12 is voor de bus.", "adres", []],
    // chat: "mvr" is a title before a lower-case surname; a first name with a possessive 's is the name
    ["[10:01] bas: wat is het adres van mvr doornbos?\n[10:02] eva: weet ik niet", "persoon", ["bas", "doornbos", "eva"]],
    ["[10:01] bas: heb je ricardo's uitkering al gecheckt?\n[10:02] eva: nee", "persoon", ["bas", "ricardo", "eva"]],
    ["[10:01] bas: de auto's staan er\n[10:02] eva: en de foto's?", "persoon", ["bas", "eva"]],
    // a two-letter first name after a relation word
    ["Haar broer Mo Haddou komt mee naar het gesprek.", "persoon", ["Mo Haddou"]],
    ["Zoon Jo doet de boodschappen.", "persoon", ["Jo"]],
    ["Haar zoon Al Amin werkt bij de Jumbo.", "persoon", ["Al Amin"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("chat particle surnames, te-surnames, acquaintances, file names, rivers, occupations, short ids, ages, school and title words", () => {
  it.each([
    // a lower-case "de" + a known surname after a written-out title; in a chat also an unknown one before a name-closing word
    ["[10:01] bas: goedemiddag meneer de boer, heeft u de brief?\n[10:02] eva: ja", "persoon", ["bas", "de boer", "eva"]],
    ["[10:01] bas: mw. de bruijkel uit emmen belde net\n[10:02] eva: ok", "persoon", ["bas", "de bruijkel", "eva"]],
    ["[10:01] bas: geef dhr. de sleutel van de berging\n[10:02] eva: ok", "persoon", ["bas", "eva"]],
    ["Mevrouw de arts zei dat het goed ging.", "persoon", []],
    ["Ik gaf meneer de sleutel van de flat.", "persoon", []],
    // a first name + "te" + a village is a surname; a town stays the place
    ["Groet,\nGerrit te Boekhorst", "persoon", ["Gerrit te Boekhorst"]],
    ["Van: Anneke te Lintelo <a.telintelo@voorbeeld.nl>", "plaats", []],
    ["Ik heb Jan te Amsterdam gesproken.", "plaats", ["Amsterdam"]],
    // an acquaintance with a determiner and a first name is a relation; knowledge is not
    ["Hij logeert bij een kennis, Karin Wolters, in Zwolle.", "persoon", ["Karin Wolters"]],
    ["Bel anders die kennis (Ad Verhoeven) even.", "persoon", ["Ad Verhoeven"]],
    ["Zijn kennis Nederlands is nog beperkt.", "persoon", []],
    // file names: the stem is read, a number in it is no street, BVV is the beslagvrije voet
    ["Bijlagen: Beschikking BVV Hendriksen.pdf; Beslag.pdf", "persoon", ["Hendriksen"]],
    ["Bijlagen: Beschikking BVV Hendriksen.pdf; Beslag.pdf", "instelling", []],
    ["Bijlage: Verklaring 287 Jansen.pdf", "adres", []],
    ["Hij woont aan de Kerkstraat 12 in Ulft.", "adres", ["Kerkstraat 12"]],
    // a river after a place preposition is no surname; "de Waal" after a title is
    ["Ze wandelt elke dag langs de Maas met de hond.", "persoon", []],
    ["Mevrouw de Waal belt morgen terug.", "persoon", ["de Waal"]],
    // a compound occupation after a title is no name
    ["In Syrië was dhr. vrachtwagenchauffeur en daarna taxichauffeur.", "persoon", []],
    ["In Irak was mw. pakketbezorger.", "persoon", []],
    ["Gisteren belde dhr. jansen terug.", "persoon", ["jansen"]],
    // 4 digits after an explicit …nummer: only a plausible year stays out
    ["Hij staat bij ons geregistreerd onder personeelsnummer 2071.", "dossiernummer", ["2071"]],
    ["Hij heeft personeelsnummer 2019.", "dossiernummer", []],
    // a table column headed by an id word takes 4–6 digit ids
    ["| schuldeiser | klantnummer | bedrag |\n| --- | --- | --- |\n| Garage Smit | 40718 | € 800,00 |", "dossiernummer", ["40718"]],
    ["| naam | bedrag | jaar |\n| --- | --- | --- |\n| Garage Smit | 40718 | 2019 |", "dossiernummer", []],
    // ages: relation + name + N + wordt in a subclause; a pronoun subject with ", is NN en"
    ["Dat verandert nu haar jongste dochter Lina 18 wordt.", "leeftijd", ["18"]],
    ["Hij woont sinds mei in Emmen, is 71 en heeft geen kinderen.", "leeftijd", ["71"]],
    ["Hij woont al jaren in Deventer, is 3 maanden achter met de huur.", "leeftijd", []],
    ["De huur is hoog, is 800 en gaat omhoog.", "leeftijd", []],
    // a school compound + an article name that is also a village or a lexicon name
    ["Hij zat op Praktijkschool De Wissel in Epe.", "instelling", ["Praktijkschool De Wissel"]],
    // a job title or course is no company; a document title word before a region is no organisation
    ["Hij wil de opleiding Eerste Monteur Installatietechniek volgen.", "instelling", []],
    ["Hij werkt bij Verhoef Installatietechniek in Zwolle.", "instelling", ["Verhoef Installatietechniek"]],
    ["Kwartaalrapportage Noord-Limburg", "instelling", []],
    ["Kwartaalrapportage Noord-Limburg", "plaats", ["Noord-Limburg"]],
    ["Hij werkt bij Kringloop Den Bosch.", "instelling", ["Kringloop Den Bosch"]],
    // a firm's name part that is a known person's surname stays the person, whatever the particle's case
    // (session 23: the bare firm name is the firm also when the owner is named: gold of blind393)
    ["Contact met Kwekerij Van Hooydonk. Contactpersoon Piet van Hooydonk.\nMorgen kennismaking bij Van Hooydonk.", "persoon", ["Piet van Hooydonk"]],
    ["Contact met Kwekerij Van Hooydonk.\nMorgen kennismaking bij Van Hooydonk.", "instelling", ["Kwekerij Van Hooydonk", "Van Hooydonk"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: housing, sheltered work, addiction care, childcare, German insurers and bodies, sub-regions, ward and report words", () => {
  it.each([
    // housing corporations, also Flemish ones and a lower-case name as its tenants type it
    ["De huurachterstand bij Mijn Thuis loopt verder op.", "instelling", ["Mijn Thuis"]],
    ["Hij staat al twee jaar ingeschreven bij ZO Wonen.", "instelling", ["ZO Wonen"]],
    ["Ze huurt een flat van l'escaut woonservice in Terneuzen.", "instelling", ["l'escaut woonservice"]],
    ["De nieuwe woning van Volkshaard is te klein voor het gezin.", "instelling", ["Volkshaard"]],
    ["Mijn thuis is te klein voor drie kinderen.", "instelling", []],
    ["Zo wonen ze al jaren samen.", "instelling", []],
    ["De sleutels liggen bij de buren.", "instelling", []],
    // sheltered work and re-integration, also without a preposition and in a table cell
    ["Volgens de werkleider wil Dyzoon hem na de zomer houden.", "instelling", ["Dyzoon"]],
    ["| K. Jansen | beschut werk | Westrom | 01-02-2024 |", "instelling", ["Westrom"]],
    ["Het vervolgcontract loopt via Werkfit Oost, met loonkostensubsidie.", "instelling", ["Werkfit Oost"]],
    ["Hij start volgende week met een Werkfit-traject.", "instelling", []],
    // addiction care and childcare; a lower-case sector word after the name does not hide it
    ["Hij is sinds de zomer in behandeling bij Psytrec.", "instelling", ["Psytrec"]],
    ["Haar dochter gaat drie dagen naar Kober kinderopvang.", "instelling", ["Kober kinderopvang"]],
    ["Hij wordt begeleid door Tactus verslavingszorg in Deventer.", "instelling", ["Tactus verslavingszorg"]],
    ["Ze heeft een bijbaan bij Hoera kindercentra.", "instelling", ["Hoera kindercentra"]],
    // German statutory health insurers are organisations, German national bodies are not
    ["Er staat nog een schuld open bij de AOK Nordwest.", "instelling", ["AOK Nordwest"]],
    ["Hij was tot maart verzekerd bij de Techniker Krankenkasse.", "instelling", ["Techniker Krankenkasse"]],
    ["De uitkering van de Agentur für Arbeit is nog niet binnen.", "instelling", []],
    ["Er kwam gisteren een brief van de Bundesagentur.", "instelling", []],
    ["Het besluit van de Berufsgenossenschaft volgt pas in mei.", "instelling", []],
    // sub-regions and border regions are places; a report title before a region is no organisation
    ["Hij zoekt werk in heel Midden-Limburg.", "plaats", ["Midden-Limburg"]],
    ["Ze zoekt werk in de regio Midden-Gelderland.", "plaats", ["Midden-Gelderland"]],
    ["Zijn broer woont sinds kort in Niedersachsen.", "plaats", ["Niedersachsen"]],
    ["Trajectoverzicht Zuid-Limburg – eerste kwartaal", "plaats", ["Zuid-Limburg"]],
    ["Trajectoverzicht Zuid-Limburg – eerste kwartaal", "instelling", []],
    ["Kwartaalrapportage West-Brabant", "instelling", []],
    // department words of creditors and wards of a care home are no organisations; schools and centres keep their names
    ["Graag overleg met afdeling Heffingen over de kwijtschelding.", "instelling", []],
    ["t.a.v. afdeling Invorderingen", "instelling", []],
    ["Ze helpt op afdeling Klaproos met de koffie.", "instelling", []],
    ["Hij zit in groep 5 van basisschool De Vlinder.", "instelling", ["basisschool De Vlinder"]],
    ["Hij gaat op woensdag naar wijkcentrum De Basis.", "instelling", ["wijkcentrum De Basis"]],
    ["Ze heeft het certificaat Basis Veiligheid gehaald.", "instelling", []],
    // a short insurer abbreviation is no surname particle's target
    ["Joost van 't Hek belt morgen terug.", "persoon", ["Joost van 't Hek"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lower-case names in notes, firms after 'van', court numbers, spread addresses, ages turning", () => {
  it.each([
    // lower-case first names in street-work notes: an age or relation apposition, coordination, spread to other mentions
    ["- dewi, 24, slaapt bij een vriendin.\n- thijmen, broer van dewi, wil geen hulp. Later zagen we dewi en thijmen bij de bushalte.", "persoon", ["dewi", "thijmen", "dewi", "dewi", "thijmen"]],
    ["Bij de snackbar: lotte en fenna, allebei nog op school.", "persoon", ["lotte", "fenna"]],
    ["huisbezoek samen met sanne + ilona, niemand thuis.", "persoon", ["sanne", "ilona"]],
    ["- Koffie, 2, suiker erbij.\n- melk en suiker apart.", "persoon", []],
    ["zijn maat, broer van de buurman, komt ook.", "persoon", []],
    // a lower-case "de X" after a title spreads only when closed like a name
    ["notities hb de graaf\n08:05 mw. de graaf (41) doet open.", "persoon", ["de graaf", "de graaf"]],
    ["notities: dhr. de boer komt morgen langs. Hij werkt bij de boer op het land.", "persoon", ["de boer"]],
    // the lawyer's title in lower-case notes
    ["advocaat = mr. visser van het kantoor in Delft.", "persoon", ["visser"]],
    // chat interjection
    ["[09:14] sanne: goeiemorgen mo\n[09:31] mo: ewa sanne sorry\n[09:32] sanne: top", "persoon", ["sanne", "mo", "mo", "sanne", "sanne"]],
    // a speaker line after a postcode line is no place
    ["Levi: mn adres is Dorpsstraat 4, 3201 BM\nCoach Yilmaz: dank je, ik zet het door.\nLevi: top", "plaats", []],
    // a title, then a name, then "van" + an organisation: two spans
    ["Mijn longarts, dr. Van Dijken van het Ommelander Ziekenhuis, was er niet.", "persoon", ["Van Dijken"]],
    ["Mijn longarts, dr. Van Dijken van het Ommelander Ziekenhuis, was er niet.", "instelling", ["Ommelander Ziekenhuis"]],
    ["Deurwaarder Van der Molen van Jansen Gerechtsdeurwaarders belde.", "persoon", ["Van der Molen"]],
    ["Deurwaarder Van der Molen van Jansen Gerechtsdeurwaarders belde.", "instelling", ["Jansen Gerechtsdeurwaarders"]],
    // a name + "Advocatuur" is a firm
    ["Hij wordt bijgestaan door mr. K. Amrani van Amrani Advocatuur in Utrecht.", "instelling", ["Amrani Advocatuur"]],
    ["De advocatuur in Nederland is duur.", "instelling", []],
    // a court or council named earlier, referred back to with a capital after "de"
    ["De Centrale Raad van Beroep oordeelt anders. Volgens de Raad is het besluit onvoldoende onderbouwd.", "persoon", []],
    ["Het oordeel van de Rechtbank volgt in mei.", "persoon", []],
    // a place-named surname after a title, and after a role once the full name is in the text
    ["Geachte mevrouw Kranenburg,", "persoon", ["Kranenburg"]],
    ["Aanwezig: Rob Veenendaal. Casemanager Veenendaal adviseert beschermd wonen in Veenendaal.", "persoon", ["Rob Veenendaal", "Veenendaal"]],
    ["Aanwezig: Rob Veenendaal. Casemanager Veenendaal adviseert beschermd wonen in Veenendaal.", "plaats", ["Veenendaal"]],
    ["De casemanager adviseert wonen in Veenendaal.", "persoon", []],
    // eastern surname prefixes do not spread on their own
    ["- Miranda Oude Luttikhuis: plan delen\n- Erwin Hummelink: werkplaats\n- Lieke Harmsen: afstemming\nZijn oude woning is opgezegd.", "persoon", ["Miranda Oude Luttikhuis", "Erwin Hummelink", "Lieke Harmsen"]],
    // court numbers of the administrative and civil sectors as one span
    ["Zaaknummer: SGR 24/7731", "dossiernummer", ["SGR 24/7731"]],
    ["De rechtbank verklaarde het beroep ongegrond (AWB 23/04512).", "dossiernummer", ["AWB 23/04512"]],
    ["Vonnis bij verstek, rolnummer CV EXPL 24-7712.", "dossiernummer", ["CV EXPL 24-7712"]],
    ["zaaknummer 11029834 / CV EXPL 24-8812.", "dossiernummer", ["11029834 / CV EXPL 24-8812"]],
    ["De ROT 12/2024 rapportage is klaar.", "dossiernummer", []],
    // an id after "…nummer" + a register abbreviation
    ["Tolk: A. Tesfay (registratienummer Wbtv 208815)", "dossiernummer", ["208815"]],
    ["Het huisnummer Achter 12 klopt niet.", "dossiernummer", []],
    // a unit-letter postcode in its own table cell after street + number; a number item in a list is no place
    ["| Parteon | S. Ghebru | Pelikaanweg 12 | 1503 GB | € 2.100 |", "postcode", ["1503 GB"]],
    ["| Opslag | 1200 GB | € 5 |", "postcode", []],
    ["Signalering – week 37, Amsterdam Nieuw-West en Zaanstad", "plaats", ["Amsterdam", "Nieuw-West", "Zaanstad"]],
    // an address found before its postcode is that address at its other mentions
    ["Onderwerp: woningaanpassing Kerkpad 6\n\nHet gaat om mevrouw Kingma, Kerkpad 6, 8801 LH Franeker.", "adres", ["Kerkpad 6", "Kerkpad 6"]],
    // ages: turning an age at a time, relatives in a bracket, a party in brackets, "die toen N was", "ca. N" in a bracket
    ["Jayden wordt op 2 maart 2024 achttien. Hij woont op kamers.", "leeftijd", ["achttien"]],
    ["Pa (Hessel Bouma, Harlingen) wordt volgende maand zevenentachtig.", "leeftijd", ["zevenentachtig"]],
    ["Piet wordt vrijdag 3 uur later opgehaald. De huur wordt in januari 12.", "leeftijd", []],
    ["Het gezin (vader 41, moeder 37, twee kinderen) woont er sinds 2022.", "leeftijd", ["41", "37"]],
    ["Aan eiseres (52) is een boete opgelegd.", "leeftijd", ["52"]],
    ["Haar dochter Naomi, die toen 19 was, vulde het formulier in.", "leeftijd", ["19"]],
    ["buurvrouw Anneke (nr. 45, ca. 70) spreekt ons aan.", "leeftijd", ["70"]],
    ["buurvrouw Anneke (nr. 45) spreekt ons aan.", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: amateur clubs, lower-case corporation tails, northern districts, ambiguous villages, care laws", () => {
  it.each([
    // amateur football clubs of the big cities with an apostrophe year or a club abbreviation
    ["Zijn zoon traint twee keer per week bij Spartaan '20.", "instelling", ["Spartaan '20"]],
    ["ik speel nu bij Zwart-Wit '28 in de o19", "instelling", ["Zwart-Wit '28"]],
    ["Zijn oude trainer van Hermes DVS belde gisteren.", "instelling", ["Hermes DVS"]],
    ["Hij is vrijwilliger in de kantine van Magreb '90.", "instelling", ["Magreb '90"]],
    // a bare word-like club name stays ambiguous
    ["Hermes bracht het pakket pas om zes uur.", "instelling", []],
    // housing corporations whose official names have a lower-case tail
    ["De huurachterstand bij Arcade mensen en wonen is opgelopen tot € 900.", "instelling", ["Arcade mensen en wonen"]],
    ["Ze kreeg een brief van de verhuurder, Sité woondiensten, over de achterstand.", "instelling", ["Sité woondiensten"]],
    ["Hij huurt sinds 2019 bij Beter wonen Vechtdal.", "instelling", ["Beter wonen Vechtdal"]],
    ["De mensen en wonen daar zijn prima, zegt ze.", "instelling", []],
    // neighbourhoods of Drachten, Emmen and Groningen are places
    ["Ik was vanochtend op huisbezoek in De Folgeren.", "plaats", ["De Folgeren"]],
    ["| M. Bos | Barger-Oosterveld | start 1 maart |", "plaats", ["Barger-Oosterveld"]],
    ["Ze is vorig jaar van Hoogkerk naar Himsterhout verhuisd.", "plaats", ["Hoogkerk", "Himsterhout"]],
    // word-like villages: after a comma or a preposition, not as the word
    ["Casus B – mevrouw Smit, 72 jaar, Halfweg", "plaats", ["Halfweg"]],
    ["Dhr. Bakker, 59 jaar, Dieren", "plaats", ["Dieren"]],
    ["Dieren zijn in de flat niet toegestaan.", "plaats", []],
    ["Hij mag geen dieren houden in de woning.", "plaats", []],
    // laws, wetboeken and the OM are never organisations
    ["Er is een crisismaatregel op grond van de Wvggz afgegeven.", "instelling", []],
    ["Voor haar moeder geldt een rechterlijke machtiging op grond van de Wzd.", "instelling", []],
    ["Dit volgt uit artikel 475 van het Wetboek van Burgerlijke Rechtsvordering.", "instelling", []],
    ["Dit staat in het Wetboek van Strafvordering.", "instelling", []],
    ["De zaak ligt nu bij het OM in Zwolle.", "instelling", []],
    // municipal team names and app + noun compounds are no organisations
    ["Neem contact op met Team Privacy van de gemeente.", "instelling", []],
    ["Het team Beslagleggingen stuurt de verklaring.", "instelling", []],
    ["Zijn zus doet mee via WhatsApp-video.", "instelling", []],
    ["We spraken elkaar via een Teams-gesprek.", "instelling", []],
    // a firm that opens with "Totaal" keeps its name
    ["Hij werkt sinds mei bij Totaal Schoonmaak in Ede.", "instelling", ["Totaal Schoonmaak"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});
describe("nine digits right after 'klant'/'cliënt' are a klantnummer, unless a BSN word says otherwise", () => {
  it.each([
    ["Doorverwijzing klant 209416385 – werkaanbod", "dossiernummer", ["209416385"]],
    ["Doorverwijzing klant 209416385 – werkaanbod", "bsn", []],
    ["Cliënt 209416385 belde over zijn uitkering.", "bsn", []],
    ["Het BSN van klant 209416385 klopt niet.", "bsn", ["209416385"]],
    ["klant 209416385 (BSN)", "bsn", ["209416385"]],
    ["De klant heeft als nummer 209416385.", "bsn", ["209416385"]],
    ["Klant 0612345678 belde terug.", "telefoon", ["0612345678"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});
describe("a capitalised word before a lower-case place name opens no local organisation", () => {
  it.each([
    ["Veel dieren in de buurt, zegt ze.", "instelling", []],
    ["Gewoon best leuk, zei hij over de cursus.", "instelling", []],
    // (the generic thrift shop + its one-word town is the town, as the gold of blind440/526/630 has it; session 39)
    ["We gaan naar Kringloop Deventer voor een bank.", "instelling", []],
    ["We gaan naar Kringloop Deventer voor een bank.", "plaats", ["Deventer"]],
    ["Kringloop Den Bosch haalt de spullen op.", "instelling", ["Kringloop Den Bosch"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});
describe("ages (birthday, couple bracket, 'en is N'), durations, party fields, headings, '&' in foundations, district teams, form tables", () => {
  it.each([
    // ages: a birthday without a comma in a chat, "(wordt over N weken N)", a couple in one bracket, "… en is N"
    ["[10:02] ilse: mijn zus is zaterdag jarig wordt 30 🎂", "leeftijd", ["30"]],
    ["Geboren 2 maart 2007 (wordt over drie maanden 18).", "leeftijd", ["18"]],
    ["Aanmelding van een stel uit Deventer (v, 31 / m, 36).", "leeftijd", ["31", "36"]],
    ["[11:03] rob: hij woont bij zijn oom in zwolle en is 17", "leeftijd", ["17"]],
    ["[11:04] rob: ze werkt bij de bakker en is 22 geloof ik", "leeftijd", ["22"]],
    ["Ze heeft drie schulden en is 2 maanden achter met de huur.", "leeftijd", []],
    // durations and limits, no one's age
    ["Hij zegt: ik heb 30 jaar zelf mijn administratie gedaan.", "leeftijd", []],
    ["Hij zegt: ik ga niet 2 jaar zo leven.", "leeftijd", []],
    ["Ze moet nog 3 jaar sparen voor een auto.", "leeftijd", []],
    ["Scholing: in Eritrea 6 jaar school, daarna landarbeid.", "leeftijd", []],
    ["Werkervaring: lasser in Izmir (± 9 jaar), daarna heftruckchauffeur.", "leeftijd", []],
    ["Tot je 18e betalen je ouders de zorgverzekering.", "leeftijd", []],
    ["Het pand staat aan de Markt, is 85 jaar oud.", "leeftijd", []],
    ["Op zijn 18e ging hij het huis uit.", "leeftijd", ["18e"]],
    // persons: a heading "Reactie van <first name> <surname> (role)", a law named after a person, an infinitive after a
    // title, a party field, an ambiguous first name speaking a quote, chat nicknames
    ["Reactie van Sanne Dijkman (jobcoach):\nDat lijkt me goed.\n\nReactie van Pieter Bosman:\nEens.", "persoon", ["Sanne Dijkman", "Pieter Bosman"]],
    ["De boete valt onder de Wet Mulder.", "persoon", []],
    ["Kan mw. stoppen met de cursus?", "persoon", []],
    ["Wil dhr. solliciteren bij de Jumbo?", "persoon", []],
    ["Kan mw. jansen morgen langskomen?", "persoon", ["jansen"]],
    ["Verzoekster: Jelena Marković, geboren 4 mei 1990 te Niš", "persoon", ["Jelena Marković"]],
    ["Aanvrager: Gemeente Utrecht\nDatum: 3 mei 2024", "persoon", []],
    ["Met Roos Verhoeven gesproken. Roos: \"Ik kan maandag.\"", "persoon", ["Roos Verhoeven", "Roos"]],
    ["[09:01] sebastiaan: ben er\n[09:02] kim: seba let op, de klant is er al", "persoon", ["sebastiaan", "kim", "seba"]],
    ["[09:01] mohammed: morgen examen\n[09:02] kim: succes moh!", "persoon", ["mohammed", "kim", "moh"]],
    // organisations: "&" inside a Stichting name, an insurer, a district team, a two-column form table
    ["Maak het bedrag over aan Stichting Derdengelden Jansen & Roelofs.", "instelling", ["Stichting Derdengelden Jansen & Roelofs"]],
    ["Maak het bedrag over aan Stichting Derdengelden Jansen & Roelofs.", "persoon", []],
    ["Schuldeisers: Vliet Verzekeringen en de Belastingdienst.", "instelling", ["Vliet Verzekeringen"]],
    ["Casusoverleg Team Wijk Kanaleneiland, 4 maart", "instelling", []],
    ["Casusoverleg Team Wijk Kanaleneiland, 4 maart", "plaats", ["Kanaleneiland"]],
    ["| Veld | Waarde |\n| --- | --- |\n| Werkgever | Bakkerij Smits B.V. |\n| Functie | Inpakker |\n| Meetmethode | Observatie |", "instelling", ["Bakkerij Smits B.V."]],
    // dates: a year of birth in a form table row; a day-month opening a line after a sentence that ends in "dossier."
    ["| Geboortejaar | 1979 |", "datum", ["1979"]],
    ["Notitie staat in het dossier.\n14-03 – geen contact.", "datum", ["14-03"]],
    ["Notitie staat in het dossier.\n14-03 – geen contact.", "dossiernummer", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: housing corporations, insurers, Rotterdam youth orgs and shopping-centre districts; generic intake desks and national routes; Portaal/Amaryllis without a preposition", () => {
  it.each([
    // housing corporations and insurers missing from the lexicon (Seyster Veste in Zeist, Woonvisie, Bovemij, Scildon)
    ["Seyster Veste stuurt volgende week een aanmaning.", "instelling", ["Seyster Veste"]],
    ["Aanwezig: Sandra Mol – woonconsulent Seyster Veste", "instelling", ["Seyster Veste"]],
    ["De huurder van Woonvisie vroeg om uitstel.", "instelling", ["Woonvisie"]],
    ["Weigeraars in het minnelijk traject: Bovemij Verzekeringen en de Belastingdienst.", "instelling", ["Bovemij Verzekeringen"]],
    ["Schuldeisers: Santander, Bovemij Verzekeringen en Athora.", "persoon", []],
    ["Scildon keert de uitkering in maart uit.", "instelling", ["Scildon"]],
    // Rotterdam youth and street organisations; the lower-case phrase stays a phrase
    ["De jongerenwerker van Thuis op Straat belde gisteren.", "instelling", ["Thuis op Straat"]],
    ["Thuis op Straat organiseert woensdag een toernooi.", "instelling", ["Thuis op Straat"]],
    ["Hij voelt zich thuis op straat niet veilig.", "instelling", []],
    // a chain + a shopping-centre district is one institution span, also in a table cell
    ["| Sem Bakker | 2003 | Jumbo Keizerswaard | IJsselmonde |", "instelling", ["Jumbo Keizerswaard"]],
    ["Hij vult vakken bij de Lidl Hesseplaats.", "instelling", ["Lidl Hesseplaats"]],
    // municipal intake desks, national work/learning routes and knowledge platforms, a firm's department: generic
    ["Voor de nacht kan hij terecht via het Centraal Onthaal.", "instelling", []],
    ["Aanmelden kan bij het Daklozenloket of bij de Vraagwijzer.", "instelling", []],
    ["Hij haalt zijn diploma via de Praktijkroute (BBL).", "instelling", []],
    ["Zie de tips op Kennisplein Werk en Inkomen.", "instelling", []],
    ["Rapportage: Ergon, afdeling Jobcoaching", "instelling", ["Ergon"]],
    ["Met vriendelijke groet,\nJobcoaching Brabant\nMarkt 18, 4701 PD Roosendaal", "instelling", ["Jobcoaching Brabant"]],
    // a word-like housing corporation or welfare organisation at the end of an attendee line; the lower-case words are no organisation
    ["Aanwezig:\n- Koen Aerts – woonconsulent, Portaal\n- Jet Vos – wijkteam", "instelling", ["Portaal"]],
    ["Gezinscoach: Ilse Kramer, Amaryllis\nDatum: 3 mei 2024", "instelling", ["Amaryllis"]],
    ["U kunt de loonstrook uploaden via het portaal.", "instelling", []],
    ["ik heb een amaryllis gekocht voor mn moeder", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("fam. as a title, title + surname + van + street, job and permit durations, streets without a number, court districts and location labels, id cells and summary rows, rounds and '&' teams, names before multi-word organisations, district words, nouns after a title, placements, coordinated first names, notaries, two-word welfare places, chat relations and double surnames, sentence-start first names", () => {
  it.each([
    // "fam." is a title: the family's surname after it, known or not
    ["| wo 9/4 | 10.00 | fam. Tewolde | Kerkstraat 4 | Ulft |", "persoon", ["Tewolde"]],
    ["Huisbezoek bij Fam. Ogbonna, de kinderen waren thuis.", "persoon", ["Ogbonna"]],
    ["fam. en vrienden kwamen op bezoek", "persoon", []],
    // title + surname + "van" + street + number: the person, then the street
    ["De buurvrouw meldt dat meneer Wesselink van Ruurloseweg 12 al dagen niet buiten komt.", "persoon", ["Wesselink"]],
    ["De buurvrouw meldt dat meneer Wesselink van Ruurloseweg 12 al dagen niet buiten komt.", "adres", ["Ruurloseweg 12"]],
    ["Mw. Brouwer van de Dorpsstraat 8 belde over de rolstoel.", "adres", ["Dorpsstraat 8"]],
    ["Zij woont aan de Laan van Meerdervoort 204.", "adres", ["Laan van Meerdervoort 204"]],
    // durations: N jaar + "als" + a job, a granted permit's bracketed term
    ["Mevrouw heeft in Aleppo 9 jaar als naaister gewerkt.", "leeftijd", []],
    ["03-02-2022: verblijfsvergunning regulier verleend (5 jaar)", "leeftijd", []],
    ["Hij was 17 jaar als hij het huis uit ging.", "leeftijd", ["17 jaar"]],
    ["Kinderen: Sami (5 jaar) en Lina (3 jaar).", "leeftijd", ["5 jaar", "3 jaar"]],
    // an adjective + a street compound without a number, a first name glued to a street: no person, no organisation
    ["[22:10] anouk: staan jullie nog bij de Lange Nieuwstraat?", "instelling", []],
    ["[22:10] anouk: staan jullie nog bij de Lange Nieuwstraat?", "persoon", ["anouk"]],
    ["[22:12] bas: hij slaapt vaak op de willem de zwijgerlaan", "persoon", ["bas"]],
    // a court's district is a place; a location label before a place is the place only
    ["De zaak dient bij de Rechtbank Midden-Nederland in Utrecht.", "plaats", ["Midden-Nederland", "Utrecht"]],
    ["Gerechtshof Arnhem-Leeuwarden\nLocatie Arnhem\nZaaknummer: 200.318.442", "instelling", []],
    ["Hij werkt bij VluchtelingenWerk Noord-Nederland.", "instelling", ["VluchtelingenWerk Noord-Nederland"]],
    // a letter-and-digit id under an id column header; a summary row is no creditor
    ["| Schuldeiser | Kenmerk | Bedrag |\n| --- | --- | --- |\n| Intrum namens Eneco | K23-4471902 | € 412,00 |\n| Totaal | | € 412,00 |", "dossiernummer", ["K23-4471902"]],
    ["| Schuldeiser | Kenmerk | Bedrag |\n| --- | --- | --- |\n| Intrum namens Eneco | K23-4471902 | € 412,00 |\n| Totaal | | € 412,00 |", "instelling", ["Intrum", "Eneco"]],
    // a street worker's round + district, a team of department words with "&": no organisation
    ["Dinsdag\nRonde Kanaleneiland na een melding van de politie.", "instelling", []],
    ["Dinsdag\nRonde Kanaleneiland na een melding van de politie.", "plaats", ["Kanaleneiland"]],
    ["Casusbespreking team Beschermingsbewind & Senioren, 4 maart", "instelling", []],
    // a first name + "van" + a multi-word lexicon organisation: the name ends before "van"
    ["Via Kevin van Thuis op Straat hoorden we van zijn situatie.", "persoon", ["Kevin"]],
    // a district word before an ambiguous district name
    ["Het gezin woont in de wijk Holy, vlak bij het station.", "plaats", ["Holy"]],
    // an abstract noun given to the person after a title is no surname
    ["- wonen: dhr. uitleg gegeven over de urgentieregeling", "persoon", []],
    ["- mantelzorg: mw. informatie verstrekt over respijtzorg", "persoon", []],
    ["dhr. yilmaz gebeld over de huur", "persoon", ["yilmaz"]],
    // a placement of a person at an employer; the first name spreads
    ["We regelen een proefplaatsing van Hadgu Tewolde bij Hoveniersbedrijf Groen. Hadgu begint maandag.", "persoon", ["Hadgu Tewolde", "Hadgu"]],
    // an unknown first name coordinated with a full name
    ["3. Casus Dawood en Noor Haddad", "persoon", ["Dawood", "Noor Haddad"]],
    ["Bij Sortiva en Noor Haddad", "persoon", ["Noor Haddad"]],
    // a notary or curator + surname is a person
    ["Zij wil het testament laten opstellen bij notaris De Graaff in Zierikzee.", "persoon", ["De Graaff"]],
    ["Het testament ligt bij Notariskantoor De Graaff.", "persoon", []],
    // "Welzijn" + a two-word municipality is one organisation
    ["Met vriendelijke groet,\nEsther Kok, ouderenadviseur, Welzijn Hoeksche Waard", "instelling", ["Welzijn Hoeksche Waard"]],
    // a relation + "van haar/hem," + a lower-case name in a chat; a lower-case double surname after a particle in a chat
    ["[10:02] joost: de broer van hem, dirk, belt morgen", "persoon", ["joost", "dirk"]],
    ["[10:03] lies: nee dat is van dijk-hulshof, die woont verderop", "persoon", ["lies", "van dijk-hulshof"]],
    ["[10:04] lies: de wmo-aanvraag van de re-integratie is binnen", "persoon", ["lies"]],
    // an ambiguous first name found in a full name spreads to a sentence start before a finite verb
    ["Nieuwe gast: mevrouw Roos Hendriksen, 31. Ontbijt gehad. Roos heeft een afspraak bij de huisarts.", "persoon", ["Roos Hendriksen", "Roos"]],
    ["Mevrouw Roos Hendriksen belde. Roos is de naam van haar oma.", "persoon", ["Roos Hendriksen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: Achterhoek/Twente/Frisian villages (Grou, Vasse, Rekken); senior unions, hospital abbreviations, Zeeland care, Hoog Catharijne, care parks; departments and wards, interpreter languages, Skaeve Huse, Taalmaatjes, village meetings", () => {
  it.each([
    // small villages and hamlets; Grou, Vasse and Rekken count without a preposition, the verb "rekken" and the surname Exel do not
    ["Onderwerp: dhr. Wissink, Medler", "plaats", ["Medler"]],
    ["Harkema, 12 maart 2025\n\nGeachte heer Bosma,", "plaats", ["Harkema"]],
    ["Grou, 3 juni 2024\nBetreft: uw huurcontract", "plaats", ["Grou"]],
    ["- dochter Ria (Vasse) brengt de boodschappen", "plaats", ["Vasse"]],
    ["Notulen Dorpsoverleg Zorg & Welzijn Rekken", "plaats", ["Rekken"]],
    ["We rekken het gesprek niet langer dan nodig.", "plaats", []],
    ["Mevrouw Exel belde terug over de aanvraag.", "plaats", []],
    // senior unions with local branches, a regional hospital abbreviation, Zeeland care, a named shopping centre, Welzijn + municipality
    ["Ze gaat elke dinsdag naar de soos van de KBO.", "instelling", ["KBO"]],
    ["Hij lag een week in het SKB na zijn val.", "instelling", ["SKB"]],
    ["Van: Karin Dekker, casemanager dementie, Zorgstroom\nAan: Sociaal Team", "instelling", ["Zorgstroom"]],
    ["Hij woont sinds mei in Ter Reede.", "instelling", ["Ter Reede"]],
    ["Hij werd weggestuurd door de beveiliging van Hoog Catharijne.", "instelling", ["Hoog Catharijne"]],
    ["Coördinator: Anke Verhoef, Welzijn Hoeksche Waard", "instelling", ["Welzijn Hoeksche Waard"]],
    ["Het KBO-nummer van de vennootschap staat op de factuur.", "instelling", []],
    // a care park is an institution, not a place ending in -park
    ["Ze verhuist volgende maand naar Zorgpark Westerhout.", "instelling", ["Zorgpark Westerhout"]],
    ["Ze verhuist volgende maand naar Zorgpark Westerhout.", "plaats", []],
    // departments named by their task and wards named after plants are no organisations; a firm named "X Bewindvoering" stays one
    ["Aan: Woonbron, afdeling Verhuur", "instelling", ["Woonbron"]],
    ["Stuur de stukken naar team Bewindvoering van de gemeente.", "instelling", []],
    ["Aan: Gemeente Breda, team Briefadressen", "instelling", []],
    ["Betrokkene: dhr. Jansen, 88 jaar, afdeling Kamperfoelie", "instelling", []],
    ["Op ma 3 mrt. 2025 om 09:12 schreef Klantendienst Nalatenschappen:", "persoon", []],
    ["Dinkelzicht Bewindvoering stuurt de stukken na.", "instelling", ["Dinkelzicht Bewindvoering"]],
    ["Kinderdagverblijf De Kamperfoelie belde.", "instelling", ["Kinderdagverblijf De Kamperfoelie"]],
    // interpreter languages in other spellings; the interpreter's own name stays a name
    ["Het gesprek ging met een tolk Pashtou.", "persoon", []],
    ["Gesprek met tolk Koerdisch-Kurmanci via de telefoon.", "persoon", []],
    ["Tolk Ahmad Karimi vertaalde naar het Pashtou.", "persoon", ["Ahmad Karimi"]],
    // a housing concept, a language-buddy project + region, a village meeting: no person, no organisation
    ["Hij staat op de wachtlijst voor Skaeve Huse.", "persoon", []],
    ["Overzicht koppelingen Taalmaatjes Súdwest-Fryslân, eerste kwartaal", "instelling", []],
    ["Overzicht koppelingen Taalmaatjes Súdwest-Fryslân, eerste kwartaal", "plaats", ["Súdwest-Fryslân"]],
    ["Verslag Wijkoverleg Zorg & Welzijn Zelhem", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("letterhead lines, a speaker's organisation in brackets, role + organisation in capitals, organisation fields", () => {
  it.each([
    // the cell before a street + number and a postcode in a signature line is the sender's organisation
    ["Met vriendelijke groet,\nEls Peeters\nKiemkracht | Molenstraat 4 | 5801 AB Venray", "instelling", ["Kiemkracht"]],
    ["Groet,\nTom\nHoveniers Groen & Zo | Kerkweg 12a | 6001 CD Weert", "instelling", ["Hoveniers Groen & Zo"]],
    ["Gemeente Venlo | Postbus 3434 | 5902 RK Venlo", "instelling", []],
    ["Els Peeters | Molenstraat 4 | 5801 AB Venray", "instelling", []],
    // an unknown abbreviation in brackets after a chat speaker is the speaker's organisation
    ["[09:12] Sanne (JOZ): kom je morgen?\n[09:13] kevin: ja", "instelling", ["JOZ"]],
    ["[10:01] Sanne (KM): ok\n[10:02] Piet (UWV): prima", "instelling", []],
    // a role noun + a word in capitals ending an attendee line
    ["Aanwezig:\n- Youssef Amrani, jongerenwerker SWOR\n- Lotte, klantmanager", "instelling", ["SWOR"]],
    ["Ahmed, klantmanager UWV\nPetra, consulent WMO", "instelling", []],
    // the value of an organisation field keeps a role word + place as one organisation
    ["Naam: Rik Bosmans\nOrganisatie: Jobcoach Limburg\nTelefoon: 046-4123456", "instelling", ["Jobcoach Limburg"]],
    ["Ze heeft een afspraak met Jobcoach Enschede.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("age fields with a note or translation, hedged and sourced ages, numbered units and times, client title before a full stop, attendee brackets, role + first name + village surname, college van B&W, Team + topic + place", () => {
  it.each([
    // "leeftijden" + a list, a form field with a note or a translation before the colon, a decade at a line end
    ["Kinderen thuis: 2 (leeftijden 4 en 9)", "leeftijd", ["4", "9"]],
    ["Gezin: vier kinderen (leeftijden 3, 8 en 14)", "leeftijd", ["3", "8", "14"]],
    ["Leeftijd (geschat): 57\nWoonsituatie: huur", "leeftijd", ["57"]],
    ["Leeftijd / Age: 44\nTaal: Engels", "leeftijd", ["44"]],
    ["Melder schat de leeftijd: rond de 60\nOverige info: geen", "leeftijd", ["60"]],
    ["Doelgroep: jongeren in de leeftijden 18 tot 27", "leeftijd", []],
    ["Leeftijd / geboortedatum: 12-03-1985", "leeftijd", []],
    // an age with its source, a hedged guess in a bracket, a be-verb + "boven de" + decade word
    ["- cliënt is 61 volgens GBA, woont alleen", "leeftijd", ["61"]],
    ["Ze neemt haar oudste (ik denk 12) soms mee.", "leeftijd", ["12"]],
    ["De buurvrouw (volgens mij 80) hielp met de boodschappen.", "leeftijd", ["80"]],
    ["Haar ouders zijn al boven de zeventig.", "leeftijd", ["boven de zeventig"]],
    ["Mensen boven de zeventig krijgen een brief.", "leeftijd", []],
    // numbered housing units and a clock time after a name are no ages
    ["De jongens van Flexwerk wonen in chalet 7 en 8 op het park.", "leeftijd", []],
    ["Tolk geregeld: Marta Nowak, 09.30, spreekkamer 4", "leeftijd", []],
    ["Tolk is Marta Nowak, 34, en spreekt Pools.", "leeftijd", ["34"]],
    // a full stop after klant/cliënt ends the sentence: the capitalised word after it is no name
    ["Vraag altijd eerst toestemming aan de klant. Noteer daarna de afspraken.", "persoon", []],
    ["Het gesprek is met de cliënt. Geef haar de folder mee.", "persoon", []],
    ["Ik heb de klant Jansen gebeld.", "persoon", ["Jansen"]],
    // a comma inside an attendee's bracket separates no attendees
    ["Aanwezig: dhr. Piet Kramer (tolk Arabisch, Wbtv-nr. 30211), Eva Mol (wijkteam)", "persoon", ["Piet Kramer", "Eva Mol"]],
    ["Aanwezig: Jansen (WI, teamleider), Pietersen", "persoon", ["Jansen", "Pietersen"]],
    // a hyphenated role + a first name + a surname that is also a village is the person
    ["Gesproken met Wmo-consulent Anouk Ouwerkerk over de traplift.", "persoon", ["Anouk Ouwerkerk"]],
    ["Gesproken met Wmo-consulent Anouk Ouwerkerk over de traplift.", "instelling", []],
    // the municipal executive is no organisation; the place after it is the place
    ["Bezwaar tegen het besluit van het college van B&W Zaanstad.", "instelling", []],
    ["Bezwaar tegen het besluit van het college van B&W Zaanstad.", "plaats", ["Zaanstad"]],
    ["Het college van B&W heeft het verzoek afgewezen.", "instelling", []],
    // a capitalised Team + policy topic + place is the place
    ["Overleg met Team Arbeidsmigratie Venlo over huisvesting.", "instelling", []],
    ["Overleg met Team Arbeidsmigratie Venlo over huisvesting.", "plaats", ["Venlo"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: 'X zorggroep' tails, regional care/lift/taxi firms, residence/project/congregation heads, generic services before a region, software, payslip and method words", () => {
  it.each([
    // the lower-case sector tail of a care group written in the lexicon as "X Zorggroep"
    ["Voor de thuiszorg kiest ze ZZG zorggroep.", "instelling", ["ZZG zorggroep"]],
    ["De wijkverpleging komt van Argos zorggroep uit Schiedam.", "instelling", ["Argos zorggroep"]],
    ["Hij staat ingeschreven bij Treant zorggroep in Emmen.", "instelling", ["Treant zorggroep"]],
    ["Ze krijgt hulp van de zorggroep in de wijk.", "instelling", []],
    // regional elderly care, stair-lift and Wmo-taxi firms; the Westland welfare organisation in lower case in a chat
    ["De Waalboog heeft nog geen plek.", "instelling", ["De Waalboog"]],
    ["Dekkerswald belt morgen terug.", "instelling", ["Dekkerswald"]],
    ["Omdat de lift kapot was, kwam Liftvisie langs.", "instelling", ["Liftvisie"]],
    ["De chauffeur van Noviotaxi was weer te laat.", "instelling", ["Noviotaxi"]],
    ["[14:02] esra: ik bel vanmiddag wel even met vitis\n[14:03] bram: top", "instelling", ["vitis"]],
    // head words: a senior residence, a named volunteer project, an evangelical congregation (no municipality)
    ["Ze verhuist naar een appartement in Residentie De Linde.", "instelling", ["Residentie De Linde"]],
    ["Sinds maart heeft ze een maatje via maatjesproject Lichtpunt.", "instelling", ["maatjesproject Lichtpunt"]],
    ["Evangelische Gemeente Het Anker\nKerkstraat 4\n1234 AB Hoorn", "instelling", ["Evangelische Gemeente Het Anker"]],
    ["Evangelische Gemeente Het Anker\nKerkstraat 4\n1234 AB Hoorn", "plaats", ["Hoorn"]],
    ["Hij is aangemeld bij Maatjesproject Ouderen.", "instelling", []],
    ["Het orkest speelt vanavond in de Residentie.", "instelling", []],
    // a generic service before a region is the region only; a municipal team and a church's diaconie alone are nothing
    ["Verzuimmelding aan RBL Gooi en Vechtstreek verstuurd.", "plaats", ["Gooi en Vechtstreek"]],
    ["Verzuimmelding aan RBL Gooi en Vechtstreek verstuurd.", "instelling", []],
    ["Met vriendelijke groet,\nPetra Smit\nGemeente Tilburg | Team Arbeidsmigratie", "instelling", []],
    ["De Diaconie betaalt de eerste boodschappen.", "instelling", []],
    // words: a directive, the first word of a national body, case software, German payslip words, a method, a department
    ["Zij verblijft hier op grond van de Richtlijn tijdelijke bescherming.", "instelling", []],
    ["Het rapport van de Raad voor de Kinderbescherming, locatie Utrecht, ligt er.", "instelling", []],
    ["Ik heb het verslag in Suites gezet.", "plaats", []],
    ["| 01-03-2024 | € 900,00 | Hof Meyer GmbH | Gehalt Februar |", "persoon", []],
    ["| 01-03-2024 | € 900,00 | Hof Meyer GmbH | Lohn Januar |", "persoon", []],
    ["We werken volgens Hoogwaardig Handhaven.", "persoon", []],
    ["Groet,\nKim de Wit\nConsulent Woonfraude | Ymere", "persoon", ["Kim de Wit"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("surname + trade firms, domain teams and town halls in a place, regulations, doctors and salutations in lower case, baby ages in lists, limits and terms", () => {
  it.each([
    // a surname + a trade word (media, fiscaal, webdesign, a -ontwerp/-design compound) or "Fietshuis" + a name is a firm
    ["Mijn opdrachtgever, Hoekstra Media, betaalt pas na 60 dagen.", "instelling", ["Hoekstra Media"]],
    ["Kamer 3 gaat naar Verweij Media.", "instelling", ["Verweij Media"]],
    ["Administratie: J. Brouwer, Brouwer Fiscaal", "instelling", ["Brouwer Fiscaal"]],
    ["Hij startte in 2022 de eenmanszaak Dijkstra Tuinontwerp.", "instelling", ["Dijkstra Tuinontwerp"]],
    ["Groet,\nSamira\nMensah Webdesign | 06-12345678", "instelling", ["Mensah Webdesign"]],
    ["Beller: Tjeerd Algra, eigenaar Fietshuis Algra in Sneek", "instelling", ["Fietshuis Algra"]],
    ["Hij wil later iets in de Media doen.", "instelling", []],
    // the first word of a subject line before a lower-case shop noun is the topic, not the shop's name
    ["Onderwerp: Jaarstukken kapsalon mw. Demir", "instelling", []],
    ["Onderwerp: Aanvraag snackbar dhr. Ouali", "instelling", []],
    // a domain team ("Zorg & Veiligheid", "Werk & Gezondheid"), a town hall or the centre municipality in a place: the place only
    ["Casusoverleg team Zorg & Veiligheid Zwolle, dinsdag", "plaats", ["Zwolle"]],
    ["Casusoverleg team Zorg & Veiligheid Zwolle, dinsdag", "instelling", []],
    ["Overleg Werk & Gezondheid Twente gaat niet door.", "instelling", []],
    ["Aanmelding via Centrumgemeente Apeldoorn.", "plaats", ["Apeldoorn"]],
    ["Aanmelding via Centrumgemeente Apeldoorn.", "instelling", []],
    ["De bijeenkomst is in het Raadhuis Heerlen.", "instelling", []],
    // a prevention programme and a municipal regulation are no names
    ["Graag inbrengen bij het overleg Preventie Huisuitzetting.", "persoon", []],
    ["cc: team Preventie Huisuitzetting", "instelling", []],
    ["Dit valt onder artikel 4 van de Huisvestingsverordening.", "persoon", []],
    ["Dat staat in het Bijstandsbesluit van de gemeente.", "persoon", []],
    // a lexicon surname in lower case after "dokter"/"dr" in a chat; any lower-case surname after "Beste meneer/mevrouw" + comma
    ["[09:10] lotte: ze kan vanmiddag terecht bij dokter janssen\n[09:11] bram: fijn", "persoon", ["lotte", "janssen", "bram"]],
    ["[09:10] lotte: huisarts dr bakker schrijft een brief\n[09:11] bram: ok", "persoon", ["lotte", "bakker", "bram"]],
    ["Beste meneer gelderblom,\n\nDank voor uw brief.", "persoon", ["gelderblom"]],
    ["Beste mevrouw tjoa,\nIk bel u morgen.", "persoon", ["tjoa"]],
    ["[09:10] lotte: ik heb dr moeder gebeld\n[09:11] bram: ok", "persoon", ["lotte", "bram"]],
    ["ik moet morgen naar de dokter gebeld", "persoon", []],
    ["Beste meneer,\nDank voor uw brief.", "persoon", []],
    // a first name + an age in months or weeks in a list line; a limit after a comparison sign, a temporary term, a waiting time
    ["Gezin:\n- Noah, 4 jaar\n- Liam, 10 maanden", "leeftijd", ["4 jaar", "10 maanden"]],
    ["Kinderen:\n- Sem, 6 weken", "leeftijd", ["6 weken"]],
    ["Schulden:\n- Huur, 3 maanden", "leeftijd", []],
    ["Voorwaarde IOAZ: ≥ 55 jr en > 10 jr zelfstandig.", "leeftijd", []],
    ["Doelgroep: jongeren (< 27 jaar).", "leeftijd", []],
    ["Hij krijgt een huurcontract (tijdelijk, 2 jaar).", "leeftijd", []],
    ["De wachttijd bij de corporatie is 7 jaar gemiddeld.", "leeftijd", []],
    ["Hij is 7 jaar en zit in groep 4.", "leeftijd", ["7 jaar"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: lower-case hospitals, SW groep tails, labour-migrant firms, holiday parks, methods and teams", () => {
  it.each([
    // hospitals typed in lower case (chat, letters); not the Rotterdam nickname de Maasstad
    ["ik lig sinds dinsdag in het viecuri met mn hart", "instelling", ["viecuri"]],
    ["mn moeder ligt sinds zondag in het rijnstate, dus ik kan niet komen", "instelling", ["rijnstate"]],
    ["hoi, na de operatie in het laurentius mag ik 6 weken niet tillen", "instelling", ["laurentius"]],
    ["Ze zijn naar de Maasstad verhuisd.", "instelling", []],
    // sheltered-work companies with a lower-case "groep" tail
    ["Hij werkt drie dagen via Wezo groep in de inpakafdeling.", "instelling", ["Wezo groep"]],
    ["Aanwezig: Kees Bos, jobcoach, Haeghe groep", "instelling", ["Haeghe groep"]],
    ["Ze werkt liever in een kleine groep.", "instelling", []],
    // arbodienst in a signature; temp agencies and housing firms for labour migrants; a firm opening with "In"
    ["Met vriendelijke groet,\nbedrijfsarts\nArbo Kompas\nMarkt 4, 6131 AL Sittard", "instelling", ["Arbo Kompas"]],
    ["De arbodienst stuurt het verslag na.", "instelling", []],
    ["[09:14] pawel: ik heb contract met agroflex tot augustus", "instelling", ["agroflex"]],
    ["Ze wonen met acht man in een pand van Short Stay Holland.", "instelling", ["Short Stay Holland"]],
    ["Meneer start bij re-integratiebedrijf In Beweging Werkt.", "instelling", ["In Beweging Werkt"]],
    ["In beweging blijven helpt hem.", "instelling", []],
    // head words: chalet and caravan parks, school-type abbreviations (PCBS); the bare words stay unflagged
    ["Hij staat op Chaletpark De Duinrand in een stacaravan.", "instelling", ["Chaletpark De Duinrand"]],
    ["Ze woont sinds mei op Caravanpark Zonnedauw.", "instelling", ["Caravanpark Zonnedauw"]],
    ["De juf van PCBS De Wegwijzer maakt zich zorgen.", "instelling", ["PCBS De Wegwijzer"]],
    ["Op het chaletpark is permanente bewoning niet toegestaan.", "instelling", []],
    ["Het KBS rapport komt later.", "instelling", []],
    // words: the Meldcode, the UWV's CBBS, a GGZ course, a GGZ team, a municipal department, a van model (not the employer Ford)
    ["Ik neem contact op in het kader van de Meldcode.", "instelling", []],
    ["Via het CBBS selecteerde de arbeidsdeskundige drie functies.", "instelling", []],
    ["Mevrouw volgt de groepscursus Herstel & Balans bij de GGZ.", "instelling", []],
    ["Verwijzing naar Mondriaan, team Angst en Stemming.", "instelling", ["Mondriaan"]],
    ["Gemeente Oss\nAfdeling Samenleving\nPostbus 5", "instelling", []],
    ["| 2 | Lease Direct | huurkoop Ford Transit | € 4.100 |", "persoon", []],
    ["Hij werkte twintig jaar bij Ford in Genk.", "instelling", ["Ford"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});
describe("an organisation abbreviation + '-nummer' announces another number; ages in a 'Kinderen (leeftijd)' column", () => {
  it.each([
    ["Boete open (CJIB-nummer 208745531), € 240.", "bsn", []],
    ["Boete open (CJIB-nummer 208745531), € 240.", "dossiernummer", ["208745531"]],
    ["Zijn UWV-nummer: 208745531.", "bsn", []],
    ["Haar BSN-nummer is 208745531.", "bsn", ["208745531"]],
    ["Zijn NL-nummer werkt niet, wel +40 721 334 556.", "telefoon", ["+40 721 334 556"]],
    ["Nieuw gsm-nummer: +32 478 21 44 90.", "telefoon", ["+32 478 21 44 90"]],
    ["| Naam | Kinderen (leeftijd) |\n|---|---|\n| Jolanda de Kok | 2 (7, 10) |\n| Mehmet Yıldız | 3 (4, 9 en 15) |", "leeftijd", ["7", "10", "4", "9", "15"]],
    ["| Naam | Kinderen (aantal) |\n|---|---|\n| Jolanda de Kok | 2 (7, 10) |", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});
describe("lexicons: youth custody and care organisations, Leergeld and the Jeugdfonds, refugee camps, municipal desks and passes", () => {
  it.each([
    // youth custody institutions by name; "JJI" and "Justitieel Complex" alone are generic
    ["Hij zat drie weken in JJI Teylingereind en gaat nu weer naar school.", "instelling", ["JJI Teylingereind"]],
    ["De Hartelborgt meldt dat hij zich goed gedraagt.", "instelling", ["De Hartelborgt"]],
    ["Teylingereind belde over zijn verlof.", "instelling", ["Teylingereind"]],
    ["Zijn broer verblijft sinds januari in Horsterveen.", "instelling", ["Horsterveen"]],
    ["Vanuit Den Hey-Acker is een verlofplan gemaakt.", "instelling", ["Den Hey-Acker"]],
    ["Hij is overgeplaatst naar een JJI in Lelystad.", "instelling", []],
    ["Hij kwam vrij uit Justitieel Complex Zaanstad.", "plaats", ["Zaanstad"]],
    ["Het keerpunt kwam toen hij werk vond.", "instelling", []],
    // Leergeld and the Jeugdfonds (Sport & Cultuur): named foundations with local branches; the lower-case words are no name
    ["| Gezin Bakker | Leergeld – schoolreis | toegekend |", "instelling", ["Leergeld"]],
    ["Het Jeugdfonds betaalt de contributie van de hockeyclub.", "instelling", ["Jeugdfonds"]],
    ["Die boete was duur leergeld voor hem.", "instelling", []],
    ["[11:02] kim: het jeugdfonds in onze gemeente heeft een wachtlijst", "instelling", []],
    // care and forensic organisations whose name is no Dutch word, without a preposition
    ["Persoonlijk begeleider Moviera: Anna de Vries", "instelling", ["Moviera"]],
    ["Aan: De Waag, locatie Utrecht, t.a.v. intake", "instelling", ["De Waag"]],
    ["Aan: Pluryn, team ambulant, t.a.v. de gedragsdeskundige", "instelling", ["Pluryn"]],
    // refugee camps and transit towns; regions abroad, also lower case after "naar"
    ["Zij groeide op in vluchtelingenkamp Dadaab in Kenia.", "plaats", ["Dadaab", "Kenia"]],
    ["Hij reisde via Kakuma en Juba verder.", "plaats", ["Kakuma", "Juba"]],
    ["Ze vluchtte via Kassala en Bani Walid naar Libië.", "plaats", ["Kassala", "Bani Walid", "Libië"]],
    ["de klas gaat in mei op kamp naar ardennen", "plaats", ["ardennen"]],
    ["Ze gaan deze zomer met de caravan naar Toscane.", "plaats", ["Toscane"]],
    // methods and programmes are no persons
    ["We starten met Mobility Mentoring bij dit gezin.", "persoon", []],
    ["Hij doet mee aan Sportief Herstel bij zijn club.", "persoon", []],
    // "Bollen" is a word-like surname: a person only with context
    ["| Bollen pellen | 40% | 55% |", "persoon", []],
    ["Dhr. Bollen belde vanochtend terug.", "persoon", ["Bollen"]],
    // "gemeenten" like "gemeente"; municipal desks and passes + place are the place only
    ["Gemeenten Ede en Wageningen werken samen in de regio.", "instelling", []],
    ["Gemeenten Ede en Wageningen werken samen in de regio.", "plaats", ["Ede", "Wageningen"]],
    ["Verslag spreekuur Woonloket Gouda", "plaats", ["Gouda"]],
    ["De kosten voor de zwemles kunnen via de Ooievaarspas.", "instelling", []],
    // youth work is a service; course groups, English job titles and newsletter titles are no organisations
    ["Kwartaalrapportage Jongerenwerk Overvecht\nStichting Jongerenwerk Utrecht, team Noord", "instelling", ["Stichting Jongerenwerk Utrecht"]],
    ["Rooster KNM-groep najaar", "instelling", []],
    ["Mark de Boer | Owner & Head Chef", "instelling", []],
    ["Nieuwsbrief Netwerk Dagbesteding Westerkwartier – zomer 2025", "plaats", ["Westerkwartier"]],
    ["Nieuwsbrief Netwerk Dagbesteding Westerkwartier – zomer 2025", "instelling", []],
    // trade firms with a head word; fruit packers; energy-help organisations; a Dordrecht football club
    ["[14:02] kees van dijk: ik sta achter Bouwmaterialen Van Dijk op het terrein", "instelling", ["Bouwmaterialen Van Dijk"]],
    ["Hij werkt als inpakker bij Betuwe Fresh.", "instelling", ["Betuwe Fresh"]],
    ["De Energiefixers komen dinsdag de radiatorfolie plaatsen.", "instelling", ["Energiefixers"]],
    ["| Contributie DFC | € 120 |", "instelling", ["DFC"]],
    // a Turkish first name
    ["Dilara belt morgen terug over de aanvraag.", "persoon", ["Dilara"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("parket numbers, terms, services in a town, titles and passes, domain-named firms, programmes, relation-named chat names, ordinal ages", () => {
  it.each([
    // OM parket numbers with a hyphen after the court, announced or bare; a mobile number of that shape stays a phone
    ["Het parketnummer is 16-221903-24, zitting in mei.", "dossiernummer", ["16-221903-24"]],
    ["Strafzaak (parketnr. 02-774120-23) is aangehouden.", "dossiernummer", ["02-774120-23"]],
    ["Zie de dagvaarding, 10-508817-22, voor de tenlastelegging.", "dossiernummer", ["10-508817-22"]],
    ["Zijn mobiel is 06-412345-67, bel na vijven.", "dossiernummer", []],
    // a term or measure before N jaar, or a change by N jaar, is a duration
    ["Vonnis: werkstraf 60 uur, proeftijd 2 jaar.", "leeftijd", []],
    ["De ondertoezichtstelling is vorige week verlengd met 1 jaar.", "leeftijd", []],
    ["Machtiging uithuisplaatsing 1 jaar, daarna evaluatie.", "leeftijd", []],
    // a lower-case generic service or a desk + a town is the town (a capitalised library's own name keeps its town); a
    // list of municipalities; a head + "van de" + a generic service
    ["Inloopspreekuur bij de bibliotheek Harderwijk op dinsdag.", "plaats", ["Harderwijk"]],
    ["Inloopspreekuur bij de bibliotheek Harderwijk op dinsdag.", "instelling", []],
    ["Ze is lid van Bibliotheek Venlo en leent daar taalboeken.", "plaats", []],
    ["Aanvraag loopt via het Woonloket Deventer.", "instelling", []],
    ["Aanvraag loopt via het Woonloket Deventer.", "plaats", ["Deventer"]],
    ["Gemeenten Barneveld, Nijkerk en Scherpenzeel werken samen.", "instelling", []],
    ["De huur loopt nu via inkomensbeheer van de Kredietbank.", "instelling", []],
    // document titles, course groups, chat titles, passes and team codes are no organisations
    ["Nieuwsbrief Platform Mantelzorg Twente – najaar", "instelling", []],
    ["Rooster KNM-groep\nPlanning KNM-groep najaar – lokaal 3", "instelling", []],
    ['Groepsapp "Buurtsport Kanaleneiland" – export', "instelling", []],
    ['Groepsapp "Buurtsport Kanaleneiland" – export', "plaats", ["Kanaleneiland"]],
    ["Betalen kan via de Rotterdampas.", "instelling", []],
    ["Hij speelt bij de MO15 van de club.", "instelling", []],
    // a dotted club prefix; a name spelled like a domain in the same text; a shop named "by" its owner
    ["Trainer bij s.v. Hoogland Boys sinds 2022.", "instelling", ["s.v. Hoogland Boys"]],
    ["Van: info@groenestartbedrijf.nl\nOnderwerp: stage\nGroene Start Bedrijf zoekt nog een leerling.", "instelling", ["Groene Start Bedrijf"]],
    ["Zie www.denbosch.nl voor Den Bosch.", "instelling", []],
    ["Ze knipt bij Barbershop Fades by Yusuf in Tilburg.", "instelling", ["Barbershop Fades by Yusuf"]],
    ["Sent by Outlook for iOS", "instelling", []],
    // welfare work, programmes, methods and English job titles are no persons or organisations
    ["Via het project Samen voor de Wijk sporten twintig kinderen.", "persoon", []],
    ["Hij volgt nu het programma Sterk Verder in de wijk.", "persoon", []],
    ["We kijken of Buddy Mentoring past bij hem.", "persoon", []],
    ["Groet,\nLisa Vermeulen | Owner & Head Chef\nBistro Kade", "instelling", ["Bistro Kade"]],
    ["Met groet,\nAnnet\nStagiair Loonadministratie", "instelling", []],
    // a name at a line end before an eponym word on the next line; a lexicon organisation after "van De"
    ["Casus ingebracht door Karlijn\nMethode: roddelmethode", "persoon", ["Karlijn"]],
    ["Ze belt met haar jobcoach Femke van De Schoor over het rooster.", "persoon", ["Femke"]],
    // a known institution + a town is two spans; an unknown name + a country in brackets is a place
    ["Hij zit op het Clusius College Purmerend, klas 2.", "plaats", ["Purmerend"]],
    ["Ze is via Dadaab (Kenia) naar Nederland gekomen.", "plaats", ["Dadaab", "Kenia"]],
    ["Hij kwam vrij uit Penitentiair Centrum Vught in maart.", "plaats", ["Vught"]],
    ["Vorig jaar werkte hij bij Holland Fresh Packers in Tiel.", "instelling", ["Holland Fresh Packers"]],
    // addressee lines with a team or location; a role + organisation + colon + name
    ["Aan: Radar, team ambulant, Kerkstraat 10", "instelling", ["Radar"]],
    ["- Woonbegeleider Pluryn: Ruud Jansen", "instelling", ["Pluryn"]],
    // attendee bullets; lower-case word-like names with a relation; a lower-case surname before a verb after "dhr"
    ["Aanwezig:\n- Sevgül Arslan, jeugdconsulent\n- Harm Bos, leerplicht\n\nSevgül bespreekt het plan.", "persoon", ["Sevgül Arslan", "Harm Bos", "Sevgül"]],
    ["[14:02] ilse: ik neem iris mee naar de les\n[14:05] bas: wie is iris?\n[14:06] ilse: iris = mijn nicht", "persoon", ["ilse", "iris", "bas", "iris", "ilse", "iris"]],
    ["[ma 10:14] zus: kan rik ook komen? dat is haar vriend\n[ma 10:20] ik: prima", "persoon", ["rik"]],
    ["[11:02] joyce: dhr brandhout belde over de huur\n[11:03] kees: ok", "persoon", ["joyce", "brandhout", "kees"]],
    // trade goods + a surname is the firm; street names after a title in lower case
    ["Afspraak bij Tuinmaterialen Van Dijk om 9 uur.", "instelling", ["Tuinmaterialen Van Dijk"]],
    ["[10:02] henk: ze wonen op koningin julianaweg 27, boven de bakker", "adres", ["koningin julianaweg 27"]],
    // dates after a weekday near a consultation-hour word; ordinal and announced ages in words
    ["Telefonisch spreekuur di 11/3: 9 bellers.", "datum", ["11/3"]],
    ["Het spreekuur is op woensdag 9-12 in het wijkcentrum.", "datum", []],
    ["Jamal voetbalt al sinds zijn zevende en wil profvoetballer worden.", "leeftijd", ["zevende"]],
    ["Sinds zijn tweede en derde opname is hij voorzichtiger.", "leeftijd", []],
    ["Uw dochter Sanne wordt zeventien op 4 maart.", "leeftijd", ["zeventien"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lexicons: Bbz bureaus, Flexpool, CIOS, trade-word firms, Brabant and Frisian villages, places abroad, first names, English and heading words", () => {
  it.each([
    // regional Bbz bureaus, Flexpool + compass point, the CIOS, a one-word chain in lower case, the Forum after a preposition
    ["Het Bbz-advies van Bureau Zelfstandigen Gelderland is binnen.", "instelling", ["Bureau Zelfstandigen Gelderland"]],
    ["Hij heeft drie maanden via Flexpool Oost in de kassen gewerkt.", "instelling", ["Flexpool Oost"]],
    ["Hij wil na de zomer naar het CIOS.", "instelling", ["CIOS"]],
    ["[10:12] ryan: ik werk nu bij de mcdonalds", "instelling", ["mcdonalds"]],
    ["We spraken elkaar na de bijeenkomst in het Forum.", "instelling", ["Forum"]],
    ["Op het forum las hij over de regeling.", "instelling", []],
    // a trade word before the owner's name (Atelier, Catering, Bouwmaatschappij, Deelkeuken); a chain that is also a surname
    ["Zij verkoopt kleding via haar eigen Atelier Sahar in Tilburg.", "instelling", ["Atelier Sahar"]],
    ["Het eten komt van Catering Lina uit Leiden.", "instelling", ["Catering Lina"]],
    ["Het pensioen van Bouwmaatschappij Hendriks loopt door.", "instelling", ["Bouwmaatschappij Hendriks"]],
    ["Ze huurt een werkplek in Deelkeuken De Pollepel.", "instelling", ["Deelkeuken De Pollepel"]],
    ["De boekhouding doet mevrouw A. Zeeman uit Hoorn.", "persoon", ["A. Zeeman"]],
    ["Ze werkt bij Zeeman in Enkhuizen.", "instelling", ["Zeeman"]],
    // villages of north-east Brabant and Noardeast-Fryslân (word- and surname-like ones only after a preposition); places abroad
    ["Buurtbus Milheeze rijdt deze week niet.", "plaats", ["Milheeze"]],
    ["Casus Eva (17), Gassel: zoekt een kamer.", "plaats", ["Gassel"]],
    ["Hij is verhuisd naar Ie, vlak bij Dokkum.", "plaats", ["Ie", "Dokkum"]],
    ["Joost van Lieshout belde over de huur.", "plaats", []],
    ["Kent u de regeling al?", "plaats", []],
    ["Haar broer had een boerderij bij Guelph, Ontario.", "plaats", ["Guelph", "Ontario"]],
    ["We moved from Norwich to Vlissingen in 2015.", "plaats", ["Norwich", "Vlissingen"]],
    // first names: Dutch, Turkish, Curaçao, Cape Verdean, Polish case forms
    ["Behandelaar: Pauline Kampen, psychiater", "persoon", ["Pauline Kampen"]],
    ["Vraag naar Perihan, zij is de coördinator.", "persoon", ["Perihan"]],
    ["Hij praat veel met Shurmaine, een vrijwilliger.", "persoon", ["Shurmaine"]],
    ["Nelson werkt via een uitzendbureau in de haven.", "persoon", ["Nelson"]],
    ["Dla Kasi: proszę zadzwonić jutro.", "persoon", ["Kasi"]],
    // no names: English "I" and "Dear", bookkeeping software, hearing headings, Housing First compounds, infinitives after dhr.,
    // revalidatie as care, the Regionaal Werkbedrijf
    ["Sorry, my Dutch is bad, so I write in English.", "instelling", []],
    ["Beste Yusuf, / Dear Yusuf,\n\nDank voor je mail.", "persoon", ["Yusuf", "Yusuf"]],
    ["De cijfers komen uit Exact Online.", "plaats", []],
    ["Toelichting college\nDe gemeente legt het besluit uit.", "instelling", []],
    ["Via de Housing First-aanpak kreeg hij een woning.", "instelling", []],
    ["Zijn broer mag volgens dhr. langskomen.", "persoon", []],
    ["Revalidatie gaat via Revalidatie Friesland in Beetsterzwaag.", "instelling", ["Revalidatie Friesland"]],
    ["Het Regionaal Werkbedrijf organiseert een banenmarkt.", "instelling", []],
    // hard negatives and lower-case chat names
    ["Hij zit overdag in het atelier van de dagbesteding.", "instelling", []],
    ["Hij heeft het Cambridge-examen gehaald.", "plaats", []],
    ["Dhr. I. Bakker belt morgen terug.", "persoon", ["I. Bakker"]],
    ["[20:01] ricardo: mijn neef nelson slaapt hier een paar weken", "persoon", ["ricardo", "nelson"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});
describe("BSN sources, foreign months, table gaps, verbless and ranged ages, foreign titles, trade-word firms, collectives and bureaus, courts and services in a place, streets after 'op het', ids with a qualifier", () => {
  it.each([
    // BSN: the document or register a BSN was read from is no keyword of its own
    ["Het BSN volgens de ID-kaart: 123456782, klopt met de BRP.", "bsn", ["123456782"]],
    ["BSN (uit het dossier): 111222333", "bsn", ["111222333"]],
    ["Op de ID-kaart staat 123456782.", "bsn", ["123456782"]],
    ["Klantnummer volgens paspoort: 123456782", "bsn", []],
    // day-month after "na" (not a count or a score); a follow-up heading; Frisian, Polish and German months
    ["Notitie: na 1-9 belt zij de woningcorporatie.", "datum", ["1-9"]],
    ["Na 4-5 gesprekken haakte hij af.", "datum", []],
    ["Zij verloren na 2-1 de finale.", "datum", []],
    ["Vervolg 14/10:\nAanvraag is compleet.", "datum", ["14/10"]],
    ["Sneek, 3 desimber 2024", "datum", ["3 desimber 2024"]],
    ["Termin w urzędzie: 12 marca, godz. 10.", "datum", ["12 marca"]],
    ["Sie hat am 9. August angerufen.", "datum", ["9. August"]],
    ["Hij belt op 31 novimber.", "datum", []],
    // a table row with an empty slot does not end the table; a "Regio" column holds places
    ["Bed\tNaam\tGeb.\tWoonplaats\n1\tJ. Smit\t1961\tAssen\n2\tleeg\n3\tK. Bos\t1977\tEmmen", "datum", ["1961", "1977"]],
    ["Nr\tNaam\tGeb.\tRegio\n1\tA. Nowak\t1979\tPolen", "plaats", ["Polen"]],
    // ages: a verbless pair, an ordinal range, the addressee of an English letter; not a row of children or a group mean
    ["Echtpaar Dijkman. Hij 71, zij 69. Beiden gezond.", "leeftijd", ["71", "69"]],
    ["Score: hij 3 keer, zij 2 keer.", "leeftijd", []],
    ["Van zijn 12e tot zijn 16e woonde hij in een pleeggezin.", "leeftijd", ["12e", "16e"]],
    ["Hij werd geboren in Zwolle als oudste van vier.", "leeftijd", []],
    ["De gemiddelde leeftijd in de groep is 19,4 jaar.", "leeftijd", []],
    ["Now that you are 19, you need a new form.", "leeftijd", ["19"]],
    ["If you are 18 you can apply.", "leeftijd", []],
    // persons: foreign courtesy titles, a place-named surname after a role or a capitalised "Van", initials + a chain name
    ["Contact bij de werkgever (personeelszaken, Herr Vogel): 0049 2406 1234.", "persoon", ["Vogel"]],
    ["Ik heb Madame Lefèvre gisteren gesproken.", "persoon", ["Lefèvre"]],
    ["Behandelaar: Wietje Hattem, psychiater", "persoon", ["Wietje Hattem"]],
    ["Hij vertelde het aan Van Houten zelf.", "persoon", ["Van Houten"]],
    ["Brief van mevrouw A. Kruidvat over de huur.", "persoon", ["A. Kruidvat"]],
    ["Sjoerd Jansen van Kwekerij Jansen & Zn. vertelde over de stage.", "persoon", ["Sjoerd Jansen"]],
    ["verslag dossier Wiltjer, Gerrit – Assen", "persoon", ["Wiltjer", "Gerrit"]],
    ["> Beste Yfke, / Dear Yfke,", "persoon", ["Yfke", "Yfke"]],
    // not persons: a street named after someone, languages, English auxiliaries, verbs after a title, course titles
    ["Signaal overbewoning Pieter de Hooghlaan / klant Boateng", "persoon", ["Boateng"]],
    ["Mevrouw spreekt Tarifit en Frans.", "persoon", []],
    ["Can I bring my son?", "persoon", []],
    ["Hij mag volgens mw. terugkomen.", "persoon", []],
    ["Hij begon aan een BBL-traject Schilder in september.", "persoon", []],
    // firms: a trade or business word + a name, a name + adjective + service, a building compound + article name,
    // a collective or "Bureau" + group + region, a staffing pool + compass word, a particle surname + English trade word
    ["Hij deed de verbouwing met Aannemersmaatschappij Hofstee.", "instelling", ["Aannemersmaatschappij Hofstee"]],
    ["Ze verkoopt jurken onder de naam Atelier Samira.", "instelling", ["Atelier Samira"]],
    ["Zijn broer runt Catering Habibi al-Shami in Almere.", "instelling", ["Catering Habibi al-Shami"]],
    ["De boekhouding doet Soekhai Fiscale Diensten.", "instelling", ["Soekhai Fiscale Diensten"]],
    ["De Sociale Diensten sluiten om vijf uur.", "instelling", []],
    ["Ze huurt een werkplek in Bakhuis De Molen in Assen.", "instelling", ["Bakhuis De Molen"]],
    ["De jongeren gingen naar de Marokkaanse Gemeenschap Haaglanden voor uitleg.", "instelling", ["Marokkaanse Gemeenschap Haaglanden"]],
    ["Advies aangevraagd bij Bureau Zelfstandigen Drenthe.", "instelling", ["Bureau Zelfstandigen Drenthe"]],
    ["Ingeleend via Uitzendpool Oost sinds mei.", "instelling", ["Uitzendpool Oost"]],
    ["Sinds maart werkt hij bij Van den Bosch Seafood.", "instelling", ["Van den Bosch Seafood"]],
    ["Jobcoaching Twente begeleidt hem. Jobcoaching duurt een half jaar.", "instelling", ["Jobcoaching Twente"]],
    ["Via de Work First-afspraken kreeg hij een baan.", "instelling", []],
    ["My Dutch is not so good, so I write in English.", "instelling", []],
    ["Verwijzing ziekenhuis\nDe huisarts verwijst door.", "instelling", []],
    ["Ondersteuning komt via Ondersteuning Zuidplas.", "instelling", ["Ondersteuning Zuidplas"]],
    // places: a court abbreviation or a FACT-team + place is the place; software is none; two letters after a house
    // number; any name after a postcode
    ["Kopie vonnis Rb Oost-Brabant ontvangen.", "instelling", []],
    ["Kopie vonnis Rb Oost-Brabant ontvangen.", "plaats", ["Oost-Brabant"]],
    ["Organisatie: FACT-team Veendam", "instelling", []],
    ["Administratie staat in Exact Online en AFAS.", "plaats", []],
    ["Hij woont aan de Molenstraat 4 in Ee.", "plaats", ["Ee"]],
    ["Kerkpad 1, 9989 AB Het Zandt", "plaats", ["Het Zandt"]],
    // addresses: "op het" and a lower-case "en" inside a street name; ids after "…nummer" with a qualifier
    ["Ze woont tegenwoordig op Kerk en Molen 12.", "adres", ["Kerk en Molen 12"]],
    ["Zijn winkel zit op het Marktveld 7 in Zwolle.", "adres", ["Marktveld 7"]],
    ["Referentie: toevoegingsnummer 2AB3917.", "dossiernummer", ["2AB3917"]],
    ["Meetnummer loonwaarde: LWM2023-88412", "dossiernummer", ["LWM2023-88412"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: trade words + region/surname, foreign agencies, coined names + compass, creditors", () => {
  it.each([
    // place or region + a trade tail; trade compound + a place, river, particle surname or coined name
    ["Hij loopt stage bij Twente Robotics in Hengelo.", "instelling", ["Twente Robotics"]],
    ["De afsluiting komt van Limburg Stroom, zegt ze.", "instelling", ["Limburg Stroom"]],
    ["De woning is van Salland Vastgoedbeheer.", "instelling", ["Salland Vastgoedbeheer"]],
    ["misschien past Groenvoorziening West-Betuwe beter", "instelling", ["Groenvoorziening West-Betuwe"]],
    ["Hij rijdt twee dagen voor Taxicentrale Van Oers.", "instelling", ["Taxicentrale Van Oers"]],
    ["Ze werkt nu bij Metaalbewerking Te Riele in Rijssen.", "instelling", ["Metaalbewerking Te Riele"]],
    ["Werkplek: Kunststofproducten Hekkers, afdeling inpak", "instelling", ["Kunststofproducten Hekkers"]],
    ["Jobcoachorganisatie: Coachwerk Maas, AGB-code 90041234", "instelling", ["Coachwerk Maas"]],
    ["Hij reed een jaar voor Swift Koeriers.", "instelling", ["Swift Koeriers"]],
    ["Uitvoerder: Werkfit Kop- en Waterland", "instelling", []],
    ["Ze gaat naar Werkfit Duin- en Bollenstreek voor een traject.", "instelling", ["Werkfit Duin- en Bollenstreek"]],
    // coined name + compass word; "-werk" compounds; shop compound + article name; "Wonen" + name; bewind firms
    ["welke taalschool, die van Linguaal Noord?", "instelling", ["Linguaal Noord"]],
    ["Aanwezig: Joost Bakker (voorzitter), Anne Smit (Rijnwerk)", "instelling", ["Rijnwerk"]],
    ["Ze helpt drie ochtenden bij Kringloopwinkel De Tweede Kans in Assen.", "instelling", ["Kringloopwinkel De Tweede Kans"]],
    ["Er is een huurachterstand bij Wonen Rivierland, en een schuld bij de Belastingdienst.", "instelling", ["Wonen Rivierland"]],
    ["Dollardbewind Wsnp & Budgetbeheer\nPostbus 12\n9700 AA Groningen", "instelling", ["Dollardbewind Wsnp & Budgetbeheer"]],
    ["Het beschermingsbewind loopt; Beschermingsbewind is aangevraagd.", "instelling", []],
    ["ja, Agencja Pracy Orzeł, die hebben haar geworven", "instelling", ["Agencja Pracy Orzeł"]],
    // creditors: bailiffs with "&" and the party they act for; compound supplier nouns
    ["| Deurwaarders Kraaijeveld & Van Rijn namens Wehkamp | € 410 |", "instelling", ["Deurwaarders Kraaijeveld & Van Rijn", "Wehkamp"]],
    ["| Gerechtsdeurwaarders Smeets & De Bruin namens Otto | € 80 |", "instelling", ["Gerechtsdeurwaarders Smeets & De Bruin", "Otto"]],
    ["Schulden bij materiaalleverancier Formido in Tilburg.", "instelling", ["Formido"]],
    // negatives: a neighbourhood after "wijk", the debt-help abbreviation, team/desk + district, a signature job line
    ["Ze woont in de wijk Hoge Vucht. Haar zus woont in de wijk Haagse Beek.", "plaats", ["Hoge Vucht", "Haagse Beek"]],
    ["Hij heeft zich aangemeld bij SHV, een moratorium is aangevraagd.", "instelling", []],
    ["Hij kwam binnen via het Jongerenteam Zuidoost.", "instelling", []],
    ["Jan de Vries\nAccountmanager Agri & Flowers\nGroenUitzend B.V.", "instelling", ["GroenUitzend B.V."]],
    ["Hij woont in de wijk Stad van de Zon.", "plaats", ["Stad van de Zon"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});
describe("lower-case names in notes and chats, Balkan names, lower-case places, ages, ids, addresses", () => {
  it.each([
    // lexicon: Serbian/Croatian/Bulgarian/Romanian first names, Bulgarian female surnames, -escu surnames
    ["Op de afdeling werken Milos, Dragan en Vesna samen.", "persoon", ["Milos", "Dragan", "Vesna"]],
    ["Ook Ivanova kwam naar het spreekuur.", "persoon", ["Ivanova"]],
    ["Ook Koleva kwam naar het spreekuur.", "persoon", ["Koleva"]],
    // chats: lower-case Eastern European surnames, "familie X", "ene X", consulting verb + "met X"
    ["[10:01] joyce: heb jij de georgescu zaak al?\n[10:02] bram: nee nog niet", "persoon", ["joyce", "georgescu", "bram"]],
    ["lies: weet je nog die familie kowalczyk uit venlo\nbram: ja", "persoon", ["lies", "kowalczyk", "bram"]],
    ["[10:01] joyce: er belde ene rob van de woningbouw\n[10:02] bram: ok", "persoon", ["joyce", "rob", "bram"]],
    ["[10:01] joyce: ik overleg morgen met mark en dan hoor je het\n[10:02] bram: ok", "persoon", ["joyce", "mark", "bram"]],
    ["[10:01] joyce: aan de ene kant wel ja\n[10:02] bram: ok", "persoon", ["joyce", "bram"]],
    // notes: a sign-off closing a quoted message, an action item, the employer's "werknemer X" (spread to later mentions)
    ['Sms aan 06-12345678: "Beste mevrouw, de afspraak is dinsdag. gr piet"', "persoon", ["piet"]],
    ["belt terug.\nactie: sanne vragen of de brief weg is", "persoon", ["sanne"]],
    ["Onderwerp: werknemer tomasz\n\nhoi,\nik vind tomasz een harde werker.", "persoon", ["tomasz", "tomasz"]],
    ["De werknemer heeft recht op loon.", "persoon", []],
    // title + note abbreviation or infinitive is no name
    ["mw geb 1991, woont alleen", "persoon", []],
    ["afspr: mw aanmelden bij het taalhuis", "persoon", []],
    // lower-case places after a preposition: multi-word, 's-, ambiguous goes/monster (not before a number)
    ["[09:01] joyce: die zit in roosendaal of in bergen op zoom\n[09:02] bram: ok", "plaats", ["roosendaal", "bergen op zoom"]],
    ["ze woont sinds kort in 's-hertogenbosch", "plaats", ["'s-hertogenbosch"]],
    ["[09:01] joyce: fam. bakker komt uit goes\n[09:02] bram: ok", "plaats", ["goes"]],
    ["[09:01] joyce: hij slaapt in monster bij zijn neef\n[09:02] bram: ok", "plaats", ["monster"]],
    ["dat staat in monster 3 van het lab", "plaats", []],
    // ages: "ik ben + number word + jaar", the weekday a birthday falls on, English pronoun, a nationality apposition
    ["Ik ben tweeënveertig jaar en woon in Tiel.", "leeftijd", ["tweeënveertig jaar"]],
    ["[10:41] dennis: ik word vrijdag 25 hoor\n[10:42] lisa: leuk", "leeftijd", ["25"]],
    ["ik word maandag 10:30 opgehaald", "leeftijd", []],
    ["My son comes too, he is 16 he can translate.", "leeftijd", ["16"]],
    ["he is 15 minutes late", "leeftijd", []],
    ["Het gaat om Ion Rusu, Roemeen, 47, die bij ons kwam.", "leeftijd", ["47"]],
    // ids: a qualifying clause before the colon, one capital + hyphen + digits
    ["Zaaknummer van de rechtbank: K-5531207", "dossiernummer", ["K-5531207"]],
    ["Huisnummer dat ik kreeg: H-88412", "dossiernummer", []],
    // addresses: a verb of living + op/aan + a lower-case name + number
    ["[09:01] joyce: woont ze nog op kerkeveld 9?\n[09:02] bram: ja", "adres", ["kerkeveld 9"]],
    ["hij woont op kamer 12", "adres", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: club abbreviations, centre + adjective + region, lexicon org + region, lower-case -bedrijf, glued digits", () => {
  it.each([
    // sports clubs: abbreviation + (article) + name, a place ending the name
    ["- RKSV De Meeuwen zoekt een trainer voor de jeugd.", "instelling", ["RKSV De Meeuwen"]],
    ["Ze helpt in de kantine van KV Het Anker sinds mei.", "instelling", ["KV Het Anker"]],
    ["- VV De Zeemeeuw Urk zoekt een kantinevrijwilliger.", "instelling", ["VV De Zeemeeuw Urk"]],
    ["De SV is een afkorting.", "instelling", []],
    // centre/institute + adjective + noun + region
    ["Zij loopt bij Centrum Transculturele Traumazorg Drenthe.", "instelling", ["Centrum Transculturele Traumazorg Drenthe"]],
    ["Het centrum ligt in Drenthe.", "instelling", []],
    // a one-word lexicon organisation + a region is one name; + a town stays split
    ["Ze kreeg een brief van Woonbron Rijnmond over de huur.", "instelling", ["Woonbron Rijnmond"]],
    ["Ze kreeg hulp van Humanitas Salland bij de papieren.", "instelling", ["Humanitas Salland"]],
    // lower-case -bedrijf compound + owner's name
    ["Hij is chauffeur geweest voor kassenbouwbedrijf Van Zwolle.", "instelling", ["kassenbouwbedrijf Van Zwolle"]],
    ["Ze zoekt een leerbedrijf in de regio.", "instelling", []],
    // housing and student housing, school abbreviations with digits
    ["Huur: kamer van Vestide, € 480 per maand.", "instelling", ["Vestide"]],
    ["De melding kwam van Stedelink; actie volgt.", "instelling", ["Stedelink"]],
    ["Hij zat op het KW1C maar is gestopt.", "instelling", ["KW1C"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});
describe("ages in lists and sub-clauses, Syrian first names, role + reply word, particle + short surname", () => {
  it.each([
    // a bracketed list of children's ages closed by "jr" (a table cell without a children word)
    ["| Fatma Aksoy | 1990 | 4 (2, 5 en 9 jr) | werkt in de thuiszorg |", "leeftijd", ["2", "5", "9 jr"]],
    ["| Bas Smit | 1987 | 2 (6 en 11 jr.) | parttime |", "leeftijd", ["6", "11 jr."]],
    ["Het contract (1 en 2 jaar geleden verlengd) loopt af.", "leeftijd", []],
    // a sub-clause with the verb last: conjunction + possessive + relation + age + is/was
    ["Ze vertelt dat haar oudste broer zeventien is en nog thuis woont.", "leeftijd", ["zeventien"]],
    ["Hij maakt zich zorgen omdat zijn dochter pas 15 was toen ze wegliep.", "leeftijd", ["15"]],
    ["Hij zegt dat zijn broer 3 keer is gebeld.", "leeftijd", []],
    // an age after a name with a bracketed number between
    ["Samira (klantnummer 5581234) is 31, woont in Velp.", "leeftijd", ["31"]],
    // a sum of money over N years is no age
    ["We rekenen met 2 jaar extra huur voor de woning.", "leeftijd", []],
    // a lower-case short first name before "wordt" in a chat, with its coming age
    ["[10:01] anouk: cas wordt in juni 9\n[10:02] bram: ok", "leeftijd", ["9"]],
    // Syrian girls' names
    ["Tala is 12 en Ghina zit in groep 4.", "persoon", ["Tala", "Ghina"]],
    // a reply word after a role at the start of a spoken line
    ["Consulent: Bedankt, ik stuur het door.", "persoon", []],
    ["Jobcoach: Prima, dan zie ik u dinsdag.", "persoon", []],
    ["Consulent: Dank u, tot dinsdag.", "persoon", []],
    ["Klantmanager: Ellen Bos", "persoon", ["Ellen Bos"]],
    // a particle + a two-letter surname after a title
    ["Geachte mevrouw Van Os,", "persoon", ["Van Os"]],
    ["Aan de heer K.L. van Ek\nDorpsweg 3", "persoon", ["K.L. van Ek"]],
    // districts of the big four cities
    ["De wijkteams van Hillegersberg-Schiebroek en Vleuten-De Meern overleggen.", "plaats", ["Hillegersberg-Schiebroek", "Vleuten-De Meern"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: sector heads, firm head + method name, region + trade word, events with &, venues, Frisian villages", () => {
  it.each([
    // a capitalised sector head before an unknown name opens the organisation's name
    ["Openstaande posten: Zorgverzekeraar Zeewering (premie) en de huur.", "instelling", ["Zorgverzekeraar Zeewering"]],
    ["Het krediet komt van Agrarische Coöperatie Noordermeer.", "instelling", ["Agrarische Coöperatie Noordermeer"]],
    ["[10:01] piet: Zuivelcoöperatie Weidegoud, ruim 20k schuld.", "instelling", ["Zuivelcoöperatie Weidegoud"]],
    ["Hij is lid van Energiecoöperatie Zonnewolde in het dorp.", "instelling", ["Energiecoöperatie Zonnewolde"]],
    // a lower-case sector noun before a known organisation only describes it; the bare noun stays unflagged
    ["Ze heeft een achterstand bij zorgverzekeraar Menzis.", "instelling", ["Menzis"]],
    ["De verzekeraar betaalt niet en de coöperatie wacht af.", "instelling", []],
    // a care-service compound before its name, also right after a role word
    ["- Sanne Wolters, woonbegeleider Begeleidingsdienst De Lichtboei", "instelling", ["Begeleidingsdienst De Lichtboei"]],
    ["- Sanne Wolters, woonbegeleider Begeleidingsdienst De Lichtboei", "persoon", ["Sanne Wolters"]],
    // a firm head + a one-word method name is the firm; the method alone stays unflagged
    ["De jobcoach van Trajectbureau Werkfit belt morgen.", "instelling", ["Trajectbureau Werkfit"]],
    ["Hij volgt het traject Werkfit bij de gemeente.", "instelling", []],
    // a known region + a trade word after a full stop is a regional firm, as it is mid-sentence
    ["Dat ging goed. Drechtsteden Transport belt morgen terug.", "instelling", ["Drechtsteden Transport"]],
    ["Het ging goed. Rijnland Vervoer belt terug.", "instelling", ["Rijnland Vervoer"]],
    ["Dat klopt. Twente werkt hard aan banen.", "plaats", ["Twente"]],
    // two words joined by "&" ending in an event compound name an event, no firm
    ["Op 7 juni is er een Klus & Speeldag in het dorp.", "instelling", []],
    ["Hij gaat naar de Banen & Opleidingsbeurs in Assen.", "instelling", []],
    ["Hij werkt bij Hekman & Zwart in Assen.", "instelling", ["Hekman & Zwart"]],
    // an article + an unknown name + a comma + a town after a preposition is a venue in that town
    // (also when the name is a district elsewhere: Kroeven is a district of Roosendaal)
    ["De koffie staat klaar in De Kroeven, Assen, om tien uur.", "instelling", ["De Kroeven"]],
    ["Ze woont in De Meern, Utrecht.", "instelling", []],
    ["Ze is verhuisd naar De Hoeve, Assen.", "instelling", []],
    // Frisian villages of Opsterland and around Joure are places, also after "bij"
    ["Hij woont op een camping bij Lippenhuizen.", "plaats", ["Lippenhuizen"]],
    ["Ze werkt op een boerderij bij Luinjeberd.", "plaats", ["Luinjeberd"]],
    ["Hij werkt op de camping bij Langweer.", "plaats", ["Langweer"]],
    // a trade compound opening a firm's name does not spread in lower case through a chat
    ["[08:01] anna: is dat die van de bakkerij?\n[08:02] piet: ja Bakkerij Lippenhuizen", "instelling", ["Bakkerij Lippenhuizen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});
describe("villages, lower-case places after a living verb, AOW-age limit, trade + age, slash date ranges", () => {
  it.each([
    // villages of Oldambt, Pekela, Brabant, the Krimpenerwaard and Opsterland that were missing
    ["Mevrouw woont sinds kort in Nieuw-Scheemda, haar zus in Meeden.", "plaats", ["Nieuw-Scheemda", "Meeden"]],
    ["Overleg met de consulenten van Pekela en Leudal.", "plaats", ["Pekela", "Leudal"]],
    ["Gemonde en Liempde hebben elk een dorpshuis.", "plaats", ["Gemonde", "Liempde"]],
    ["Ze fietst elke dag van Berkenwoude naar Gouderak.", "plaats", ["Berkenwoude", "Gouderak"]],
    ["Jubbega heeft een eigen voetbalclub, Langweer niet.", "plaats", ["Jubbega", "Langweer"]],
    ["De cursus is in Koudekerk aan den Rijn.", "plaats", ["Koudekerk aan den Rijn"]],
    // surname- and word-like villages only after a preposition
    ["Mevrouw Van Esch belde terug.", "plaats", []],
    ["We hoeven niets te doen.", "plaats", []],
    ["Hij woont in Esch, vlak bij Vught.", "plaats", ["Esch", "Vught"]],
    // a lower-case place that is also a word, after a verb of living or moving
    ["[09:12] bas: haar zoon woont in delft en komt vaak langs", "plaats", ["delft"]],
    ["[09:12] bas: ze is vorig jaar verhuisd naar kampen", "plaats", ["kampen"]],
    ["[09:12] bas: hij woont nu in leiden", "plaats", ["leiden"]],
    ["Ze woont in heel andere omstandigheden dan vroeger.", "plaats", []],
    ["Hij is goed in leiden van een groep.", "plaats", []],
    // the AOW or pension age as the subject is a legal limit
    ["De AOW-leeftijd voor haar geboortejaar is 67 jaar en 4 maanden.", "leeftijd", []],
    ["Zijn pensioenleeftijd wordt 68 jaar.", "leeftijd", []],
    ["Hij heeft de AOW-leeftijd bereikt en is nu 68 jaar.", "leeftijd", ["68"]],
    // a trade word + "van" + a bare age
    ["Haar buddy, een gepensioneerde installateur van 71, helpt met de administratie.", "leeftijd", ["71"]],
    ["Het gaat om een oud-timmerman van 63.", "leeftijd", ["63"]],
    ["Ze stuurde een formulier van 12, dat klopt.", "leeftijd", []],
    // a forward range of two day-month pairs with slashes
    ["ik ben er niet ivm vakantie (14/7 - 2/8), bel gerda", "datum", ["14/7 - 2/8"]],
    ["Verlof 3/6 t/m 21/6, daarna weer aanwezig.", "datum", ["3/6 t/m 21/6"]],
    ["De verhouding was (3/4 - 1/2) in dat jaar.", "datum", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

// Session 12 review: three cheap guards were not implied by the rules they guard (the guards test found the upper-case
// case in CI): "jij wordt" has no "word " and a web address may be written in capitals.
describe("guards implied by their rules", () => {
  it.each([
    ["Jij wordt zaterdag 30, toch?", "leeftijd", ["30"]],
    ["JORIEKE BOLLE\nBEWIND OOSTERSCHELDE\nWWW.BEWINDOOSTERSCHELDE.NL", "instelling", ["BEWIND OOSTERSCHELDE"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

// Session 13 org r1: a court's insolvency team is a generic department; capitalised heads for a residential group,
// business park, garage, vocational school and housing foundation open a named organisation (lower case they are the
// kind of place); "St." inside a name does not start a sentence; "X Benelux" is a firm; "Electro" + owner is a shop.
describe("organisations: court teams, capitalised place-of-work heads, St. inside names, Benelux firms, Electro shops", () => {
  it.each([
    ["Verzoekschrift aan de Rechtbank Gelderland, team Insolventie, locatie Arnhem.", "instelling", []],
    ["Hij woonde twee jaar in Leefgroep De Linde en kreeg daar begeleiding.", "instelling", ["Leefgroep De Linde"]],
    ["Ze doet een leerwerkplek bij Werkpark Zuiderhaven in de houtwerkplaats.", "instelling", ["Werkpark Zuiderhaven"]],
    ["De rekening van Autogarage Van Hulst is nog niet betaald.", "instelling", ["Autogarage Van Hulst"]],
    ["Ze wacht op een plek in de leefgroep van haar zorgaanbieder.", "instelling", []],
    ["Er staat een achterstand bij Woningstichting St. Servatius open.", "instelling", ["Woningstichting St. Servatius"]],
    ["Het salaris komt van Coldchain Benelux uit Venlo.", "instelling", ["Coldchain Benelux"]],
    ["Hij reisde met de trein door de Benelux.", "instelling", []],
    ["Offerte witgoedzaak Electro Hendriks (Venlo): € 399 voor een wasmachine.", "instelling", ["Electro Hendriks"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

// Session 13 rest r1: ages reached at a date or recent time in words, two ordinal ages after "tussen", "uw" + ordinal
// before a place or home, sex + age table cells, a word-like lower-case first name with an age apposition, missing first
// names, "familie" + surname (also a place name), 4–5 digit ids after vacature-/kandidaatnummer and "lln.nr.".
describe("word ages reached, ordinal pairs, uw + ordinal, table sex/age cells, lower-case names with age, first names, familie + surname, number keywords", () => {
  it.each([
    // the age reached at a date or a recent time, in words
    ["Sanne is op 14 maart negentien geworden, zegt haar moeder.", "leeftijd", ["negentien"]],
    ["Daan is vorige maand zeventien geworden.", "leeftijd", ["zeventien"]],
    ["Het aantal aanmeldingen is vorige maand twintig geworden.", "leeftijd", []],
    // two ordinal ages after "tussen"
    ["De schulden ontstonden tussen zijn vijftiende en zeventiende, toen hij bij een oom woonde.", "leeftijd", ["vijftiende", "zeventiende"]],
    ["Dat ligt tussen de vijftiende en de twintigste van de maand.", "leeftijd", []],
    // "uw" + ordinal before a place or home
    ["Omdat u sinds uw zestiende in Amersfoort woont, bent u hier ingeschreven.", "leeftijd", ["zestiende"]],
    ["Vanaf uw 18e heeft u zelf recht op zorgtoeslag.", "leeftijd", []],
    // a table cell with sex and age
    ["| Ana Popescu | v, 44 | RO | ja |", "leeftijd", ["44"]],
    ["| Kamer | 3, 12 | vrij |", "leeftijd", []],
    // a word-like lower-case first name with an age apposition in a chat line
    ["[11:20] kees: nieuwe aanmelding, amber, 19, dakloos sinds vorige week", "persoon", ["kees", "amber"]],
    ["[11:20] kees: de jas is amber, 19 euro in de uitverkoop", "persoon", ["kees"]],
    // first names that were missing
    ["Gesprek met Jurson over zijn stage; Rinia schuift aan.", "persoon", ["Jurson", "Rinia"]],
    // "familie" + a surname that is also a place
    ["Zij woont in bij de familie Kethel in Schiedam.", "persoon", ["Kethel"]],
    ["Familie\nZoon Bart (43) regelt de post.", "persoon", ["Bart"]],
    ["Zijn familie Turkije bezoekt hij elke zomer.", "persoon", []],
    // 4–5 digit ids after vacature-/kandidaatnummer and lln.nr.
    ["Kandidaat Jansen (kandidaatnummer 41872) start per maandag.", "dossiernummer", ["41872"]],
    ["Onderwerp: verzuim leerling groep 7 (lln.nr. 30981)", "dossiernummer", ["30981"]],
    ["Er staan 20331 vacatures open in de regio.", "dossiernummer", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("lower-case compass districts, German border villages, curacao, places with a count, birth years after 'is van', limits and business years", () => {
  it.each([
    // a city district by its direction in chat style
    ["[21:02] ron: is er nog plek in noord vannacht?", "plaats", ["noord"]],
    ["[21:05] mo: ik breng hem naar zuidoost", "plaats", ["zuidoost"]],
    ["hij wil verhuizen naar oost europa", "plaats", []],
    // German villages across the Limburg border, Curaçao without its cedilla
    ["ze werkt in een bakkerij in kohlscheid", "plaats", ["kohlscheid"]],
    ["ze tankt altijd in frelenberg, is goedkoper", "plaats", ["frelenberg"]],
    ["haar vader woont nog op curacao, ze gaat in mei naar curacao", "plaats", ["curacao"]],
    // a count in brackets after a place is no age
    ["Aanmeldingen per gemeente: Winterswijk (38) en Oude IJsselstreek (22).", "leeftijd", []],
    ["Aanmeldingen per gemeente: Winterswijk (38) en Oude IJsselstreek (22).", "plaats", ["Winterswijk", "Oude IJsselstreek"]],
    ["Mevrouw Jansen (38) woont in Winterswijk.", "leeftijd", ["38"]],
    // a year of birth after a relation or first name + "is van"
    ["Zijn vrouw is van 1961, dus nog geen AOW.", "datum", ["1961"]],
    ["Daan is van 2007 en moet nog naar school.", "datum", ["2007"]],
    ["De auto is van 2014 en rijdt nog goed.", "datum", []],
    // the age turned in a month and year, with an adverb
    ["Haar zoon woont thuis; hij wordt pas in maart 2026 18.", "leeftijd", ["18"]],
    // limits, ranges of a group and years of running a business are no ages
    ["Pleegzorg (eindigt bij 21 jaar) loopt door.", "leeftijd", []],
    ["Jongerenhuis (doelgroep t/m 23 jaar), wachtlijst drie maanden", "leeftijd", []],
    ["De groep 18–21 jaar valt vaker uit.", "leeftijd", []],
    ["Oud-kweker, 25 jaar eigen zaak gehad, nu bijstand.", "leeftijd", []],
    ["Mevrouw is 25 jaar en woont alleen.", "leeftijd", ["25 jaar"]],
    // a village that is no organisation after a postcode
    ["Adres: Buorren 3, 9011 VK Wergea", "plaats", ["Wergea"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons: lower-case chat surnames, two-letter chat names, sign-off after '!', name + 'van' + team, missing first names and surnames", () => {
  it.each([
    // a lower-case lexicon surname in a chat frame, with particles and a lower-case initial
    ["[10:01] fenna: heb jij al iets gehoord van jansen?\n[10:02] tim: nee nog niet", "persoon", ["fenna", "jansen", "tim"]],
    ["[10:01] fenna: dat dossier is van ten brink, klopt dat?\n[10:02] tim: ja. contactpersoon is r. mahabier", "persoon", ["fenna", "ten brink", "tim", "r. mahabier"]],
    ["[10:01] fenna: bel even met de dokter, de bakker heeft gebeld\n[10:02] tim: ok", "persoon", ["fenna", "tim"]],
    ["[10:01] fenna: de kleine is ziek, ze komt niet\n[10:02] tim: ok", "persoon", ["fenna", "tim"]],
    // a surname the lexicon missed, after a title
    ["[09:10] fenna: is mw. karabulut al teruggebeld?\n[09:11] tim: nee", "persoon", ["fenna", "karabulut", "tim"]],
    // two-letter chat names with a strong cue
    ["[14:20] fenna: mo heeft morgen een gesprek\n[14:21] tim: top", "persoon", ["fenna", "mo", "tim"]],
    ["[14:20] fenna: ik ga mo nog bellen\n[14:21] tim: top", "persoon", ["fenna", "tim"]],
    // a lower-case first name + "van" + a team noun; a sign-off with "!"
    ["oke dan zie ik je vrijdag, jeroen van begeleiding komt ook", "persoon", ["jeroen"]],
    ["ik ga morgen langs het kantoor van begeleiding", "persoon", []],
    ["bel me maar als er iets is.\nthx! marloes", "persoon", ["marloes"]],
    // first names that were missing
    ["Gertjan neemt het over; Maja en Sylvana doen de intake.", "persoon", ["Gertjan", "Maja", "Sylvana"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: MBO/Jeugdzorg + own name, company tails (Cargo, Volkshuisvesting, Dakbedekkingen, Direct), capitalised Nachtopvang/Bouwmarkt/Hotel-Restaurant heads, town services (GGD, Inloop, JongerenChat) as the place, team themes, document-title and preposition openers, role field labels, Handelsregister/SMI", () => {
  it.each([
    // "MBO" / "Jeugdzorg" + one unknown capitalised word is the school's or provider's own name
    ["Zij zit in het tweede jaar bij MBO Kroonpoort en loopt stage in een bakkerij.", "instelling", ["MBO Kroonpoort"]],
    ["Hij woont sinds maart in een gezinshuis van Jeugdzorg Zeekant.", "instelling", ["Jeugdzorg Zeekant"]],
    ["Hij volgt MBO Logistiek op niveau 2 en krijgt Jeugdzorg Ambulant.", "instelling", []],
    // company tail words after unknown capitalised words (no person)
    ["Het ongeluk gebeurde op het terrein van Noordzee Cargo in Vlissingen.", "instelling", ["Noordzee Cargo"]],
    ["Het gezin is vorig jaar ontruimd door Haarlemse Volkshuisvesting.", "instelling", ["Haarlemse Volkshuisvesting"]],
    ["Hij had een eenmanszaak, Brinkhuis Dakbedekkingen, tot 2022.", "instelling", ["Brinkhuis Dakbedekkingen"]],
    ["Ook Flitskrediet Direct (€ 780,00) wil niet meewerken.", "instelling", ["Flitskrediet Direct"]],
    ["Hij belde Jan direct terug.", "instelling", []],
    // capitalised night-shelter, DIY-store and hotel-restaurant heads + name
    ["Sinds vorige week slaapt hij in Nachtopvang De Herberg.", "instelling", ["Nachtopvang De Herberg"]],
    ["Ze vult op zaterdag schappen in de winkel van Bouwmarkt Gildenhof.", "instelling", ["Bouwmarkt Gildenhof"]],
    ["Hij wil afwassen in Hotel-Restaurant De Posthoorn, zijn oom kent de eigenaar.", "instelling", ["Hotel-Restaurant De Posthoorn"]],
    ["Er is in de nachtopvang van het Leger des Heils geen plek.", "instelling", ["Leger des Heils"]],
    // a town-wide service (GGD, inloop, youth chat) + a place is the place only
    ["Aanwezig: Sanne Vos (jeugdarts GGD Rotterdam), Piet Kok (wijkteam)", "instelling", []],
    ["Verslag overleg Dagopvang & Inloop Rotterdam, 4 maart", "plaats", ["Rotterdam"]],
    ["Chatgesprek via JongerenChat Zwolle – export 02-11-2024", "instelling", []],
    // a team named after its theme or target group is a department
    ["De aanmelding gaat naar team Jongvolwassenen van de verslavingszorg.", "instelling", []],
    ["Overleg met team Digitaal over de nieuwe website is verplaatst.", "instelling", []],
    // a heading opened by a document-type word, a sentence-opening preposition, a role field label
    ["Dossiernotitie Werk & Inkomen – gemeente Tiel", "instelling", []],
    ["Vanuit Zaandam rijdt een pendelbus naar het distributiecentrum.", "instelling", []],
    ["Vanuit Zaandam rijdt een pendelbus naar het distributiecentrum.", "plaats", ["Zaandam"]],
    ["Contactpersoon school: mevrouw Dekker, mentor.", "instelling", []],
    // national register and a childcare regulation are no organisations
    ["Dat is te controleren via het Handelsregister.", "instelling", []],
    ["Zij krijgt opvang via de regeling kinderopvang SMI.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons: ambiguous first name + lexicon surname, comparative after a title, party/German/policy words, postscript", () => {
  it.each([
    // a short or ambiguous first name before a lexicon surname
    ["Aanwezig: Jo Hendriks (GGD), Karin Bos (wijkteam)", "persoon", ["Jo Hendriks", "Karin Bos"]],
    ["Het gesprek is gevoerd met Ad Jansen van de woningcorporatie.", "persoon", ["Ad Jansen"]],
    ["Jo zei er niets over.", "persoon", []],
    // a comparative before "dan" after a title is no name
    ["Omdat mw. jonger is dan 27 geldt de zoektermijn van vier weken.", "persoon", []],
    ["Zodra dhr. ouder dan 60 is, kijken we opnieuw.", "persoon", []],
    ["Volgens dhr. Visser is zij ouder dan haar zus.", "persoon", ["Visser"]],
    // a party word with an age in brackets, German nouns, a policy term, a regulation
    ["Overwegingen\n1. Betrokkene (44) heeft al jaren betalingsachterstanden.\n2. Betrokkene woont bij zijn moeder.", "persoon", []],
    ["Betreff: AW: Verzoek gegevens\nAnfrage Lohnnachweis\n\nSehr geehrte Frau Kowalski,", "persoon", ["Kowalski"]],
    ["Er ist bei uns als Helfer (Maschinenbediener) seit Mai beschäftigt.", "persoon", []],
    ["Onderwerp: afspraken over Social Return in het bestek", "persoon", []],
    ["Dit volgt uit artikel 6 van de Beleidsregels bijzondere bijstand.", "persoon", []],
    ["De brief is ondertekend door mevrouw van de Beek.", "persoon", ["van de Beek"]],
    // a postscript opening a line is no pair of initials
    ["Met vriendelijke groet,\nAnnet\n\nP.S. Info over de cursus volgt.", "persoon", ["Annet"]],
    ["Getekend: P.S. Jansen, secretaris", "persoon", ["P.S. Jansen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: crop-farm/-werk/-hof trade compound + owner, Commissie Werkelijke Schade national, brand + message-noun compound", () => {
  it.each([
    // a capitalised crop-growing, -werk or -hof compound before an owner's surname names the firm
    ["hij haalt zn loonstroken op van Boomteelt Kleinjan uit Boskoop", "instelling", ["Boomteelt Kleinjan"]],
    ["Hij start bij leerwerkbedrijf Bosgroenwerk Brinkhorst met een proefplaatsing.", "instelling", ["Bosgroenwerk Brinkhorst"]],
    ["Ze steekt asperges op Aspergehof Verhoeven in Grubbenvorst.", "instelling", ["Aspergehof Verhoeven"]],
    ["Hij werkt in de groenteteelt en zoekt iets anders.", "instelling", []],
    ["Ze leest een boek over Bloementeelt Nederland.", "instelling", []],
    // the Commissie Werkelijke Schade is a national body of the toeslagen recovery
    ["Het dossier ligt nu bij de Commissie Werkelijke Schade.", "instelling", []],
    ["Haar aanvraag is doorgestuurd naar de Uitvoeringsorganisatie Herstel Toeslagen.", "instelling", []],
    // a brand + hyphen + message noun is the medium, no organisation
    ["We houden contact via Signal-berichten en niet per post.", "instelling", []],
    ["Hij stuurt liever WhatsApp-spraakberichten dan e-mails.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages of older people and persons (die N is, wordt op <date+year> N, bent u N jaar geworden, zo oud als ik, N, klant van mij is N, ie is … geworden)", () => {
  it.each([
    // a relative clause "die N is" after a relation word in the same sentence
    ["Hij gaat elke dag langs bij zijn moeder in Assen om te koken, die 84 is en slecht loopt.", "leeftijd", ["84"]],
    ["Ze moet voor haar tante Grietje in Hoogeveen zorgen, die 79 is en dement wordt.", "leeftijd", ["79"]],
    ["Zijn moeder betaalt de huur, die 800 is.", "leeftijd", []],
    ["Het aantal aanvragen, die 40 is, stijgt elk jaar.", "leeftijd", []],
    // "wordt op <day month year> N"
    ["Uw moeder wordt op 4 juni 2027 68 en krijgt dan AOW.", "leeftijd", ["68"]],
    ["De huur wordt op 1 juli 2025 12 euro hoger.", "leeftijd", []],
    // "bent u N (jaar) geworden" in a letter
    ["Op 12 mei 2023 bent u 57 jaar geworden.", "leeftijd", ["57 jaar"]],
    ["Bent u 3 jaar werkloos geworden?", "leeftijd", []],
    // chat: the same age as the speaker
    ["[14:02] anouk: dan ben je even oud als ik, 41 haha", "leeftijd", ["41"]],
    ["[14:03] anouk: hij is zo oud als ik, ongeveer", "leeftijd", []],
    // "klant van mij is N"
    ["[11:20] ruud: klant van mij is 19 en zoekt een kamer", "leeftijd", ["19"]],
    ["[11:21] ruud: klant van mij is 3 keer te laat gekomen", "leeftijd", []],
    // chat "ie" (hij) is … geworden
    ["[09:30] ilse: ie is gisteren 30 geworden", "leeftijd", ["30"]],
    ["het aantal is gisteren 30 geworden", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages just reached (werd vandaag/vorige week N), is N sinds <month>, (toen N), a table row headed Leeftijd, relation, Name, van N; a qualified id column header (Dossiernr. schuldeiser)", () => {
  it.each([
    // a name + "werd" + a recent moment + an age
    ["Fenna werd gisteren 16 en kreeg een fiets.", "leeftijd", ["16"]],
    ["Op de groep: Ruud werd vandaag 52!", "leeftijd", ["52"]],
    ["De rekening werd vorige week 45 euro hoger.", "leeftijd", []],
    ["Het werd gisteren 21 graden in de tuin.", "leeftijd", []],
    // "is N sinds <month>": the age reached since then
    ["[10:14] pim: nee ze is 29 sinds april. dossier klopt niet", "leeftijd", ["29"]],
    ["[10:15] pim: de teller is 29 sinds april gestegen", "leeftijd", []],
    // a past age in brackets
    ["Ze kwam alleen naar Nederland (toen 15) en woonde eerst in een opvang.", "leeftijd", ["15"]],
    ["De schuld liep op tot een flink bedrag (toen 15 posten).", "leeftijd", []],
    ["Hij verhuisde naar Zwolle (toen 2018).", "leeftijd", []],
    // a table row headed "Leeftijd", one column per person
    ["| | Aanvrager | Partner |\n| --- | --- | --- |\n| Leeftijd | 44 | 41 |", "leeftijd", ["44", "41"]],
    ["| | Aanvrager | Partner |\n| --- | --- | --- |\n| Uren | 44 | 41 |", "leeftijd", []],
    // a relation word, a name in commas, "van" + age
    ["Ze woont met haar dochtertje, Sofia, van vier maanden bij haar moeder.", "leeftijd", ["vier"]],
    ["Ze woont met haar dochtertje, Sofia, van haar ex in een flat.", "leeftijd", []],
    // an id column header qualified by a lower-case word: the number is a dossiernummer, not a BSN
    ["| Schuldeiser | Klantnr. schuldeiser | Bedrag |\n| --- | --- | --- |\n| Eneco | 111222333 | € 410,00 |", "dossiernummer", ["111222333"]],
    ["| Schuldeiser | Klantnr. schuldeiser | Bedrag |\n| --- | --- | --- |\n| Eneco | 111222333 | € 410,00 |", "bsn", []],
    ["| Naam | BSN | Bedrag |\n| --- | --- | --- |\n| Eneco | 111222333 | € 410,00 |", "bsn", ["111222333"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: care/housing head + region, upper-case headings, housing corporation lexicon", () => {
  it.each([
    // a GGZ / youth-care / housing head + a region that is no town, also in brackets after a name
    ["Casusregisseur: Bart Mol (Jeugdzorg Maas en Peel), aanwezig.", "instelling", ["Jeugdzorg Maas en Peel"]],
    ["Zij heeft een flat gehuurd (Wonen Rivierenland) en wacht op reparatie.", "instelling", ["Wonen Rivierenland"]],
    ["Zij woont in de regio Rivierenland en zoekt werk.", "instelling", []],
    ["Overleg Maatschappelijke Opvang en Beschermd Wonen Rivierenland", "instelling", []],
    // an upper-case heading is a title, no organisation
    ["VERSLAG OVERLEG ARMOEDE & SCHULDPREVENTIE DRECHTSTEDEN\nDatum: 3 maart", "instelling", []],
    ["VERSLAG OVERLEG ARMOEDE & SCHULDPREVENTIE DRECHTSTEDEN\nDatum: 3 maart", "plaats", ["DRECHTSTEDEN"]],
    ["STICHTING LEERGELD DEVENTER\nPostbus 12\n7400 AA Deventer", "instelling", ["STICHTING LEERGELD"]],
    // a housing corporation from the lexicon
    ["De huur (Woonopmaat) is verhoogd.", "instelling", ["Woonopmaat"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

// Session 13, found by blind223's first run: the IBAN regex is case-insensitive, so one run could swallow " en " and a
// second IBAN; only the first was found. Scanning now goes on right after the IBAN found (or the run's first character).
describe("two IBANs in one run of capitals and digits", () => {
  it.each([
    ["twee rekeningen: BE43 3541 0508 5722 en DE20 1442 7309 9128 4831 68. De laatste", "iban", ["BE43 3541 0508 5722", "DE20 1442 7309 9128 4831 68"]],
    ["NL91ABNA0417164300 en NL20INGB0001234567 zijn allebei van haar", "iban", ["NL91ABNA0417164300", "NL20INGB0001234567"]],
    ["XX12 3456 7890 1234 5 en DE20 1442 7309 9128 4831 68", "iban", ["DE20 1442 7309 9128 4831 68"]],
    ["Kenmerk AB12 CDEF GHIJ KLMN en verder niets.", "iban", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: product firms, regional welfare services, X GGZ, town on a river, headings and topics that are no organisation", () => {
  it.each([
    // a capitalised name + a trade or product word is a firm (its surname or district is no person or place then)
    ["Hij werkte als inpakker bij Brakel Zuivelproducten in Oss.", "instelling", ["Brakel Zuivelproducten"]],
    ["Haar vaste klant Veldhoven Precision Components zegde de opdracht op.", "instelling", ["Veldhoven Precision Components"]],
    ["Hij reed tien jaar voor Van Gils Foodlogistics in Tilburg.", "instelling", ["Van Gils Foodlogistics"]],
    ["ik moet nog huur betalen aan Brabantsedijk Huisvesting, 120 euro", "instelling", ["Brabantsedijk Huisvesting"]],
    // hard negatives: an adjective, a role or a department before the trade word
    ["Gesprek met de Consultant Huisvesting van de gemeente.", "instelling", []],
    ["Vacature: Medewerker Logistiek, 32 uur.", "instelling", []],
    // a welfare, home-help or budget-coach service + its region, a bureau for the self-employed, a bailiffs' firm
    ["Vrijwilliger via Welzijn Dommelvallei gaat mee.", "instelling", ["Welzijn Dommelvallei"]],
    ["Erwin de Haas (Thuishulp Vechtoever)", "instelling", ["Thuishulp Vechtoever"]],
    ["levensvatbaar volgens Bureau Zelfstandigen Dommel en Aa.", "instelling", ["Bureau Zelfstandigen Dommel en Aa"]],
    ["beslag door Gerechtsdeurwaarders Van den Bosch aangekondigd", "instelling", ["Gerechtsdeurwaarders Van den Bosch"]],
    ["Dorpsoverleg Zorg & Welzijn Rekken gaat door.", "instelling", []],
    // a named provider before GGZ; not a kind of care or a field label
    ["Afwezig: Tom Vos (Duinzicht GGZ)", "instelling", ["Duinzicht GGZ"]],
    ["Ze krijgt Langdurige GGZ via de huisarts.", "instelling", []],
    // a town "X aan de(n) <river>" is one place
    ["Huisbezoek 3 mei, Hazerswoude aan den Rijn", "plaats", ["Hazerswoude aan den Rijn"]],
    ["Huisbezoek 3 mei, Hazerswoude aan den Rijn", "persoon", []],
    ["Ze woont aan de Maas.", "plaats", []],
    // a labour agreement, a form heading, a feedback line, a management team, a theme pair, "X en school", a desk + a person
    ["Uurloon volgens CAO Metaal en Techniek.", "instelling", []],
    ["Aanmeldformulier Budgetbeheer – Humanitas", "instelling", ["Humanitas"]],
    ["- Terugkoppeling aan school na het gesprek.", "instelling", []],
    ["Aan: MT Zorg & Welzijn Hoorn", "instelling", []],
    ["Verslag casusoverleg Armoede & Schulden, juni", "instelling", []],
    ["- Remco: gesprek met Fatma en school.", "instelling", []],
    ["consulent Sociaal Team Noor Haddou, wijkverpleging", "persoon", ["Noor Haddou"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

// Session 14 round 1 (persons): lower-case place-shaped surnames after a title and their spread, chat surnames before "uit/in"
// + a place and after "familie", a name after "heet", case initials, a surname as a list label, and wrong persons from a
// chat role's speech, a title ending a sentence, adjectives opening a group or department, a surname-village after "in".
describe("persons: place-shaped chat surnames, heet + name, case initials, role speech, adjective groups", () => {
  it.each([
    // a lower-case surname in -t after a title (place-shaped, or a lexicon place after a particle) is no verb
    ["[10:01] sanne: nieuws over mw broekhout: ze start maandag\n[10:02] piet: top", "persoon", ["sanne", "broekhout", "piet"]],
    ["[10:01] sanne: het gaat om dhr van lent, hij belt morgen\n[10:02] piet: ok", "persoon", ["sanne", "van lent", "piet"]],
    ["[10:01] sanne: mw. werkt morgen niet\n[10:02] piet: ok", "persoon", ["sanne", "piet"]],
    ["[10:01] sanne: wanneer gaat mw van start met de cursus?\n[10:02] piet: maandag", "persoon", ["sanne", "piet"]],
    // a lower-case particle name found after a title is the name again, not the place in it
    ["[10:01] sanne: om 2 uur komt dhr. van lent\n[10:05] piet: van lent belde net af\n[10:06] sanne: jammer", "persoon", ["sanne", "van lent", "piet", "van lent", "sanne"]],
    // a chat surname before "uit"/"in" + a lower-case place, or a short one after "familie"
    ["[11:02] joke: wie kent de regels? jansen uit tilburg vraagt het\n[11:03] anouk: ik", "persoon", ["joke", "jansen", "anouk"]],
    ["[11:02] joke: morgen gesprek over de familie kaya\n[11:03] anouk: succes", "persoon", ["joke", "kaya", "anouk"]],
    ["[11:02] joke: ik woon zelf uit tilburg\n[11:03] anouk: ok", "persoon", ["joke", "anouk"]],
    // a lower-case first name + particle + surname after "heet"
    ["[12:01] rik: de baas heet jan van der steen, aardige vent\n[12:02] kees: mooi", "persoon", ["rik", "jan van der steen", "kees"]],
    ["[12:01] rik: het gerecht heet pasta met saus.\n[12:02] kees: lekker", "persoon", ["rik", "kees"]],
    // a case under the client's initials, and the initials again later
    ["3. Casus P.K. (nieuw)\nKomt vrij in juni.\nActie: woning voor P.K. zoeken.", "persoon", ["P.K.", "P.K."]],
    ["Kijk vanavond naar de T.V. voor het nieuws.", "persoon", []],
    // a surname that is also a word, spread from a full name to a list item's label
    ["| Henk Plomp | 1970 |\nToelichting:\n- Plomp: nog geen contact.", "persoon", ["Henk Plomp", "Plomp"]],
    ["Toelichting:\n- Plomp: een bijvoeglijk naamwoord.", "persoon", []],
    // a role as a chat speaker: the words after its colon are speech, not a name (a lexicon first name still is)
    ["[08:31] ilse: hoi\n[08:35] klantmanager: Graag je loonstrook meenemen.", "persoon", ["ilse"]],
    ["[08:31] ilse: waar moet ik zijn?\n[08:42] klantmanager: Stadskantoor, Markt 1.", "persoon", ["ilse"]],
    ["[08:31] ilse: hoi\n[08:42] klantmanager: Ilse, kom je morgen?", "persoon", ["ilse", "Ilse"]],
    // a written-out title ending a sentence at the line end names no one on the next line
    ["In Syrië was ze juf.\nProbleem: de opvang is vol.", "persoon", []],
    // an adjective opening a group, scheme or department is no first name
    ["Aanmelding bij de groep Jonge Mantelzorgers van de gemeente.", "persoon", []],
    ["Wij betalen volgens de cao Open Teelten.", "persoon", []],
    ["Groet,\nJurre\nConsulent Bijzondere Huisvesting", "persoon", ["Jurre"]],
    ["Ik sprak gisteren Arjan Zwiers over de baan.", "persoon", ["Arjan Zwiers"]],
    // a lexicon surname after "in" closing a clause with a living/staying verb is a village
    ["Hij slaapt voorlopig bij haar in Achterberg\nVolgende week verder.", "plaats", ["Achterberg"]],
    ["Ik heb vertrouwen in Jansen. Hij belt.", "persoon", ["Jansen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages of heit/verzoeker/u bent, 'is dan', paired and counted ages, new TLDs, villages", () => {
  it.each([
    // a person noun + "is (dan) N": Frisian heit, the applicant of a debt petition, "dan" between verb and age
    ["Zijn heit is 91 en woont nog thuis.", "leeftijd", ["91"]],
    ["Verzoekster is negenenveertig en heeft twee kinderen.", "leeftijd", ["negenenveertig"]],
    ["Zijn uitkering stopt in maart; cliënt is dan 67.", "leeftijd", ["67"]],
    ["De klant is dan 3 maanden verder.", "leeftijd", []],
    // the polite "U bent N"
    ["U bent 79 en woont sinds vorig jaar alleen.", "leeftijd", ["79"]],
    ["U bent 5 minuten te laat.", "leeftijd", []],
    // two ages side by side, the verb once or not at all
    ["Het echtpaar uit Hoorn, hij 71, zij 66. De huur loopt achter.", "leeftijd", ["71", "66"]],
    ["Dhr. is 58, mevrouw 49.", "leeftijd", ["58", "49"]],
    ["hij 3, zij 4 keer gebeld", "leeftijd", []],
    // an age after a year of birth
    ["nee ze is van 1970, dus 55. gewoon pw", "leeftijd", ["55"]],
    // named children and their ages in a bracket on the next line, one each
    ["Gezin Bakker: kinderen Noor, Daan en Fenna\n(4, 9 en 12). Moeder werkt.", "leeftijd", ["4", "9", "12"]],
    // a "Kinderen" column: count + as many ages in a bracket
    ["| Naam | Kinderen | Wijk |\n| --- | --- | --- |\n| Sara | 2 (4 en 7) | Noord |\n| Mo | 1 (6 mnd) | Oost |\n| Lies | 3 (1, 5 en 8) | West |", "leeftijd", ["4", "7", "6 mnd", "1", "5", "8"]],
    ["| Naam | Kinderen |\n| --- | --- |\n| Sara | 2 (4) |", "leeftijd", []],
    // bare domains with newer generic TLDs
    ["Ze heeft een portfolio op annebakker.design en zoekt werk.", "url", ["annebakker.design"]],
    // villages missing from the lexicon
    ["Klant woont in kwadijk bij haar zus.", "plaats", ["kwadijk"]],
    ["Uitbreiden naar Wijdenes en Schermerhorn.", "plaats", ["Wijdenes", "Schermerhorn"]],
    // a village name with a hyphen and a space is one place, also after "naar" or a place + "en"
    ["We gaan naar Graft-De Rijp.", "plaats", ["Graft-De Rijp"]],
    ["Uitbreiden naar Alkmaar en Graft-De Rijp.", "plaats", ["Alkmaar", "Graft-De Rijp"]],
    ["We gaan naar Graft-De Rijp.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: housing corporation names, service aan de river, saint schools, treaties and theme teams", () => {
  it.each([
    // housing corporations named in one word on -wonen/-woon/-veste, or a name + "Wonen"; a care name + "Ambulant"
    ["Aanwezig: Ilse Smit (Dijkwonen), Piet", "instelling", ["Dijkwonen"]],
    ["Schuldeisers: - Beekwoon, € 800 huur", "instelling", ["Beekwoon"]],
    ["De woning is van Heuvelveste, zegt ze.", "instelling", ["Heuvelveste"]],
    ["Woningcorporatie: Omnia wonen", "instelling", ["Omnia wonen"]],
    ["De begeleider van Zeezorg Ambulant belt morgen.", "instelling", ["Zeezorg Ambulant"]],
    ["Samenwonen heeft gevolgen voor de uitkering.", "instelling", []],
    ["Zij woont sinds maart bij Beschermd Wonen in de stad.", "instelling", []],
    ["Ze wil later in Zwolle wonen.", "instelling", []],
    ["Het overleg Zorg & Wonen is verzet.", "instelling", []],
    // a service word before "aan de <river>" is an organisation, a town there stays a place
    ["Zij werkt drie dagen bij Thuiszorg aan de Maas.", "instelling", ["Thuiszorg aan de Maas"]],
    ["Gesprek met de mediator (Mediation aan de Amstel) gepland.", "instelling", ["Mediation aan de Amstel"]],
    ["Zij woont in Alphen aan den Rijn.", "instelling", []],
    // a school named after a saint in one word, and "Sint-" + a first name after "op"/"naar"
    ["De Bonifatiusschool heeft gebeld over verzuim.", "instelling", ["Bonifatiusschool"]],
    ["Hun dochter zit op Sint-Agnes in Venlo.", "instelling", ["Sint-Agnes"]],
    ["Hun dochter zit op Sint-Agnes in Venlo.", "persoon", []],
    ["Op de basisschool gaat het goed.", "instelling", []],
    // a treaty is no organisation, nor is the city in its name a place; a national fund is no organisation
    ["Verhaal van alimentatie loopt via het Verdrag van Den Haag.", "instelling", []],
    ["Verhaal van alimentatie loopt via het Verdrag van Den Haag.", "plaats", []],
    ["Hij verhuist naar Den Haag.", "plaats", ["Den Haag"]],
    ["Zij vraagt een lening aan bij het Warmtefonds voor isolatie.", "instelling", []],
    // a team named after a policy theme, and a theme pair, are no organisations
    ["Aan: team Bestaanszekerheid, cc: Anouk", "instelling", []],
    ["Verslag overleg Scheiden & Wonen van 3 mei", "instelling", []],
    // a regional welfare organisation from the lexicon after a role
    ["- Sanne de Wit, maatschappelijk werker Juvans", "instelling", ["Juvans"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons: verb after a role colon, language + noun, organisation after a role, particle inside a place, initials with an age, study programmes and English roles", () => {
  it.each([
    // a verb opening a role's reply, its subject pronoun after it, is no name
    ["Jobcoach: Regel ik morgen. Groet aan Sven!", "persoon", ["Sven"]],
    ["Consulent: Stuur je de loonstrook nog?", "persoon", []],
    ["Klantmanager: Jansen belt je terug.", "persoon", ["Jansen"]],
    // a language or nationality adjective before a lower-case noun after a relation word is no name
    ["Inkomen: WW; zijn vrouw Duits pensioen, ongeveer € 900.", "persoon", []],
    ["Ze woont met haar partner Frans samen.", "persoon", ["Frans"]],
    // a role + a word opening an organisation's name with its head word
    ["Onderzoeker: drs. P. Zwart, arbeidsdeskundige, Arbeidskundig Bureau Hoekstede", "persoon", ["P. Zwart"]],
    ["Aanwezig:\n- L. Smit, begeleider, Ambulant Centrum De Wiek", "persoon", ["L. Smit"]],
    // a particle inside a lexicon place is no surname
    ["Zijn dochter woont in Nederhorst den Berg bij haar moeder.", "persoon", []],
    ["Zijn dochter woont in Nederhorst den Berg bij haar moeder.", "plaats", ["Nederhorst den Berg"]],
    ["Overleg met Karin den Berg over de huur.", "persoon", ["Karin den Berg"]],
    // initials with an age in brackets are a person
    ["Bespreking: jongere K.D. (19) uit Zwijndrecht heeft schulden.", "persoon", ["K.D."]],
    ["Het bedrijf is een B.V. met 20 werknemers.", "persoon", []],
    // a study programme after a study word, and an English role pair, are no names
    ["Ze studeert Liberal Studies aan de universiteit.", "persoon", []],
    ["Groet,\nAnke Bosma\nDecaan / Student Counsellor", "persoon", ["Anke Bosma"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("children's-age columns, relation and trade age frames, thing and schooling years, bracketed day-month headings", () => {
  it.each([
    // a table column of the children's ages ("Lft. kinderen"): every number in the cell
    ["| Naam | Plaats | Lft. kinderen | Status |\n| --- | --- | --- | --- |\n| Sara Bos | Hoorn | 3, 8 | wacht |\n| Ali Kaya | Zwolle | 12 | klaar |", "leeftijd", ["3", "8", "12"]],
    ["| Naam | Aantal kinderen |\n| --- | --- |\n| Sara Bos | 3 |", "leeftijd", []],
    // a relation word as a field label before "N jr"
    ["Aanvrager woont in Oss. Vader: 44 jr, werkt in de bouw.", "leeftijd", ["44"]],
    ["Contract: 2 jr, daarna vast.", "leeftijd", []],
    // a relation word opening the clause, "en is/wordt (dan) N" closing it
    ["Zoon woont in Breda en is 31; hij helpt soms.", "leeftijd", ["31"]],
    ["Meneer gaat in juni met pensioen en wordt dan 66.", "leeftijd", ["66"]],
    ["Zoon woont in Breda en is 3 dagen per week thuis.", "leeftijd", []],
    // a trade ending in -bouwer/-werker + "van N" before "uit" or "die"
    ["Haar buddy is een oud-bootbouwer van 72 uit Urk.", "leeftijd", ["72"]],
    ["Er sprak een gepensioneerde havenwerker van 45 die veel wist.", "leeftijd", ["45"]],
    ["We kregen een formulier van 12 uit Den Haag.", "leeftijd", []],
    // the age of a thing with its owner between, years of schooling, an estimated duration
    ["De boiler van de verhuurder is 22 jaar oud.", "leeftijd", []],
    ["Hij volgde 3 jaar technische opleiding in Turkije.", "leeftijd", []],
    ["Misschien verhuist zij binnen 1 à 2 jaar naar haar zoon.", "leeftijd", []],
    ["De vader van de klant is 22 jaar oud.", "leeftijd", ["22 jaar"]],
    // a day-month in brackets closing a heading before a colon
    ["Reactie teamleider Bas (14-02): eerst bellen met de klant.", "datum", ["14-02"]],
    ["Score (3-4): niet voldoende.", "datum", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons: 'van' tails into an organisation, lower-case names in notes, Frisian first names", () => {
  it.each([
    // a name whose "van" tail runs into a stronger organisation keeps its head
    ["Mijn boekhouder Emre van Kaya Administraties stuurt de stukken.", "persoon", ["Emre"]],
    ["Karin de Laan van het wijkteam belde terug.", "persoon", ["Karin de Laan"]],
    // initials before a one-word organisation that is also a surname
    ["Zaak afgehandeld door: P. Heijmans", "persoon", ["P. Heijmans"]],
    ["Hij werkte jaren bij Heijmans in Rosmalen.", "persoon", []],
    // a street noun + "van" + a name after a preposition of place is a street, not "de Laan"
    ["Het kantoor staat aan de Laan van Meerdervoort, naast de bakker.", "persoon", []],
    // a capitalised speech verb mid-sentence is part of a name; an adjective used as a noun with an age is no name
    ["We plannen een Vroeg Eropaf-gesprek met de corporatie.", "persoon", []],
    ["Dat vroeg Petra gisteren nog.", "persoon", ["Petra"]],
    ["c. Minderjarige (16) uit Zeist, slaapt bij vrienden.", "persoon", []],
    ["c. Kerem (16) uit Zeist, slaapt bij vrienden.", "persoon", ["Kerem"]],
    // lower-case names in notes: after klant + a surname, a signing dash, a three-letter name between a preposition and a comma
    ["nb klant kowalczyk belde 10u over de toeslag", "persoon", ["kowalczyk"]],
    ["nb klant zelf belde 10u over de toeslag", "persoon", []],
    ["morgen nog een keer bellen.\n-fenna", "persoon", ["fenna"]],
    ["morgen nog een keer bellen.\n- kopie naar dossier", "persoon", []],
    ["hb gedaan met tim, fam. Rusu woont boven de winkel", "persoon", ["tim", "Rusu"]],
    ["betaald met pin, bon bewaard", "persoon", []],
    // a lower-case first name + a foreign-shaped surname in a chat, and its later mentions
    ["[10:01] anouk: welke, marek grabowiecki of die andere?\n[10:02] joost: grabowiecki ja, die van de kwekerij", "persoon", ["anouk", "marek grabowiecki", "joost", "grabowiecki"]],
    // a Frisian first name
    ["Bouwe belde gisteren over de aanvraag.", "persoon", ["Bouwe"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("places, dates and ages: missing villages, 'Nw-', residences after an age, lower-case towns", () => {
  it.each([
    // villages missing from the lexicon (Emmen, De Wolden, Waterland, Súdwest-Fryslân by its Dutch names, Krimpen districts)
    ["Meneer fietst dagelijks van Zandpol naar Nieuw-Dordrecht.", "plaats", ["Zandpol", "Nieuw-Dordrecht"]],
    ["Mevrouw heeft een rokerij op Marken, samen met haar broer.", "plaats", ["Marken"]],
    ["ok, zijn zus komt uit marken", "plaats", ["marken"]],
    ["Keukentafelgesprek familie De Jong, Scharnegoutum en Tjerkwerd", "plaats", ["Scharnegoutum", "Tjerkwerd"]],
    ["Twee gezinnen uit de wijken Oud-Krimpen en Kortland vroegen hulp.", "plaats", ["Oud-Krimpen", "Kortland"]],
    ["Een jongen uit Linde slaapt nu bij vrienden.", "plaats", ["Linde"]],
    ["Linde de Graaf belt morgen terug.", "plaats", []],
    // "Nw-" abbreviates "Nieuw-"
    ["Huisbezoek Torenstraat 4, Nw-Amsterdam: mw. was thuis.", "plaats", ["Nw-Amsterdam"]],
    ["Het nw-contract van meneer loopt tot juni.", "plaats", []],
    // a residence after an age or a family name + comma, closing the clause
    ["1. Kees Bos (52), Zandbergen – loopt goed, geen actie.", "plaats", ["Zandbergen"]],
    ["2. Mira Veld, 31 jr, Hoogmeer. Start per maart.", "plaats", ["Hoogmeer"]],
    ["Overzicht fam. Meijering, De Hoeve – stand per 1 mei", "plaats", ["De Hoeve"]],
    ["Fam. Bulut, Werkloos. Geen actie.", "plaats", []],
    ["Sanne (34), Alleenstaand, twee kinderen.", "plaats", []],
    ["Kees Bos (52), Zandbergen 14 is het adres.", "plaats", []],
    // an ambiguous town after a capitalised municipal team; lower-case towns that are no Dutch word after in/uit
    ["Aanwezig: Eelke (Sociaal Team Balk) en Jildou.", "plaats", ["Balk"]],
    ["Hij heeft een balk op het Sociaal Team geschilderd.", "plaats", []],
    ["die werkt bij een kwekerij in grave", "plaats", ["grave"]],
    ["dan moet hij zelf in urk aanvragen", "plaats", ["urk"]],
    // a day-month in a note heading after two words and before a comma
    ["notitie tel. contact 18/10, mw. Kaya belde over de huur", "datum", ["18/10"]],
    ["Verslag van het overleg, 3 deelnemers.", "datum", []],
    // a trade after an article is no lower-case surname, also before "uit" + place
    ["[09:01] lotte: heb je het verslag van die visser uit marken nog?\n[09:02] jeroen: ja, stuur ik zo", "persoon", ["lotte", "jeroen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: surname + Distributie, trade compounds, brand names with 2/4, chains, caterers", () => {
  it.each([
    // a surname + "Distributie" is a firm, also after "HR" on a signature line
    ["Hendriks Distributie zoekt orderpickers voor de nacht.", "instelling", ["Hendriks Distributie"]],
    ["Met vriendelijke groet,\nSanne de Wit – HR Jansen Distributie", "instelling", ["Jansen Distributie"]],
    ["HR Business Partner Benelux", "instelling", []],
    // a lower-case trade compound + a known surname is the firm
    ["Zijn werkgever is de paprikakwekerij Bakker in Bleiswijk.", "instelling", ["paprikakwekerij Bakker"]],
    ["Ze plukt nu voor de fruitkwekerij Van Dijk in Tiel.", "instelling", ["fruitkwekerij Van Dijk"]],
    ["Het bedrijf Jansen en zoon sluit.", "instelling", []],
    // two capitalised words joined by 2/4 (to, for) are a brand name; a product in the stop list is not
    ["Hij werkt via Jobs4Farm in de kassen.", "instelling", ["Jobs4Farm"]],
    ["Het staat in Suite4Sociaal Domein en in versie Windows10.", "instelling", []],
    // initials before a one-word firm that is also a surname make a person
    ["Dossier behandeld door: P. Heijmans", "persoon", ["P. Heijmans"]],
    ["Dossier behandeld door: P. Heijmans", "instelling", []],
    // a lower-case service "van" a place is the place only
    ["De cursus is in de bibliotheek van Oss.", "instelling", []],
    ["De cursus is in de bibliotheek van Oss.", "plaats", ["Oss"]],
    // "tot aan de X" is a spatial limit, no organisation cue in a lower-case clause
    ["12-05: dhr. belt: 'de rij stond tot aan de fontein'.", "instelling", []],
    // chains coordinated with a chain that opens the sentence are brands; after "bij" or an article they are named
    ["Albert Heijn en Lidl nemen nu niemand aan.", "instelling", []],
    ["De gemeente en Lidl zijn in gesprek.", "instelling", ["Lidl"]],
    ["Ze solliciteert bij Jumbo en Lidl in Gouda.", "instelling", ["Jumbo", "Lidl"]],
    // a caterer named "X Keuken"; a cuisine is no organisation
    ["Ze startte een cateringbedrijf (Selam Keuken) in Zaandam.", "instelling", ["Selam Keuken"]],
    ["Hij kookt graag uit de Turkse Keuken.", "instelling", []],
    // a housing or care head + a Frisian compass region is one organisation; a municipal team is not
    ["Ze huurt een woning van Wonen Noardwest in Dokkum.", "instelling", ["Wonen Noardwest"]],
    ["Team Wonen Súdwest belt morgen.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons and ages: lower-case surnames after a title or case number, word-like first names, job durations", () => {
  it.each([
    // a lower-case surname in "-brecht" after a title is no verb in -t
    ["dhr engelbrecht wacht nog op zijn beschikking.", "persoon", ["engelbrecht"]],
    ["Dhr. wacht nog op zijn beschikking.", "persoon", []],
    ["mw. lacht er een beetje om", "persoon", []],
    // a lower-case lexicon surname in brackets after a case number, or as a list item's label
    ["[09:12] sanne: Z/23/118402 (hendriks) → betalingsregeling getroffen", "persoon", ["sanne", "hendriks"]],
    ["Dossier 4418273 (de boer) is afgesloten.", "persoon", []],
    ["Zaak 2024-0771 (nieuw) staat klaar.", "persoon", []],
    ["[10:02] wendy: - yilmaz: huurachterstand is ingelopen\n[10:05] ruben: mooi, ik neem yilmaz over.", "persoon", ["wendy", "yilmaz", "ruben", "yilmaz"]],
    ["[10:02] wendy: - status: huurachterstand is ingelopen", "persoon", ["wendy"]],
    ["- planning: gesprek op dinsdag", "persoon", []],
    // a lower-case double surname found after a title spreads to its other mentions
    ["[11:20] joost: mw bakker-hendriks belt morgen\n[11:22] anouk: ok, bakker-hendriks krijgt een brief", "persoon", ["joost", "bakker-hendriks", "anouk", "bakker-hendriks"]],
    // a lower-case first name + particle + surname before an age in brackets
    ["zoon tim de jager (16) spijbelt weer.", "persoon", ["tim de jager"]],
    ["zoon tim de jager (16) spijbelt weer.", "leeftijd", ["16"]],
    ["de kinderen zijn groot (19) en wonen zelfstandig", "persoon", []],
    ["met de tram naar huis (12) minuten", "persoon", []],
    // a first name that is also a word, in a list of found first names or after a word of leave
    ["Aanwezig waren Sanne, Roos en Anouk.", "persoon", ["Sanne", "Roos", "Anouk"]],
    ["Rooster: Fleur 2, Sanne 3, Anouk 1.", "persoon", ["Fleur", "Sanne", "Anouk"]],
    ["In de vaas: Roos, Tulp en Lelie.", "persoon", []],
    ["De vakantie Zomer (2 weken) is geboekt.", "persoon", []],
    // a place prefix opens a village or a street, no person
    ["Het kantoor zit aan de Laan van Nieuw Oosteinde in Amstelveen.", "persoon", []],
    ["Hij woont sinds kort in Sint Philipsland.", "persoon", []],
    // "to be" + a job noun + N jaar is how long someone had the job
    ["Vroeger was hij in Eritrea onderwijzer 15 jaar.", "leeftijd", []],
    ["In Irak ik was kapper 20 jaar, nu zoek ik werk.", "leeftijd", []],
    ["Ik was 15 jaar toen ik naar Nederland kwam.", "leeftijd", ["15 jaar"]],
    ["Ik was kapper. Mijn zoon is nu 12 jaar.", "leeftijd", ["12"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it("finds a word-like first name after a word of leave", () => {
    expect(found("Vervanging tijdens zwangerschapsverlof Roos (tot 1 maart)", "persoon")).toEqual(["Roos"]);
  });
});

describe("organisations: town + Woont, a role + employer, camel-case brands, plural professions + surname", () => {
  it.each([
    // a town + capitalised "Woont" is a housing corporation, like "Zwolle Wonen"; the verb itself is not
    ["Morgen bel ik met Almelo Woont over de ontruiming.", "instelling", ["Almelo Woont"]],
    ["Huurachterstand gemeld door Enschede Woont.", "instelling", ["Enschede Woont"]],
    ["Morgen bel ik met Almelo Woont over de ontruiming.", "plaats", []],
    ["Ze Woont sinds maart in Almelo.", "instelling", []],
    ["Fatima woont in Almelo bij haar zus.", "instelling", []],
    // a role + an unknown word + a region or town is the employer's organisation, not a person
    ["Getekend, Sandra Visser, wijkverpleegkundige Thuiskring Westland", "instelling", ["Thuiskring Westland"]],
    ["Getekend, Sandra Visser, wijkverpleegkundige Thuiskring Westland", "persoon", ["Sandra Visser"]],
    ["Opgesteld door Ruud Kok, schuldhulpverlener Budgetwijs Zaanstreek.", "instelling", ["Budgetwijs Zaanstreek"]],
    ["Het gesprek was met de klantmanager Peter Zwolle.", "persoon", ["Peter Zwolle"]],
    ["De klantmanager Jansen Utrecht belde terug.", "instelling", []],
    ["De klantmanager Jongeren Zwolle belde terug.", "instelling", []],
    // "en" + an organisation of its own ends a head + name
    ["Bron: Woonstichting De Vaart en Drentse Energie Coöperatie", "instelling", ["Woonstichting De Vaart", "Drentse Energie Coöperatie"]],
    ["Signaal: Woningstichting Het Hof en Eneco melden een achterstand.", "instelling", ["Woningstichting Het Hof", "Eneco"]],
    ["Ze huurt bij Woningstichting Wold en Waard.", "instelling", ["Woningstichting Wold en Waard"]],
    // a camel-case brand after an organisation preposition is a firm; platforms and apps used as things are not
    ["Hij levert loonstroken van PlantPro en bankafschriften aan.", "instelling", ["PlantPro"]],
    ["Ze stuurt de stukken via WhatsApp of met een bericht van YouTube.", "instelling", []],
    ["Hij spaart voor PlayStation en betaalt via PayPal.", "instelling", []],
    // online marketplaces where a client sells are things, no organisation
    ["Overzicht van de verkopen via Etsy en Marktplaats.", "instelling", []],
    // a plural profession + a surname is a practice; the profession alone is not
    ["De offerte van Tandartsen Kuiper is binnen.", "instelling", ["Tandartsen Kuiper"]],
    ["De offerte van Tandartsen Kuiper is binnen.", "persoon", []],
    ["Twee tandartsen in Assen nemen geen patiënten aan.", "instelling", []],
    // a surname + a trade compound on -export/-import is a firm; the words alone are not
    ["Haar man werkt bij De Groot Bloemenexport in Aalsmeer.", "instelling", ["De Groot Bloemenexport"]],
    ["Hij werkt in de export en import van bloemen.", "instelling", []],
    // a place + "Stevedoring" is a port firm
    ["Hij werkte twintig jaar bij Moerdijk Stevedoring.", "instelling", ["Moerdijk Stevedoring"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations named by place words, trades and phrases", () => {
  it.each([
    // a name + a compound on -stichting, -verzekeringen, -lease, or the English "Storage", closes a firm's name
    ["- Rivierland Woonstichting: huurachterstand van twee maanden", "instelling", ["Rivierland Woonstichting"]],
    ["- Dollard Zorgverzekeringen: premieachterstand € 412,00", "instelling", ["Dollard Zorgverzekeringen"]],
    ["Leasecontract: Kempen Autolease", "instelling", ["Kempen Autolease"]],
    ["Leasecontract: Kempen Autolease", "persoon", []],
    ["He works nights at Eemhaven Cold Storage in Rotterdam.", "instelling", ["Eemhaven Cold Storage"]],
    ["De woonstichting heeft de huur verlaagd.", "instelling", []],
    // a cost or income word opening a budget line is no part of the payee's name
    ["Zorgverzekering Dollard Zorgverzekeringen ... € 141,20", "instelling", ["Dollard Zorgverzekeringen"]],
    // a beach pavilion, café or cold store head + a name; a grill restaurant named before its head word
    ["- Loon Strandpaviljoen Westerduin (seizoen): € 980,00", "instelling", ["Strandpaviljoen Westerduin"]],
    ["| 12 | Vasil Petrov | 1984 | Vrieshuis Zeehaven | ja |", "instelling", ["Vrieshuis Zeehaven"]],
    ["| 12 | Vasil Petrov | 1984 | Vrieshuis Zeehaven | ja |", "persoon", ["Vasil Petrov"]],
    ["Groet, Henk Bos\nvrijwilliger Taalcafé Woordenschat", "instelling", ["Taalcafé Woordenschat"]],
    ["Zijn oom heeft een zaak in Hengelo, Bosporus Grillhouse.", "instelling", ["Bosporus Grillhouse"]],
    ["Zijn oom heeft een zaak in Hengelo, Bosporus Grillhouse.", "persoon", []],
    // a camel-case brand + a compass word is a regional firm
    ["Re-integratiebedrijf: JobStart West", "instelling", ["JobStart West"]],
    // a capitalised article after a lower-case head opens a name of ordinary words
    ["Hij helpt op zaterdag bij kringloopwinkel De Gouden Draad in Emmen.", "instelling", ["kringloopwinkel De Gouden Draad"]],
    // chat: a school abbreviation + article + name, "parc" + name, a lower-case surname + trade word after "bij"
    ["[09:12] sanne: zijn zoon zit op bs de klimop sinds september", "instelling", ["bs de klimop"]],
    ["[09:12] sanne: dat is echt bs de hele regeling", "instelling", []],
    ["[09:14] sanne: ze woont nu op parc zeezicht", "instelling", ["parc zeezicht"]],
    ["[09:15] sanne: haar man werkt bij jansen transport in tiel", "instelling", ["jansen transport"]],
    ["[09:15] sanne: haar man werkt bij jansen transport in tiel", "persoon", ["sanne"]],
    ["[09:16] sanne: hij werkt in de transport bij een groot bedrijf", "instelling", []],
    // the employer in brackets or between pipes next to a person
    ["Jobcoach: Fleur Dekker (Banenkracht)", "instelling", ["Banenkracht"]],
    ["Groet,\nFleur Dekker | jobcoach | Banenkracht | 06-12 34 56 78", "instelling", ["Banenkracht"]],
    ["Gesprek met Naima (Schuldhulp) over haar aanvraag.", "instelling", []],
    // schemes, departments, sectors, courses and generic buildings are no organisations
    ["Ze is nog verzekerd via de Regeling Medische Zorg Asielzoekers.", "instelling", []],
    ["Gebeld met afdeling Bijzonder Beheer over de afsluiting.", "instelling", []],
    ["Op 3 april is er een banenmarkt Logistiek & Horeca in het wijkcentrum.", "instelling", []],
    ["Hij kan zich aanmelden voor Klik & Tik in de bibliotheek.", "instelling", []],
    ["Ze kan het formulier ophalen bij het Stadshuis.", "instelling", []],
    ["Paspoort aangevraagd, leges via BB betaald.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons and ages in chats, lists and new frames", () => {
  it.each([
    // a word-like first name found after a word of kinship spreads to a later mention mid-line
    ["Hij woont met zijn vrouw Roos in Delft.\n- Roos beheert het huishoudboekje", "persoon", ["Roos", "Roos"]],
    ["Hij kocht een roos voor zijn moeder.\n- Roos is een mooie bloem", "persoon", []],
    // "de jongste/oudste, Name, is N": the name between commas and its age
    ["De oudste, Wojtuś, is twaalf en zit op het vmbo.", "persoon", ["Wojtuś"]],
    ["De oudste, Wojtuś, is twaalf en zit op het vmbo.", "leeftijd", ["twaalf"]],
    ["De oudste, Groningen, is een stad.", "persoon", []],
    // initials signing off at the very end of a note or a mail
    ["Gesprek gevoerd, aanvraag volgt. – MV", "persoon", ["MV"]],
    ["Bel me als er iets is, R.", "persoon", ["R."]],
    ["Zie ook het overzicht in de bijlage.", "persoon", []],
    ["Betaling volgt na ontvangst van het contract.\n– P. de Wit, KM", "persoon", ["P. de Wit"]],
    // a child word + its age, then the child's name
    ["Ze heeft een zoontje van zes maanden, Oliwer.", "persoon", ["Oliwer"]],
    ["Ze heeft een zoon van 12, Utrecht.", "persoon", []],
    // an appositive "een … van N" right after a name gives the age, a duration with "jaar" stays out
    ["Hij heeft een buddy, Henk Voskuil, een oud-monteur van tachtig, die hem helpt.", "leeftijd", ["tachtig"]],
    // a child's name + "van N" + any present-tense verb on -t
    ["Haar zoon Thijs van 11 zwemt twee keer per week.", "leeftijd", ["11"]],
    ["Haar zoon Thijs mailde op 11 maart.", "leeftijd", []],
    ["De brief van Thijs van 14 maart is binnen.", "leeftijd", []],
    // becoming an age on a weekday or a short date
    ["ze wordt 40 op za 8/3, feestje", "leeftijd", ["40"]],
    ["de huur wordt 40 euro hoger op 1/3", "leeftijd", []],
    // a decade after a be-verb before a bracket
    ["Opa is rond de zeventig (hij weet het zelf niet).", "leeftijd", ["rond de zeventig"]],
    ["We zaten in de twintig (minuten) vertraging.", "leeftijd", []],
    // a farmer or schoolmaster named by an unknown surname
    ["Hij werkte jaren bij boer Hofsteenge in Vlagtwedde.", "persoon", ["Hofsteenge"]],
    ["De boer in Vlagtwedde molk zijn koeien.", "persoon", []],
    // an occupational surname after a word of training is the trade
    ["Hij stopte met de opleiding Timmerman (niveau 2) in Assen.", "persoon", []],
    ["Hij stopte met de opleiding Schilder (niveau 2) in Assen.", "persoon", []],
    ["Hij belt met mevrouw Schilder over de opleiding.", "persoon", ["Schilder"]],
    // English modals after a role, a lower-case word before "bank", a plural after "finite verb + dhr."
    ["Maybe the consulent can help me with the form?", "persoon", []],
    ["Sinds 2018 verkoopt mw. sieraden op de markt.", "persoon", []],
    ["Sinds 2016 bezorgt dhr. pakketten als zzp'er in de regio.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // chats: a thanks + a first name closing the message, a short first name with its department or its age in brackets,
    // a kinship word + a lower-case surname, a lower-case full name with a particle before ", N,"
    ["[10:01] sanne: ik regel het\n[10:02] youssef: thx mark\n[10:03] sanne: top", "persoon", ["sanne", "youssef", "mark", "sanne"]],
    ["[10:01] sanne: ik regel het\n[10:02] youssef: thx man\n[10:03] sanne: top", "persoon", ["sanne", "youssef", "sanne"]],
    ["[10:01] sanne: stuur hem door naar max van handhaving\n[10:02] youssef: ok", "persoon", ["sanne", "max", "youssef"]],
    ["[10:01] sanne: dat kost een ton van de bijstand\n[10:02] youssef: ok", "persoon", ["sanne", "youssef"]],
    ["[10:01] sanne: sem (4) en lotte (7) slapen bij oma\n[10:02] youssef: ok", "persoon", ["sanne", "sem", "lotte", "youssef"]],
    ["[10:01] sanne: sem (4) en lotte (7) slapen bij oma\n[10:02] youssef: ok", "leeftijd", ["4", "7"]],
    ["[10:01] sanne: ik bel moeder yilmaz morgen\n[10:02] youssef: ok", "persoon", ["sanne", "yilmaz", "youssef"]],
    ["[10:01] sanne: ik bel moeder morgen\n[10:02] youssef: ok", "persoon", ["sanne", "youssef"]],
    ["[10:01] sanne: moet ik zijn moeder meer betrekken?\n[10:02] youssef: ja", "persoon", ["sanne", "youssef"]],
    ["[10:01] sanne: oude rekening was van polski bank\n[10:02] youssef: ok", "persoon", ["sanne", "youssef"]],
    ["[10:01] sanne: kees de valk, 61, komt vrijdag\n[10:02] youssef: ok", "persoon", ["sanne", "kees de valk", "youssef"]],
    ["[10:01] sanne: kees de valk, 61, komt vrijdag\n[10:02] youssef: ok", "leeftijd", ["61"]],
  ] as [string, Label, string[]][])("chat %j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("villages, districts, addresses and number keywords", () => {
  it.each([
    // a place that opens with "'t" stands alone in a table cell, after a comma or a slash
    ["| Sanne Vos | 1990 | 't Harde | schoonmaak |", "plaats", ["'t Harde"]],
    ["Deelnemers uit Houten, 't Goy en Schalkwijk.", "plaats", ["Houten", "'t Goy", "Schalkwijk"]],
    ["De familie Van 't Veld belde terug.", "plaats", []],
    // "'s" + a place written with a space instead of the hyphen
    ["Het bedrijf zit in 's Gravenmoer aan de rand van het dorp.", "plaats", ["'s Gravenmoer"]],
    ["Postadres: Kerkstraat 4, 5109 AB 's Gravenmoer", "plaats", ["'s Gravenmoer"]],
    ["Hij werkt 's avonds in de bediening.", "plaats", []],
    // villages of Steenwijkerland, Zwartewaterland, Brummen, Beuningen
    ["| Kees Bos | 2001 | Scheerwolde | tuinbouw |", "plaats", ["Scheerwolde"]],
    ["Leerbedrijf: Kwekerij Bos, Oldemarkt", "plaats", ["Oldemarkt"]],
    ["[10:14] bas: hij woont sinds kort in cellemuiden", "plaats", ["cellemuiden"]],
    ["Mevrouw Bakker (61) – Leuvenheim. Zoekt vrijwilligerswerk.", "plaats", ["Leuvenheim"]],
    // a word-like place counts after in/uit/naar: "hasselt", "made"; "houten" only when no noun follows
    ["[11:02] joris: is dat jongerenwerk in hasselt of in zwolle?", "plaats", ["hasselt", "zwolle"]],
    ["[11:05] anne: ze komt uit made, werkt in breda", "plaats", ["made", "breda"]],
    ["[11:08] anne: haar flat in houten is te duur geworden", "plaats", ["houten"]],
    ["De kinderen spelen in houten speelhuisjes.", "plaats", []],
    ["Er zaten made in het afval.", "plaats", []],
    // an ambiguous town after a town's own building, a district after a slash, a neighbourhood as a field value
    ["Afspraak om 10.00 uur in het gemeentehuis Hasselt.", "plaats", ["Hasselt"]],
    ["Wijkteam Galecop / Doorslag heeft een nieuwe coach.", "plaats", ["Galecop", "Doorslag"]],
    ["Naam: Fatma Yildiz\nWijk: Bloemenwijk\nTelefoon: onbekend", "plaats", ["Bloemenwijk"]],
    ["Het was een doorslag van de brief.", "plaats", []],
    // an industrial estate or business park after its head word
    ["Hij rijdt elke dag naar bedrijventerrein Wolfsberg.", "plaats", ["Wolfsberg"]],
    ["Zijn werkplek is op industrieterrein Hoogveld.", "plaats", ["Hoogveld"]],
    ["De loods staat op industrieterrein De Vaart.", "plaats", ["De Vaart"]],
    ["Het bedrijventerrein ligt naast de snelweg.", "plaats", []],
    // a list or pool before a region heads a list, no organisation; a place before a trade word is a firm's name
    ["Werkervaringsplekken Zuid-Limburg – stand juni", "plaats", ["Zuid-Limburg"]],
    ["Werkervaringsplekken Zuid-Limburg – stand juni", "instelling", []],
    ["Hij start als orderpicker bij Botlek Cold Storage in Rotterdam.", "plaats", ["Rotterdam"]],
    // a lower-case place name after an article is a noun; a word-like village needs a preposition
    ["[09:30] kim: hij heeft de sloten van de voordeur vervangen", "plaats", []],
    ["[09:31] kim: de auto (waarde ongeveer 3000 euro) is verkocht", "plaats", []],
    // a lower-case list: one word per inner item, no clause
    ["[09:40] kim: die man uit zwolle, hij is zestig en loopt met een stok", "plaats", ["zwolle"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // any compound on -nummer/-nr announces an id: no BSN, a dossiernummer
    ["Toeslagnummer volgens de brief: 111222333.", "dossiernummer", ["111222333"]],
    ["Toeslagnummer volgens de brief: 111222333.", "bsn", []],
    ["Zijn pasnummer bij de voedselbank is 123456782.", "dossiernummer", ["123456782"]],
    ["Zijn pasnummer bij de voedselbank is 123456782.", "bsn", []],
    // phone numbers and a BSN announced as such stay what they are
    ["Noodnummer van de opvang: 0612345678", "dossiernummer", []],
    ["Meine Telefonnummer ist +49 2871 4471209.", "dossiernummer", []],
    ["BSN volgens de brief: 111222333.", "dossiernummer", []],
    // a street without a street word after "woont op", before "in" + a lower-case known place
    ["[08:50] ilse: ze woont nu op Kerkeveld 7a in winschoten", "adres", ["Kerkeveld 7a"]],
    ["[08:51] ilse: hij woont op Kerkeveld 12 in ter apel sinds mei", "adres", ["Kerkeveld 12"]],
    ["[08:52] ilse: hij zit op Kamer 14 in afwachting van de uitslag", "adres", []],
    // a scheme or insurance on -ering before a year is no street
    ["- Mantelzorgwaardering 2024 aanvragen via het loket.", "adres", []],
    ["- Zorgverzekering 2025 overstappen voor 31 december.", "adres", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: trade heads, foreign firms and phrase names", () => {
  it.each([
    // a shop or trade word (also a German trade compound) + a name is the firm, also in a table cell
    ["Een kapsalon in Gronau, Salon Haarmonie, zoekt een hulp.", "instelling", ["Salon Haarmonie"]],
    ["Haar plan: een eigen zaak, Nailbar Svitlana, aan de Markt.", "instelling", ["Nailbar Svitlana"]],
    ["| Pieter Kuipers | 1971 | Denekamp | Agrartechnik Brookhuis | Bad Bentheim |", "instelling", ["Agrartechnik Brookhuis"]],
    ["| Olga Kowalska | 1988 | Losser | Kühldienst Vechte | Nordhorn |", "instelling", ["Kühldienst Vechte"]],
    ["Hij doet de afwas in Parkhotel Wiedenbrück, vier avonden per week.", "instelling", ["Parkhotel Wiedenbrück"]],
    ["Ze huurt een kamer in een pand van Studentenhuisvesting Kade in Tilburg.", "instelling", ["Studentenhuisvesting Kade"]],
    ["Daarna woonde hij in een kamertrainingscentrum van Kamertraining Baken in Oss.", "instelling", ["Kamertraining Baken"]],
    // a provider named "Thuis in" + its region, the region inside the name
    ["Hij woont in een groepswoning van Stichting Thuis in Twente aan de Esweg.", "instelling", ["Stichting Thuis in Twente"]],
    ["Ze kreeg begeleiding van Thuis in de Liemers, twee keer per week.", "instelling", ["Thuis in de Liemers"]],
    // a school class + op/van + an article-led name is the school
    ["Jesse zit in groep 6 op De Kleine Vos in Hoograven.", "instelling", ["De Kleine Vos"]],
    // a budget line's cost word + a capitalised payee closing the cell
    ["| Energie Zonnedak | € 132,00 |", "instelling", ["Zonnedak"]],
    ["Huur Ester Vallei ............ €   701,20", "instelling", ["Ester Vallei"]],
    // a volunteer project's name; a German adult school with its district
    ["(via het buddyproject Samen Verder)", "instelling", ["Samen Verder"]],
    ["Hij volgt een Deutschkurs bij de VHS Emsland Süd in Lingen.", "instelling", ["VHS Emsland Süd"]],
    // the owners named after a lower-case business word + "van" are persons, no organisation
    ["de varkenshouderij van Gerrit en Hennie Mulder aan de Dijk", "persoon", ["Gerrit", "Hennie Mulder"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // hard negatives: no organisation
    ["de varkenshouderij van Gerrit en Hennie Mulder aan de Dijk", "instelling", []],
    ["Ze voelt zich thuis in Drenthe en wil niet verhuizen.", "instelling", []],
    ["Thuis in Nederland spreekt hij geen Arabisch meer.", "instelling", []],
    ["| Huur Jan Smit | € 450,00 |", "instelling", []],
    ["- Participatiesubsidie: de werkgever vraagt 30% aan.", "instelling", []],
    ["Hij volgt de Mbo-opleiding Logistiek naast zijn werk.", "instelling", []],
    ["Betaald uit het budget Werkfit Jongeren (€ 8.000).", "instelling", []],
    ["Eindverslag traject \"Vader & Kind\"", "instelling", []],
    ["Aanmelden kan via het Vrijwilligerspunt in de bibliotheek.", "instelling", []],
    // a capitalised word without a vowel is an abbreviation, no person; initials stay a person
    ["Het bedrijf is verkocht in het kader van de Wsnp; de rest gaat naar de bank.", "persoon", []],
    ["Zijn huisarts heet Jan Arts, in Soest.", "persoon", ["Jan Arts"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons and ages: chat names, surnames with particles, ordinals", () => {
  it.each([
    // a unit ordinal after "sinds/vanaf zijn/haar" with a short preposition or adverb before the noun
    ["Hij heeft al sinds zijn vijfde op voetbal gezeten.", "leeftijd", ["vijfde"]],
    ["Hij mag vanaf zijn vierde op zwemles.", "leeftijd", ["vierde"]],
    ["Hij staat sinds zijn derde op rij onderaan de lijst.", "leeftijd", []],
    // the age reached yesterday, also in chat spelling
    ["[11:02] sem: ik ben gister 19 geworden dus taart", "leeftijd", ["19"]],
    ["Ze is eergister 85 geworden, feestje gehad.", "leeftijd", ["85"]],
    ["De wachtlijst is gisteren langer geworden.", "leeftijd", []],
    // an age compared in a group
    ["In de groep is Tamar met 19 de jongste deelnemer.", "leeftijd", ["19"]],
    ["Met 4 is dit de oudste groep van de school.", "leeftijd", []],
    // turning an age as of a date
    ["Zoon Daan wordt 18 per 1-9, dan vervalt de kinderbijslag.", "leeftijd", ["18"]],
    ["Hij wordt 67 per 1 maart en gaat dan met pensioen.", "leeftijd", ["67"]],
    ["Premie wordt 45 per 1-1 voor iedereen.", "leeftijd", []],
    // a caseload line: title, name, place, a dash and the age
    ["• mw. Henny Brouwer, Bladel – 58, werkt twee dagen.", "leeftijd", ["58"]],
    ["- dhr. Kok, Reusel – 71; geen actie", "leeftijd", ["71"]],
    ["• Klant Bladel – 58, werkt twee dagen.", "leeftijd", []],
    // a chat reply correcting an age in the message before it
    ["[10:01] ilse: haar broer is toch 14?\n[10:03] tom: 15 inmiddels, zit in de derde", "leeftijd", ["14", "15"]],
    ["[10:01] ilse: haar broer is toch 14?\n[10:03] tom: 3 inmiddels, afspraken gemist", "leeftijd", ["14"]],
    // a child named between a relation word and its age in brackets, even when the name is a word
    ["[14:10] lisa: zn dochter sky (4) gaat naar de opvang\n[14:11] joost: ok", "persoon", ["lisa", "sky", "joost"]],
    ["[14:10] lisa: zn dochter sky (4) gaat naar de opvang\n[14:11] joost: ok", "leeftijd", ["4"]],
    ["[14:10] lisa: zn dochter thuis (4) is ziek\n[14:11] joost: ok", "persoon", ["lisa", "joost"]],
    // a pet form of a first name in a chat
    ["[10:09] kim: heb jij nog wat gehoord van wimmie?\n[10:10] ilse: nee", "persoon", ["kim", "wimmie", "ilse"]],
    ["[10:09] kim: zet maar een bakkie klaar\n[10:10] ilse: top", "persoon", ["kim", "ilse"]],
    // the writer's short name after a sign-off, or a speaker's short name after a greeting
    ["[09:01] wilhelmina: is geregeld. gr wiep", "persoon", ["wilhelmina", "wiep"]],
    ["[09:01] wilhelmina: ik heb 200 gr", "persoon", ["wilhelmina"]],
    ["[09:01] marieke: klaar!\n[09:02] joost: dank, fijne dag mar", "persoon", ["marieke", "joost", "mar"]],
    // Frisian courtesy titles
    ["[14:02] sjoerd: ik wie by menear de boer\n[14:03] anne: goed", "persoon", ["sjoerd", "de boer", "anne"]],
    // a surname found after a particle spreads in lower case only with it
    ["[19:40] kim: dag meneer de Laat, het wordt laat vandaag\n[19:41] Kees de Laat: geeft niks", "persoon", ["kim", "de Laat", "Kees de Laat"]],
    // "Max" before an amount, an English question, Papiamento thanks
    ["Max € 250 per aanvraag, daarna beoordelen.", "persoon", []],
    ["Max Janssen belt morgen terug.", "persoon", ["Max Janssen"]],
    ["Can the school send the form to me?", "persoon", []],
    ["[14:18] shirley: top. masha danki", "persoon", ["shirley"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("districts, day-month dates and foreign ids", () => {
  it.each([
    // villages of the Kempen (Eersel, Veldhoven, Bladel, Reusel-De Mierden) and of Coevorden
    ["• mw. Anja de Bruin, Steensel – vraagt bijzondere bijstand aan.", "plaats", ["Steensel"]],
    ["Hij fietst dagelijks van Wintelre naar Eindhoven.", "plaats", ["Wintelre", "Eindhoven"]],
    ["Postadres: Hoofdweg 12, Dalerveen (gemeente Coevorden)", "plaats", ["Dalerveen", "Coevorden"]],
    ["| Joris Smit | 1990 | Netersel | bouw |", "plaats", ["Netersel"]],
    // a district on -veste is no housing corporation when the place lexicon knows it; a corporation on -veste is no place
    ["- fam. Hoekstra (Kloosterveste): huurachterstand bij de corporatie.", "plaats", ["Kloosterveste"]],
    ["- fam. Hoekstra (Kloosterveste): huurachterstand bij de corporatie.", "instelling", []],
    ["Zij huurt haar woning van Lekveste sinds vorig jaar.", "plaats", []],
    // an ambiguous place after "tussen" and before "en" + a known place is one end of a route
    ["Hij rijdt de taxibus tussen Oerle en Veldhoven-Dorp.", "plaats", ["Oerle", "Veldhoven-Dorp"]],
    ["We kiezen tussen Van Oerle en Jansen als begeleider.", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // a numbered list item opened by its day-month and a dash or colon
    ["Sollicitaties:\n1. 9-1 – vakkenvuller bij de supermarkt\n2. 14/1 – heftruckchauffeur", "datum", ["9-1", "14/1"]],
    ["Acties:\n3) 22-2 – formulier inleveren bij het loket", "datum", ["22-2"]],
    // a message or note described in brackets and closed by a comma + day-month
    ["Doorgestuurd (WhatsApp-bericht van de werkgever, 12-04)\n\nHallo,", "datum", ["12-04"]],
    ["Kopie (mail aan de budgetcoach, 3/11) staat in het dossier.", "datum", ["3/11"]],
    // scores, groups and counts in brackets or lists stay out
    ["De wedstrijd (thuis, 3-1) was spannend.", "datum", []],
    ["Ze zit in de klas (groep 3, 2/3) van juf Anne.", "datum", []],
    ["Uitslag:\n1. Ajax 3-1 PSV", "datum", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // a German pension insurance number after its keyword, with or without spaces
    ["Zijn Rentenversicherungsnummer is 12 030575 K 004, zie de brief.", "dossiernummer", ["12 030575 K 004"]],
    ["Sozialversicherungsnummer: 53 190862 M 017", "dossiernummer", ["53 190862 M 017"]],
    ["RV-Nummer laut Bescheid 65 120480 B 512", "dossiernummer", ["65 120480 B 512"]],
    // the same shape without its keyword is left alone
    ["Artikelcode 12 030575 K 004 in de catalogus.", "dossiernummer", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("a name or street before a clock time is no address", () => {
  it.each([
    // a chat export that heads each message with "Full Name HH:MM": the surname is no street, the time no house number
    ["Anouk van Dijk 13:02\nheb net gebeld met de voogd\n\nJeroen Mol 13:05\noke", "adres", []],
    ["Anouk van Dijk 13:02\nheb net gebeld met de voogd\n\nJeroen Mol 13:05\noke", "persoon", ["Anouk van Dijk", "Jeroen Mol"]],
    ["We spreken af op de Markt 12:30 uur, bij de fontein.", "adres", []],
    // a real address before a time of day keeps its house number
    ["Huisbezoek Dijk 13 om 13:30 uur, mevrouw is thuis.", "adres", ["Dijk 13"]],
    ["Ze woont aan de Kerkstraat 12, gesprek om 09:15.", "adres", ["Kerkstraat 12"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: trade + family name, phrase names, chat firms", () => {
  it.each([
    // a capitalised trade or goods compound + a family name is the firm, not a person
    ["Het loon van Bloemenexport Van Rijn kwam te laat.", "instelling", ["Bloemenexport Van Rijn"]],
    ["Ze naaide jarenlang tassen voor Lederwaren De Bruin.", "instelling", ["Lederwaren De Bruin"]],
    ["Verblijfplaats: Gezinshuis Hoekstra", "instelling", ["Gezinshuis Hoekstra"]],
    ["Werkplek: Groenvoorziening De Hoeve, locatie Industrieweg 8", "instelling", ["Groenvoorziening De Hoeve"]],
    ["Verblijfplaats: Gezinshuis Hoekstra", "persoon", []],
    // a lower-case trade compound + the owner's surname, or the surname + a product word, in a chat
    ["[10:02] anouk: hij werkt nu bij tuinbouwbedrijf jansen in de lier\n[10:03] bas: ok", "instelling", ["tuinbouwbedrijf jansen"]],
    ["[10:02] anouk: stuur je het contract van kwekerij van der pijl?\n[10:03] bas: ja", "instelling", ["kwekerij van der pijl"]],
    ["[10:02] anouk: ze zou de loonstroken van hendriks schoenen sturen\n[10:03] bas: top", "instelling", ["hendriks schoenen"]],
    ["hij heeft tien jaar bij smits meubelen gewerkt, nu zit ie thuis", "instelling", ["smits meubelen"]],
    ["[10:02] anouk: ik werk nu bij vd berg plantjes, 3 dagen\n[10:03] bas: ok", "instelling", ["vd berg plantjes"]],
    // ... not an ordinary noun or a pronoun after the head, nor a non-name before the product word
    ["[10:02] anouk: het bedrijf van de buurman is failliet\n[10:03] bas: jammer", "instelling", []],
    ["[10:02] anouk: hij werkt voor meer planten in de kas\n[10:03] bas: ok", "instelling", []],
    ["[10:02] anouk: ik heb van mijn moeder bloemen gekregen\n[10:03] bas: lief", "instelling", []],
    ["[10:02] anouk: het hoveniersbedrijf van zijn oom zoekt mensen\n[10:03] bas: ok", "instelling", []],
    // a shop named after its owner's first name, after a lower-case shop word
    ["[08:50] sanne: ze werkt 12 uur bij kapsalon Yasmin in de stad\n[08:51] ruud: ok", "instelling", ["kapsalon Yasmin"]],
    ["Ze werkt twee ochtenden bij nagelstudio Fleur.", "instelling", ["nagelstudio Fleur"]],
    // a club: prefix + article name, an acronym ending in VV, a lower-case prefix + town
    ["Hij wil weer naar de biljartclub BC Het Anker.", "instelling", ["BC Het Anker"]],
    ["Via de trainer van RKZVV kan hij meetrainen.", "instelling", ["RKZVV"]],
    ["[10:01] mo: hij voetbalt bij vv dalen\n[10:02] jan: leuk", "instelling", ["vv dalen"]],
    ["De BVV is opnieuw berekend; de MVV is nog niet verleend.", "instelling", []],
    // a named body + a compass region (also after a qualifying adjective)
    ["Uit het rapport van Ondernemerskompas Noord van 3 mei blijkt dat het plan haalbaar is.", "instelling", ["Ondernemerskompas Noord"]],
    ["Aanwezig: Anouk Mulder (Juridisch Steunpunt Zuid), Henk Zuidema", "instelling", ["Juridisch Steunpunt Zuid"]],
    ["Vordering namens Telecom Noord-Oost, in behandeling.", "instelling", ["Telecom Noord-Oost"]],
    ["Ze ging naar het Steunpunt Noord voor hulp.", "instelling", []],
    // camel-case names in brackets after a person or after a job title
    ["Aanwezig: Kees Timmers (FlexCo), Ewa Nowak (PackWorks)", "instelling", ["FlexCo", "PackWorks"]],
    ["Groet, Roy\njongerenwerker JongWest", "instelling", ["JongWest"]],
    ["Contact met Jan de Vries (LinkedIn) gelegd.", "instelling", []],
    // lexicon: a port authority and a school
    ["Hij werkt bij Groningen Seaports in Delfzijl.", "instelling", ["Groningen Seaports"]],
    ["Haar kleinzoon zit op Spieringshoek.", "instelling", ["Spieringshoek"]],
    // a lower-case article without apostrophe after a shop head, in a chat
    ["[10:01] mo: hij werkt in de boerderijwinkel t hofke\n[10:02] jan: ok", "instelling", ["boerderijwinkel t hofke"]],
    // a present-tense verb after a lower-case head is no name
    ["[09:10] kim: het restaurant draait slecht sinds de zomer\n[09:11] bo: ai", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons and ages: word-like chat names, ages in words", () => {
  it.each([
    // a full date, then the age reached
    ["Hij wordt in maart 2026 zesenvijftig.", ["zesenvijftig"]],
    ["Zij werd op 12 mei 2023 achttien.", ["achttien"]],
    // a subclause with "is geworden" last
    ["ze zegt dat ze vorige week 70 is geworden.", ["70"]],
    ["Hij is net dertig gewore en woont alleen.", ["dertig"]],
    // chat order and the clitic "ie"
    ["[08:52] lotte: ja maar 16 is ze nog, wordt pas in mei 17", ["16", "17"]],
    ["joost: en zn oom? ie is 58 denk ik", ["58"]],
    // the next age announced after an age
    ["Hij is zeventien, wordt achttien in juni.", ["zeventien", "achttien"]],
    // a couple's ages as a pair in brackets
    ["Echtpaar Jansen (84 en 80): geen vervoer meer.", ["84", "80"]],
    // hard negatives
    ["Het contract loopt twintig jaar en dan stopt het.", []],
    ["De woning is vorig jaar 100 geworden.", []],
    ["Hij wordt in maart 2026 ontslagen.", []],
    ["Hij werkte van 2019 (12 en 14) tot nu.", []],
    ["Om 9 is ze nog thuis.", []],
    ["De bus is 20 minuten te laat, wordt pas in mei 3 keer per uur.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "leeftijd")).toEqual(expected);
  });
  it.each([
    // an initial before a one-word firm that is also a surname: a person, also after a preposition
    ["De controle is gedaan door J. Heijmans (inspecteur) en een collega.", ["J. Heijmans"]],
    ["Gesprek met A. Heijmans over de aanvraag.", ["A. Heijmans"]],
    // a role-word surname in lower case after an abbreviated title
    ["Afspraak met dhr. arts op dinsdag.", ["arts"]],
    ["[09:05] gijs: dhr koster van hiernaast is verhuisd", ["gijs", "koster"]],
    // hard negatives
    ["Hij werkt bij Heijmans in Rosmalen.", []],
    ["Gesprek met mevrouw de arts over de uitslag.", []],
    ["mw. heeft de arts gebeld", []],
    ["dhr. notaris gebeld", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
});

describe("places, addresses, dates and numbers: villages, written day numbers, table ids", () => {
  it.each([
    // villages and a region the lexicon lacked
    ["Ze verhuist van Delfgauw naar Delft.", "plaats", ["Delfgauw", "Delft"]],
    ["De kassen in het Oostland zoeken nog seizoenskrachten.", "plaats", ["Oostland"]],
    ["De dagbesteding in De Wijk is op dinsdag.", "plaats", ["De Wijk"]],
    // "de wijk" as a word, and "De Wijk" with no preposition, stay out
    ["De wijk is onrustig sinds de zomer.", "plaats", []],
    ["Hij loopt elke dag door de wijk.", "plaats", []],
    // an ambiguous place on a letter's place-and-date line, or before a slash and a known place
    ["Aan de gemeente Wierden\n\nEnter, 3 juni 2024\n\nBetreft: bezwaar", "plaats", ["Wierden", "Enter"]],
    ["Goor, 14-05-2024\n\nGeachte heer,", "plaats", ["Goor"]],
    ["Het netwerk Kethel/Spaland komt donderdag bij elkaar.", "plaats", ["Kethel", "Spaland"]],
    ["Enter, dan kom je in het menu.", "plaats", []],
    // a family in a heading, a dash, then where they live
    ["2. Casus fam. Oosterhof – Goor\nMevrouw belde over de huur.", "plaats", ["Goor"]],
    // "goor" in lower case after in/uit when no noun follows
    ["die zit bij de jumbo in goor. morgen bel ik", "plaats", ["goor"]],
    ["Het kind zat in goor water te spelen.", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // a day of the month in words before a month name
    ["hij begint op eerste mei bij de kwekerij", "datum", ["eerste mei"]],
    ["de hoorzitting is op vijfentwintig juni om tien uur", "datum", ["vijfentwintig juni"]],
    ["Ze heeft op tweeëntwintig februari 2024 getekend.", "datum", ["tweeëntwintig februari 2024"]],
    ["Het gesprek is verzet naar negentien oktober.", "datum", ["negentien oktober"]],
    // impossible days, "een" (the article) and a compound stay out
    ["Op dertig februari kan het niet.", "datum", []],
    ["Ze had een april vol afspraken.", "datum", []],
    ["In de eerste mei-week is het kantoor dicht.", "datum", []],
    // year of birth: "geboren … en is van" + year
    ["Mevrouw is geboren in Accra en is van 1968. Ze kwam in 1995 hier.", "datum", ["1968"]],
    ["Hij is geboren in 1980 en is van 2010 tot 2015 getrouwd geweest.", "datum", ["1980"]],
    // a falling day-month with a hyphen before "van de" is a date, a fraction or a range stays out
    ["Besproken: de brief van 14-3 van de deurwaarder.", "datum", ["14-3"]],
    ["Hij belt 3/4 van de tijd niet terug.", "datum", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // addresses: a capitalised street without a street word after a verb of living + "op"
    ["ik stuur een brief, woont hij nog op Hoge Veld 12?", "adres", ["Hoge Veld 12"]],
    ["Ze woont nu op Ameland 3 jaar.", "adres", []],
    // a lower-case street after "op het"
    ["ze kan beginnen bij de bakker op het stationsplein 4, vanaf maandag", "adres", ["stationsplein 4"]],
    // a street after a lower-case place + comma in chat, with a hedge after the number
    ["ze is naar haar zus in waalwijk, Weidebloem 9 ofzo. ff checken", "adres", ["Weidebloem 9"]],
    ["ze zit in zwolle, Groep 7 ofzo", "adres", []],
    // a numbered meeting is no street ("-komst" is no abbreviated "-straat")
    ["Samenkomst 3 is op 2 oktober in het buurthuis.", "adres", []],
    // a lower-case unit pair as postcode under a street line before a known place
    ["Dhr. P. de Wit\nLindelaan 12 a\n7471km  GOOR", "postcode", ["7471km"]],
    ["Neem 2 x per dag\n1200mg  Paracetamol", "postcode", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // 4–5 digits after "…nummer bij ons/jullie is"
    ["Zijn personeelsnummer bij ons is 31877.", "dossiernummer", ["31877"]],
    ["Haar klantnummer bij jullie is 48213, toch?", "dossiernummer", ["48213"]],
    ["Patientnummer is 01234.", "dossiernummer", []],
    ["Het huisnummer bij ons is 12.", "dossiernummer", []],
    // a table column headed by two id words joined by a slash: an elfproef-valid number there is no BSN
    ["| Schuldeiser | Klantnummer/kenmerk | Bedrag |\n| --- | --- | --- |\n| Woonstad | 123456782 | € 80 |", "dossiernummer", ["123456782"]],
    ["| Schuldeiser | Klantnummer/kenmerk | Bedrag |\n| --- | --- | --- |\n| Woonstad | 123456782 | € 80 |", "bsn", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: head + article names, service + place, chat firms (2)", () => {
  it.each([
    // a bare lower-case shop, farm or firm word after a preposition + a surname or an article name
    ["hij haalt zijn brood bij bakkerij verkerk om de hoek", "instelling", ["bakkerij verkerk"]],
    ["ze kreeg een aanmaning van incassobureau dijkhuis vorige week", "instelling", ["incassobureau dijkhuis"]],
    ["mijn zoon werkt sinds maart bij slagerij de jong", "instelling", ["slagerij de jong"]],
    ["ze helpt op zaterdag bij manege de hoefslag", "instelling", ["manege de hoefslag"]],
    ["hij eet soms mee bij inloophuis de brug", "instelling", ["inloophuis de brug"]],
    ["het land staat op naam van maatschap hendriks-kroon", "instelling", ["maatschap hendriks-kroon"]],
    ["hij werkt bij de bakkerij de hele week", "instelling", []],
    ["ze werkt op kwekerij de laatste tijd", "instelling", []],
    ["via uitzendbureau de komende weken", "instelling", []],
    ["hij werkt bij bakkerij in de stad", "instelling", []],
    // a team before a place whose name runs on past its capitals is the place only
    ["Overleg met het Sociaal Team Wijk bij Duurstede over de aanvraag.", "plaats", ["Wijk bij Duurstede"]],
    ["Overleg met het Sociaal Team Wijk bij Duurstede over de aanvraag.", "instelling", []],
    ["Hij is aangemeld bij Team Hof van Twente.", "plaats", ["Hof van Twente"]],
    ["Hij is aangemeld bij Team Hof van Twente.", "instelling", []],
    ["Hij sport bij Team Sportservice Ede.", "instelling", ["Team Sportservice Ede"]],
    // a district office or an Ouder- en Kindteam in a district is the district
    ["De afspraak is op het Stadsdeelkantoor Escamp.", "plaats", ["Escamp"]],
    ["De afspraak is op het Stadsdeelkantoor Escamp.", "instelling", []],
    ["De moeder is aangemeld bij OKT Osdorp.", "instelling", []],
    // a named estate or riding school
    ["Na de opname woonde hij op Landgoed Zonnehoeve bij Den Dolder.", "instelling", ["Landgoed Zonnehoeve"]],
    ["Na de opname woonde hij op Landgoed Zonnehoeve bij Den Dolder.", "persoon", []],
    ["Ze wandelt elke dag over het landgoed achter het huis.", "instelling", []],
    ["Haar dochter rijdt bij manege De Hoef in Amstelhoek.", "instelling", ["manege De Hoef"]],
    // the village De Hoef
    ["Hij werkt bij Champignonkwekerij Van Dam in De Hoef, 32 uur.", "plaats", ["De Hoef"]],
    // a title opens no organisation
    ["Z-route voor mw. Taalschool: Taalcentrum Babel in Cuijk.", "instelling", ["Taalcentrum Babel"]],
    // an abbreviation with a full stop opens no sentence before "X wonen"
    ["Schulden bij vijf schuldeisers, o.a. Area wonen (huur), en de zorgverzekeraar.", "instelling", ["Area wonen"]],
    ["Hij had schulden. Samen wonen lukte niet.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons and ages: chat names, Teams 'Surname, First' speakers, ages (2)", () => {
  it.each([
    // Teams exports: "Surname, First HH:MM" alone on a line, two or more heads
    ["Wiegersma, Anouk 09:12\nGoedemorgen, ben je er al?\nRoeterdink, Martin 09:13\nJa, kom eraan.\nWiegersma, Anouk 09:15\nFijn.", "persoon", ["Wiegersma", "Anouk", "Roeterdink", "Martin", "Wiegersma", "Anouk"]],
    ["Tjoelker, Sanne 14:02\nHeb je de brief al?\nRoeterdink, Joost 14:05\nNog niet.", "persoon", ["Tjoelker", "Sanne", "Roeterdink", "Joost"]],
    // a single head is no Teams export
    ["Roeterdink, Joost 14:05\nNog niet.", "persoon", ["Joost"]],
    // not a name before the comma: a heading and an agenda item
    ["Agenda, punt 10:30\nOverleg\nVerslag, actie 11:00\nKlaar", "persoon", []],
    // a speaker whose name is also a verb form: the verb next to a subject pronoun, the name when addressed
    ["[09:01] ben: hoi sanne, hoe gaat het\n[09:02] sanne: goed! ik ben vandaag thuis. ben jij er morgen?\n[09:03] ben: ja, dank je sanne\n[09:04] sanne: top, dank je ben!", "persoon", ["ben", "sanne", "sanne", "ben", "sanne", "sanne", "ben"]],
    // a Hindu priest's title before a surname; Hindustani first names
    ["Mevrouw gaat naar de mandir; pandit Mahaboeroep heeft aangeboden te helpen.", "persoon", ["Mahaboeroep"]],
    ["De pandit komt morgen langs voor de zegening.", "persoon", []],
    ["Morgen komt Ankit langs voor de sleutel.", "persoon", ["Ankit"]],
    ["Ik heb Saurabh gisteren gesproken over zijn cv.", "persoon", ["Saurabh"]],
    // the age turned on a date written in words
    ["Ze wordt op twaalf mei negenentachtig en woont nog alleen.", "leeftijd", ["negenentachtig"]],
    ["Hij wordt op drie juni zeventig, zegt hij.", "leeftijd", ["zeventig"]],
    ["Ze wordt op twaalf mei ontslagen, zegt ze.", "leeftijd", []],
    // dialect "ok" (ook) before the age
    ["ik ben ok al eenenzeventig, dus dat gaat niet meer", "leeftijd", ["eenenzeventig"]],
    // a chat article "n" before a decade word
    ["de buurman is n zestiger, die helpt wel", "leeftijd", ["zestiger"]],
    ["dat is n vijftiger jaren stoel", "leeftijd", []],
    // the age first and the school year after it in a bracket after a name
    ["Kinderen: Jesse (16, 4 vwo op het Stedelijk) en Noor (8, groep 5).", "leeftijd", ["16", "8"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("places, addresses and numbers (2): districts, dialect streets, BSN in chat", () => {
  it.each([
    // a district in brackets after a place of several words
    ["Klant woont in Wijk bij Duurstede (Noorderwaard) met twee kinderen.", "plaats", ["Wijk bij Duurstede", "Noorderwaard"]],
    ["Woonplaats: Stad aan 't Haringvliet (Westhoek)", "plaats", ["Stad aan 't Haringvliet", "Westhoek"]],
    ["Woonplaats: Wijk bij Duurstede (Dorpsstraat)", "plaats", ["Wijk bij Duurstede"]],
    ["Rekening bij Kreissparkasse Grafschaft Bentheim (Girokonto) staat rood.", "plaats", []],
    ["Contact via Gemeente Alphen aan den Rijn (ABC), afdeling Werk", "plaats", ["Alphen aan den Rijn"]],
    // a place field with a time phrase before the colon; a place that is also a word as a field value
    ["Woonplaats sinds juni 2021: Doorn", "plaats", ["Doorn"]],
    ["Verblijfplaats per 1 maart: Putten", "plaats", ["Putten"]],
    ["Woonplaats: Best", "plaats", ["Best"]],
    ["Dat is de beste oplossing: Best van alles is rust.", "plaats", []],
    // a word-like place in lower case after in/uit/naar right before the end of a clause
    ["fam. de vries woont niet meer in laak, ze zijn verhuisd", "plaats", ["laak"]],
    ["kan iemand morgen langs in mill?", "plaats", ["mill"]],
    ["haar broer komt uit delft.", "plaats", ["delft"]],
    ["het is moeilijk te leiden.", "plaats", []],
    ["ze is erg geinteresseerd in dieren.", "plaats", []],
    ["dat bedrag staat in delft bij de bank", "plaats", []],
    // villages of De Ronde Venen and Stichtse Vecht
    ["Adres: Kerkweg 4, Loenersloot", "plaats", ["Loenersloot"]],
    ["hij werkt op een boerderij in waverveen", "plaats", ["waverveen"]],
    // a product name with an acronym after it is no place
    ["De cijfers staan in Power BI, vraag Sanne.", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // dialect street words (Brabants -straot, Twents -stroat)
    ["mien moeder woont aon de Molenstraot 14 in dorp", "adres", ["Molenstraot 14"]],
    ["die jonge van de kapelstraot 3 is weer nie gekomen", "adres", ["kapelstraot 3"]],
    ["Ze woont an de Dorpsstroat 21.", "adres", ["Dorpsstroat 21"]],
    // a remark in brackets between the house number and the postcode
    ["Tijdelijk adres: Reigerskamp 42 (bij moeder), 3605 AB Maarssen", "adres", ["Reigerskamp 42"]],
    ["Groep 7 (juf Anna), daarna naar huis", "adres", []],
    // a house number alone is no address
    ["Hij woont op huisnummer 17, de bel doet het niet.", "adres", []],
    ["Ze woont aan nummer 8 naast de kerk.", "adres", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // "in het dossier" names the case file, no number: an elfproef number after it is a BSN
    ["Wil je zijn BSN even in het dossier zetten? Ik heb alleen deze: 725763863", "bsn", ["725763863"]],
    ["Hij staat nog niet in het dossier vermeld, alleen zijn nummer: 725763863", "bsn", ["725763863"]],
    ["Dossiernummer: 725763863", "bsn", []],
    ["Het dossier 725763863 is gesloten.", "bsn", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("the list-of-first-names guard follows its regex (tabs, no blank after the comma, 'en' without commas)", () => {
  it.each([
    ["Aanwezig:\tLotte,\tBram,\tHanneke,\tRoos,\tSevda.", ["Lotte", "Bram", "Hanneke", "Roos", "Sevda"]],
    ["Aanwezig: Lotte en Bram en Roos en Sevda.", ["Lotte", "Bram", "Roos", "Sevda"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
});

describe("a street in brackets after a place is no district", () => {
  it.each([
    ["Ze woont in Gouda (Kleiweg) bij haar zus.", ["Gouda"]],
    ["Adres volgt, Tiel (Stationsstraat) of Kesteren.", ["Tiel", "Kesteren"]],
    // districts in brackets stay places
    ["Hij woont in Gouda (Korte Akkeren) sinds mei.", ["Gouda", "Korte Akkeren"]],
    ["Hengelo (Hasseler Es) heeft een wijkteam.", ["Hengelo", "Hasseler Es"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "plaats")).toEqual(expected);
  });
});

describe("organisation names: invented one-word and camel-case names, firms with a trade word, lower-case chat names", () => {
  it.each([
    // a camel-case coined name is an organisation also without a preposition: in a table cell, in brackets, as a subject
    ["| Ana Popa | 1990 | Medemblik | TuinPlus | in onderzoek |", ["TuinPlus"]],
    ["whatsapp jeroen bos (KustWerkt) – vandaag", ["KustWerkt"]],
    ["Zoals besproken: StadConnect organiseert in juni een avond.", ["StadConnect"]],
    // a lower-case smokehouse, market garden, brewery or smithy + an (adjective +) name after a preposition
    ["ze werkte tot vorige week bij rokerij de zeemeeuw in de haven", ["rokerij de zeemeeuw"]],
    ["hij helpt bij tuinderij de blauwe reiger met oogsten", ["tuinderij de blauwe reiger"]],
    ["die laptop is van brouwerij het anker", ["brouwerij het anker"]],
    // a place adjective + Bazaar is a named market
    ["Hij verkoopt zaterdags op de Haarlemse Bazaar tweedehands kleding.", ["Haarlemse Bazaar"]],
    // a plain trade word + a capitalised particle + a surname, or particle + surname + a goods word, is the family firm
    ["- Warme maaltijden van Traiteur Van Beek in Oosterbeek.", ["Traiteur Van Beek"]],
    ["Ze werkt sinds april bij Van Gerwen Paddenstoelen in Gemert.", ["Van Gerwen Paddenstoelen"]],
    // hard negatives: a person with a particle before an ordinary lower-case word
    ["Gesprek met mevrouw Van Gerwen over haar bouw plannen.", []],
    // hard negatives: apps, platforms, passes, transport and national helplines written in camel case; name prefixes
    ["Stuur het via WhatsApp of log in op MijnOverheid met je DigiD.", []],
    ["Ze kijkt YouTube en TikTok op haar PlayStation en betaalt met PayPal.", []],
    ["Met de RandstadRail naar het centrum; de BelastingTelefoon gebeld.", []],
    ["Hij heeft een GelrePas en praat via de JongerenChat.", []],
    ["Meneer McDonald belde terug.", []],
    // hard negatives: generic shop words, time adjectives and a bazaar without a place adjective
    ["kocht bij de brouwerij een krat en bij de rokerij vis", []],
    ["brood van bakkerij de nieuwe eigenaar", []],
    ["Hij verkoopt op de bazaar en op de Grote Bazaar in de stad.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
});

describe("places, addresses and dates: villages, lower-case chat places, years of birth in new frames", () => {
  it.each([
    // villages, island villages, former municipalities, Belgian and Ghanaian towns, English province names
    ["Gespreksverslag – mw. Kartodikromo, Zwartewaal", "plaats", ["Zwartewaal"]],
    ["* fam. Van 't Klooster, Eemdijk – aanvraag loopt", "plaats", ["Eemdijk"]],
    ["huisbezoek bij mw. kuipers in midsland", "plaats", ["midsland"]],
    ["| dhr. Cupido | Formerum-Zuid 12, Formerum | bijstand |", "plaats", ["Formerum"]],
    ["Intervisie team Westvoorne, donderdag", "plaats", ["Westvoorne"]],
    ["Hij had een stacaravan in De Panne tot vorig jaar.", "plaats", ["De Panne"]],
    ["ze komt uit tema in ghana", "plaats", ["tema", "ghana"]],
    ["the coordinator for the region North-Holland and South Holland", "plaats", ["North-Holland", "South Holland"]],
    ["Teams – chat Team Werk & Inkomen Flakkee", "plaats", ["Flakkee"]],
    ["ze woont in gommerwijk sinds mei", "plaats", ["gommerwijk"]],
    ["Hij zoekt werk in Achterberg of Elst.", "plaats", ["Achterberg", "Elst"]],
    ["hij komt uit korsou en slaapt bij een oom in wier", "plaats", ["korsou", "wier"]],
    // an ambiguous place after "in de buurt van"
    ["wie kent een cursus in de buurt van Gein?", "plaats", ["Gein"]],
    // a town on -kerk is no church in a team name
    ["Teams-chat Team W&I Heemskerk – di 9 april", "plaats", ["Heemskerk"]],
    // "in Den Haag" after a name is the preposition and the place, no surname "in den Haag"
    ["Haar nicht Shanti in Den Haag belt af en toe.", "plaats", ["Den Haag"]],
    // a lower-case place after "van" in a move
    ["verhuisd van den haag naar zoetermeer", "plaats", ["den haag", "zoetermeer"]],
    // an alley on -gang; a lower-case street after "naast"
    ["verhuisd naar Nathaliegang 23 in Palenstein", "adres", ["Nathaliegang 23"]],
    ["ingang via steeg naast kerkstraat 81.", "adres", ["kerkstraat 81"]],
    // years of birth: in words, "ik ben van '71", "geb.jaar" with a remark
    ["ze is geboren in negentien tachtig in tema", "datum", ["negentien tachtig"]],
    ["hij is geboren in negentienhonderd vierentachtig", "datum", ["negentienhonderd vierentachtig"]],
    ["En ikke ben van '71, wie neemt mij nog aan?", "datum", ["'71"]],
    ["(geb.jaar gecontroleerd: 1958)", "datum", ["1958"]],
    // a misspelled or dialect month
    ["de brief van 3 feberwarie", "datum", ["3 feberwarie"]],
    ["op 12 febuari 2024 gebeld", "datum", ["12 febuari 2024"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // hard negatives: ordinary words, first names, nouns on -gang, durations and plans
    ["Lies de Vries belde. Ze heeft pijn in haar lies.", "plaats", []],
    ["Dat is voor de gein.", "plaats", []],
    ["Meneer Achterberg belde over het wier op het strand.", "plaats", []],
    ["Hij gaat naar de Westerkerk.", "plaats", []],
    ["Jan in 't Veld belde.", "plaats", []],
    ["van huis naar huis en van werk naar werk", "plaats", []],
    ["een brief van den haag", "plaats", []],
    ["Loop naar Ingang 3 van het ziekenhuis.", "adres", []],
    ["Nooduitgang 2 is dicht, Zijingang 12 ook.", "adres", []],
    ["hij zit naast kamer 12", "adres", []],
    ["ik ben van 2019 tot 2021 werkloos geweest", "datum", []],
    ["ik ben van plan om te bellen", "datum", []],
    ["geboren in negen maanden, sinds tweeduizend negen hier", "datum", []],
    ["ze is geboren in november", "datum", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages in new frames and dialect number words; lower-case chat names", () => {
  it.each([
    // an age announced with a time between the verb and the number, or after a first age
    ["oh en hij wordt volgende week zesenzestig zei die, dus aow is nog niet aan de orde.", "leeftijd", ["zesenzestig"]],
    ["hij is achtenveertig en wordt in september negenenveertig, werkt al jaren in de kassen.", "leeftijd", ["achtenveertig", "negenenveertig"]],
    ["hij is twaalf, wordt dertien op 3 augustus. ik bin zelf 76 hè, ik kan nie alles", "leeftijd", ["twaalf", "dertien", "76"]],
    ["net goed. hy leit yn it MCL. en hy wurdt takom moanne 70", "leeftijd", ["70"]],
    // dialect pronouns, titles with a lower-case name, relation words, "die" with a word number
    ["zie is zesentachtig en het dat olle huus aan de Hoofdweg.", "leeftijd", ["zesentachtig"]],
    ["dhr. baas is zesenzestig, dus net geen AOW.", "leeftijd", ["zesenzestig"]],
    ["ik woon nou bij me zuster, me zuster is tweeënzeventig en ze kan de trap nie meer op", "leeftijd", ["tweeënzeventig"]],
    ["hij is zelf ook boer geweest, nu is ie zestig en afgekeurd.", "leeftijd", ["zestig"]],
    ["en neem je Mientje mee? die is gister tachtig geworden 🎉", "leeftijd", ["tachtig"]],
    ["ze is 29 btw, geen kinderen", "leeftijd", ["29"]],
    // dialect and Frisian number words
    ["ik bin zulf ook al zeuvenenzeuventig heur, ik kin dat papierwaark nait meer.", "leeftijd", ["zeuvenenzeuventig"]],
    ["Wat mot 'k noe nog? 'k Bin negenevieftig, d'r wil mien toch niemand meer hebbe.", "leeftijd", ["negenevieftig"]],
    ["Us jongste, Durk, is saventien en die werkt in 'e seumer bij de boer.", "leeftijd", ["saventien"]],
    ["zien vrouw is ziek, ze is twieënzestig of zo.", "leeftijd", ["twieënzestig"]],
    ["Ich bin 63 jaor en ich höb mien hiel leve gewirk.", "leeftijd", ["63"]],
    // a chat answer to "hoe oud", a name/age field, an English relation with a bracket
    ["sanne: hoe oud is die nu, 16?\npieter: 17 sinds vorige week\nsanne: pff.", "leeftijd", ["16", "17"]],
    ["Naam / leeftijd: Zofia / 11; Kuba / 7", "leeftijd", ["11", "7"]],
    ["His mother (62) is with us, she can not stay alone.", "leeftijd", ["62"]],
    // children's ages as a pair after "meiden" or "de twee middelste"
    ["ja twee meiden (6 en 9). ze vraagt of ze urgentie kan krijgen", "leeftijd", ["6", "9"]],
    ["de twee middelste (9 en 12) zitten op CBS De Wegwijzer.", "leeftijd", ["9", "12"]],
    ["de meiden hebben 3 en 4 uur gewerkt", "leeftijd", []],
    // hard negatives: durations, counts, amounts, things
    ["werkt sinds 2008 in de regio, laatst 11 jaar via Covebo in een distributiecentrum.", "leeftijd", []],
    ["Acht jaar basisonderwijs, daarna nationale dienstplicht (ruim 5 jaar). In die tijd werkte hij als monteur.", "leeftijd", []],
    ["ik ben 5 minuten te laat", "leeftijd", []],
    ["hij is 3 keer geweest", "leeftijd", []],
    ["zie is tien dagen weg", "leeftijd", []],
    ["de rekening wordt volgende maand 25 euro", "leeftijd", []],
    ["hij is zestig procent afgekeurd", "leeftijd", []],
    ["me vader is dertig jaar bij de mijn gewest", "leeftijd", []],
    ["ik ben al 3 jaar.", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // a chat stamp with a weekday and a day-month: the speakers are names
    ["[ma 17/6 10:14] wendy: spreekuur was vol vanochtend\n[ma 17/6 10:21] priya: die is van mij!\n[ma 17/6 10:30] fatima: en die meneer?", ["wendy", "priya", "fatima"]],
    // the dialect possessive "Mien" before a possessed noun is no name; an adverb or a rank word alone is none either
    ["Mien vrouw Mia is in november gesjtorve. Mien jóng Ramon wirkt in Aoke. Mien klantnummer is 40311875.", ["Mia", "Ramon"]],
    ["de huurachterstand, volgens dhr. ongeveer drie maanden;", []],
    ["Oudste (15) tolkt bij gesprekken, liever niet.", []],
    ["Mien Jansen belde gisteren.", ["Mien Jansen"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
});

describe("ages and chat names: misspelled number words, lists of children, initials and word-like names", () => {
  it.each([
    // the misspelling "achtien" is eighteen
    ["mien dochter jantine haalt m morgen op. ze is vandaag achtien geworden dus ze had wat anders an d'r kop", "leeftijd", ["achtien"]],
    ["Nathan is vorige week achtien geworden.", "leeftijd", ["achtien"]],
    // an age reached on a weekday, a coming age in a subclause, an age after a birthday with its day
    ["hij is zaterdag 18 geworden en valt nu uit de jeugdzorg", "leeftijd", ["18"]],
    ["hij heeft het koud en heeft gedronken, zei dat ie morgen zestig wordt lol", "leeftijd", ["zestig"]],
    ["trouwens mw kramer is jarig vandaag, wordt 60 🎉 ff kaartje vanuit het team?", "leeftijd", ["60"]],
    ["Ik breng een man in van eenenzestig, dhr. Koster.", "leeftijd", ["eenenzestig"]],
    // children's ages: the youngest few, a list before a baby
    ["Opvang voor de jongste twee (3 en 5). Haar moeder wil oppassen.", "leeftijd", ["3", "5"]],
    ["Drie kinderen (4, 2 en een baby van vier maanden). Partner werkt 16 uur.", "leeftijd", ["4", "2", "vier"]],
    // a relative with a lower-case name and an age in words
    ["- dochter gerdien is vorige week twintig geworden, zoon hendrik (achtien) zit op landstede", "leeftijd", ["twintig", "achtien"]],
    // hard negatives: a target group's range, a count of children, a coming temperature, generic "you"
    ["Intakeverslag Team Jongeren – aanvraag levensonderhoud 18-27 jaar", "leeftijd", []],
    ["Regeling voor jongeren 16-27 jaar.", "leeftijd", []],
    ["Het gaat om een man uit Genemuiden, vader van elf kinderen.", "leeftijd", []],
    ["ze zei dat het morgen 30 graden wordt", "leeftijd", []],
    ["de jongste twee weken waren druk", "leeftijd", []],
    ["de tweede achtien minuten", "leeftijd", []],
    ["zoon ook (twee)", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // a word-like first name described as a person of some age, and its later mentions as a subject
    ["Het gaat om Roos, een jonge vrouw van negentien uit Ravenstein. Roos krijgt sinds een halfjaar bijstand.", ["Roos", "Roos"]],
    // initials signing a note after a slash
    ["Akkoord TL Bram. Betaling rechtstreeks aan leverancier. Vlgd contact na 6 wkn. /IvD", ["Bram", "IvD"]],
    ["Uitkering beëindigen. Kaartje gestuurd 🙂 /BvH", ["BvH"]],
    // initials given in brackets after the name, and their other mentions
    ["- klant jan-willem bakker (jw), 23, lvb. woont zelfstandig\n- jw werkt 3 dagen op de zorgboerderij", ["jan-willem", "jw", "jw"]],
    // hard negatives: a word-like name without such a description, bodies' abbreviations, unrelated initials
    ["De roos in de tuin bloeit. Roos is een mooie bloem.", []],
    ["Storm, een man van zijn woord, hielp.", []],
    ["Ingeschreven bij de KvK. /KvK", []],
    ["Gemeld bij de officier. /OvJ", []],
    ["Aangevraagd. /UWV", []],
    ["Mevrouw Jansen (WW) krijgt een uitkering.", ["Jansen"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
});

describe("places, postcodes and dates: municipalities in new frames, unit-like postcodes after a street", () => {
  it.each([
    // a capital unit pair after a street + number + comma closing its clause is a postcode; not a file size or a distance
    ["yusuf: nee ze is verhuisd, nu Anklaarseweg 73, 7316 MB\nmarloes: 👍", "postcode", ["7316 MB"]],
    ["het bestand op de Hoofdstraat 3, 1250 MB groot", "postcode", []],
    ["de bijlage is 7316 MB groot", "postcode", []],
    ["hij rijdt 1200 KM per week", "postcode", []],
    // a canal word with a direction is a street; a bare "Kanaal 5" is a TV channel
    ["Hij woont sinds december op Kanaal Zuid 38. Daarvoor in Apeldoorn.", "adres", ["Kanaal Zuid 38"]],
    ["Hij keek naar Kanaal 5 en viel in slaap.", "adres", []],
    ["Het Kanaal Zuid is gestremd.", "adres", []],
    // a lower-case street word + number after "op de" and before "in" + a known place
    ["ze werkt bij die koffiebar op de markt 3 in elst", "adres", ["markt 3"]],
    ["ze staat op de lijst 3 in Zwolle", "adres", []],
    ["ze zit op de bank 2 in Deventer", "adres", []],
    ["we staan op de markt 3 in de stad", "adres", []],
    // an ambiguous municipality after a council word, in a visit heading after the family name, after a department team
    ["namens het college van burgemeester en wethouders van Epe,", "plaats", ["Epe"]],
    ["Huisbezoek gezin Al-Hassan – Epe\nDatum: 08-05-2024", "plaats", ["Epe"]],
    ["Aan: team Werk & Inkomen Putten\nDatum: 19-02-2024", "plaats", ["Putten"]],
    ["Het gezin – Best\nWe gaan door.", "plaats", []],
    ["Dat was de beste van het team Werk & Inkomen.", "plaats", []],
    ["De burgemeester van de stad was er ook.", "plaats", []],
    ["Ze heeft het best gedaan met het gezin.", "plaats", []],
    // a one-word generic service + a region is the region; a named organisation + region stays one name
    ["| Wietse Hoekstra | Voedselbank Haaglanden | 070-3931172 | uitgifte@voedselbankhaaglanden.nl |", "plaats", ["Haaglanden"]],
    ["| Wietse Hoekstra | Voedselbank Haaglanden | 070-3931172 | uitgifte@voedselbankhaaglanden.nl |", "instelling", []],
    // "in X wonen": the verb, not a "X wonen" housing organisation
    ["Mevrouw Ferreira zou in Leiria wonen en over twee weken teruggaan.", "plaats", ["Leiria"]],
    ["Mevrouw Ferreira zou in Leiria wonen en over twee weken teruggaan.", "instelling", []],
    ["Ze huurt bij Area wonen sinds mei.", "instelling", ["Area wonen"]],
    // villages in lower case after "uit"
    ["roos: mw de vries-lam uit wilsum heeft een auto geerfd", "plaats", ["wilsum"]],
    ["roos: iemand die dhr visser uit grafhorst kent?", "plaats", ["grafhorst"]],
    // a church congregation's own name is part of the organisation, not a place
    ["de kerkenraad van de Hersteld Hervormde Gemeente Sion hiervan hoort", "plaats", []],
    ["de kerkenraad van de Hersteld Hervormde Gemeente Sion hiervan hoort", "instelling", ["Hersteld Hervormde Gemeente Sion"]],
    ["lid van de Gereformeerde Gemeente Urk", "instelling", ["Gereformeerde Gemeente Urk"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // a day-month under a date or deadline column header; not under another header
    ["Actiepunten\n| wie | wat | wanneer |\n|---|---|---|\n| Henk | postadres | 17-09 |\n| Dewi | aanmelding | z.s.m. |\n| Marloes | agenda | 1-10 |", "datum", ["17-09", "1-10"]],
    ["| team | uitslag | wanneer |\n|---|---|---|\n| A | 3-1 | z.s.m. |", "datum", []],
    ["| wie | wat | score |\n|---|---|---|\n| Henk | quiz | 3-10 |", "datum", []],
    // the first line of a note, naming the place of the visit and closing with its day-month
    ["huisbzoek fam de jong te genemuiden, 3/12\naanwezig: mw jantje de jong", "datum", ["3/12"]],
    ["Ze woont in Zwolle. Groep 3, 2/3 van de klas\nx", "datum", []],
    ["intro\nze zat in groep, 3/4 van de tijd", "datum", []],
    // "00" + at most eight digits, unbroken, is too short for a foreign number: some other number
    ["| Zilveren Kruis | premie zorgverzekering | € 1.337,60 | 0017432281 |", "telefoon", []],
    ["bel hem op 0032470123", "telefoon", ["0032470123"]],
    ["tel: 0049 1512 3456789", "telefoon", ["0049 1512 3456789"]],
    // a closing bracket after a foreign number is no part of it
    ["Haar ouders in Osaka (+81 78 331 2290) willen dat we teruggaan.", "telefoon", ["+81 78 331 2290"]],
    // a personnel number held by an employer
    ["personeelsnr. bij oude werkgever 0418, ref. loonbeslag 0834127765", "dossiernummer", ["0418", "0834127765"]],
    ["personeelsnummer bij de werkgever in 2019 was anders", "dossiernummer", []],
    ["Patientnummer is 01234", "dossiernummer", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisation names: a trade word in any language + a name, brand-like phrase names", () => {
  it.each([
    // a name + an English or Dutch trade word is the firm, not a person
    ["Hij heeft 30 jaar als tufter gewerkt bij Van Wijhe Carpets en is ontslagen.", "instelling", ["Van Wijhe Carpets"]],
    ["Hüseyin Kaya (eigenaar Kaya Carpets) zoekt een magazijnmedewerker.", "instelling", ["Kaya Carpets"]],
    ["HR Business Partner, Skyline Data Centers", "instelling", ["Skyline Data Centers"]],
    ["eenmanszaak Yıldırım Vloerwerk (KvK-nr. 71234985)", "instelling", ["Yıldırım Vloerwerk"]],
    ["Zijn zaak, Öztürk Stucwerk, ging failliet.", "instelling", ["Öztürk Stucwerk"]],
    // a shop word in another language, or a shop compound on -huis, before a name
    ["Dhr. Aydın had tot maart 2021 een kapsalon, Kuaför Serkan, aan de Hoefkade 288.", "instelling", ["Kuaför Serkan"]],
    ["Wil werken in de winkel van haar oom (Bakkal Yılmaz, Hoofdstraat 212).", "instelling", ["Bakkal Yılmaz"]],
    ["ik neem een taart mee van Pasteleria Aziz", "instelling", ["Pasteleria Aziz"]],
    ["Bakkal Kaya is dicht", "instelling", ["Bakkal Kaya"]],
    ["offerte van Brillenhuis Wielens zit in dossier", "instelling", ["Brillenhuis Wielens"]],
    ["Aanbieder Z-route: Vrouwenhuis Amal, docent Samira Benali", "instelling", ["Vrouwenhuis Amal"]],
    // lower case in a chat: a name + an English trade word, a trade compound + "de" + a name, after a preposition
    ["om 11 heb ik de loonwaardemeting bij greenfields logistics", "instelling", ["greenfields logistics"]],
    ["hij zou zn loonstroken van vd berg logistics nog brengen", "instelling", ["vd berg logistics"]],
    ["dochter werkt bij tapijtfabriek de zwaan in genemuiden", "instelling", ["tapijtfabriek de zwaan"]],
    // a lower-case kind of business before capitalised words names it
    ["Bbz-aanvraag voor afhaalrestaurant Lotus Garden, Molenstraat 9", "instelling", ["Lotus Garden"]],
    ["een taaltraject bij taalaanbieder Lingua Maas. Daarnaast", "instelling", ["Lingua Maas"]],
    ["Jurrick gaat langs bij leerwerkbedrijf Aan de Slag Waterweg voor een BBL-plek.", "instelling", ["Aan de Slag Waterweg"]],
    ["eigen klusbedrijf \"Klushulp Zwaagdijk\". Levensvatbaarheid", "instelling", ["Klushulp Zwaagdijk"]],
    // a school named by two hyphenated capitalised parts
    ["als Jakob en Willemijn op de Eben-Haëzerschool zitten", "instelling", ["Eben-Haëzerschool"]],
    // a factory compound + a name: the bare name later is the firm too
    ["Annemiek (HR Tapijtfabriek Hulzebos).\nHulzebos zoekt zes productiemedewerkers.", "instelling", ["Tapijtfabriek Hulzebos", "Hulzebos"]],
    // a street-shaped organisation name after "aan/in de" is the street
    ["nagelstudio Lotus Nails aan de Hoogstraat. Btw-schuld", "instelling", ["Lotus Nails"]],
    ["contact met Bakkerij Het Gouden Korenaar in de Hoogstraat; de eigenaar", "instelling", ["Bakkerij Het Gouden Korenaar"]],
    // hard negatives
    ["Hij revalideert in De Hoogstraat in Utrecht.", "instelling", ["De Hoogstraat"]],
    ["Na het ongeluk is hij opgenomen in de Hoogstraat.", "instelling", ["de Hoogstraat"]],
    ["Het Brillenhuis is dicht. De Kuaför Hoofdstraat is open.", "instelling", []],
    ["bij de logistics afdeling, voor onze cleaning, van het catering team", "instelling", []],
    ["werkt bij kaashandel de hele week", "instelling", []],
    ["werkt bij een uitzendbedrijf. Maandag begint ze", "instelling", []],
    ["Hij doet vrijwilligerswerk. Het schilderwerk is klaar.", "instelling", []],
    ["de Montessori-basisschool en de taalschool", "instelling", []],
    ["Hüseyin Kaya belde; Kaya is 52.", "instelling", []],
    // a town adjective before a noun; a capitals-only abbreviation written as a surname
    ["hij heeft 31 jaar bij de Osse slachterij gestaan", "instelling", []],
    ["| Hu Jianping | 1968 | De Maten | Speeltuin De Bolderik |", "instelling", ["Speeltuin De Bolderik"]],
    ["Hij studeert aan de HU in Utrecht.", "instelling", ["HU"]],
    // "in X wonen" is where someone lives; a housing body "X wonen" after "bij" stays
    ["Mevrouw Ferreira zou in Leiria wonen en over twee weken teruggaan.", "instelling", []],
    ["Ze huurt bij Area wonen in Emmen.", "instelling", ["Area wonen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // the name in a firm's name is no person
    ["Dhr. Aydın had tot maart 2021 een kapsalon, Kuaför Serkan, aan de Hoefkade 288.", ["Aydın"]],
    ["Hij heeft 30 jaar als tufter gewerkt bij Van Wijhe Carpets en is ontslagen.", []],
    ["een taaltraject bij taalaanbieder Lingua Maas. Daarnaast", []],
    ["offerte van Brillenhuis Wielens zit in dossier", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
});

describe("places: Frisian and Cape Verdean places, misspelled villages, timeline dates", () => {
  it.each([
    // villages of Nieuwkoop and Súdwest-Fryslân; Cape Verde and the American Midwest abroad
    ["mw. bakker uit nieuwveen belde gister", "plaats", ["nieuwveen"]],
    ["ze is van de week uit zevenhoven gekomen", "plaats", ["zevenhoven"]],
    ["woont allinne op de pleats aan de Gaastmeerderweg 9 bij Gaastmeer. vrouw overleden", "plaats", ["Gaastmeer"]],
    ["| dhr. en mw. Bakker-Kingma | 60 en 58 | Blauwhuis | ruzie over het erf |", "plaats", ["Blauwhuis"]],
    ["komt uit Mindelo op het eiland São Vicente (Kaapverdië)", "plaats", ["Mindelo", "São Vicente", "Kaapverdië"]],
    ["| 3 jan. 2020 | verhuisd van Praia naar Rotterdam |", "plaats", ["Praia", "Rotterdam"]],
    ["broer woont in minneapolis, stuurt soms geld", "plaats", ["minneapolis"]],
    // the start of a route, not a surname
    ["Dhr. fietst elke dag van Balk naar Nijemirdum door Gaasterland.", "plaats", ["Balk", "Nijemirdum", "Gaasterland"]],
    // a long known place with two letters swapped, after in/uit/naar/te
    ["werkt bij een kwekerij in leimudien, 38 uur", "plaats", ["leimudien"]],
    ["broer Paweł in roelofarendsvene woont", "plaats", ["roelofarendsvene"]],
    // hard negatives: a congregation, a person "van" + a place-like surname, ordinary long words after "in"
    ["Dat is van de gemeente Gods, niet van de gemeente Katwijk.", "plaats", ["Katwijk"]],
    ["mevrouw van Gent naar Utrecht verhuisd", "plaats", ["Utrecht"]],
    ["hij zit in behandeling en in ondersteuning, uit voorzorg naar huisarts", "plaats", []],
    ["de kaag is een zeilboot", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // a court hearing announces a date; a day-month already used as a date is one where it recurs
    ["| Radka Ilieva | Lombardijen | zitting 9/4, uitspraak volgt |", "datum", ["9/4"]],
    ["10-03: klant belde, afsluiting stroom\n\nNB: 10-03 hierboven is ingevoerd zonder jaar", "datum", ["10-03", "10-03"]],
    // a lower-case street that opens with an adjective
    ["is dat die mevrouw van groene kruisweg 312?", "adres", ["groene kruisweg 312"]],
    ["verhuisd naar oude kerkstraat 4, sinds mei", "adres", ["oude kerkstraat 4"]],
    ["die van lange nieuwstraat 12?", "adres", ["lange nieuwstraat 12"]],
    // hard negatives: an impossible date, a football score, ordinary adjective + road phrases
    ["geb.datum in paspoort 01-01-1978, in suite staat 31-02-1978?? laten corrigeren", "datum", ["01-01-1978"]],
    ["uitslag 3-1 gewonnen. 3-1 was mooi", "datum", []],
    ["de lange weg 3 km verder, een grote weg 12 jaar geleden, op de brede laan 5 minuten", "adres", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages in Frisian and spoken frames, names that are month or word names", () => {
  it.each([
    // Frisian number words as an age
    ["dhr hylke de jong, twaensechstich, woont allinne op de pleats", "leeftijd", ["twaensechstich"]],
    // an age column: ages in words and a couple on one row
    ["| wie | leeftijd | dorp |\n|---|---|---|\n| dhr. Hendrik Postma | zesenvijftig | Nijhuizum |\n| dhr. en mw. Bakker-Kingma | 60 en 58 | Blauwhuis |", "leeftijd", ["zesenvijftig", "60", "58"]],
    // a unit word and months in brackets after names in a list
    ["kids: Kiara (zes) en Leandro (tien maanden)", "leeftijd", ["zes", "tien maanden"]],
    // a month-like first name after a relation word with an age in brackets
    ["Haar zus Mei (14) woont nog thuis. In mei is moeder verhuisd.", "persoon", ["Mei"]],
    ["haar dochter April (6) en zoon Bas", "persoon", ["April", "Bas"]],
    // first names and surnames
    ["De vader van Jayden, Rigoberto, is 23 en zit vast.", "persoon", ["Jayden", "Rigoberto"]],
    ["Goedemorgen Sharella, beterschap voor Djaimy! Zullen we bellen?", "persoon", ["Sharella", "Djaimy"]],
    ["Eigenaar Rouwhorst is tevreden.", "persoon", ["Rouwhorst"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // durations, counts, months and states stay out
    ["Hij woont al vijftien jaar in Gaastmeer.", "leeftijd", []],
    ["| wie | leeftijd | uren |\n|---|---|---|\n| dhr. Postma | 58 | 20 en 12 uur |", "leeftijd", ["58"]],
    ["Bijlagen: Rapporten (twaalf) en brieven (zes)", "leeftijd", []],
    ["In mei (2024) verhuisd, in april (week 14) gebeld.", "persoon", []],
    ["De zoon van Mei (12 jaar) belde.", "persoon", []],
    ["Gesprek 14/3: mw. overstuur, kan geen Nederlandse brieven lezen", "persoon", []],
    ["Gesprek met dhr. Moe over zijn schulden", "persoon", ["Moe"]],
    ["Hij komt uit Mazar-i-Sharif.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisation names: brand and phrase names, one-word firms in context, false hits on places and teams", () => {
  it.each([
    // a name + a trade word (a shop or binding compound, a German trade word) is a firm, not a person
    ["| Incassobureau Van Dijk & Vos | € 1.128,33 | namens Mondria Thuiswinkel |", "instelling", ["Incassobureau Van Dijk & Vos", "Mondria Thuiswinkel"]],
    ["Yes, I start at 14 October at Floravita Bloembinderij in Rijnsaterwoude, 32 hours.", "instelling", ["Floravita Bloembinderij"]],
    ["| Otto Versand | 77120045893 | € 412,90 |", "instelling", ["Otto Versand"]],
    // a care or work provider named in brackets after its kind
    ["z'n vrouw werkt nog 16 uur bij de thuiszorg (Aafje). dochter sandra helpt.", "instelling", ["Aafje"]],
    ["Zij werkt bij het verpleeghuis (Laurens) als helpende.", "instelling", ["Laurens"]],
    // a coined first word before company words spreads alone
    ["Hij werkte via uitzendbureau Poldex Personeel B.V. in de kassen. Cliënt levert de loonstroken van Poldex aan.", "instelling", ["Poldex Personeel B.V.", "Poldex"]],
    // hard negatives
    ["Onderwerp: aanmelding proefplaatsing – scheepswerf Lemmer", "instelling", []],
    ["Hij werkt al jaren bij de scheepswerf in Lemmer.", "instelling", []],
    ["Zij werkt bij de thuiszorg (Rotterdam) en hij bij de thuiszorg (zie bijlage).", "instelling", []],
    ["Hulp van de thuiszorg (Wmo) en bij de werkgever (UWV) gemeld.", "instelling", []],
    ["Otto belde vanmiddag over zijn Versand-pakket. Thuiswinkelen doet ze niet.", "instelling", []],
    // a surname opening a firm's name does not spread to the person
    ["Hij werkte bij Bakker Transport B.V.; mevrouw Bakker belde.", "instelling", ["Bakker Transport B.V."]],
    ["bewindvoerder Frank Lippens, Lippens Bewind & Mentorschap. Lippens heeft dit omgezet.", "instelling", ["Lippens Bewind"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    ["| Incassobureau Van Dijk & Vos | € 1.128,33 | namens Mondria Thuiswinkel |", []],
    ["| Otto Versand | 77120045893 | € 412,90 |", []],
    ["z'n vrouw werkt nog 16 uur bij de thuiszorg (Aafje). dochter sandra helpt.", ["sandra"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
});

describe("the dialect-possessive, route-start and word-like-name guards follow their regexes (a tab for a blank)", () => {
  it.each([
    ["Mien\tvrouw Mia is ziek.", "persoon", ["Mia"]],
    ["Hij reist van Balk\tnaar Sneek.", "plaats", ["Balk", "Sneek"]],
    ["Het gaat om Roos,\teen jonge vrouw van negentien.", "persoon", ["Roos"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: lower-case regional and family firms, Asian restaurant names, coined firms explained by their kind", () => {
  it.each([
    // a lower-case work or help compound + a compass word or region is a regional organisation in a chat
    ["ik heb gebeld met anja van boerenhulp noord, zij zoeken nog iemand", "instelling", ["boerenhulp noord"]],
    ["hij werkt nu via groenwerk west in de plantsoenen", "instelling", ["groenwerk west"]],
    // a lower-case family firm: surname + craft or legal form, after a bracket, a firm noun or "bij van de"
    ["er ligt beslag op zijn loon (wolters metaal in rijssen)", "instelling", ["wolters metaal"]],
    ["hij heeft een vacature bij zn bedrijf elzinga installatietechniek", "instelling", ["elzinga installatietechniek"]],
    ["misschien iets bij van de ven grondwerken in gestel?", "instelling", ["van de ven grondwerken"]],
    ["hij werkte bij stratenmakersbedrijf de bruijn bv tot zijn rug kapot ging", "instelling", ["de bruijn bv"]],
    // formulaic Asian restaurant names are firms, no persons
    ["eigenaar Lucky Garden (afhaal) sluit per 1 maart", "instelling", ["Lucky Garden"]],
    ["Owner Jade Paleis, Leek", "instelling", ["Jade Paleis"]],
    // a coined one-word firm explained by its kind right after it
    ["De wasmachine komt van Fiksit, een kringloopwinkel in Dronrijp.", "instelling", ["Fiksit"]],
    ["hij werkt via flexmasters (uitzendbureau) in de nacht", "instelling", ["flexmasters"]],
    // hard negatives: "bv" for "bijvoorbeeld", an occupational surname as a common noun, an article before the compound,
    // a first name or a common word before its kind
    ["ik zou bij de bakker bv vragen of hij iemand zoekt", "instelling", []],
    ["hij gaat in de zomer bij de boer fruit plukken", "instelling", []],
    ["voor de bakker brood bezorgen, dat wil hij wel", "instelling", []],
    ["hij loopt via het werk noord naar huis", "instelling", []],
    ["Hij kocht het van Ahmed (kapsalon om de hoek).", "instelling", []],
    ["Ze bestelt alles via internet (webwinkel).", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    ["eigenaar Lucky Garden (afhaal) sluit per 1 maart", []],
    ["Owner Jade Paleis, Leek", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
});

describe("places, addresses, dates and numbers: day-month notes, date-of-birth columns, creditor ids, provinces in brackets", () => {
  it.each([
    // a note opening with its day-month and a title + name; a day-month after a payment word
    ["12/3 dhr. Ruiz Monteiro belde: nieuw rekeningnr, graag aanpassen.", "datum", ["12/3"]],
    ["Gecheckt: uitbetaald 29-08 op de rekening van de klant.", "datum", ["29-08"]],
    // a bare year of birth in a column of dates of birth
    ["tijd\tklant\tgeb.datum\trelatienr\tonderwerp\n09:30\tFaduma Nur Abdi\t1990-07-23\t7712410\tinkomstenopgave\n10:00\tPietje Boon\t1958\t7709981\tIOAW", "datum", ["1990-07-23", "1958"]],
    // an abbreviated place header and a country column
    ["klantnr\tnaam\tgeb\twoonpl\thuishouden\n5541177\tÖztürk, S.\t1979\tKessel\tgehuwd\n5541268\tKuipers, Ben\t1995\tHelden\tsamenwonend", "plaats", ["Kessel", "Helden"]],
    ["Naam\tGeb.\tLand\tWerkgever\nAndrzej Kowalczyk\t1968\tPolen\tOTTO Work Force", "plaats", ["Polen"]],
    // creditor ids in an invoice column: a sixteen-digit payment reference, letters + digits split by a hyphen
    ["schuldeiser\tfactuurnummer\tbedrag\nCJIB\t2024118877640031\t€ 418,00\nAutobedrijf Kikkert\tF2024-1187\t€ 1.050,00", "dossiernummer", ["2024118877640031", "F2024-1187"]],
    ["Schuldeiser\tFactuur-/dossiernr.\tBedrag\nGerechtsdeurwaarders Hovens & Partners\tHP24-30771\t€ 1.870,12", "dossiernummer", ["HP24-30771"]],
    // the Frisian village street
    ["Dhr. Jansma (52) wennet mei syn mem oan de Buorren 11 yn Hallum.", "adres", ["Buorren 11"]],
    // a place with its province in brackets; a place opening with an article before an apposition
    ["dhr. Schipper verhuist per 1-11 naar Een (Drenthe); dossier overdragen aan Noordenveld.", "plaats", ["Een", "Drenthe", "Noordenveld"]],
    ["Mijn dochter is 16 en gaat naar school in Den Burg, mijn zoon woont nog bij mijn moeder.", "plaats", ["Den Burg"]],
    // villages, a district and a Frisian region name
    ["mw. Bos uit Lucaswolde en haar zus willen samen aan de slag.", "plaats", ["Lucaswolde"]],
    ["\"Ik bin in 1965 mei Hendrik nei Brabân kommen,\" zegt ze.", "plaats", ["Brabân"]],
    ["Oksana Kravchenko woont aan de Meterikseweg 9, Meterik.", "plaats", ["Meterik"]],
    ["Hij krijgt een studio op Zeeburgereiland; de sleuteloverdracht is vrijdag.", "plaats", ["Zeeburgereiland"]],
    // false hits: a district's water, a lodging park, a congregation
    ["Hij was schipper op een rondvaartboot op het Reitdiep en heeft 12 jaar bij Defensie gezeten.", "plaats", []],
    ["Hij woonde in de huisvesting van het uitzendbureau op Logiespark De Appelhof, ook in Deil.", "plaats", ["Deil"]],
    ["Mevrouw is actief in Evangelie Gemeente De Bron in Schijndel.", "plaats", ["Schijndel"]],
    // hard negatives
    ["Ze woont in Reitdiep, vlak bij de school.", "plaats", ["Reitdiep"]],
    ["Hij werkt voor Gemeente De Bilt.", "plaats", ["De Bilt"]],
    ["Jan in den Bosch, mijn zwager, kwam mee.", "persoon", ["Jan in den Bosch"]],
    ["Ze kreeg 3/4 van de toeslag uitbetaald.", "datum", []],
    ["Schuldeiser\tFactuurnummer\tBedrag\nBol.com\t2024\t€ 20,00", "dossiernummer", []],
    ["Hij koos uit Een of twee opties (Drenthe heeft er meer).", "plaats", ["Drenthe"]],
    ["| Schuldeiser | Land | Kenmerk |\n| Wurmtal Energie GmbH | D | 70044185 |\n| CJIB | NL | 9012344718 |", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages: dialect number words, ages in words after a name, children's ages in words", () => {
  it.each([
    // number words in dialect spelling, spaced or hyphenated compounds, no diaeresis
    ['Hij zegt: "Ik bin nou zeuven en vieftig, wat mot ik nog?"', ["zeuven en vieftig"]],
    ['"Hee wordt in juni al een-en-zeventig, he\'j dat wal dacht?"', ["een-en-zeventig"]],
    ['Ze zegt: "ik bin ek al achtenseventich." Het huis is oud.', ["achtenseventich"]],
    ["Ik ben drieenvijftig mevrouw, ik wil ook werken.", ["drieenvijftig"]],
    ['"Ons Teun is nog mar zeuventien, die mot nie alleen wonen."', ["zeuventien"]],
    ["[08:58] mieke: jos 🎂 hae is vandaag vieftig gewore, wis se dat neet??", ["vieftig"]],
    // a name or a one-word subject + "is" + an age in words
    ["Roos is eenendertig, Klaas wordt volgende maand veertig.", ["eenendertig", "veertig"]],
    ["- vrouw blessing is negenentwintig, werkt 's nachts in de schoonmaak", ["negenentwintig"]],
    ["mol is achtendertig, roos is eenendertig. ze wonen bij haar ouders.", ["achtendertig", "eenendertig"]],
    ["dochter Sterre is zeventien, zoon Mees twaalf.", ["zeventien", "twaalf"]],
    ["Radu is de jongste: negentien, net twee maanden in Nederland.", ["negentien"]],
    ["Hij is sinds 2 januari zestien en komt steeds later op school.", ["zestien"]],
    ["Volgens de buren is hij ouder, maar hij is negenenzestig volgens de papieren.", ["negenenzestig"]],
    ["- oma komt uit Kumasi, ze is rond de zeventig zegt ze, niemand weet het precies", ["rond de zeventig"]],
    ["Shu, geboren in Willemstad (nr. 4), werd achttien in december.", ["achttien"]],
    // children's ages in words, an ordinal age, a sex letter before the age, a counted list in brackets
    ["Ze hebben twee kinderen van vijf en negen; zij is ook moeder van drie.", ["vijf", "negen"]],
    ["Hodan kwam op haar achtste via gezinshereniging naar Nederland.", ["achtste"]],
    ["1. dhr. Farid Sultani en mw. Zarghuna Sultani, V, 45. Wonen in Notter.", ["45"]],
    ["5541093\tBakker-Rutten, M.\t1987\tEgchel\teenoudergezin, 2 kn (5/9)\tpt bij Bakkerij Bakker", ["5", "9"]],
    // hard negatives: durations, counts, amounts, the weather, dates
    ["Bbz-aanvraag, 12 jaar zelfstandig", []],
    ["Hij werkt vijf en twintig uur per week.", []],
    ["Totaal is vijftig. Het is twintig over tien.", []],
    ["Ze is moeder van drie en werkt al vijf jaar.", []],
    ["Het werd twintig in juli, dus warm.", []],
    ["Overleg over 2 kinderen op 5/9, daarna 3 kn (4/7).", []],
    ["de prijs is vijfenveertig, de huur is vijfhonderd.", []],
    ["Lijn is vijftig. Hij is sinds mei twintig uur aan het werk.", []],
    ["Ze zijn al achtentwintig jaar getrouwd, sinds 1996.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "leeftijd")).toEqual(expected);
  });
});

describe("persons: word-like names spread from a full name, signing initials, pinyin names, nicknames in quotes", () => {
  it.each([
    // a word-like first name or surname spread from a full name: before a copula + an age, alone on its closing line,
    // after an initial, mid-sentence before a comma
    ["Bij mw. Roos Winter en dhr. Klaas Groen. Roos is eenendertig, Klaas wordt veertig.", ["Roos Winter", "Klaas Groen", "Roos", "Klaas"]],
    ["Van: Roos Visser\nAan: team\n\nGraag direct verwijderen.\n\nThanks!\nRoos\n", ["Roos Visser", "Roos"]],
    ["Woont met mw. J. Zwart (Jildou) in Vught. Zwart heeft een mbo-4 afgerond.", ["J. Zwart", "Jildou", "Zwart"]],
    ["Doorgestuurd naar adviseur R. Kerkhof. Levensvatbaar volgens Kerkhof, mits de vergunning rond komt.", ["R. Kerkhof", "Kerkhof"]],
    // initials signing off after a slash at the end of a note, also with a lower-case particle letter
    ["Check of het signaal in het dossier staat.\n/GvB", ["GvB"]],
    ["Hij belt terug op 06 18 92 74 30. /MV", ["MV"]],
    // Chinese names in pinyin whose parts are months or words
    ["His wife Li Mei also asks about work.", ["Li Mei"]],
    ["Vervolg: Li Na mailt het rooster naar de werkgever.", ["Li Na"]],
    ["do 11/4\t14.00\tLi Mei Chen\tHoogstraat 46", ["Li Mei Chen"]],
    // a kinship word + a lower-case word + an age, then its other mentions
    ["haar zoon storm is 17 en wil van school af. en storm mag gewoon mee", ["storm", "storm"]],
    ["- vrouw blessing is negenentwintig\n- oma (moeder van blessing) komt uit kumasi", ["blessing", "blessing"]],
    // a nickname in quotes, then its other mentions in any case
    ["naam: Shurandy Martina, noemt zich \"Shu\"\n- actie: shu levert de loonstroken aan", ["Shurandy Martina", "Shu", "shu"]],
    ["- kwabena ('lucky') zit thuis\n- afgesproken: lucky komt ma 17/3 langs", ["kwabena", "lucky", "lucky"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
  it.each([
    // hard negatives: the words as words, a copula + a number that is no age, an organisation in capitals, Dutch words
    // before a Chinese syllable
    ["het was storm en de storm ging pas om tien uur liggen", []],
    ["een rode roos in de tuin; roos is een bloem", []],
    ["De koning is 57 jaar oud.", []],
    ["Joost Koning belde. Zwart is de kleur van de map, zegt Koning.", ["Joost Koning", "Koning"]],
    ["ik reis met de GVB\n- GVB", []],
    ["de rente is 17 procent en de huur is 650", []],
    ["Na Li gaat hij naar huis. Ma Li is een gerecht.", []],
    ["zoon heeft een zware storm (2) meegemaakt", []],
    ["Mw. zegt zelf \"op\" te zijn.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
});

describe("a phone number after an amount in cents", () => {
  it.each([
    ["Klarna\t0831224907\t€ 389,00\t020 - 808 27 33", ["020 - 808 27 33"]],
    ["Zilveren Kruis\trelatienr 203948176\t€ 655,00\t071 751 00 52", ["071 751 00 52"]],
    ["kosten 389,00 020-8082733", ["020-8082733"]],
    // hard negatives: two numbers joined by a comma stay two phone numbers; a bare amount is no phone
    ["bel 0612345678,0687654321", ["0612345678", "0687654321"]],
    ["huur € 1.012,00 per maand", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "telefoon")).toEqual(expected);
  });
});
describe("ages: dialect quotes, coming ages, children fields in words", () => {
  it.each([
    // dialect quotes: an adverb ("now", "d'r"), a spaced compound, a dialect possessive before an ordinal, a dialect
    // verb, month and relation word, an article before the name, "ewodde"/"gewore" after the age, Frisian "sauntich"
    ['"Ik bin now vief en zeuventig, ik hoef niks meer."', ["vief en zeuventig"]],
    ['"Sinds zien achttiende krieg ie niks meer van zien vader."', ["achttiende"]],
    ['"Mien zeune Gerrit, wördt volgende maond vieftig en hi\'j wet nog niks."', ["vieftig"]],
    ['"Ik bin d\'r achtenvieftig, wie wil mien nog hebben?"', ["achtenvieftig"]],
    ['"Mien vrouw, de Hanna, is vorrig joar zestig ewodde, die krig niks."', ["zestig"]],
    ["[09:12] ine: nae, dae is vief gewore in mei.", ["vief"]],
    ["Haar mem is sauntich en woont in Drachten.", ["sauntich"]],
    // a unit word as the coming age after a first age; a year of birth with "van", then the age
    ["Zoon Daan is 5 en wordt in maart zes. Hij zit in groep 2.", ["5", "zes"]],
    ["Ze is van 1971 en dus vierenvijftig, en wil graag werken.", ["vierenvijftig"]],
    // "is nu N" after a sentence with a firm's abbreviation; "en is N" before a bracket; a neighbour's child "van N"
    ["Hij heeft 20 jaar bij Gebr. Smit gewerkt, is nu vijftig en zoekt werk.", ["vijftig"]],
    ['Haar vader, Jan Bos, woont bij haar in en is negentig ("hij is nog kwiek").', ["negentig"]],
    ["De oppas is een buurjongen van zeventien; dat gaat goed.", ["zeventien"]],
    // a children field with ages in words; an English relation word with a hyphenated name
    ["- kids: noah (zeven), liam (vier) en een baby", ["zeven", "vier"]],
    ["mw is veertig, twee kinderen: Roos van twaalf en Mees van zes. ze werkt.", ["veertig", "twaalf", "zes"]],
    ["My daughter Anna-Lena is 9 and goes to school in Utrecht.", ["9"]],
    // hard negatives: a group's band from 0, a work-history entry, counts and durations, units without an age before
    ["Er wonen 52 mensen, onder wie 16 kinderen tussen 0 en 17 jaar.", []],
    ["Werk herkomstland: 10 jaar school; 5 jaar kok in Aleppo, daarna taxi.", []],
    ["Hij is zes keer te laat gekomen en ze is vier dagen ziek.", []],
    ["Het pakket is drie en de rest volgt later.", []],
    ["Het werk is 5 en wordt in maart zes uur per week.", []],
    ["Kinderen: geen. Huisdieren: twee katten (vier en zes).", []],
    ["Hij is van 1980 en nu werkloos.", []],
    ["Zij is van 1990 en dus 12 uur per week beschikbaar.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "leeftijd")).toEqual(expected);
  });
});

describe("places, addresses, dates and numbers: Liemers and Tholen villages, Frisian 'yn', Low Saxon years of birth, payment references", () => {
  it.each([
    // villages of the Liemers, Rheden and Tholen; word- or surname-like ones after a place preposition
    ["de wit van kerkstraat 17 in babberich?", ["babberich"]],
    ["Sofiia zit op Basisschool De Zonnewijzer, Giesbeek", ["Giesbeek"]],
    ["14-03-2025\t11:00\thuisbezoek Tolkamer\tIngrid", ["Tolkamer"]],
    ["Dagbesteding bij Ontmoetingscentrum De Hazelaar in De Steeg bespreken.", ["De Steeg"]],
    ["Hij werkt bij Vogelaar Groenvoorziening in Poortvliet.", ["Poortvliet"]],
    ["Jan Thijssenweg 61, 2289 AH Rijswijk (wijk Te Werve).", ["Rijswijk", "Te Werve"]],
    // the Frisian "yn", "vlak bij", and a branch after an organisation's name
    ["Wy wolle graach in goed begjin meitsje yn Putten.", ["Putten"]],
    ["Wonen in Notter, vlak bij Zuna.", ["Notter", "Zuna"]],
    ["School: Zernike College, locatie Haren", ["Haren"]],
    // a German town with its river
    ["Hij werkt in Emmerich am Rhein.", ["Emmerich am Rhein"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "plaats")).toEqual(expected);
  });
  it.each([
    // hard negatives: the surname, the lane, the word after "bij" without "vlak", a location word without a comma
    ["Meneer Poortvliet belde vanmorgen.", []],
    ["Hij stond in de steeg achter het huis.", []],
    ["Ze woont bij Haren, haar zus.", []],
    ["De locatie Best is gesloten.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "plaats")).toEqual(expected);
  });
  it.each([
    // a year of birth in Low Saxon speech; a timeline of day-months opening its lines
    ["\"Ik bin van '49, ik woon hier al zestig jaor.\"", ["'49"]],
    ["02-05 klant belde.\n06-05 verwijzing voedselbank verstuurd.\n07-05 Kofi op gesprek.\n13-05 huur mei betaald.", ["02-05", "06-05", "07-05", "13-05"]],
    // hard negatives: counts and durations opening lines, section numbers, a log of only two lines
    ["10-12 uur per week\n03-04 keer per maand\n05-06 dagen per week", []],
    ["1-1 Inleiding\n1-2 Doel\n1-3 Plan", []],
    ["06-05 verwijzing verstuurd.\n07-05 gesprek gehad.", ["07-05"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "datum")).toEqual(expected);
  });
  it.each([
    // a payment reference in groups of four digits in a reference column
    ["| Schuldeiser | Kenmerk | Bedrag |\n|---|---|---|\n| CJIB | 1022 3348 7710 9642 | € 412,00 |", ["1022 3348 7710 9642"]],
    ["schuldeiser\tkenmerk\tbedrag\nCJIB\t1022 4418 0097 3356\t€ 239,00", ["1022 4418 0097 3356"]],
    // hard negative: the same groups under an amount column
    ["| Schuldeiser | Bedrag | Termijnen |\n|---|---|---|\n| CJIB | 412 | 1022 3348 7710 9642 |", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "dossiernummer")).toEqual(expected);
  });
});

describe("organisations: kind word + coined name, migrant churches, regional vocational schools, family firms in tables", () => {
  it.each([
    // a housing corporation or a dental centre named by its kind word + a coined, all-caps or article-led name
    ["Bekende schuldeisers:\n- Woonmaatschappij JOOST (huurachterstand, ca. € 2.150)", ["Woonmaatschappij JOOST"]],
    ["| Tandheelkundig Centrum De Wal | 20240117 | € 355,00 | juni 2024 | open |", ["Tandheelkundig Centrum De Wal"]],
    // migrant churches named by their church word
    ["Netwerk: zondag gaat ze naar de Igreja Nova Vida in Amersfoort.", ["Igreja Nova Vida"]],
    ["Het gezin krijgt steun van de Chinese Christengemeente Eemland.", ["Chinese Christengemeente Eemland"]],
    ["Ze wil niet dat de mensen van de Poolse Katholieke Missie in Enschede het weten.", ["Poolse Katholieke Missie"]],
    // a vocational school named after its region
    ["Zoon wil na de zomer naar MBO Westland (teelt).", ["MBO Westland"]],
    // a lower-case office compound + a surname with a two-word particle, also one that is a place
    ["deurwaarderskantoor Van der Sluis\tVDS-7731904\t€ 1.644,18", ["deurwaarderskantoor Van der Sluis"]],
    // a known surname + a goods word in a table cell is the family firm
    ["| Petar Ivanov | 1968 | Rilland | Kramer Mosselen | 4418263 |", ["Kramer Mosselen"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
  it.each([
    // hard negatives: a town in -kerk after a generic service, a market square, a school inside another school's name,
    // a church word in lower case, an office with a bare "van" + a place, a surname + a goods word after a title
    ["Het CJG Nijkerk kent het gezin niet.", []],
    ["voorkeur seniorenwoning dicht bij de Markt, in de wijk.", []],
    ["Na de herinrichting van de Markt is de omzet met 30% gedaald.", []],
    ["Theorie via Aeres MBO Dronten, elke dinsdag.", ["Aeres MBO"]],
    ["Hij is lid van de christengemeente in Zwolle.", []],
    ["Hij werkt bij het kantoor van Sluis.", []],
    ["Mevrouw Kramer Fruit eet ze niet.", []],
    // an office of partners and a firm with two goods words stay whole
    ["yasmina: deurwaarderskantoor Van Dijk & Terpstra geloof ik", ["Van Dijk & Terpstra"]],
    ["onderneming Hummel Kaas & Delicatessen beëindigd per 31-12-2024", ["Hummel Kaas & Delicatessen"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
});

describe("persons: name columns in tables, unquoted nicknames, word-like first names with an age", () => {
  it.each([
    // a cell in the name column of a table: surname + initials in any case, a lower-case full name, an initial + surname
    ["tijd\tklant\tgeb.\tonderwerp\n10:30\twessel ter horst\t12/9/88\tKlant in beeld\n12:00\toverleg\t-\tcasus\n13:00\tt. vos\t1980\tIOAW", ["wessel ter horst", "t. vos"]],
    ["| Naam | Geb. | Woonplaats |\n|---|---|---|\n| v. Dijk, H. | 1962 | Meijel |\n| mo bakkali | 2001 | Delfgauw |\n| vos, d. | 1999 | Esch |", ["v. Dijk, H.", "mo bakkali", "vos, d."]],
    // an unquoted nickname after "door iedereen … genoemd" or "roepnaam", in capitals also at its other mentions
    ["Gespreksverslag – dhr. Pieter-Jan Snel, door iedereen PJ genoemd\n\nPJ is van 1964 en wil snel aan het werk.", ["Pieter-Jan Snel", "PJ", "PJ"]],
    // a word-like first name spread from a full name, opening a sentence before a verb on -t and a colon
    ["Aanwezig: mw. Roos Zomer en klantmanager Bram Visser. Roos twijfelt: de school is ver weg.", ["Roos Zomer", "Bram Visser", "Roos"]],
    // a word-like first name listed with its age after "van"
    ["twee kinderen: Roos van vijftien en Bram van negen.", ["Roos", "Bram"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
  it.each([
    // hard negatives: German date words before a month, a regulation after "van de", the Low Saxon possessive "mien",
    // a role after "de" in a chat where the same word is a surname, an adjective opening a sentence before "dat"
    ["Herr van Bree kann voraussichtlich ab Mitte März wieder bei uns anfangen.", ["van Bree"]],
    ["Er kommt ab Anfang Mai wieder.", []],
    ["Het leefgeld stopt zodra het loon hoger is dan de norm van de Regeling opvang ontheemden.", []],
    ["\"Ik bin van '49, ik heb mien hele lèven bi'j de boer ewerkt.\"\n\"Mien kleinzeun is negentien en zit in de schulden.\"", []],
    ["[09:16] sanne: let op, dhr. Arts van De Linge Bewindvoering belde ook\n[09:17] bas: en mevrouw de arts van de poli heeft een verklaring gestuurd?", ["sanne", "Arts", "bas"]],
    ["1. Winter belt mw. Mooi over haar werk. Mooi is een 50-plusser.\n2. Mooi dat de review is verschoven naar 2 april.", ["Mooi", "Mooi"]],
    // and what stays: the first name Mien, DJ as a job, ordinary rows of a name column, a word-like name as a word
    ["Tante Mien belde gisteren. Mien komt morgen langs.", ["Mien", "Mien"]],
    ["Hij wil DJ worden en draait op feesten.", []],
    ["| naam | rol |\n|---|---|\n| zie boven | - |\n| n.v.t. | - |", []],
    ["Roos twijfelt nog, het is een mooie bloem.", []],
    ["Goed dat je belt. Mooi dat het gelukt is.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
});

describe("children's ages in words: the guard and the compounds", () => {
  it.each([
    // a compound written with hyphens is one age (the old guard "van N, / van N en" did not let this list through)
    ["Ze heeft twee kinderen van een-en-twintig en vijfentwintig, die thuis wonen.", ["een-en-twintig", "vijfentwintig"]],
    ["kinderen van vijf en negen", ["vijf", "negen"]],
    // hard negative: children of a count are no ages
    ["een moeder van drie kinderen", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "leeftijd")).toEqual(expected);
  });
});

describe("a word-like first name listed with its age: the guard allows a tab", () => {
  it("finds the name when tabs stand around 'van'", () => {
    expect(found("kinderen: Roos\tvan\tvijftien.", "persoon")).toEqual(["Roos"]);
  });
});

describe("call names: one set of frames, spread to their other mentions in any case", () => {
  it.each([
    // a quoted call name after "noemde hem" spreads to its lower-case mention
    ['Hij noemde hem "Sjon" en sjon lachte erom.', ["Sjon", "sjon"]],
    // "Roepnaam" with a capital and a colon, quoted
    ['Roepnaam: "Lucky". Afspraak: lucky komt maandag.', ["Lucky", "lucky"]],
    // an unquoted call name spreads like a quoted one
    ["Dhr. Gerrit Jan Smit (roepnaam GJ) kwam langs. Volgende week belt gj terug.", ["Gerrit Jan Smit", "GJ", "gj"]],
    // a kinship name spreads to a mention at the very end of the text too
    ["haar zoon storm is 17. volgende keer zien we storm", ["storm", "storm"]],
    // hard negatives: a quoted ordinary word; a name word after an article or copula; inside a link or a handle
    ['Zij zegt zelf "op" te zijn.', []],
    ["haar zoon storm is 17. gisteren was het storm en de storm ging liggen", ["storm"]],
    ['Noemt zich "Sjon". Zie www.voorbeeld.nl/sjon of mail naar sjon@voorbeeld.nl', ["Sjon"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
});

describe("organisations in lower case (chat and notes)", () => {
  it.each([
    // a lexicon organisation after bij/via, "in het", an agency noun, or a place + sector word
    ["partner werkt sinds mei bij zgt op de afdeling schoonmaak.", ["zgt"]],
    ["dochter ligt sinds gisteren in het ozg, bezoek is lastig", ["ozg"]],
    ["was tot maart uitzendkracht via tempo-team. contract niet verlengd", ["tempo-team"]],
    ["kwam binnen via uitzendbureau otto workforce, wil nu vast werk", ["otto workforce"]],
    ["loonstroken nog opvragen bij uitzendbureau (randstad), mist okt", ["randstad"]],
    ["heeft een betalingsregeling met vechtdal wonen voor de huurachterstand", ["vechtdal wonen"]],
    ["zoon zit op het vechtdal college, 2e klas", ["vechtdal college"]],
    // a lexicon surname (a word-like one after its particle) + a trade word, announced or opening a clause
    ["hij rijdt op de vrachtwagen bij de wit transport sinds 2019", ["de wit transport"]],
    ["loonstrook bosman kunststof ontbreekt nog", ["bosman kunststof"]],
    ["[10:12] kim: meijer incasso heeft gisteren beslag gelegd op zijn loon", ["meijer incasso"]],
    ["werkt in de oogst bij fruitbedrijf van dam in kesteren", ["fruitbedrijf van dam"]],
    // hard negatives: the region, trades and services, ordinary phrases, a word-like name of a chain
    ["hij wil naar de randstad verhuizen", []],
    ["even langs bij de bakker en daarna naar de kapper", []],
    ["afspraak bij de huisarts om 10 uur", []],
    ["ze gaan samen wonen in het voorjaar", []],
    ["heeft jaren bij het bouwbedrijf van zijn oom gewerkt", []],
    ["de schoenen bij impuls gekocht, nu spijt", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
});

describe("capitalised organisations: foreign firms, attractions, coined names", () => {
  it.each([
    // a French haulier's head word, a Dutch trade word after a family name
    ["Hij reed jarenlang voor Transports Lambert in Herstal; de loonstroken van Transports Lambert ontbreken.", ["Transports Lambert", "Transports Lambert"]],
    ["Proefplaatsing bij Van Dam Constructie in Lopik gaat door.", ["Van Dam Constructie"]],
    // a named cave, quarry, mine or monastery that employs people
    ["Ze werkt als gids in de Sibbergrot en wil meer uren.", ["Sibbergrot"]],
    ["Volgende week een bedrijfsbezoek aan Kalksteengroeve 't Hoogveld.", ["Kalksteengroeve 't Hoogveld"]],
    ["Ook Zoutmijn Hengelo zoekt nog mensen voor de zomer.", ["Zoutmijn Hengelo"]],
    ["Locatie: vrijwilligerswerk in Abdij Lidlum, keuken.", ["Abdij Lidlum"]],
    // a firm named by a family name and a company word: the bare name later is the firm
    ["Ze heeft een leerwerkplek bij Brinkhuis Meubelen. Brinkhuis wil haar na de zomer een contract geven.", ["Brinkhuis Meubelen", "Brinkhuis"]],
    // hard negatives: a common noun opening a sentence, a lone head, a person bearing the firm's name
    ["Zandgroeve en bos liggen achter het huis. De betalingstermijn loopt af.", []],
    ["Ze werkt graag in het klooster en in de grot.", []],
    ["Brinkhuis Meubelen zoekt mensen; Gerrit Brinkhuis is de eigenaar.", ["Brinkhuis Meubelen"]],
    ["Mijn moeder heet Klooster. Jan Klooster Hendriks belde.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
});

describe("persons: word-like names and short call names", () => {
  it.each([
    // first names from many origins that were missing from the lexicon
    ["Kinderen: Isa, Zuleyka en Milan (3, 6 en 10).", ["Isa", "Zuleyka", "Milan"]],
    ["Obrigada! Thaís", ["Thaís"]],
    ["Zijn moeder, ibu Sasmita, past op de kinderen.", ["Sasmita"]],
    ["Hun jongste, Sana van vier, gaat naar de opvang.", ["Sana"]],
    ["opm: edna belde af, ze komt dinsdag.", ["edna"]],
    // a particle surname or a word-like first name with a surname as a chat speaker; the first name recurs in lower case
    ["[09:01] bram: wie neemt de intake van 10 uur?\n[09:02] floor: ik, maar eerst koffie\n[09:04] de bruijn: ik kan ook\n[09:05] bram: top, dank je", ["bram", "floor", "de bruijn", "bram"]],
    ["[08:10] jolien: wie gaat naar mw yilmaz?\n[08:12] roos jansen: ik ga om 11u\n[08:13] jolien: top. ik stuur het adres naar roos\n[08:15] milan: 👍", ["jolien", "yilmaz", "roos jansen", "jolien", "roos", "milan"]],
    // a word-like first name found with context, again as the subject of a verb of a person acting
    ["kinderen: Job (12), Floor (15). Job zit in groep 8, Floor gaat naar het Maaswaal College.", ["Job", "Floor", "Job", "Floor"]],
    ["Buurvrouw Roos Willemsen komt dagelijks langs; Roos doet ook de was.", ["Roos Willemsen", "Roos"]],
    // a call name or initials before the full name in brackets, and the call name's other mentions
    ["Vader, Ro (Rodney Kartowidjojo), woont in Almere. Sinds de ruzie met Ro is het rustig.", ["Ro", "Rodney Kartowidjojo", "Ro"]],
    ["- GJ (Gert Jan Bosma): ggz, niet bellen voor 10 uur.", ["GJ", "Gert Jan Bosma"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
  it.each([
    // hard negatives: a speaker's name as a noun after a demonstrative, the words themselves, a copula after a word-like
    // name, "Hoop doet leven", a weekday abbreviation before a name in brackets
    ["[10:01] bram: iemand nog iets?\n[10:02] winter: ja, ik zit bij mw bakker\n[10:05] floor: deze winter wordt zwaar voor haar\n[10:06] bram: ok", ["bram", "winter", "bakker", "floor", "bram"]],
    ["[08:10] jolien: wie gaat naar mw yilmaz?\n[08:12] milan: ik ga om 11u\n[08:13] jolien: top. de roos in de tuin bloeit al", ["jolien", "yilmaz", "milan", "jolien"]],
    ["Hoop doet leven. In de winter is het zwaar. Een roos in de tuin. De koning kwam langs. Floor van de keuken is nat.", []],
    ["Kinderen: Job (12). Hoop doet leven, zegt hij.", ["Job"]],
    ["Dochter Roos (8) is ziek. Roos is een mooie bloem.", ["Roos"]],
    ["Ma (Maria Jansen) komt langs. Ma 12/3 spreekuur.", ["Maria Jansen"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
});

describe("ages in dialect, words and lists", () => {
  it.each([
    // dialect compounds with hyphens, Limburgs "ein"/"nege", Gronings "-teg" tens
    ['Hae zegt: "Ich bin ein-en-zeuventig, ich wil neet weg."', ["ein-en-zeuventig"]],
    ["Opa is nege-en-tachentig en woont nog allein.", ["nege-en-tachentig"]],
    ['Ze zegt: "Ik bin zeuvenentachteg, mor nog goud."', ["zeuvenentachteg"]],
    // a dialect decade after "in de", dialect pronouns, a coming month and "ewörden" after the age
    ["ik bin zelf ook al in de vieftig, dat gaat nait meer.", ["in de vieftig"]],
    ["zai wordt zesteg volgende moand, dan gaan we eten.", ["zesteg"]],
    ["zee is ok al zeuventig, dus dat wordt lastig", ["zeuventig"]],
    ["ik bin in april vieftig ewörden, niemand wil mi'j.", ["vieftig"]],
    // "was N toen", "toen N" after a relative and a name, a baby's months in a child field, turning N in a month
    ["Noor was achttien toen haar zoon geboren werd.", ["achttien"]],
    ["Zijn dochter Mila, toen zeven, bleef bij oma.", ["zeven"]],
    ["Zoon: Mees, zes weken", ["zes weken"]],
    ["Jayden zit op de Wereldboom en wordt in juni twaalf.", ["twaalf"]],
    // a Portuguese age in a quote
    ['Ele diz: "tenho trinta e dois anos".', ["trinta e dois"]],
    // hard negatives: a time, a thing, the weather, a speed zone, durations and amounts, a list of places or dates
    ["Het was zes toen we aankwamen.", []],
    ["De les was drie toen de bel ging.", []],
    ["Het wordt in mei twintig graden.", []],
    ["Hij rijdt in de vijftig km-zone.", []],
    ["hij werkt zestig uur per week, negen maanden werkloos, drie jaar in Nederland.", []],
    ["acht maanden huur achterstand", []],
    ["De zee is 12 graden.", []],
    ["We bezochten Amsterdam, Utrecht en Rotterdam (12, 15 en 20).", []],
    ["Overleg met Jan, Piet en Klaas (12, 14 en 16 mei) gaat door.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "leeftijd")).toEqual(expected);
  });
});

describe("places: border towns, dialect names and villages", () => {
  it.each([
    ["Dhr. Bosman (Wesepe) belde over de toeslag.", ["Wesepe"]],
    ["Zij woont sinds mei in Berg en Terblijt.", ["Berg en Terblijt"]],
    ["mw de graaf uit streefkerk belde", ["streefkerk"]],
    ["Huisbezoek Ottoland, woensdag", ["Ottoland"]],
    ["Hae kump oet Mestreech.", ["Mestreech"]],
    ["Hij werkte in Visé, net over de grens (Wezet).", ["Visé", "Wezet"]],
    // hard negatives: "berg" and "terug" as words
    ["We gaan de berg op en weer terug.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "plaats")).toEqual(expected);
  });
});

describe("lower-case firms: surname + trade, known organisations", () => {
  it.each([
    // known organisations written in lower case (and capitalised) in notes and chats
    ["ze heeft een brief van wooncompas gekregen over de huur", ["wooncompas"]],
    ["Achterstand van drie maanden bij Wooncompas, regeling loopt.", ["Wooncompas"]],
    ["[10:02] ilse: ik ben van wooncompas, wij willen graag een regeling", ["wooncompas"]],
    ["de thuisbegeleiding van careyn komt dinsdag langs", ["careyn"]],
    ["hij werkt sinds maart via flexstaff in de haven", ["flexstaff"]],
    ["zoon wil van het florens college af", ["florens college"]],
    // a chain or employer that is also a first name or word, in a work frame before "in" + a place
    ["hij werkt sinds kort bij yara in sluiskil, nachtdienst", ["yara"]],
    ["ze is aangemeld bij hanos in zwolle voor een proefdag", ["hanos"]],
    ["partner wkt bij groenrijk in wijchen, 20u", ["groenrijk"]],
    ["inkomsten bij de hema in terneuzen opgegeven", ["hema"]],
    // a surname or place + a trade word, a trade word + a surname, and the surname repeated alone
    ["hij liep stage bij hoogland dakwerken in de zomer", ["hoogland dakwerken"]],
    ["overleg met de eigenaar (eigenaar brinkman bouw & onderhoud) over uren", ["brinkman bouw & onderhoud"]],
    ["werkte als grondwerker bij koning infra in sneek", ["koning infra"]],
    ["werkt 12u per week bij bakkerij brookhuis in ootmarsum", ["bakkerij brookhuis"]],
    ["heeft gesolliciteerd bij grondverzet dekker uit Vaassen. Dekker wil hem graag als zzp'er.", ["grondverzet dekker", "Dekker"]],
    ["hoi met kevin van tuinderij hoek en zn, ik bel over een werknemer", ["tuinderij hoek en zn"]],
    // an eatery + "de" + its name, a club abbreviation + its place, a housing corporation with a lower-case second word
    ["hij werkt in het weekend bij snackbar de frietkoning", ["snackbar de frietkoning"]],
    ["ik vraag het even na bij de trainer van de jeugd bij rksv nuenen", ["rksv nuenen"]],
    ["12-04: mail van Fien wonen: huurcontract is verlengd.", ["Fien wonen"]],
    // hard negatives: trades and shops as common nouns, a first name without a work frame, adjectives before a trade
    ["ik ga naar de bakker en daarna naar de kapper", []],
    ["hij is bij de huisarts geweest, bij toeval gezien, bij voorkeur dinsdag", []],
    ["hij voelt zich koning van het huis; hij werkt in de bouw en regelt het transport naar huis", []],
    ["ze werkt bij de bakker in zwolle", []],
    ["hij werkt bij yara, zegt hij", []],
    ["via snel transport geleverd, bij groot onderhoud ook", []],
    ["werkt bij bakkerij vandaag in zwolle", []],
    ["hij zit bij snackbar de hele avond en eet bij cafetaria de laatste tijd vaak", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
});

describe("word-like names in person frames; ages after persons", () => {
  it.each([
    // a word-like first name or surname where only a person fits: telling, greeting, taking along, a relative, absence
    ["[09:12] lotte: zeg tegen winter dat de klant er is", ["lotte", "winter"]],
    ["ok doe ik, groetjes aan de vries", ["de vries"]],
    ["vraag aan visser of het dossier compleet is", ["visser"]],
    ["neem roos mee naar het huisbezoek", ["roos"]],
    ["hij logeert bij zijn zus hoop in dalfsen", ["hoop"]],
    ["roos is ziek vandaag, de intake schuift", ["roos"]],
    ["wie belt mw. de winter terug over de aanvraag?", ["de winter"]],
    // a listed "Surname, Initials" is that person at later capitalised mentions
    ["| klantnr | naam | geb. | traject |\n|---|---|---|---|\n| 4410021 | Koning, P.J. | 1988 | Bbz |\n| 4410022 | de Hoop, A. | 1971 | PW |\nKoning en de Hoop hebben in juni een heronderzoek.", ["Koning, P.J.", "de Hoop, A.", "Koning", "de Hoop"]],
    // first names of many origins; a first name in brackets after a person is that person's call name
    ["Kyle gaat naar de opvang en Jeremiah zit op het vmbo.", ["Kyle", "Jeremiah"]],
    ["mijn tante sharlene wil niet dat het op haar adres komt", ["sharlene"]],
    ["Sutrisno woont op de Dorpsstraat.", ["Sutrisno"]],
    ["Met collega Zé gaat het goed op de bouw.", ["Zé"]],
    ["Buurman dhr. H.K. Zandbergen (Gait) kwam langs. Gait heeft zelf ook een uitkering.", ["H.K. Zandbergen", "Gait", "Gait"]],
    // hard negatives: the season, hope, the king, the fisherman, a rose, a fox, the place
    ["in de winter is het rustiger op het spreekuur", []],
    ["hoop doet leven, zeg ik altijd", []],
    ["groeten aan de koning, zei hij lachend", []],
    ["zeg tegen de winter dat hij mag komen", []],
    ["de visser uit urk komt morgen, een roos voor de buurvrouw", []],
    ["neem de post mee als je gaat", []],
    ["de bus gait mor ain keer in t uur", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
  it.each([
    // an origin or description and the age in brackets after a person; a bracket of ages closed by "jr"
    ["mw hanneke (fries, 24) belt over de bijstand", ["24"]],
    ["• Dércio Lopes (Kaapverdië/Portugal, 31) – werkt via een uitzendbureau", ["31"]],
    ["- mw Oliveira (Braz., 42), alleenstaand", ["42"]],
    ["Huishouden: kinderen 3 (2, 5, 8 jr), oudste op de basisschool.", ["2", "5", "8 jr"]],
    // hard negatives: a room number, a list of dates
    ["Jan Smit (kamer, 12) belt terug.", []],
    ["Overleg op 3, 5 en 9 mei.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "leeftijd")).toEqual(expected);
  });
});

describe("coined firm names and tagline names in an employer frame", () => {
  it.each([
    // a coined one-word name after a rent, pay-slip or provider frame (also a "-compas" name, no municipal pass)
    ["Er loopt een huurachterstand bij Woncompas van ruim 900 euro.", ["Woncompas"]],
    ["Het huurhuis van Provaria staat nog op naam van meneer.", ["Provaria"]],
    ["Gesprek met Lotte (jongerenwerk Tamarinde) over de avonden.", ["Tamarinde"]],
    // a tagline name of two or three capitalised words
    ["Graag de loonstroken van Schoonmaak De Wilgenhof meenemen.", ["Schoonmaak De Wilgenhof"]],
    ["Er is nog een lening Provident Finance van ca. 4000 euro.", ["Provident Finance"]],
    ["Ingezet: ambulante gezinsbegeleiding via Kwadraat Jeugd.", ["Kwadraat Jeugd"]],
    ["Zij werkt sinds mei bij Bewind Op Maat.", ["Bewind Op Maat"]],
    // hard negatives: persons, places, a tool, a municipal pass, generic services
    ["Hij werkt sinds mei bij Jan de Vries.", []],
    ["Zij werkt sinds juni bij Piet Hein.", []],
    ["Begeleiding van Marieke de Boer loopt nog.", []],
    ["Zij krijgt begeleiding van Jan.", []],
    ["Zij heeft een lening Lisa.", []],
    ["Het huurhuis van Rotterdam Zuid is klein.", []],
    ["Hij werkt sinds maart bij Teams.", []],
    ["Hij betaalt via de Stadspas.", []],
    ["Zijn begeleiding via het Sociaal Team loopt door.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
});

describe("organisations: coined firm names and their later mentions", () => {
  it.each([
    // a coined lower-case firm announced as an employer or creditor in a chat or a lower-case note
    ["[10:02] Kim Veldman: en werk?\n[10:03] dewi: ik heb een bijbaan bij grasmeerbouw sinds maart", ["grasmeerbouw"]],
    ["- mw belt: gas wordt afgesloten door warmtevast per 1/6", ["warmtevast"]],
    ["- nieuwe vordering, incasso namens belvoort, 230 euro", ["belvoort"]],
    ["[11:20] Kim Veldman: en het loonstrookje van trekvaart?\n[11:21] dewi: komt vrijdag", ["trekvaart"]],
    ["- hij is ingeschreven via uitzendbureau kadetalent", ["kadetalent"]],
    ["- ze heeft een lening bij kredizo afgesloten", ["kredizo"]],
    // once found in its frame, the name's other mentions are that firm too, capitalised or at a sentence start
    ["[09:10] Kim Veldman: werkt hij nog bij grasmeerbouw?\n[09:12] Joost Kramer: ja, Grasmeerbouw betaalt alleen laat.", ["grasmeerbouw", "Grasmeerbouw"]],
    ["- stroom afgesloten door warmtevast\n- warmtevast gebeld, regeling tot juni", ["warmtevast", "warmtevast"]],
    // hard negatives: ordinary words in the same frames, relations, national bodies, a duration
    ["- ze heeft een lening bij vrienden en familie", []],
    ["- stroom afgesloten door wanbetaling", []],
    ["- contract van onbepaalde tijd gekregen", []],
    ["- werkt nu bij defensie, schuld bij oom", []],
    ["- werkt bij vlagen, zit 3 jaar in de bijstand", []],
    ["Hij werkt bij grasmeerbouw en dat gaat goed.", []],
    // a second coined name coordinated with a framed one; a creditor opening a clause before what it does to the debt
    ["- werkt nu bij grasmeerbouw ipv kadetrans", ["grasmeerbouw", "kadetrans"]],
    ["[14:02] Kim Veldman: collega's, warmtevast heeft de regeling opgezegd", ["warmtevast"]],
    ["[14:02] Kim Veldman: collega's, iedereen heeft de regeling gezien", []],
    // a capitalised compound with a firm tail after a preposition or before an amount in a list of debts
    ["- huur 2 mnd achter, Kadestroom ± € 640", ["Kadestroom"]],
    ["Hij rijdt sinds april voor Kadetrans.", ["Kadetrans"]],
    ["- Huur € 650, Nieuwbouw volgt in mei", []],
    // a cell under a qualified employer header
    ["| Naam | Werkgever volgens klant |\n|---|---|\n| Jan Smit | Kadetrans |", ["Kadetrans"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
  it.each([
    // a firm with a town of its own after a place and "en" is no place
    ["Hij noemt Meelbrug in Tilburg en Kadovo in Waalwijk.", ["Tilburg", "Waalwijk"]],
    // hard negative: two towns stay places
    ["Hij zoekt werk in Tilburg of Waalwijk.", ["Tilburg", "Waalwijk"]],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "plaats")).toEqual(expected);
  });
});

describe("persons, ages and places in chats, dialect and family lists", () => {
  it.each([
    // dialect number words: Limburg "veer" (4) and "veftig" (50) in a compound, the Kerkrade "oond" joiner, "ich bin"
    ["Ze zeet: ik bin veer-en-veertig, mer ich veul mich aajd.", "leeftijd", ["veer-en-veertig"]],
    ["Hae is drieoondveftig en wirkt nog.", "leeftijd", ["drieoondveftig"]],
    ["Ich bin eenenveftig, dat wit ich zeker.", "leeftijd", ["eenenveftig"]],
    ["Zie is vieroondzestig, zeet ze.", "leeftijd", ["vieroondzestig"]],
    // a couple's ages in brackets, a baby's age in a table or in words after "ze is", the writer's own age in English
    ["Piet en Truus Verhagen (echtpaar, 72 en 69), Vaals", "leeftijd", ["72", "69"]],
    ["| Naam | Leeftijd |\n|---|---|\n| Sami | 9 |\n| Noor | 5 maanden |", "leeftijd", ["9", "5 maanden"]],
    ["Haar zoontje is in mei geboren, hij is nu drieënhalve maand.", "leeftijd", ["drieënhalve maand"]],
    ["hello, my name is Tiago. i am 27, i work in the greenhouse", "leeftijd", ["27"]],
    // hard negatives: rooms of a couple, an illness of weeks, a delay in English
    ["Het echtpaar (2 en 3 kamers gezien) twijfelt nog.", "leeftijd", []],
    ["Ze is twee weken ziek geweest.", "leeftijd", []],
    ["I am 10 minutes late, sorry.", "leeftijd", []],
    // hard negatives: a feather, a ferry, a duration, "ich bin" without a number word
    ["Hij pakte de veer naar Texel, de rit duurt veertig minuten.", "leeftijd", []],
    ["Ich bin muuj, ich gaon slaope.", "leeftijd", []],
    ["Het contract loopt vijftig weken.", "leeftijd", []],
    // Lithuanian, Akan and German first names of children and migrants
    ["Rokas is 9, hij zit in groep 6 en Gabija is 4.", "persoon", ["Rokas", "Gabija"]],
    ["Rokas is 9, hij zit in groep 6 en Gabija is 4.", "leeftijd", ["9", "4"]],
    ["Jonte had gisteren koorts, Wiebke niet.", "persoon", ["Jonte", "Wiebke"]],
    // a child named after "mentor van" is that child when the text names it as a person elsewhere
    ["Afwezig: Ria Smit, mentor van Shurena\n\nZij heeft drie kinderen: Shurena (14), Dean (11) en Noah (3).", "persoon", ["Ria Smit", "Shurena", "Shurena", "Dean", "Noah"]],
    // hard negatives: a till, a hub
    ["Het geld zat in de till van de kassa, de hub staat in Venlo.", "persoon", []],
    // Brabant and Limburg interjections opening a turn, language groups and German job nouns are no persons
    ["KM: Dan stuur ik het formulier.\nKlant: Houdoe, tot later.\nKM: Prima.\nKlant: Jaa, is goed.", "persoon", []],
    ["KM: Dat hoeft u niet op te geven.\nKlant: Gelukkig. En de fiets?\nKlant: Allee, da's dan dat.", "persoon", []],
    ["In Eupen wonen vooral Duitstaligen, in Luik Franstaligen.", "persoon", []],
    ["Hij werkt als orderpicker (Staplerfahrer) in het magazijn.", "persoon", []],
  ] as [string, string, string[]][])("%j %s", (text, label, expected) => {
    expect(found(text, label as Label)).toEqual(expected);
  });
  it.each([
    // border villages of South Limburg, the Voerstreek and the German-speaking East of Belgium
    ["Ze fietst elke dag van Reijmerstok naar school.", ["Reijmerstok"]],
    ["De boerderij ligt tussen Teuven en Moelingen.", ["Teuven", "Moelingen"]],
    ["Meneer komt uit 's-Gravenvoeren in de Voerstreek.", ["'s-Gravenvoeren", "Voerstreek"]],
    ["Werkgever: Bäckerei Schmitz, Hauptstraße 4, Simmerath.", ["Simmerath"]],
    // dialect "uit"/"naar" before an ambiguous place, and an ambiguous place after a street + number
    ["Dit is Lei, van oet Epen, ich mót noa Best.", ["Epen", "Best"]],
    ["Huisbezoek Dorpsstraat 3 Linde (achterom).", ["Linde"]],
    // hard negatives: the verb "voeren", an ambiguous place without a frame, a street number before a name
    ["Het plan is lastig uit te voeren in de praktijk.", []],
    ["Best is dat we morgen bellen.", []],
    ["Hij woont op nummer 3. Linde is zijn zus.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "plaats")).toEqual(expected);
  });
});

describe("organisations: a type word before a name or tagline", () => {
  it.each([
    // a capitalised type word (park, playground, snack bar, lodging, market hall, poultry firm, advice office) + a name
    ["Vorige werkgever: Attractiepark Zonnedal, twee seizoenen.", ["Attractiepark Zonnedal"]],
    ["Stageplek: Speeltuin De Klimboom, twee ochtenden.", ["Speeltuin De Klimboom"]],
    ["Zijn zwager heeft een eigen zaak, Frituur 't Hoekje aan de markt.", ["Frituur 't Hoekje"]],
    ["Ze sliep drie weken in Logies Het Anker, daarna op straat.", ["Logies Het Anker"]],
    ["Hij deed inpakwerk voor Groentehal Verbeek en Pluimvee Hendriks.", ["Groentehal Verbeek", "Pluimvee Hendriks"]],
    ["Opgesteld door: Ondernemersadvies Zuidkust, adviseur Joris Vos", ["Ondernemersadvies Zuidkust"]],
    ["Vrijwilligerswerk: Rijwielhulp Kanaleneiland, dinsdag en donderdag", ["Rijwielhulp Kanaleneiland"]],
    // a capitalised preposition opens a tagline name after the type word (a German "zum/zur" also in lower case)
    ["Hij werkt in de keuken van Hotel Aan de Haven sinds april.", ["Hotel Aan de Haven"]],
    ["Mijn dochter zit op het College Over de Brug in de tweede klas.", ["College Over de Brug"]],
    ["Trajectbegeleider: Sanne Mulder, Re-integratiebureau Op Koers", ["Re-integratiebureau Op Koers"]],
    ["ich arbeite in der küche vom gasthof zur sonne, seit mai.", ["gasthof zur sonne"]],
    // a title-case tagline of a bewind or budget firm
    ["Zijn geld wordt sinds juni beheerd door Budget Op Maat.", ["Budget Op Maat"]],
    ["Bewindvoerder: Karin Smit, Financiën Op Orde", ["Financiën Op Orde"]],
    // a school type closing a saint's name
    ["Zoon: 3 havo, Sint-Bernardusmavo", ["Sint-Bernardusmavo"]],
    // a capitalised "Centrum" + one coined word, also as a form value
    ["Aan: Centrum Zonnestraal, t.a.v. de intake", ["Centrum Zonnestraal"]],
    // hard negatives: the kind of place, a type word before a place, a course, a method, a sentence with a capital
    ["We gingen met de kinderen naar de speeltuin en daarna naar de frituur.", []],
    ["Het hotel in Epen zoekt nog mensen voor de keuken.", []],
    ["Hij overnachtte in Hotel In Maastricht, vlak bij het station.", []],
    ["Ze volgt de training Omgaan Met Stress bij het wijkteam.", []],
    ["Het pluimvee moet geruimd worden en de groentehal sluit.", []],
    ["Ze volgt Klant In Beeld bij de gemeente.", []],
    ["Zij heeft haar schulden nu Op Orde.", []],
    ["Ze gaat naar Centrum Jeugd en Gezin voor de weging.", []],
    ["Hij woont in Centrum Noord sinds vorig jaar.", []],
    ["Aan: Centrum Amsterdam", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
  it("keeps the tagline whole, no person or place inside it", () => {
    const text = "Ze werkt in de bediening bij Hotel In de Kroon in Epen.";
    expect(found(text, "instelling")).toEqual(["Hotel In de Kroon"]);
    expect(found(text, "persoon")).toEqual([]);
    expect(found(text, "plaats")).toEqual(["Epen"]);
    expect(found("Jobcoach: Ilse Bos, Re-integratiebureau In Balans", "plaats")).toEqual([]);
  });
});

describe("ages in family notes, short chat names, Frisian places", () => {
  it.each([
    // an age in words in a subclause with the verb last
    ["Hij zegt dat niemand belt zodra ze horen dat je zevenenvijftig bent.", ["zevenenvijftig"]],
    ["Ze vinden dat jij te oud bent als je vijfenvijftig bent.", ["vijfenvijftig"]],
    // "ik ben N" closing a chat message, also before "man"
    ["[10:02] rayan: ik ben 19 man ik wil gewoon werken\n[10:03] Joke Bos: Snap ik.", ["19"]],
    // twins by name, and the youngest/eldest with a number word, also in dialect
    ["Ze heeft drie kinderen: de tweeling Sam en Fenna zijn 6.", ["6"]],
    ["De jongste is net drie worden, de oudste is zeuven.", ["drie", "zeuven"]],
    // a child's age after "van" with an adverb after it
    ["Zijn vrouw woont met hun zoontje van vier nog in Roemenië.", ["vier"]],
    // a bracket remark with "is" and a birthday bracket with emoji
    ["Geboortedatum: 03-02-2010 (is dus 14)", ["14"]],
    ["- Marleen: volgende week jarig (50!! 🎉).", ["50"]],
  ] as [string, string[]][])("age: %j", (text, expected) => {
    expect(found(text, "leeftijd")).toEqual(expected);
  });
  it.each([
    // durations, counts and limits stay unflagged
    ["Ik wacht al dat je twintig minuten te laat bent.", []],
    ["Toen ze vijftig euro had, ging ze naar de winkel.", []],
    ["Ik ben 5 minuten te laat.", []],
    ["De oudste is twee keer blijven zitten.", []],
    ["Het aantal deelnemers (max 15) is bereikt.", []],
    ["Een moeder van drie kinderen vroeg om hulp.", []],
  ] as [string, string[]][])("no age: %j", (text, expected) => {
    expect(found(text, "leeftijd")).toEqual(expected);
  });
  it.each([
    // a call name after "bekend als", and its age in words after the comma
    ["Dirk Mulder, bij iedereen bekend als Bolle, vijftig, woont alleen.", ["Dirk Mulder", "Bolle"]],
    // a two-letter first name before a particle surname, also at a sentence start
    ["Klaar. Ab van der Molen heeft een baan gevonden.", ["Ab van der Molen"]],
    ["Gisteren sprak ik met Bo van den Akker over de schulden.", ["Bo van den Akker"]],
    // a lower-case surname after the German title in a chat
    ["de chef, herr baumgartner, zegt dat het goed is", ["baumgartner"]],
    // a baby's name after the birth word, also when it is a place
    ["Goed nieuws: de baby is geboren, jongen, Milaan, 3 kilo.", ["Milaan"]],
    // hard negatives: roles, places after "geboren in", generic words
    ["De baby is geboren in Sofia, een meisje.", []],
    ["Al de kinderen kwamen naar het feest.", []],
    ["Hij is bij iedereen bekend als Verslaafde.", []],
  ] as [string, string[]][])("person: %j", (text, expected) => {
    expect(found(text, "persoon")).toEqual(expected);
  });
  it.each([
    // Frisian villages in their abbreviated "St" spelling and Frisian name, lower case after "in"
    ["[09:03] jelle: hij werkt bij de slager in st jabik\n[09:04] Wytske: oké", ["st jabik"]],
    ["Minnertsgea, 3 maart 2025", ["Minnertsgea"]],
    // a lexicon place that is also a first name, after "in" in a chat
    ["[08:14] Sanne Vos: eerst naar mw de groot in alem\n[08:15] joost: top", ["alem"]],
    // a municipal service desk + place is the place only
    ["Locatie: Servicepunt Dronten", ["Dronten"]],
    // "jullie Polen" are people, "in Polen" the country
    ["Hij zei: jullie Polen werken hard. In Polen was ik lerares.", ["Polen"]],
  ] as [string, string[]][])("place: %j", (text, expected) => {
    expect(found(text, "plaats")).toEqual(expected);
  });
  it("takes a day-month after a lower-case English weekday", () => {
    expect(found("You can stay until friday 22/3. After that the room is gone.", "datum")).toEqual(["22/3"]);
    expect(found("Open monday to friday 9-12.", "datum")).toEqual([]);
  });
});

describe("organisations: farm and quay names, brand tails, lower-case housing names", () => {
  it.each([
    // a farm, estate or quay name after a lower-case sector compound, or after "bij" with a place after it
    ["Hij doet een proefdag bij appelkwekerij Lingehof in Tiel.", ["Lingehof"]],
    ["De peren gaan via teeltcoöperatie Betuwehof naar de veiling.", ["Betuwehof"]],
    ["Ze werkt sinds mei bij 't Perenhof in Zoelen als plukster.", ["'t Perenhof"]],
    ["Bedrijf: 't Kersenhof, fruitteelt, 4011 AB Zoelen", ["'t Kersenhof"]],
    // the name spreads to its later mentions, also after a head word
    ["Sollicitatie bij fruitkwekerij Lingehof in Tiel. Na acht weken wil Lingehof hem aannemen.", ["Lingehof", "Lingehof"]],
    ["Woning van Woonstichting Dijkhof: schimmel. Sandra belt Dijkhof over de schimmel.", ["Woonstichting Dijkhof", "Dijkhof"]],
    ["Proefdag bij Havenbedrijf De Zuidkade op vrijdag. De Zuidkade biedt hem een contract aan.", ["Havenbedrijf De Zuidkade", "De Zuidkade"]],
    // a farm's quoted name in a work frame
    ["Ze heeft geholpen bij een bedrijf dat ze zelf \"Rode Kersengaard\" noemt.", ["Rode Kersengaard"]],
    ["Hij werkte op melkveehouderij Jansen (\"De Weidehoeve\"), zonder contract.", ["melkveehouderij Jansen", "De Weidehoeve"]],
    // a coined name + a brand tail
    ["Schuld bij Incassobureau Smit namens Telvoor Mobiel, dossier loopt.", ["Incassobureau Smit", "Telvoor Mobiel"]],
    ["Drie schuldeisers gingen akkoord. Leenvlot Direct (via de deurwaarder) weigerde.", ["Leenvlot Direct"]],
    ["Hij werkt als kok op de veerboot van Nordica Line in Harlingen.", ["Nordica Line"]],
    ["Ze had een eenmanszaak in drukwerk (JK Graphics) tot 2021.", ["JK Graphics"]],
    ["Schuldeiser: Mobiel Lines Nederland NV, restschuld", ["Mobiel Lines Nederland NV"]],
    // an energy firm named by a region
    ["- Energie Zuid, klantnummer 12345678: € 300", ["Energie Zuid"]],
    ["4\tEnergie Samen Limburg\teindafrekening\t€ 1.096,30", ["Energie Samen Limburg"]],
    // a foundation written in capitals on a letterhead line
    ["Gr Sevda\n\nSTICHTING ZWOLLE SAMEN\nNieuw: spreekuur", ["STICHTING ZWOLLE SAMEN"]],
    // lower-case housing and school names in a chat
    ["[09:01] anna: ze doet mbo bij roc rivierland in tiel\n[09:02] piet: ok", ["roc rivierland"]],
    ["[09:01] anna: btw dijkzicht wonen mailde over dhr Jansen\n[09:02] piet: ok", ["dijkzicht wonen"]],
    ["[09:01] anna: de huur bij lindewaard wonen gaat via de gemeente?\n[09:02] piet: ja", ["lindewaard wonen"]],
    // hard negatives: streets and districts without a business frame, a team by compass, a German branch, kinds of housing,
    // a sentence-initial ordinary word before a tail
    ["Hij woont aan de Noordkade sinds maart.", []],
    ["De \"Noordkade\" is afgesloten voor verkeer.", []],
    ["Ze woont in de wijk Bloemenhof bij haar zus.", []],
    ["We hebben contact met Gebiedsteam Noord over de zaak.", []],
    ["WhatsApp-groep \"Wijkteam Oost\" (export)", []],
    ["Kühne GmbH – Niederlassung Venlo", ["Kühne GmbH"]],
    ["[09:01] anna: ze wil liever bij begeleid wonen\n[09:02] piet: ok", []],
    ["[09:01] anna: ze gaat bij oma wonen\n[09:02] piet: ok", []],
    ["[09:01] anna: stand van zaken wonen: geen nieuws\n[09:02] piet: ok", []],
    ["Hij kocht een Samsung Mobiel via internet.", []],
    ["Maandag Direct na de intake gebeld.", []],
    ["Ze zoekt werk in de Energie Noord-regio.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
  it("keeps the place of a German branch and no person in a farm name", () => {
    expect(found("Kühne GmbH – Niederlassung Venlo", "plaats")).toEqual(["Venlo"]);
    expect(found("Woning van Woonstichting Dijkhof: schimmel. Sandra belt Dijkhof over de schimmel.", "persoon")).toEqual(["Sandra"]);
    expect(found("4\tEnergie Samen Limburg\teindafrekening\t€ 1.096,30", "plaats")).toEqual([]);
  });
});

describe("organisations named after a family, persons beside organisations", () => {
  it.each([
    // a capitalised particle + surname after "bij" in an employer frame, or before a firm's bankruptcy
    ["Hij heeft twaalf jaar gewerkt bij Van Dalsum en zoekt nu iets anders.", "instelling", ["Van Dalsum"]],
    ["Hij is in maart weg bij Van Dalsum en zoekt nu ander werk.", "instelling", ["Van Dalsum"]],
    ["Hij reed dertig jaar bij Van Grunsven, totdat dat bedrijf failliet ging.", "instelling", ["Van Grunsven"]],
    // a lower-case surname as employer or creditor in lower-case writing, and its later mentions
    ["[10:02] Fenna: ik werk niet meer bij hofstede sinds maart\n[10:03] Jorn: ok", "instelling", ["hofstede"]],
    ["[11:40] Jorn: bosveld wil loonbeslag bij terhorst maar dat loopt al\n[11:41] Fenna: en er kwam weer een brief van bosveld", "instelling", ["bosveld", "terhorst", "bosveld"]],
    // a surname + a plural of a legal profession, wherever it stands
    ["[09:15] Fenna: mevrouw zegt dat hofstede advocaten weer gebeld heeft\n[09:16] Jorn: ok", "instelling", ["hofstede advocaten"]],
    // a group word before a two-word name
    ["Ze is aangemeld bij de rouwgroep Weer Verder in Zevenaar.", "instelling", ["Weer Verder"]],
    // a one-word name after a head word keeps being the organisation where a call frame reads a person
    ["Woning: Woonstichting Maasoord, lekkage.\nActie: Ellen belt Maasoord over de lekkage.", "instelling", ["Woonstichting Maasoord", "Maasoord"]],
    // a coined name + a lower-case kind of firm, and a coined name before its KvK number
    ["| 3 | Zorgvast zorgverzekeraar | 55120934 | premie |", "instelling", ["Zorgvast"]],
    ["Er is een achterstand bij zorgverzekeraar Gezondwijs van 300 euro.", "instelling", ["Gezondwijs"]],
    ["Hij heeft een eenmanszaak in tegelwerk, Tegelvlot, KvK-nummer 71234599.", "instelling", ["Tegelvlot"]],
    // persons beside organisation rules: a first name + a company word on a signature line, a relation + name + place
    ["Met vriendelijke groet,\nAnneke Staal\nBewindvoerder", "persoon", ["Anneke Staal"]],
    ["Bel gerust haar dochter Shaneyla Eersel als mevrouw niet opneemt.", "persoon", ["Shaneyla Eersel"]],
    // hard negatives: a title makes a person, a first name makes a person, a visit is no job, a trade word, a street
    ["Ze werkt bij mevrouw Van Dalsum als huishoudelijke hulp.", "instelling", []],
    ["Hij werkt bij Karel van Dalsum in de tuin.", "instelling", []],
    ["Ik ging vanmiddag langs bij Van Dalsum.", "instelling", []],
    ["[10:02] Fenna: ze heeft een schuld bij bakker op de hoek\n[10:03] Jorn: ok", "instelling", []],
    ["[10:02] Fenna: de advocaten hebben gebeld\n[10:03] Jorn: ok", "instelling", []],
    ["Hij werkt bij Hofstede Transport in Zwolle.", "persoon", []],
    ["Ze kookt in de moskee aan de Van Linden van den Heuvelsingel.", "persoon", []],
    ["Ze heeft een nagelstudio, Jade Nails, in het winkelcentrum.", "persoon", []],
    ["Nieuwe zorgverzekering afgesloten per januari.", "instelling", []],
    ["De Basis zorgverzekering is het goedkoopst.", "instelling", []],
    ["Mijn collega Marvella Tjon belt u terug.", "instelling", []],
    ["Met vriendelijke groet,\nJurgen Martina\nMartina Bewindvoering\nPeizerweg 7", "instelling", ["Martina Bewindvoering"]],
    ["Ze woont in Berflo Es. Haar huisarts is Huisartsenpraktijk Berflo.", "plaats", ["Berflo Es"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it("takes no trade word closing a longer name for a coined name before its KvK number", () => {
    expect(found("Onderneming: Smits Tuinen & Bestrating, KvK 61204999", "instelling")).not.toContain("Bestrating");
  });
  it("keeps a person beside a family firm", () => {
    const text = "Hij werkt bij Van Dalsum. Zijn begeleider is Ineke van Dalsum.";
    expect(found(text, "instelling")).toEqual(["Van Dalsum"]);
    expect(found(text, "persoon")).toEqual(["Ineke van Dalsum"]);
  });
});

describe("phones: a number with a country code after a number-announcing word", () => {
  it.each([
    ["Haar nummer staat in het dossier: +238 991 23 45.", ["+238 991 23 45"]],
    ["Nummer broer (zie dossier): +32 470 12 34 56", ["+32 470 12 34 56"]],
    // hard negative: after "…nummer" a number starting with 00 stays the announced kind
    ["Huurcontractnummer: 0047-118-02", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "telefoon")).toEqual(expected);
  });
});

describe("organisations: lower-case family firms and trade + surname firms", () => {
  it.each([
    // a lower-case family firm: "& zn", "ter"/"ten" + name in an employer frame or after a trade word, a surname
    // that opened an owner + trade firm at its bare mentions
    ["[09:01] Sanne: mensink & zn in hengelo zoekt een lasser\n[09:02] Bart: ok", "instelling", ["mensink & zn"]],
    ["[09:01] Sanne: hij heeft twintig jaar bij ten hoopen in de fabriek gestaan\n[09:02] Bart: ok", "instelling", ["ten hoopen"]],
    ["[09:01] Sanne: de loonstrook van ter steege klopt niet\n[09:02] Bart: ok", "instelling", ["ter steege"]],
    ["[09:01] Sanne: koffie bij slagerij ter haar op het plein?\n[09:02] Bart: ok", "instelling", ["slagerij ter haar"]],
    ["[09:01] Sanne: vacature bij nijenhuis metaal in borne\n[09:05] Bart: werkt zijn broer niet al bij nijenhuis?", "instelling", ["nijenhuis metaal", "nijenhuis"]],
    // a trade word or trade compound + a surname, lower case or capitalised
    ["[09:01] Sanne: zijn vader rijdt voor brookhuis transport\n[09:02] Bart: ok", "instelling", ["brookhuis transport"]],
    ["[09:01] Sanne: ze kan misschien bij meubelfabriek van dijk, die zoeken mensen\n[09:02] Bart: ok", "instelling", ["meubelfabriek van dijk"]],
    ["[09:01] Sanne: anders scheepswerf kuipers in harlingen?\n[09:02] Bart: ok", "instelling", ["scheepswerf kuipers"]],
    ["[09:01] Sanne: hij werkte jaren bij jachtwerf wolbrink, tot de sluiting\n[09:02] Bart: ok", "instelling", ["jachtwerf wolbrink"]],
    ["Hij werkt sinds maart bij Ter Haar in Goor.", "instelling", ["Ter Haar"]],
    ["Zij heeft inkomsten: aanvullend op loon Ten Hoopen.", "instelling", ["Ten Hoopen"]],
    ["De rekening van Tegeldepot Mulder is nog niet betaald.", "instelling", ["Tegeldepot Mulder"]],
    ["In de bijlage de offerte van Meubelenhuis Jansen in Goor.", "instelling", ["Meubelenhuis Jansen"]],
    // a call name the text gives is a person, also after "via"
    ["Zoon Hendrik Jan Bos, door iedereen Hanno genoemd, was erbij. Contact via Hanno.", "persoon", ["Hendrik Jan Bos", "Hanno", "Hanno"]],
    ["Zoon Hendrik Jan Bos, door iedereen Hanno genoemd, was erbij. Contact via Hanno.", "instelling", []],
    // hard negatives: set phrases with "ter", a village "Ter Apel", a father and sons, a trade word as a word, a person
    ["[09:01] Sanne: ik ben ter plaatse bij ter info de brief\n[09:02] Bart: ok", "instelling", []],
    ["[09:01] Sanne: hij zat eerst bij ter apel op het azc\n[09:02] Bart: ok", "instelling", []],
    ["[09:01] Sanne: foto van vader en zonen op het erf\n[09:02] Bart: ok", "instelling", []],
    ["[09:01] Sanne: hij werkt op een scheepswerf, dat weet ik\n[09:02] Bart: ok", "instelling", []],
    ["Ik ging vanmiddag langs bij mevrouw Ter Steege.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("ages in words and lists, names that are places, places in chats", () => {
  it.each([
    // ages in words after a name or pronoun with a chat or dialect adverb, or closing a quote
    ["Geertje is nou achtenvijftig en ze zoekt werk.", "leeftijd", ["achtenvijftig"]],
    ["Over haar broer zegt ze: \"hij was pas negentien\".", "leeftijd", ["negentien"]],
    // English number words after he/she
    ["Our daughter lives with my mother, she is twelve.", "leeftijd", ["twelve"]],
    ["My brother came last year, he was seventeen and alone.", "leeftijd", ["seventeen"]],
    // a decade noun after an adjective: "een alleenstaande vijftiger"
    ["Het gaat om een werkloze zestiger uit de wijk.", "leeftijd", ["zestiger"]],
    // the age at an event before a movement preposition
    ["Ze kwam op haar negende vanuit Aleppo naar Nederland.", "leeftijd", ["negende"]],
    // English relation words before a first name
    ["My colleague Joana from the kitchen can help me.", "persoon", ["Joana"]],
    // a town that is also a word, lower case before a verb; a place-and-date line without a comma
    ["de bakker in goor zoekt een hulp voor zaterdag", "plaats", ["goor"]],
    ["Fatma Yilmaz\nDorpsstraat 3\n\nGoor 3-6-2024\n\nGeachte heer,", "plaats", ["Goor"]],
    // digits: a dialect "mer"/"worden" after the age, a chat particle before ", N,", a country code after the age,
    // an age closing a list line before a capitalised next line
    ["oome Harm? die is 74 mer nog hartstikke fit", "leeftijd", ["74"]],
    ["ons vake is 79 worden in mei", "leeftijd", ["79"]],
    ["Gerrit dus, 41, wil weer aan het werk", "leeftijd", ["41"]],
    ["Casus Marek Z. (38, PL) slaapt in een tent.", "leeftijd", ["38"]],
    ["- Noor, groep 3, 6 jaar\nDe moeder werkt.", "leeftijd", ["6 jaar"]],
    // the teacher's title before a surname with a particle; a street without a suffix after the English "at"
    ["- meester Van Dalen, intern begeleider", "persoon", ["Van Dalen"]],
    ["I rent a room at Hoefslag 12-2, 2202 AB Noordwijk.", "adres", ["Hoefslag 12-2"]],
    // hard negatives: a number that is no age, a count, English words that are no age, the adjective, a duration,
    // a wrapped duration, a teacher's degree
    ["hij heeft 3 jaar\nin de bijstand gezeten", "leeftijd", []],
    ["Hij is meester in de rechten.", "persoon", []],
    ["Het is nou twintig over drie.", "leeftijd", []],
    ["She is one of the best workers.", "leeftijd", []],
    ["He is ten minutes late again.", "leeftijd", []],
    ["Ze heeft op haar werk een vijftiger jaren jurk gekocht.", "leeftijd", []],
    ["hij was vijf jaar in dienst bij de bakker", "leeftijd", []],
    ["wat een goor weer vandaag", "plaats", []],
    ["My friend works in a hotel, my sister lives in Porto.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: schools, churches, care farms and shops by name", () => {
  it.each([
    // a school compound after an article, an ordinal class + a name, a lower-case "school" + De/Het + a name
    ["Sem zit in groep 6 van de Lindehofschool.", "instelling", ["Lindehofschool"]],
    ["Sem zit in groep 6 van de Lindehofschool.", "persoon", ["Sem"]],
    ["De ouders werken goed samen met de Morgenstondschool.", "instelling", ["Morgenstondschool"]],
    ["Daan zit in de eerste klas Johannes Calvijn en fietst zelf.", "instelling", ["Johannes Calvijn"]],
    ["De meester van school De Klimboom zegt dat ze moe is.", "instelling", ["De Klimboom"]],
    ["De meester van school De Klimboom zegt dat ze moe is.", "persoon", []],
    // a name explained by a bracketed kind of place, a Twents farm, a foreign parish, a youth desk with a coined name
    ["Ik heb morgen een intake bij de Blije Mus (kinderopvang).", "instelling", ["Blije Mus"]],
    ["Ze draait mee op Erve Nieuw Begin in Haaksbergen.", "instelling", ["Erve Nieuw Begin"]],
    ["Hij gaat naar de mis van de Polska Misja Katolicka in Utrecht.", "instelling", ["Polska Misja Katolicka"]],
    ["Ze neemt contact op met Jongerenpunt Vuurtoren voor een traject.", "instelling", ["Jongerenpunt Vuurtoren"]],
    ["Ze neemt contact op met Jongerenpunt Vuurtoren voor een traject.", "persoon", []],
    // a shop with a tagline name, a coined firm + region after "traject", a housing corporation after a river word
    ["Ze werkt drie ochtenden in het atelier van Weggeefwinkel Tweede Leven.", "instelling", ["Weggeefwinkel Tweede Leven"]],
    ["Hij start met traject Werkkracht Salland.", "instelling", ["Werkkracht Salland"]],
    ["| Dinkelwoonstede (huur) | € 640,00 |", "instelling", ["Dinkelwoonstede"]],
    // hard negatives: God's word is no person, a school level, a surname after "school De", a person before a bracketed
    // kind, a generic youth service + region, a youth desk in a known district, a lone first name after the class
    ["Op school leren ze in het licht van Gods Woord.", "persoon", []],
    ["Hij zit in de derde klas Havo.", "instelling", []],
    ["Hij zit sinds september in de tweede klas Jan.", "instelling", []],
    ["De juf van school De Vries belde.", "instelling", []],
    ["Afspraak met de Vries (school) gemaakt.", "instelling", []],
    ["Hij doet mee met Jongerenwerk Twente.", "instelling", []],
    ["Hij kwam binnen via het Jongerenpunt Lombok.", "instelling", []],
    ["Ze gaat naar de Montessorischool en daarna naar de Rijschool.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("postcodes: a unit-like letter pair before a place of several words", () => {
  it.each([
    ["Postcode en plaats: 6571CM Berg en Dal", ["6571CM"]],
    ["Postcode/woonplaats: 6566 CM Millingen aan de Rijn", ["6566 CM"]],
    // hard negatives: a length or a distance stays no postcode
    ["De wond is 1200 CM lang.", []],
    ["Hij rijdt 1200 KM Bergen op Zoom en terug.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "postcode")).toEqual(expected);
  });
});

describe("places: a German five-digit postcode in an address line", () => {
  it.each([
    ["Werkgever: Spargelhof Tebbe, Frasselter Straße 88, 47559 Kranenburg", ["Kranenburg"]],
    ["Adres moeder: Großer Markt 7, 47559 Kranenburg.", ["Kranenburg"]],
    // hard negatives: five digits without an address before them, and an amount
    ["Het dossier 47559 Kranenburg is gesloten.", []],
    ["Ze kreeg in totaal 12000 Euro terug.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "plaats")).toEqual(expected);
  });
});

describe("organisations: a lower-case type noun with its name in chats", () => {
  it.each([
    // "de"/"het" + a noun closed by the end of the phrase
    ["[10:02] sanne: hij werkt sinds maart bij hotel de zeemeeuw in callantsoog", ["hotel de zeemeeuw"]],
    ["[10:03] bram: camping het wielewaalbos zoekt nog iemand voor de schoonmaak", ["camping het wielewaalbos"]],
    ["[10:04] sanne: ze woont in zorgcentrum de kolenwagen, kamer 12", ["zorgcentrum de kolenwagen"]],
    ["[10:05] bram: contract bij strandpaviljoen de duinroos loopt tot oktober", ["strandpaviljoen de duinroos"]],
    ["[10:06] sanne: hij begint maandag bij meubelmakerij de drentse hoeve.", ["meubelmakerij de drentse hoeve"]],
    // a coined word, a particle + surname, a saint's name
    ["[10:07] bram: ze heeft een bijbaan bij fietsverhuur kustwiel op het eiland", ["fietsverhuur kustwiel"]],
    ["[10:09] bram: hij werkt bij keukenstudio van dijk in hardenberg", ["keukenstudio van dijk"]],
    ["[10:10] sanne: haar zoon zit bij fanfare sint-cornelius in landgraaf", ["fanfare sint-cornelius"]],
    // hard negatives: an article before the head, an adjective or time word after it, a verb after "het"
    ["[10:12] sanne: ik zag hem in het hotel de sleutel ophalen", []],
    ["[10:13] bram: hij was naar het ziekenhuis de volgende dag", []],
    ["[10:14] sanne: ze was bij de bakkerij de hele ochtend", []],
    ["[10:15] bram: ze stonden op camping de laatste week van juli", []],
    ["[10:16] sanne: hij moet naar kliniek morgen om tien uur", []],
    ["[10:17] bram: we waren bij camping het regent daar altijd", []],
    ["[10:18] sanne: hij heeft in het hotel de kamer schoongemaakt.", []],
    ["[10:19] bram: ze werkt bij hotel de hele zomer in de keuken", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
});

describe("organisations: a name with a trade tail, and coined names mentioned again", () => {
  it.each([
    // a coined word or a region before a trade word, after an employer or creditor frame
    ["[09:12] sanne: ze werkt sinds mei bij duinvonk schoonmaak in zandvoort", ["duinvonk schoonmaak"]],
    ["[09:12] sanne: heb je de eindafrekening van marsveld accountants al?", ["marsveld accountants"]],
    ["[09:12] sanne: hij draait nachtdienst bij twente reiniging", ["twente reiniging"]],
    ["[09:12] sanne: ze kreeg een brief van hoogstraten zaden over het seizoen", ["hoogstraten zaden"]],
    ["[09:12] sanne: hij heeft een contract bij velmoor personeel", ["velmoor personeel"]],
    // the coined word of such a firm spreads alone
    ["[09:12] sanne: ik was bij de kas van tulvarn seeds\n[09:14] ruud: regelt tulvarn ook de huisvesting?", ["tulvarn seeds", "tulvarn"]],
    // a coined word that is the domain of a mail address or website of the text
    ["[09:12] sanne: iemand ervaring met kroonwerkt?\n[09:14] ruud: mail naar info@kroonwerkt.nl", ["kroonwerkt"]],
    ["[09:12] sanne: hij staat ingeschreven bij hun site polderjob-west.nl\n[09:14] ruud: polderjob betaalt slecht", ["polderjob"]],
    // new frames: working via a coined firm, a shift there, a firm noun naming itself
    ["[09:12] sanne: hij werkt via flexzuid in tilburg", ["flexzuid"]],
    ["[09:12] sanne: ze heeft nachtdienst bij glansvorm op de werf", ["glansvorm"]],
    ["[09:12] sanne: het bureau heet tijdkracht, ze zit in een huis met 9 man", ["tijdkracht"]],
    // a capitalised name before an events, translation or breeding tail
    ["Ze had een eigen bedrijf, Kalvano Events, tot 2021.", ["Kalvano Events"]],
    ["Hij werkte als zelfstandig tolk (Okafor Translations) tot de crisis.", ["Okafor Translations"]],
    ["Graminea Breeding wil hem na de proefplaatsing een contract geven.", ["Graminea Breeding"]],
    // hard negatives: an adjective, an adverb or a word before the trade, a pronoun or article after via, webmail and a
    // town as domains, a service after a plain word
    ["[09:12] sanne: werkt hij bij eigen personeel?", []],
    ["[09:12] sanne: dat gaat via goedkope schoonmaak", []],
    ["[09:12] sanne: ze wil naar beschermd wonen", []],
    ["[09:12] sanne: hij kreeg werk via hem", []],
    ["[09:12] sanne: ze werkt via de bakker", []],
    ["[09:12] sanne: zijn mail is piet@gmail.com, zoek maar op gmail", []],
    ["[09:12] sanne: stuur het naar info@heerlen.nl", []],
    ["[09:12] sanne: het bureau heet anders nu", []],
    ["[09:12] sanne: werkt ze bij tijdelijk personeel?", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
});

describe("persons, ages and places in lower-case chats", () => {
  it.each([
    // villages of the Wadden islands, by Castricum and in the Peel, East Frisian islands, English country names, East Asian cities
    ["[09:14] wouter: hij zoekt een kamer in ballum of zo", "plaats", ["ballum"]],
    ["Ze werkte een seizoen in een hotel op Borkum.", "plaats", ["Borkum"]],
    ["[11:02] ilse: ze woont nu in neerkant bij haar zus", "plaats", ["neerkant"]],
    ["my brother lives in belgium now", "plaats", ["belgium"]],
    ["[10:00] sanne: haar man zit nu in nagoya", "plaats", ["nagoya"]],
    // an ambiguous village that is no Dutch word, in lower case after in/uit/naar
    ["[10:40] kim: hij werkt bij een bakker in nes sinds mei", "plaats", ["nes"]],
    ["[10:41] kim: ze komt uit born, vlak bij sittard", "plaats", ["born", "sittard"]],
    // a place that opens with "'t" in lower case after in/uit/naar
    ["[13:20] joost: wie kent de opvang in 't goy?", "plaats", ["'t goy"]],
    // children "zijn" a list of ages in words; "kleintjes" with ages in brackets; an age closed by "die is"
    ["[14:30] fleur: de meiden zijn zeven en drie", "leeftijd", ["zeven", "drie"]],
    ["[14:31] fleur: ze heeft twee kleintjes (2 en 5)", "leeftijd", ["2", "5"]],
    ["[14:32] fleur: noor is 6 die is nog thuis", "leeftijd", ["6"]],
    // the Limburg "sestig" (60) in a compound
    ["[08:20] sjef: ich bin achtensestig, dat wit ich", "leeftijd", ["achtensestig"]],
    // a particle surname after a clergy or academic title in lower case
    ["[09:50] anke: ik bel ook ds. van dam van de kerk", "persoon", ["anke", "van dam"]],
    ["[09:51] anke: pastoor de bruin weet er meer van", "persoon", ["anke", "de bruin"]],
    // "neem ik NAME (van het team) mee"; a lower-case first name with "van N" as an age
    ["[11:13] bram: dan neem ik floor van het wijkteam mee", "persoon", ["bram", "floor"]],
    ["[11:20] bram: hoi, roos van 16 is niet op school geweest", "persoon", ["bram", "roos"]],
    ["[11:20] bram: hoi, roos van 16 is niet op school geweest", "leeftijd", ["16"]],
    // a family by its particle surname opening a chat message
    ["[12:10] ruud: van der wal: aanvraag is binnen", "persoon", ["ruud", "van der wal"]],
    // hard negatives: a noun after "'t", a word-like village with no preposition, a pair that is no age, a bus time,
    // a thing taken along, a municipality office opening a message
    ["[13:21] joost: de kinderen spelen in 't zand bij de zee", "plaats", []],
    ["[13:22] joost: ik ben born and raised hier", "plaats", []],
    ["[13:23] joost: de bus van 7 is weer te laat", "leeftijd", []],
    ["[13:27] joost: de roos van 12 euro is mooi", "leeftijd", []],
    ["[13:24] joost: neem ik het dossier van de gemeente mee", "persoon", ["joost"]],
    ["[13:25] joost: van de gemeente: nog niks gehoord", "persoon", ["joost"]],
    ["[13:26] joost: de dominee de hele dag op bezoek", "persoon", ["joost"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons, ages and places (2): chat answers, foreign cities, wrong persons", () => {
  it.each([
    // ages: an English "and" after an age, "van N" before "aan" or a plural verb, a second child "en een van N", a chat
    // answer without its subject
    ["[18:20] marta: my girls, lena is 9 and maja is 4", "leeftijd", ["9", "4"]],
    ["Ze woont met haar dochter Ilse van zeven aan de Kerkstraat.", "leeftijd", ["zeven"]],
    ["Mevrouw en haar dochter van vier verhuizen in mei naar Assen.", "leeftijd", ["vier"]],
    ["Er zijn twee kinderen: een meisje van 4 en een van 11.", "leeftijd", ["4", "11"]],
    ["[10:02] dewi: klopt, ben 17 hoor", "leeftijd", ["17"]],
    // a waiting list is a term, no age; a participle with a noun part after a title is no name
    ["De wachtlijst bij de corporatie is 8 jaar.", "leeftijd", []],
    ["Afspraak: dhr. vrijgesteld van de sollicitatieplicht tot juni.", "persoon", []],
    // lower-case chat names: a word-like first name + particle + surname, "ter" + a word, a name before "z'n" or joined by
    // "en" to a first name, a role + "heet" + a particle surname
    ["[09:14] fenna: ja, mark de jong van de garage belde", "persoon", ["fenna", "mark de jong"]],
    ["[09:15] fenna: zijn oom gerrit ter hoeve is 70 en rijdt nog", "persoon", ["fenna", "gerrit ter hoeve"]],
    ["[09:15] fenna: zijn oom gerrit ter hoeve is 70 en rijdt nog", "leeftijd", ["70"]],
    ["[09:16] fenna: de fiets van max z'n broer", "persoon", ["fenna", "max"]],
    ["[09:17] fenna: wie haalt amber en sanne op?", "persoon", ["fenna", "amber", "sanne"]],
    ["[09:18] fenna: haar mentor heet van wijngaarden", "persoon", ["fenna", "van wijngaarden"]],
    // English dates in a chat: a lower-case month after "starts", a day-month after "from"
    ["[18:03] olena: my contract starts 3 march", "datum", ["3 march"]],
    ["[18:04] olena: the rent goes up from 1-7.", "datum", ["1-7"]],
    // places: a lower-case "-buurt" hamlet, a "'t" place after a heading dash, a route "van X naar Y", a two-word place
    // whose last word is a first name
    ["[07:50] noor: zijn ouders wonen in kievitsbuurt", "plaats", ["kievitsbuurt"]],
    ["Verslag huisbezoek – 't Zandt", "plaats", ["'t Zandt"]],
    ["De bus van Putten naar Ermelo rijdt niet meer.", "plaats", ["Putten", "Ermelo"]],
    ["[15:13] marco: zijn broer woont in st anne", "persoon", ["marco"]],
    // an embassy with its country is one organisation
    ["Hij was chauffeur van de attaché van de Ambassade van Peru.", "instelling", ["Ambassade van Peru"]],
    ["She was a cleaner at the Embassy of Portugal.", "instelling", ["Embassy of Portugal"]],
    ["She was a cleaner at the Embassy of Portugal.", "plaats", []],
    // hard negatives: a count before "en", a verb "mark", "ter" in a fixed phrase, a kind of neighbourhood, office hours,
    // a price, a count of children, a surname after a title, a role noun after "heet", a duration
    ["[15:34] jesse: ik heb een ton en lisa komt", "persoon", ["jesse", "lisa"]],
    ["[12:23] noah: mark de datum in je agenda", "persoon", ["noah"]],
    ["[12:23] noah: stuur het naar marieke ter info", "persoon", ["noah", "marieke"]],
    ["[07:48] jan: opgegroeid in volksbuurt", "plaats", []],
    ["we work from 9-5 every day", "datum", []],
    ["een meisje van 5 en een van 8 euro", "leeftijd", ["5"]],
    ["de zoon van zes kinderen", "leeftijd", []],
    ["dhr. van Buren naar Nes verhuisd", "persoon", ["van Buren"]],
    ["[08:06] ruud: de mentor heet de beste", "persoon", ["ruud"]],
    ["[16:31] ayoub: ja ben 2 dagen weg", "leeftijd", []],
    ["Hij staat op de wachtlijst en is 45 jaar.", "leeftijd", ["45 jaar"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: coined names in lists and compounds, spread to their other mentions", () => {
  it.each([
    // a coined housing or energy compound after a preposition or opening a clause with a verb
    ["[14:21] kasia: ik heb brief van polderwonen, ik moet uit de kamer", "instelling", ["polderwonen"]],
    ["[11:25] mo: en nieuwe huurbaas? ze zaten bij dijkwonen", "instelling", ["dijkwonen"]],
    ["[09:20] jeanine: contract loopt tot oktober en rivierwonen zegt wachtlijst 6 jaar", "instelling", ["rivierwonen"]],
    ["[09:21] jeanine: ook een brief van woonheuvel over de huur", "instelling", ["woonheuvel"]],
    // a coined word between a preposition and "in" + a known place
    ["[10:23] sjoerd: stuur hem evt naar werkfort in asten, die doen ook trajecten", "instelling", ["werkfort"]],
    ["[16:40] agata: ik heb werk!! bij kasztan in someren", "instelling", ["kasztan"]],
    // lessons at a club, not turning up at work, the yard of a firm
    ["[15:38] jesse: milan wil nog op zeilles bij golfwind, lukt dat?", "instelling", ["golfwind"]],
    ["[14:02] kees: hij is gisteren niet op komen dagen bij plantovia. 2e keer al", "instelling", ["plantovia"]],
    ["[13:20] anouk: ongeluk gehad op de werf van plantovia, hand tussen een lier", "instelling", ["plantovia"]],
    // a coined word + its trade after calling, a region adjective before a housing compound, an agency word as trade
    ["[11:05] priya: ik bel polderkracht personeel, die regelen de huisvesting", "instelling", ["polderkracht personeel"]],
    ["[12:14] joyce: ok. en huurt ze nog bij veluwer heidewonen?", "instelling", ["veluwer heidewonen"]],
    ["[16:50] erik: die zijn via jobsplus uitzend, dat bureau regelt het", "instelling", ["jobsplus uitzend"]],
    // a lower-case list of firms: one found anchors the coined others, also a yard + its name and a coined word + trade
    ["[10:09] geertje: ingeschreven zijn plantovia, kiemrijk, scheepswerf hollandia, agriflex en zaadwerk", "instelling", ["plantovia", "kiemrijk", "scheepswerf hollandia", "agriflex", "zaadwerk"]],
    ["[10:03] bas: brabofix, tuinolux, werkmaxx en dommelrijk schoonmaak. en verder niemand", "instelling", ["brabofix", "tuinolux", "werkmaxx", "dommelrijk schoonmaak"]],
    // a capitalised list: an energy compound is a supplier; "en" + a housing compound ends the name before it
    ["Er zijn schulden bij onder meer Polderenergie, Zorgverzekeraar Zeedistel en Dijkwonen.", "instelling", ["Polderenergie", "Zorgverzekeraar Zeedistel", "Dijkwonen"]],
    // a two-word name after its head word, read again after "van" in a payee line
    ["Bewindbureau Ruim Zicht\nDorpsstraat 4\n\nHet geld gaat naar de rekening ten name van Ruim Zicht inzake mevrouw.", "instelling", ["Bewindbureau Ruim Zicht", "Ruim Zicht"]],
    // hard negatives: housing words that are ordinary words, a relative or a sport in the same frames, a list of things
    ["[09:00] anke: ze gaan samenwonen en bij oma in asten wonen", "instelling", []],
    ["[09:01] anke: ik ga naar oma in asten", "instelling", []],
    ["[09:02] anke: hij wil naar beschermd wonen, brief van woonkamer niet", "instelling", []],
    ["[09:03] anke: ik bel eigen personeel", "instelling", []],
    ["[09:04] anke: we hadden koffie, thee, taart en lekker schoonmaak", "instelling", []],
    ["[09:05] anke: hij zit bij parnassia, school, en werk", "instelling", ["parnassia"]],
    ["[09:06] anke: we gaan naar zwolle, kampen en deventer transport", "instelling", []],
    ["[09:07] anke: milan heeft zwemles bij oma in de buurt", "instelling", []],
    // a Dutch compound or a plural before "in" + a place, a housing word that is a compound of a word or a role
    ["[09:08] anke: een jongen die via pleeggezin in ankeveen woont", "instelling", []],
    ["[09:09] anke: de klanten zijn naar kapsalons in groningen gegaan", "instelling", []],
    ["[09:10] anke: onderzoek naar woonadres in duitsland?", "instelling", []],
    ["[09:11] anke: gesprek gehad met woonconsulent over de urgentie", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: type words, 'gebr.' firms and region names with a type word", () => {
  it.each([
    // a care, school or leisure head + a coined coast or compass compound (also with an ordinary word's ending)
    ["[09:10] lotte: hij ligt in ziekenhuis zuiderhaven, afdeling longen", "instelling", ["ziekenhuis zuiderhaven"]],
    ["[09:11] lotte: ze gaat naar kliniek zeevaarder voor de nacht", "instelling", ["kliniek zeevaarder"]],
    ["[09:12] lotte: ggz westkust heeft gebeld", "instelling", ["ggz westkust"]],
    ["[09:17] lotte: we gaan met watertaxi zeester naar de overkant", "instelling", ["watertaxi zeester"]],
    ["[09:18] lotte: afspraak bij praktijk zeewind, morgen om 9", "instelling", ["praktijk zeewind"]],
    // a short head or a club abbreviation + "de" + a noun; a centre or help point compound + "de" + a noun
    ["[09:13] lotte: ze zit op roc de vaart?", "instelling", ["roc de vaart"]],
    ["[09:14] lotte: hij wil bij sv de zwaluw maar dat kost geld", "instelling", ["sv de zwaluw"]],
    ["[09:15] lotte: ze werkt in de keuken van zwemcentrum de otter, ze begint maandag", "instelling", ["zwemcentrum de otter"]],
    ["[09:16] lotte: bel jij even met inlooppunt de wissel?", "instelling", ["inlooppunt de wissel"]],
    // a regional care head + the region it serves; a region or its adjective + a school compound or "medisch centrum"
    ["[09:20] lotte: de verwijzing komt van fysio achterhoek.", "instelling", ["fysio achterhoek"]],
    ["[09:26] lotte: ze zit op twente vakcollege in hengelo", "instelling", ["twente vakcollege"]],
    ["[09:27] lotte: hij ligt in het drents medisch centrum.", "instelling", ["drents medisch centrum"]],
    // the head after its article + a coined name; a particle + an unknown surname before "in" + a place
    ["[09:21] lotte: de kliniek zeevaarder belde gisteren", "instelling", ["kliniek zeevaarder"]],
    ["[09:22] lotte: hij begint bij meubelmakerij van dorsser in tiel, fulltime", "instelling", ["meubelmakerij van dorsser"]],
    // "gebr(.)" + the owners' surname (+ a trade word), with a trade compound before it
    ["[09:23] lotte: hij werkt bij gebr. koopmans, al jaren", "instelling", ["gebr. koopmans"]],
    ["[09:24] lotte: schuld bij gebr hofstede transport loopt nog", "instelling", ["gebr hofstede transport"]],
    ["[09:25] lotte: hij melkt bij melkveebedrijf gebr. van lohuizen in ruurlo", "instelling", ["melkveebedrijf gebr. van lohuizen"]],
    ["Hij werkt bij Metaalwaren Gebr. Ensink in Ede.", "instelling", ["Metaalwaren Gebr. Ensink"]],
    // a firm's name does not spread to a person's surname after a first name
    ["[09:21] lotte: bij houthandel ruitenkamp in ede, dreigt met beslag\n[09:22] kim: ik ken ze, henk ruitenkamp is wel redelijk", "instelling", ["houthandel ruitenkamp"]],
    // hard negatives: a head with its article and an ordinary noun, a sector word + a service, "gebr." for "gebruik",
    // a town before "naar school", a training, a point of a list, a park or water taxi as a thing
    ["[09:30] lotte: naar het ziekenhuis morgen", "instelling", []],
    ["[09:31] lotte: de praktijk belde", "instelling", []],
    ["[09:32] lotte: bij de kliniek de intake.", "instelling", []],
    ["[09:33] lotte: ggz de crisisdienst belt", "instelling", []],
    ["[09:34] lotte: gebr. medicatie onbekend", "instelling", []],
    ["[09:40] lotte: gebr de fiets van zijn broer", "instelling", []],
    ["[09:35] lotte: hij ging in deventer naar school", "instelling", []],
    ["[09:36] lotte: bij vv de training.", "instelling", []],
    ["[09:37] lotte: aandachtspunt de huur.", "instelling", []],
    ["[09:38] lotte: op het vakantiepark de hele zomer", "instelling", []],
    ["[09:39] lotte: ik neem de watertaxi morgen", "instelling", []],
    ["T. is op zijn 16e van de havo afgegaan en zoekt werk.", "instelling", []],
    ["Hij verloor zijn baan toen de rederij failliet ging.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("persons, ages, places and addresses (3)", () => {
  it.each([
    // a lower-case street after "oud/nieuw", or a bare street word after a declined adjective
    ["[10:41] piotr: de sleutel ligt op oud zuilenseweg 31b, achter de winkel", "adres", ["oud zuilenseweg 31b"]],
    ["[10:42] sanne: ze zit op lange laan 19 toch?", "adres", ["lange laan 19"]],
    ["Joke Rijk\nBewindvoering Rijk\nGrote Markt 12\n4461 BZ Goes", "adres", ["Grote Markt 12"]],
    // turning an age in words with a time word beside the verb
    ["[16:20] bram: mijn opa wordt zondag negentig, groot feest", "leeftijd", ["negentig"]],
    ["Haar vader woont in Sneek en werd vorig jaar vijfenzeventig; ze ziet hem weinig.", "leeftijd", ["vijfenzeventig"]],
    ["Haar broer, die nog bij hun ouders woont en volgende maand zeventien wordt, komt ook.", "leeftijd", ["zeventien"]],
    // two persons in a row each with a bare number; two persons sharing an age; "van één"
    ["[11:30] petra: drie kids: lieke 14, bram 11 en noor 6", "leeftijd", ["14", "11", "6"]],
    ["[11:31] petra: ja daan 9 en sofie 5. de vader zit in Polen", "leeftijd", ["9", "5"]],
    ["[11:32] petra: kevin en dylan zijn allebei zeventien", "leeftijd", ["zeventien"]],
    ["Mevrouw en haar dochtertje van één wonen bij haar zus.", "leeftijd", ["één"]],
    // a religious title or a neighbour/household before a lower-case lexicon surname
    ["[16:30] ilse: het gebed wordt geleid door imam el amrani", "persoon", ["ilse", "el amrani"]],
    ["[21:30] wouter: de kinderen slapen bij buurman jansen vannacht", "persoon", ["wouter", "jansen"]],
    ["[14:10] dawit: nieuwe aanmelding: gezin visser, 4 personen", "persoon", ["dawit", "visser"]],
    // hard negatives: weather and sums with the same verbs, counts after names, a language, an adjective before a name
    ["[16:21] bram: het wordt zaterdag dertig, zwembad!", "leeftijd", []],
    ["[16:22] bram: de huur wordt volgend jaar vijftig euro meer.", "leeftijd", []],
    ["[16:23] bram: en morgen twintig wordt het, lekker", "leeftijd", []],
    ["[11:33] petra: lieke 3 uur en bram 2 uur gewerkt", "leeftijd", []],
    ["[11:34] petra: kevin en dylan zijn allebei ziek", "leeftijd", []],
    ["Taakverdeling: Roos 3, Lotte 3, Ilse 2.", "leeftijd", []],
    ["[10:43] sanne: we liepen op de hoge dijk 2 rondjes", "adres", []],
    ["[09:25] yassin: ze spreekt beter frans dan nederlands", "persoon", ["yassin"]],
    ["[09:26] yassin: hij verstaat geen duits", "persoon", ["yassin"]],
    ["[10:31] tomasz: ze komt met kleine kuba (3)", "persoon", ["tomasz", "kuba"]],
    ["[21:31] wouter: het gezin woont in een chalet", "persoon", ["wouter"]],
    ["[21:32] wouter: buurvrouw belde net", "persoon", ["wouter"]],
    ["de imam zegt dat het goed is", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: more type words and trade + surname firms", () => {
  it.each([
    // a farm, trade house, club or band compound + its name
    ["[10:11] femke: hij begint bij kaasboerderij welmerink in lopik.", "instelling", ["kaasboerderij welmerink"]],
    ["[10:12] femke: schuld bij wijnimport castellaro in breda loopt nog", "instelling", ["wijnimport castellaro"]],
    ["[10:13] femke: ze wil bij drumband ravel in elburg", "instelling", ["drumband ravel"]],
    ["[10:14] femke: hij zit bij tennisvereniging de kluppel via de gemeente", "instelling", ["tennisvereniging de kluppel"]],
    ["[10:15] femke: hij werkt in de keuken van pannenkoekenhuis de zwaluw.", "instelling", ["pannenkoekenhuis de zwaluw"]],
    // "de" + an inflected adjective + a noun, as parks and hotels are named; a participle closes the name
    ["[10:16] femke: ze huren een caravan op camping de gouden vos aan de dijk", "instelling", ["camping de gouden vos"]],
    ["[10:17] femke: heb jij nog loon van recreatiepark de kraanvogel gehad?", "instelling", ["recreatiepark de kraanvogel"]],
    // a church named by a biblical word or a saint
    ["[10:18] femke: ze gaat naar de sint-bavokerk op zondag", "instelling", ["sint-bavokerk"]],
    ["[10:19] femke: de pniëlkerk doet ook mee met de voedselinzameling", "instelling", ["pniëlkerk"]],
    // a known surname + the goods the firm trades; two partners' surnames joined by "&"
    ["[10:26] femke: hij werkt bij mulder pluimvee in barneveld", "instelling", ["mulder pluimvee"]],
    ["[10:27] femke: de bewindvoerder is van smeets & de bruin in venlo", "instelling", ["smeets & de bruin"]],
    // hard negatives: time and order adjectives, a painting, churches named by a common word or a compass point
    ["[10:28] femke: jan & piet komen morgen langs", "instelling", []],
    ["[10:30] femke: de kinderen kregen fruit in de klas", "instelling", []],
    ["[10:20] femke: op de camping de hele zomer gewerkt", "instelling", []],
    ["[10:21] femke: bij hotel de laatste week gewerkt", "instelling", []],
    ["[10:22] femke: ze heeft het schilderij de nachtwacht gezien", "instelling", []],
    ["[10:23] femke: in de dorpskerk was het druk", "instelling", []],
    ["[10:24] femke: de noorderkerk en de westerkerk", "instelling", []],
    ["[10:25] femke: hij werkt in de bakkerij in zwolle", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("organisations: coined names in chats and their mentions (3)", () => {
  it.each([
    // a coined word in brackets in a chat speaker tag is the speaker's organisation
    ["[10:01] mieke (taalkracht): hoi allemaal\n[10:02] jan: hoi\n[10:03] mieke (taalkracht): tot morgen", "instelling", ["taalkracht", "taalkracht"]],
    ["[11:01] samir (vwb): nieuwe aanmelding\n[11:04] samir (vwb): hij woont in tiel", "instelling", ["vwb", "vwb"]],
    // a lower-case region or coined word + "wonen" in a housing or debt frame, or acting as a subject
    ["[09:10] ilse: ja, 2 mnd achter bij betuwe wonen. hij zoekt werk", "instelling", ["betuwe wonen"]],
    ["[09:11] ilse: ze heeft een woning van achterhoek wonen\n[09:12] tom: ok", "instelling", ["achterhoek wonen"]],
    ["[09:13] ilse: ok, betuwe wonen stuurt een brief\n[09:14] tom: ok", "instelling", ["betuwe wonen"]],
    // "de/het" + a coined farm or venue word after a preposition in a chat
    ["[09:20] ilse: hij heeft een contract bij de eikenhoeve\n[09:21] tom: top", "instelling", ["de eikenhoeve"]],
    ["[09:22] ilse: ze werkt nu bij de zandkolk\n[09:23] tom: fijn", "instelling", ["de zandkolk"]],
    // a coined agency after workers placed "via" it, housing "van" it; a hospital where someone lies "in het"
    ["[08:01] bram: ze zetten 30 mensen op straat, vooral roemenen via flexwerkz\n[08:02] jan: oei", "instelling", ["flexwerkz"]],
    ["[08:03] bram: hij woont in een pand van werkmaxx aan de rand van het dorp\n[08:04] jan: ok", "instelling", ["werkmaxx"]],
    ["[08:05] jan: ligt hij in het zonnedal?\n[08:06] bram: ja in zonnedal, hartinfarct", "instelling", ["zonnedal", "zonnedal"]],
    ["[08:07] bram: cargoviq in deurne heeft wel magazijnwerk\n[08:08] jan: ok", "instelling", ["cargoviq"]],
    // a coined word opening a clause with "zit in" + a town, and its later mentions
    ["[08:15] joost: nee, werkvlinq zit in gemert\n[08:16] lieke: die van werkvlinq? ok", "instelling", ["werkvlinq", "werkvlinq"]],
    // the other coined one-word members of a list with a found lower-case organisation
    ["[11:20] kees: welke bedrijven?\n[11:21] maaike: bij kroonvlees, trafiqo, dalmerix en vonkzorg. info@kroonvlees.nl", "instelling", ["kroonvlees", "trafiqo", "dalmerix", "vonkzorg"]],
    // hard negatives: a role, service or relation in a speaker tag; "wonen" as a verb; ordinary nouns after bij/via/van
    ["[10:01] mieke (klantmanager): hoi\n[10:02] jan (gemeente): hoi\n[10:03] piet (moeder): ja\n[10:04] kim (jobcoach): ok", "instelling", []],
    ["[09:14] ilse: de mensen die in betuwe wonen, bij hun ouders wonen", "instelling", []],
    ["[09:24] ilse: hij is bij de bakker en op het kerkhof\n[09:25] tom: via hem dan", "instelling", []],
    ["[08:09] bram: vooral polen via hem\n[08:10] jan: hij woont in een pand van zijn oom", "instelling", []],
    ["[08:11] jan: ligt hij in het ziekenhuis?\n[08:12] bram: ja, ligt in het water", "instelling", []],
    ["[08:13] bram: morgen in deurne heeft hij een afspraak\n[08:14] jan: ok", "instelling", []],
    ["[08:15] joost: nee, marieke zit in gemert\n[08:16] lieke: ok, hij zit in gemert nu", "instelling", []],
    ["[09:31] fenna (orthopedagoog): over de jongste\n[09:32] jan: ok", "instelling", []],
    ["[13:06] yvonne: die van de berkenweide 12? die is 82\n[13:07] ruud: ok", "instelling", []],
    ["[08:17] jan: de aanvraag ligt in het postvak, kijk even\n[08:18] bram: ok", "instelling", []],
    ["[08:19] jan: weer brieven van overal\n[08:20] bram: ok", "instelling", []],
    ["[11:22] maaike: weer een aanmaning van essent, terwijl ze al betaalt\n[11:23] kees: bij vonkstroom, koffie en thee", "instelling", ["essent"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 23 Y: lower-case organisations in chats", () => {
  it.each([
    // a kind-of-provider compound + "de/het/'t" + its name, the clause ending there or a verb of the name following
    ["[10:12] anouk: de peuter kan naar kindplein de kameleon, dat is geregeld\n[10:13] joost: mooi", "instelling", ["kindplein de kameleon"]],
    ["[10:14] anouk: voor boodschappen kan ze naar voedselpunt 't kruispunt\n[10:15] joost: ok", "instelling", ["voedselpunt 't kruispunt"]],
    ["[10:16] anouk: hij staat op de wachtlijst bij logopediepraktijk de klinker\n[10:17] joost: hoe lang?", "instelling", ["logopediepraktijk de klinker"]],
    ["[10:18] anouk: kleren haalt ze bij kledingpunt 't winkeltje in de wijk\n[10:19] joost: ok", "instelling", ["kledingpunt 't winkeltje"]],
    // "het" + a name + "college"
    ["[10:20] anouk: zoon zit op het ravel college, veel verzuim\n[10:21] joost: ok", "instelling", ["ravel college"]],
    // a negative service word opening a lexicon name with a compass word at its end
    ["[10:22] anouk: de voogd komt van jeugdbescherming west. ze belt morgen\n[10:23] joost: ok", "instelling", ["jeugdbescherming west"]],
    // negatives: an article + an ordinary word or adjective after such a head, a bare "praktijk", an adjective before
    // "college", the service word alone
    ["[10:24] anouk: ze zit bij de kinderpraktijk de hele ochtend\n[10:25] joost: ok", "instelling", []],
    ["[10:26] anouk: in de praktijk de regels volgen is lastig\n[10:27] joost: ok", "instelling", []],
    ["[10:28] anouk: dat is het vorige college, niet dit\n[10:29] joost: het hoger college dan?", "instelling", []],
    ["[10:30] anouk: de jeugdbescherming is ingeschakeld, via het wijkteam\n[10:31] joost: ok", "instelling", []],
    ["[10:32] anouk: dat is geen uitgangspunt de laatste tijd\n[10:33] joost: nee", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // a village opening with groot-/klein-/nieuw-/oud-/sint- after in/uit/naar, missing from the lexicon
    ["[14:10] mo: ken jij mw. pieters uit groot-lindewaard?\n[14:11] ineke: ja", "plaats", ["groot-lindewaard"]],
    ["[14:12] mo: hij woont nu in klein-heerdonk, bij zijn zus\n[14:13] ineke: ok", "plaats", ["klein-heerdonk"]],
    // negatives: an adjective or a former role with such a prefix
    ["[14:14] mo: ze woont in oud-hollandse stijl\n[14:15] ineke: uit nieuw-zeelandse wol", "plaats", []],
    ["[14:16] mo: het kwam uit oud-collega's hun netwerk\n[14:17] ineke: ok", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 23 Z: coined brands and short forms", () => {
  it.each([
    // a coined one-word brand right after a creditor noun, and its other mentions
    ["Betreft: derde aanmaning vordering Geldsnel\n\nGeachte mevrouw Smit,\n\nNamens Geldsnel vragen wij u het bedrag te betalen.", "instelling", ["Geldsnel", "Geldsnel"]],
    ["Onze opdrachtgever Leenwijs heeft ons gevraagd deze vordering te innen.", "instelling", ["Leenwijs"]],
    ["Hij heeft veel schulden, grootste schuldeiser Snelkrediet (€ 8.400), en hij slaapt slecht.", "instelling", ["Snelkrediet"]],
    // the value of a form label
    ["Ons kenmerk: AB-2024-118\nOpdrachtgever: Rentevlot\nBetreft: loonbeslag", "instelling", ["Rentevlot"]],
    // a list of creditors with their shares or amounts
    ["Verdeling over de schuldeisers: Woonrijk 20%, Geldsnel 35%, DUO 30%, Belastingdienst 15%.", "instelling", ["Woonrijk", "Geldsnel"]],
    // negatives: a surname, an ordinary word, a first name, a national body, a word opening a sentence
    ["De schuldeiser Jansen wil niet meewerken. Vordering Huur staat open.", "instelling", []],
    ["Budget: Huur € 640, Boodschappen € 300, Zakgeld: Anna € 20, Daan € 15.", "instelling", []],
    ["Verdeling: DUO 40%, Belastingdienst 60%. Opdrachtgever: gemeente Utrecht.", "instelling", []],
    // (an amount on the next line after a colon, or after an item without its own amount, makes no list of creditors)
    ["Stand van de vordering per 1-4-2025:\nHoofdsom € 842,19\nRente € 61,30", "instelling", []],
    ["Schulden: een lening bij de buren, Rekeningkrediet € 900 en de huur.", "instelling", []],
    // (the full name's own mention is not cut to its short form)
    ["Hij werkt bij Werkplaats De Zaagbank in Epe.", "instelling", ["Werkplaats De Zaagbank"]],
    // the short form of a named place after its article, in lower case
    ["Sem gaat naar de huiswerkklas in Buurthuis De Schakel. De vrijwilligers van de Schakel zijn blij met hem.", "instelling", ["Buurthuis De Schakel", "Schakel"]],
    ["Zijn dochter zit op obs Het Kompas. Volgens het Kompas gaat het goed.", "instelling", ["obs Het Kompas", "Kompas"]],
    // with its capitalised article the short form outranks a person guess
    ["Locatie: Sociale Onderneming De Houtwerf, Dorpsweg 3\nAanwezig: Kees Bos (leidinggevende De Houtwerf), Ans Vos", "instelling", ["Sociale Onderneming De Houtwerf", "De Houtwerf"]],
    // negatives: the word in lower case, or without its article, stays a word
    ["Sem gaat naar Buurthuis Het Anker. Het anker van de boot ligt op de kant; een Anker is een merk.", "instelling", ["Buurthuis Het Anker"]],
    // a person after a lower-case care service word is the person the service is for; a school keeps its name
    ["Betreft: toekenning jeugdhulp Ruben Claes, geb. 3-4-2012", "persoon", ["Ruben Claes"]],
    ["Betreft: toekenning jeugdhulp Ruben Claes, geb. 3-4-2012", "instelling", []],
    ["Hij zit op basisschool Anne Frank in de wijk.", "instelling", ["basisschool Anne Frank"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 23 X: firms by surname", () => {
  it.each([
    // a trade word + a surname: the bare surname is the firm, also after "van" (no person "van X")
    ["Hij loopt stage bij Dakdekkersbedrijf Mulderink. Mulderink wil hem daarna in dienst nemen.", "instelling", ["Dakdekkersbedrijf Mulderink", "Mulderink"]],
    ["Er ligt een offerte van Schildersbedrijf Kuipers. Ik stuur de offerte van Kuipers door.", "instelling", ["Schildersbedrijf Kuipers", "Kuipers"]],
    ["[10:02] anke: hij werkt nu bij Garage Terpstra\n[10:03] joop: dan bel ik sandra van Terpstra wel even", "instelling", ["Garage Terpstra", "Terpstra"]],
    ["[10:02] anke: hij werkt nu bij Garage Terpstra\n[10:03] joop: dan bel ik sandra van Terpstra wel even", "persoon", ["anke", "joop", "sandra"]],
    // with a particle and "Gebr.": the particle is part of the firm's short name
    ["Zij werkt bij Loonbedrijf Gebr. Van Houtum in Zeeland. Haar broer wil ook bij Van Houtum werken.", "instelling", ["Loonbedrijf Gebr. Van Houtum", "Van Houtum"]],
    ["Plaatsing bij Boomkwekerij van Dongen loopt goed; ook zijn neef werkt bij Van Dongen.", "instelling", ["Boomkwekerij van Dongen", "Van Dongen"]],
    // the surname before company words, in a form field, while the owner is the contact person
    ["Naam bedrijf: Hofstede Installatietechniek\nContactpersoon: Erik Hofstede\n\nHofstede doet graag mee met SROI.", "instelling", ["Hofstede Installatietechniek", "Hofstede"]],
    ["Naam bedrijf: Hofstede Installatietechniek\nContactpersoon: Erik Hofstede\n\nHofstede doet graag mee met SROI.", "persoon", ["Erik Hofstede"]],
    // a domain of a trade word + the owner's name
    ["Van: Karin Smeenk <karin@bakkerijsmeenk.nl>\n\nIk begrijp het, maar Smeenk is een klein bedrijf.", "instelling", ["Smeenk"]],
    // two firms joined by "en voor" are two names
    ["Hij zou werken voor Stratenmakersbedrijf Bosman en voor Installatiebedrijf Van Lier. Navraag bij Bosman en Van Lier.", "instelling", ["Stratenmakersbedrijf Bosman", "Installatiebedrijf Van Lier", "Bosman", "Van Lier"]],
    // negatives: the owner with a first name, initials or a title stays a person
    ["Hij werkt bij Tegelwerken Hoekstra. Meneer Hoekstra, de eigenaar, is tevreden. Groet, J. Hoekstra", "persoon", ["Hoekstra", "J. Hoekstra"]],
    ["Hij werkt bij Tegelwerken Hoekstra. Sjoerd Hoekstra belde gisteren.", "persoon", ["Sjoerd Hoekstra"]],
    // a one-person practice keeps the owner's bare name for the person
    ["bewindvoerder Frank Lippens, Lippens Bewind & Mentorschap. Lippens heeft dit omgezet.", "instelling", ["Lippens Bewind"]],
    // the owner is the client the text is about: the bare surname stays the person
    ["Klant: dhr. Joost Kramer (52). Hij had een eenmanszaak, Kramer Schilderwerken. Kramer heeft nu geen inkomen.", "persoon", ["Joost Kramer", "Kramer"]],
    ["| T. Brouwers | 1969 | Brouwers Grondverzet | Bbz |\n\n- Brouwers: wacht op de jaarcijfers.", "persoon", ["T. Brouwers", "Brouwers"]],
    ["Hij werkt bij Loonbedrijf Brouwers. Brouwers van Loonbedrijf Brouwers belde gisteren.", "instelling", ["Loonbedrijf Brouwers", "Loonbedrijf Brouwers"]],
    // a place after a trade word is no owner, and the national bodies and services stay unflagged
    ["Hij werkt bij Bouwbedrijf Drachten. In Drachten woont hij ook; het UWV en het wijkteam weten ervan.", "instelling", ["Bouwbedrijf Drachten"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 23 Y2: lower-case organisations in chats", () => {
  it.each([
    // a lower-case club abbreviation after a preposition + a plural club name or a word of no lexicon
    ["[19:02] ruud: zijn zoon keept bij vv de zwaluwen, echt goed", "instelling", ["vv de zwaluwen"]],
    ["[19:02] ruud: jesse wil bij sv de kraaien voetballen\n[19:03] ans: leuk", "instelling", ["sv de kraaien"]],
    ["[19:02] ruud: noah speelt bij vv corbulo, elke zaterdag", "instelling", ["vv corbulo"]],
    // negatives: a common word after the club abbreviation stays unflagged
    ["[19:02] ruud: bij vv de training. daarna naar huis", "instelling", []],
    ["[19:02] ruud: hij is lid bij sv gisteren nog gezegd", "instelling", []],
    // a care group + "de" + a name closed by a relative pronoun
    ["[09:10] kim: ik ken iemand bij zorggroep de lindehof die nog mensen zoekt", "instelling", ["zorggroep de lindehof"]],
    // a lower-case name + "moskee"/"kerk" after "de"; not an adjective or a denomination
    ["[14:20] jan: de imam van de selimiye moskee tolkt wel", "instelling", ["selimiye moskee"]],
    ["[14:20] jan: ze gaat naar de turkse moskee en de gereformeerde kerk", "instelling", []],
    // a trade compound + a surname in -ens closing the clause
    ["[08:30] els: hij rijdt nu bij transportbedrijf gerritsens. vast contract", "instelling", ["transportbedrijf gerritsens"]],
    ["[08:30] els: werkt bij transportbedrijf tijdens de zomer", "instelling", []],
    // a coined firm after starting, being dismissed or waiting there, or the coach it sends
    ["[11:00] piet: hij mag maandag beginnen bij kramotec, eerst proef", "instelling", ["kramotec"]],
    ["[11:00] piet: vorig jaar ontslagen bij vezelplex, sinds dien thuis", "instelling", ["vezelplex"]],
    ["[11:00] piet: de jobcoach van werkvaart belde net", "instelling", ["werkvaart"]],
    ["[11:00] piet: de jobcoach van haar zoon belde net", "instelling", []],
    // a coined word + "beheer"/"vastgoed" after "van"; no word before it
    ["[11:00] piet: hij huurt een werkplaats van brandvast beheer.", "instelling", ["brandvast beheer"]],
    ["[11:00] piet: dat valt onder gemeentelijk vastgoed. en in eigen beheer", "instelling", []],
    // a day-care service + "'t" + a southern diminutive; no adverb after it
    ["[10:07] bram: of dagbesteding 't molenke in weert", "instelling", ["dagbesteding 't molenke"]],
    ["[10:07] bram: hij wil dagbesteding het liefst dichtbij, via het wijkteam of de voedselbank", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 23 Z2: organisation names with a place, short forms", () => {
  it("joins an organisation found by its shape and the place right after it", () => {
    expect(found("Ze belde met Locatiebeheer Huisvesting Kampen over de sleutel.", "instelling")).toEqual(["Locatiebeheer Huisvesting Kampen"]);
    expect(found("| jan 2021 – mei 2021 | Flexteam Achterhoek | orderpicker | verhuisd |", "instelling")).toEqual(["Flexteam Achterhoek"]);
    expect(found("De woning wordt verhuurd door Zuid Holland Wonen B.V. aan arbeidsmigranten.", "instelling")).toEqual(["Zuid Holland Wonen B.V."]);
    expect(found("Ze kreeg een verwijzing naar verloskundigenpraktijk Zeester, tel. 0224 - 41 22 90.", "instelling")).toEqual(["verloskundigenpraktijk Zeester"]);
  });
  it("keeps a generic service, a known organisation and a team in a place apart", () => {
    const text = "Hij is aangemeld bij Humanitas Ede en bij Gemeente Apeldoorn, Stadskantoor Leeuwarden en Sociaal Team Twenterand.";
    expect(found(text, "instelling")).toEqual(["Humanitas"]);
    expect(found(text, "plaats")).toEqual(["Ede", "Apeldoorn", "Leeuwarden", "Twenterand"]);
    expect(found("Afspraak met Jeugdteam Zwolle over de zoon.", "instelling")).toEqual([]);
    expect(found("Gesprek met Sociaal Team Huizen over de aanvraag.", "plaats")).toEqual(["Huizen"]);
    expect(found("Hij zat in PI Vught en werkt nu bij Bakkerij Jansen in Zwolle.", "plaats")).toEqual(["Vught", "Zwolle"]);
  });
  it("reads an article-led name after 'zit op' as a school, also when a district bears it", () => {
    expect(found("Haar zoon van 7 zit op De Wielewaal en doet het goed.", "instelling")).toEqual(["De Wielewaal"]);
    expect(found("Hij woont op De Wielewaal sinds maart.", "instelling")).toEqual([]);
  });
  it("reads particle + surname + an unknown capitalised word after 'bij/at' as the owner's firm", () => {
    expect(found("Haar broer werkt sinds mei bij Van Beek Vriesverse in Tiel.", "instelling")).toEqual(["Van Beek Vriesverse"]);
    const text = "Ze heeft maandag een afspraak bij De Jong in Tiel, daarna bij De Vries Maandag.";
    expect(found(text, "instelling")).toEqual([]);
    expect(found(text, "persoon")).toEqual(["De Jong", "De Vries"]);
  });
  it("reads one word in capitals in brackets after a name as that person's organisation when the text names it so", () => {
    const text = "Aanwezig: Sanne Bos, Ilona de Graaf (ZEEWIND).\nZeewind (Ilona): gaat goed.\n- Sanne zet de verlenging van Zeewind in gang.";
    expect(found(text, "instelling")).toEqual(["ZEEWIND", "Zeewind", "Zeewind"]);
    const meeting = "Aanwezig: Piet Bos (AFWEZIG), Joop Smit (NOTULIST).\nAfwezig: Klaas.\nNotulist (Joop): verslag volgt.";
    expect(found(meeting, "instelling")).toEqual([]);
  });
  it("flags a church named after a saint", () => {
    expect(found("Contact via de kerk: Sint-Servatiuskerk.", "instelling")).toEqual(["Sint-Servatiuskerk"]);
  });
  it("spreads a name written in capitals in its title-case spelling", () => {
    const text = "Aanwezig: Petra Smit (fysiotherapeut, FYSIO ZEEWIND), Karel Bos.\nZeewind (Petra): oefent thuis.";
    expect(found(text, "instelling")).toEqual(["FYSIO ZEEWIND", "Zeewind"]);
    expect(found(text, "persoon")).toContain("Petra");
  });
});

describe("session 23 W2: villages", () => {
  it.each([
    // kernen of the municipalities, capitalised and in lower case after in/uit/naar
    ["Mevrouw woont sinds vorig jaar in Ospel en werkte eerder in Leveroy.", "plaats", ["Ospel", "Leveroy"]],
    ["hij komt uit schelluinen en is verhuisd naar hoornaar", "plaats", ["schelluinen", "hoornaar"]],
    ["Ze heeft een huurwoning in Nederweert-Eind gevonden, vlak bij haar zus.", "plaats", ["Nederweert-Eind"]],
    ["Zijn vader heeft een boerderij in de Wieringermeer; zelf woont hij in Nieuwpoort.", "plaats", ["Wieringermeer", "Nieuwpoort"]],
    ["De bus van Annerveenschekanaal naar Gasteren rijdt maar twee keer per dag.", "plaats", ["Annerveenschekanaal", "Gasteren"]],
    // a spoken name of a town
    ["ik werk nu in gorkum bij een bakker", "plaats", ["gorkum"]],
    // a kern that is also a surname or a word: only after in/uit/te/naar
    ["Ze woont in Goudriaan, haar moeder in Veulen.", "plaats", ["Goudriaan", "Veulen"]],
    ["Mevrouw Goudriaan belde over de aanvraag; het veulen van de buren is ziek.", "plaats", []],
    ["Hij leende geld van zijn broer en mevrouw Witteveen heeft een schuld bij het CJIB.", "plaats", []],
    ["Meneer Witteveen heeft een afspraak met het UWV.", "persoon", ["Witteveen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 24: common words", () => {
  it.each([
    // "werkplek" is an ordinary word, also after "naar" and as a table cell
    ["ze gaat naar werkplek in Tiel", "instelling", []],
    ["| periode | werkplek | ervaring |\n| 2023 | Werkplek | goed |", "instelling", []],
    ["Hij werkt bij Werkplek De Schakel in Tiel.", "instelling", ["Werkplek De Schakel"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 24: a firm's owner name on its own", () => {
  it.each([
    // a capitalised word at the start of a sentence is no first name before the owner's name
    ["Hij werkt bij Hoveniersbedrijf Schouten in Maartensdijk. Bij Schouten zijn ze tevreden.", "instelling", ["Hoveniersbedrijf Schouten", "Schouten"]],
    // a legal form after the firm's name
    ["Hij was bijrijder bij Transportbedrijf Kuipers B.V. in Wolvega. Bij Kuipers ging het mis.", "instelling", ["Transportbedrijf Kuipers B.V.", "Kuipers"]],
    ["Hij werkte bij Bouwbedrijf Van der Welle BV. Na het faillissement van Van der Welle kreeg hij WW.", "instelling", ["Bouwbedrijf Van der Welle BV", "Van der Welle"]],
    // a first name before the surname still makes a person
    ["Hij werkt bij Hoveniersbedrijf Schouten. Ronald Schouten belde over de uren.", "persoon", ["Ronald Schouten"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 24 C-r1: places in frames, persons, small labels, false hits", () => {
  it.each([
    // an ambiguous place after a branch or team word, before "e.o.", in a list with known places, after a school + dash
    ["Revius Lyceum | locatie Doorn\nKerkweg 3", "plaats", ["Doorn"]],
    ["vervoer door vrijwilligers van de Zonnebloem afd. Horn", "plaats", ["Horn"]],
    ["het FACT-team Epe heeft hem afgesloten", "plaats", ["Epe"]],
    ["Intervisie jeugdconsulenten Epe – 17 september 2024", "plaats", ["Epe"]],
    ["De locatie Best is gesloten.", "plaats", []],
    ["coördinator Voedselbank Best e.o.\n06-12345678", "plaats", ["Best"]],
    ["werkgebied Epe, Heerde en Hattem", "plaats", ["Epe", "Heerde", "Hattem"]],
    ["Bouwens College – Horst\nwww.bouwenscollege.nl", "plaats", ["Horst"]],
    ["Het was best goed, zei ze.", "plaats", []],
    ["In de doorn zat een splinter.", "plaats", []],
    // the abbreviated saint's title of a Frisian village
    ["Gezin Bakker, wonend in St.-Jacobiparochie.", "plaats", ["St.-Jacobiparochie"]],
    // a word-like place in chat style after "in", framed by a workplace or a day
    ["[10:01] anna: ze werkt bij de action in helden toch?\n[10:02] bo: ja", "plaats", ["helden"]],
    ["[10:01] anna: pakket ophalen in horst op woensdag\n[10:02] bo: ok", "plaats", ["horst"]],
    ["[10:01] anna: veel interesse in dieren op zaterdag\n[10:02] bo: ok", "plaats", []],
    // people by origin or a programme before a place: the place only
    ["aantekeningen opvang Syriërs Emmen", "plaats", ["Emmen"]],
    ["aantekeningen opvang Syriërs Emmen", "instelling", []],
    ["Overzicht Taaltraject Zuid-Limburg 2024", "instelling", []],
    // a municipality after the council words is a place, no organisation
    ["namens burgemeester en wethouders van Utrechtse Heuvelrug,", "instelling", []],
    // a lower-case place that is also a plural of people after a count
    ["[10:01] marek: kamer met 4 andere polen\n[10:02] ilse: ok", "plaats", []],
    ["[10:01] marek: ik kom uit polen\n[10:02] ilse: ok", "plaats", ["polen"]],
    // a predicate closing a subordinate clause is no lower-case name after a title
    ["volgende afspraak om 10.00 uur, als dhr. vrij is", "persoon", []],
    ["Ik weet niet of mw. bouzian is gekomen.", "persoon", ["bouzian"]],
    // a franchise supermarket with its owner's name is one organisation
    ["Ze werkt als caissière bij Jumbo Van der Linden in Venray.", "instelling", ["Jumbo Van der Linden"]],
    ["Ze werkt als caissière bij Jumbo Van der Linden in Venray.", "persoon", []],
    ["Hij werkt bij Jumbo. Van Dam belde later.", "persoon", ["Van Dam"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // a lower-case name after the abbreviated doctor's title that closes the clause
    ["[08:40] nadia: zit bij de huisarts, dr. peeters. morgen weer op werk\n[08:41] noud: ok", "persoon", ["nadia", "peeters", "noud"]],
    ["[08:40] nadia: de dr. zei dat het goed is\n[08:41] noud: ok", "persoon", ["nadia", "noud"]],
    // "ene" + a lower-case surname
    ["[08:06] tjitske: nee particulier, ene van der wal. verhuurt de zolder\n[08:07] jan: ok", "persoon", ["tjitske", "van der wal", "jan"]],
    ["[08:06] tjitske: aan de ene kant is dat goed\n[08:07] jan: ok", "persoon", ["tjitske", "jan"]],
    // a word-like first name before "van het juridisch loket"
    ["[08:11] marieke: en dirk van het juridisch loket kan meekijken\n[08:12] ans: top", "persoon", ["marieke", "dirk", "ans"]],
    ["[08:11] marieke: boodschappen bij dirk van de gemeente?\n[08:12] ans: top", "persoon", ["marieke", "ans"]],
    // initials + a role-word surname
    ["Van: R. Mentor <r.mentor@school.nl>\nAan: info@gemeente.nl", "persoon", ["R. Mentor"]],
    ["Met vriendelijke groet,\n\nK. Arts\ndocent", "persoon", ["K. Arts"]],
    // a table row opening with an initial is no lettered section
    ["A. Nowak | 1991 | Ede\nB. Kroon | 2001 | Tiel\nM. Sarmiento | 1975 | Heenvliet", "persoon", ["A. Nowak", "B. Kroon", "M. Sarmiento"]],
    ["A. Aanvrager\nB. Partner\nC. Kinderen", "persoon", []],
    // initials as a signature name when the full name follows
    ["Wie wil dat doen?\n\nCheers,\nJW\n\nJan-Willem Bos | accountmanager", "persoon", ["JW", "Jan-Willem Bos"]],
    ["Groet,\nCJG\n\nCentrum Jeugd en Gezin", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // an age before a chat clause that opens without a comma
    ["[09:40] nadia: mijn zoon karim is 16 mag hij mee?\n[09:41] sanne: ja", "leeftijd", ["16"]],
    ["[09:40] nadia: de rekening is 16 mag hij dat betalen?\n[09:41] sanne: ja", "leeftijd", []],
    // a day-month after the abbreviation "afspr"
    ["- afspr: 15/4 loonstroken inleveren bij balie", "datum", ["15/4"]],
    ["- afspr. 3/4 van de kosten", "datum", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 24 A-r1: firms named after their owner", () => {
  it.each([
    // the firm's owner or contact person is no client: the bare surname stays the firm
    ["Hij werkt bij Hoveniersbedrijf Brouwers in Haelen. Eigenaar Sjaak Brouwers is tevreden.\n- Bij Brouwers willen ze verlengen.", "instelling", ["Hoveniersbedrijf Brouwers", "Brouwers"]],
    ["Voorstel: stage bij Autobedrijf Van Dongen in Tiel, contactpersoon Ruud van Dongen. Esra vraagt bij Van Dongen een gesprek aan.", "instelling", ["Autobedrijf Van Dongen", "Van Dongen"]],
    ["Hij werkt bij Hoveniersbedrijf Brouwers. Dhr. Sjaak Brouwers belde. Brouwers vond het goed.", "instelling", ["Hoveniersbedrijf Brouwers"]],
    // a three-letter surname with its particle
    ["Ze werkt bij Groentebedrijf Van Rij in Zuidland, maar Van Rij heeft alleen in de zomer werk.", "instelling", ["Groentebedrijf Van Rij", "Van Rij"]],
    // "bij <surname> <verb> ze": the firm's staff, also where no firm is named
    ["Weten jullie iets van een regeling? Bij Kuipers hadden ze vorig jaar een jongen met rijlessen.", "instelling", ["Kuipers"]],
    ["[09:34] jildou: bij van der meer zoeken ze nog een opperman", "instelling", ["van der meer"]],
    ["Bij Jan hebben ze een hond. Bij oma zijn ze lief.", "instelling", []],
    ["Dhr. Kuipers belde. Bij Kuipers hebben ze drie kinderen.", "instelling", []],
    ["Ronald Kuipers belde. Bij Kuipers hebben ze drie kinderen.", "instelling", []],
    // someone works "bij" a surname in a town
    ["Dhr. Nowak werkt via Covebo bij Tolsma in Joure, maar heeft minder uren.", "instelling", ["Covebo", "Tolsma"]],
    ["Zij werkt bij Anton in Joure.", "instelling", []],
    ["Ze werkt bij de bakker in Best.", "instelling", []],
    // the lower-case owner's name of a lower-case firm after "via/bij/voor"; not where the owner speaks
    ["[14:05] wouter: hij is gestart bij hoveniersbedrijf bosman in bilthoven\n[14:07] wouter: bosman zegt dat ie goed werkt\n[14:14] wouter: alles via bosman nu", "instelling", ["hoveniersbedrijf bosman", "bosman"]],
    // a person + "van" + a firm of the text: two spans; not a surname with its particle
    ["Hij werkt bij Hoveniersbedrijf Grasgroen in Oene. Heb je je afgemeld bij Wim van Grasgroen?", "instelling", ["Hoveniersbedrijf Grasgroen", "Grasgroen"]],
    ["Hij werkt bij Hoveniersbedrijf Grasgroen in Oene. Heb je je afgemeld bij Wim van Grasgroen?", "persoon", ["Wim"]],
    ["Hij werkt bij Bakkerij Dijk. Jan van Dijk belde.", "persoon", ["Jan van Dijk"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 24 B-r1: coined organisation names with a cue", () => {
  it.each([
    // a signature line spelled as the e-mail or web domain of the text
    ["Met vriendelijke groet,\n\nMirjam Stokman\ntrajectbegeleider Stapwijs\nm.stokman@stapwijs.nl | 06-12345678", "instelling", ["Stapwijs"]],
    ["Groet,\nHenk Dolman\nWoonconsulent | HWB\n010-1234567 | www.hwb.nl", "instelling", ["HWB"]],
    // not a place's domain, a national body's, a webmail host or a person's own surname
    ["Groet,\nAnke Boomsma\nGemeente Heerenveen\na.boomsma@heerenveen.nl", "instelling", []],
    ["Groet,\nKlantmanager UWV\nwww.uwv.nl", "instelling", []],
    ["Groet,\nPieter Zwanenburg\npieter@zwanenburg.nl", "persoon", ["Pieter Zwanenburg"]],
    // a care role or care service before an organisation the lexicon knows only with a cue
    ["Aanwezig: Ilse Brink (woonbegeleider Dichterbij) en de wijkagent.", "instelling", ["Dichterbij"]],
    ["Per 1 april: wijkverpleging van Aafje, twee keer per dag.", "instelling", ["Aafje"]],
    ["- MEE inschakelen voor de aanvraag", "instelling", ["MEE"]],
    // a first name after a role or after a service a client receives stays a person
    ["Hij sprak met begeleider Aafje over de planning.", "instelling", []],
    ["De begeleiding van Aafje loopt goed.", "instelling", []],
    // "Het" + a surname is a building or home, "De" + a surname a person
    ["Ze belde met de coördinator van locatie Het Kamphuis over de fietsen.", "instelling", ["Het Kamphuis"]],
    ["Ze belde met De Vries over de fietsen.", "instelling", []],
    // a lower-case head word opening a list item or after a semicolon (the name alone is the span), and a capitalised
    // preposition opening the name
    ["- tandartspraktijk De Molenwiek belde over de rekening", "instelling", ["De Molenwiek"]],
    ["Scholen: obs De Tweemaster (Noor); kinderdagverblijf Piep Zee (Daan)", "instelling", ["De Tweemaster", "Piep Zee"]],
    ["Ze heeft een afspraak bij verloskundigenpraktijk Aan Zee in Katwijk.", "instelling", ["Aan Zee"]],
    ["Ze is bij de huisarts In het weekend niet.", "instelling", []],
    // a surname + a company word
    ["Hij solliciteert bij Van Ommen Bedrijfswagens in Goes.", "instelling", ["Van Ommen Bedrijfswagens"]],
    // a creditor line: a coined name, a debt word and an amount
    ["Schulden:\n1. Woonvalk – huurachterstand, ca. € 980\n2. Vitens – € 120", "instelling", ["Woonvalk", "Vitens"]],
    ["Schuldeiser | Bedrag\nWoonvalk (huur) | € 1.200,00 | regeling", "instelling", ["Woonvalk"]],
    ["- Huurtoeslag: terugvordering € 300\n- Jansen, lening € 500", "instelling", []],
    // a capitalised coined word joined by "en" to an organisation
    ["Ze heeft schulden bij Intrum, Woonvalk en Garage Hoekstra.", "instelling", ["Intrum", "Woonvalk", "Garage Hoekstra"]],
    ["Hij zit bij Parnassia, Coach en Jurist.", "instelling", ["Parnassia"]],
    // an abbreviation in capitals after "namens", a letter "van" or a pupil's mentor
    ["De deurwaarder int ook namens WBV.", "instelling", ["WBV"]],
    ["Neem de huurbrief van WBV mee.", "instelling", ["WBV"]],
    ["De mentor van de OSG belde over het verzuim.", "instelling", ["OSG"]],
    ["Hij kreeg een brief van het CJIB en een brief namens UWV.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 24 C-r2: places, postcodes, ages, dates, persons, false hits", () => {
  it.each([
    // a word-like place after in/uit right after a team word or a titled name
    ["[10:01] bo: de buurtcoach van het wijkteam in buren belde\n[10:02] ed: ok", "plaats", ["buren"]],
    ["[10:01] bo: mw. jansen uit buren is verhuisd\n[10:02] ed: ok", "plaats", ["buren"]],
    ["[10:01] bo: ik heb last van de buren\n[10:02] ed: ok", "plaats", []],
    // an ambiguous place right after a one-word care organisation, closing a bracket
    ["thuiszorg: Ria Bos (Buurtzorg Buren)", "plaats", ["Buren"]],
    ["Buurtzorg Best komt morgen langs", "plaats", []],
    // a compass point before a known province or region
    ["Overleg consulenten Zuidwest-Drenthe - 4 april", "plaats", ["Zuidwest-Drenthe"]],
    ["Zuid-Afrikaanse wijn, Noord-Europese kou", "plaats", []],
    // a unit-like capital pair alone in brackets after a known place is a postcode
    ["wonend aan de Lindelaan 4 in Zutphen (7201 KM). Wij", "postcode", ["7201 KM"]],
    ["de rit was lang (1200 KM) en zwaar", "postcode", []],
    // an age after a name and a comma on a household line, before a bracketed remark
    ["Kinderen: Mila, 9 (thuiswonend); Ruben, 16 (woont bij moeder)", "leeftijd", ["9", "16"]],
    ["Kinderen: Mila, 9 uur per week opvang", "leeftijd", []],
    // "allebei" + a number as an apposition
    ["[10:01] bo: broers uit tiel, allebei 19, zoeken werk\n[10:02] ed: ok", "leeftijd", ["19"]],
    ["ze hebben allebei 3 keer gebeld", "leeftijd", []],
    // a day-month closing a note heading before a bracketed remark
    ["aantekeningen huisbezoek 14-3 (kort)\nmw. thuis", "datum", ["14-3"]],
    ["aantekeningen huisbezoek 9-12 uur\nmw. thuis", "datum", []],
    // the second name of a pair closing the clause
    ["Twee kinderen, Noor en Zaid.", "persoon", ["Noor", "Zaid"]],
    ["Ik sprak Noor en Utrecht.", "persoon", ["Noor"]],
    // a diacritic spelling of a found name
    ["klant: dhr. Jozef Dvorak (eig. Dvořák), geb. 1980", "persoon", ["Jozef Dvorak", "Dvořák"]],
    ["klant: dhr. Jozef Dvorak, werkt bij Café Élan", "persoon", ["Jozef Dvorak"]],
    // a home noun earlier in the clause + "aan de" + a name + a house number is an address without a street word
    ["Ze huurt een flat van Woonzorg aan de Bremhorst 8 met haar zoon.", "adres", ["Bremhorst 8"]],
    ["Het huis aan de Maas 3 keer overstroomd", "adres", []],
    // a first name closing an organisation of three or more words, before a lower-case word, is a person
    ["Mooi dat Schildersbedrijf De Groot Piotr een contract geeft.", "persoon", ["Piotr"]],
    ["Mooi dat Schildersbedrijf De Groot Piotr een contract geeft.", "instelling", ["Schildersbedrijf De Groot"]],
    ["Ze ligt in Ziekenhuis Sint Jan en herstelt.", "persoon", []],
    ["Ze woont in Zorgcentrum De Lange Jan aan de rand.", "persoon", []],
    // an abbreviated note heading word is no first name
    ["Aant. gesprek di 4/3 - mw. Bakker", "persoon", ["Bakker"]],
    ["Aant Bosma belde vanochtend", "persoon", ["Aant Bosma"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 24 B-r2: organisation table columns, shop and language-school tails, bank and landlord cues", () => {
  it.each([
    // a "traject bij" column holds organisations; a person column next to it keeps its persons
    ["Naam | Wijk | traject bij | start\nAnouk Meijer | Bergweide | Kompaswerk | 03-02-2025\nSven Dekker | Oostkamp | Lingo Taaltraining | 10-02-2025", "instelling", ["Kompaswerk", "Lingo Taaltraining"]],
    ["Naam | Wijk | traject | start\nAnouk Meijer | Bergweide | Participatie | 03-02-2025\nSven Dekker | Oostkamp | Werkfit | 10-02-2025", "instelling", []],
    // a language-school tail word makes the name an organisation, not a person
    ["Ze volgt les bij Lingo Taaltraining in Ede.", "instelling", ["Lingo Taaltraining"]],
    ["Hij studeert Moderne Talen in Utrecht.", "instelling", []],
    // a regional service abbreviation + a place after a role in brackets is the place only
    ["Casusinbrenger: Els Vos (jeugdconsulent CJG Meppel). Aanwezig: Ruud.", "plaats", ["Meppel"]],
    ["Casusinbrenger: Els Vos (jeugdconsulent CJG Meppel). Aanwezig: Ruud.", "instelling", []],
    ["Casusinbrenger: Els Vos (jeugdconsulent Stapwijs). Aanwezig: Ruud.", "instelling", ["Stapwijs"]],
    // a customer segment after "afdeling" is a department
    ["Intrum Nederland B.V.\nt.a.v. afdeling Particulieren\nPostbus 84043", "instelling", ["Intrum Nederland B.V."]],
    // a shop word + the owner's first name: a tanning studio, a capitalised shop word + "Bij"
    ["Ze heeft schulden bij zonnestudio Bronzé en bij Klarna.", "instelling", ["zonnestudio Bronzé", "Klarna"]],
    ["De werkervaringsplek bij Lunchroom Bij Noor aan de Hoogstraat is goed.", "instelling", ["Lunchroom Bij Noor"]],
    ["Ze werkt in de lunchroom bij Noor.", "instelling", []],
    // a bank after a bank document noun or before a credit word in brackets; the second creditor after "namens"
    ["Klant levert bankafschriften ING aan.", "instelling", ["ING"]],
    ["Grootste schuld: ING (doorl. krediet), dan Essent.", "instelling", ["ING", "Essent"]],
    ["U heeft namens Ziggo en Otto een vordering op mijn cliënt.", "instelling", ["Ziggo", "Otto"]],
    ["Hij schrijft namens Piet en Otto een brief.", "instelling", []],
    // a rent noun before a coined capitalised word names the landlord
    ["- huurachterstand Woonvalk (oude woning): € 1.450", "instelling", ["Woonvalk"]],
    ["De huurachterstand Jansen is afgelost.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 24 A-r2: lower-case chat firms, owner surnames in frames", () => {
  it.each([
    // the name after a head word, again in lower case in a chat
    ["[10:01] Petra: Zit ze nog op het ROC Ter Weel?\n[10:02] anja: ja op ter weel in venlo\n[10:03] Petra: ok", "instelling", ["ROC Ter Weel", "ter weel"]],
    ["[10:01] Petra: Heb je de loonstrook van Schildersbedrijf Kroos?\n[10:02] anja: welke van kroos, die van mei?\n[10:03] Petra: ja", "instelling", ["Schildersbedrijf Kroos", "kroos"]],
    // negative: an ordinary word after the head stays unflagged in lower case
    ["[10:01] Petra: Werkt hij nog bij Bakkerij Jansen?\n[10:02] anja: ja bij jansen in venlo\n[10:03] Petra: ok", "instelling", ["Bakkerij Jansen"]],
    // a coined lower-case firm after a work, debt or help cue, and its other mentions
    ["[08:40] ria: ben je er vandaag bij blauwdak?\n[08:41] tom: nee ff gebeld met piet van blauwdak\n[08:42] ria: ok", "instelling", ["blauwdak", "blauwdak"]],
    ["[08:40] ria: mn schuld bij snelfix transport is nog open\n[08:41] tom: en de huurachterstand bij woonzaam?\n[08:42] ria: ja", "instelling", ["snelfix transport", "woonzaam"]],
    ["[08:40] ria: de deurwaarder van bakels & co stond hier\n[08:41] tom: om 10.30 bij van rijn & zoon?\n[08:42] ria: ja", "instelling", ["bakels & co", "van rijn & zoon"]],
    // negatives: an ordinary word or a person after the cue
    ["[08:40] ria: ze is ziek gemeld bij de huisarts\n[08:41] tom: schuld bij vrienden\n[08:42] ria: anna van hiernaast komt ook", "instelling", []],
    // a bare owner's surname in a placement, payslip, contact or staff frame
    ["- proefplaatsing bij Hoekstra vanaf 1 mei, 4 weken", "instelling", ["Hoekstra"]],
    ["Heeft u al een loonstrook van Van der Linden?", "instelling", ["Van der Linden"]],
    ["Hij werkt bij Zagerij Bosma. Piet Bosma is tevreden. Bij Bosma willen ze hem aannemen.", "instelling", ["Zagerij Bosma", "Bosma"]],
    // negatives: a first name or a full name, and a family in the staff frame
    ["- stage bij Jan Hoekstra vanaf 1 mei", "instelling", []],
    ["Ronald Kuipers belde. Bij Kuipers hebben ze drie kinderen.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 24: a school named after a person, an amount after a title", () => {
  it.each([
    ["Jayden zit in de tweede klas van het d'Oultremontcollege; hij is 14.", "instelling", ["d'Oultremontcollege"]],
    ["Jayden zit in de tweede klas van het d'Oultremontcollege; hij is 14.", "persoon", ["Jayden"]],
    ["Hij belde met mevrouw d'Hondt over de aanvraag.", "persoon", ["d'Hondt"]],
    ["Kim berekent wat mw. netto overhoudt en bespreekt de toeslagen.", "persoon", ["Kim"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 24: ordinary nouns that open firms' names", () => {
  it.each([
    ["Jamal heeft een vast contract via koelhuis op de Maasvlakte.", "instelling", []],
    ["Hij woont op kamers via Stichting Kamers met Kansen in Dordrecht.", "instelling", ["Stichting Kamers met Kansen"]],
    ["Hij werkt bij Koelhuis Westland B.V. in Honselersdijk.", "instelling", ["Koelhuis Westland B.V."]],
    ["Verhuurder: Kamers aan de Singel B.V.", "instelling", ["Kamers aan de Singel B.V."]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 24: an address on a numbered list line", () => {
  it.each([
    ["1. Laageinde 88, 5142 ER – Casade – 2 mnd huur", "adres", ["Laageinde 88"]],
    ["2) Hoogstraat 12a, 5141 AB Waalwijk", "adres", ["Hoogstraat 12a"]],
    ["1. Bespreken met Casade, 2 mnd huur achterstand", "adres", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 25: a street without a street word before a Belgian or German postcode and a known place", () => {
  it.each([
    ["maatschappelijk werker\nVrijheid 149, 2320 Hoogstraten\n+32 3 340 00 00", "adres", ["Vrijheid 149"]],
    ["Zijn moeder woont op Heide 8, 2990 Wuustwezel, net over de grens.", "adres", ["Heide 8"]],
    ["Post naar Brink 3, D-48529 Nordhorn sturen.", "adres", ["Brink 3"]],
    ["Zie week 12, 2024 in Zwolle en artikel 3, 1000 euro.", "adres", []],
    ["Hoofdstuk 4, 1995 Utrechtse bijstandscijfers", "adres", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 26 A: organisation names built from a head word and a coined name", () => {
  it.each([
    // a capitalised head + a coined (regional) name is one organisation, not a person or a place
    ["Wij werken al jaren samen met Dienst Peelvallei in Helmond.", "instelling", ["Dienst Peelvallei"]],
    ["Dienst Kromme Rijnstreek | Postbus 12, 3990 DA Houten", "instelling", ["Dienst Kromme Rijnstreek"]],
    ["Gesprek met Werkplaats Heuvelrand over een stage.", "instelling", ["Werkplaats Heuvelrand"]],
    ["Anja Smit (Kledingbank De Mantel), Rik Bos (wijkteam)", "instelling", ["Kledingbank De Mantel"]],
    ["Overmaken ten name van Wenje Súd, onder vermelding van het contractnummer.", "instelling", ["Wenje Súd"]],
    ["Via Klusploeg Drachten-Noard kan hij helpen met schilderen.", "instelling", ["Klusploeg Drachten-Noard"]],
    ["Hij heeft een regeling via Schuldhulp Geulvallei.", "instelling", ["Schuldhulp Geulvallei"]],
    ["Hij heeft een regeling via Schuldhulp Zwolle.", "instelling", []],
    ["Ik heb haar aangemeld bij Maatschappelijk Werk Reggedal.", "instelling", ["Maatschappelijk Werk Reggedal"]],
    ["Ik heb haar aangemeld bij Maatschappelijk Werk Dinkelland.", "instelling", []],
    ["- Verwezen naar Juridisch Spreekuur Betuwestreek.", "instelling", ["Juridisch Spreekuur Betuwestreek"]],
    ["Er belde iemand van Beschermd Wonen De Es over zijn kamer.", "instelling", ["Beschermd Wonen De Es"]],
    ["Onze opdrachtgever, Stadtwerke Emmerich, vraagt betaling.", "instelling", ["Stadtwerke Emmerich"]],
    ["Verwezen naar Techniekhuis B&K, contactpersoon Bram.", "instelling", ["Techniekhuis B&K"]],
    ["Ze woont boven de Bloemenkiosk Iris, zegt ze.", "instelling", ["Bloemenkiosk Iris"]],
    ["Zij heeft een diploma Taalinstituut Taalrijk behaald.", "instelling", ["Taalinstituut Taalrijk"]],
    // a name + a company word: mail order, lender, studio, academy, recycling
    ["Schulden: Stijlhuis Postorder via Kastanje (€ 800), huur.", "instelling", ["Stijlhuis Postorder", "Kastanje"]],
    ["3. Noordkaap Incasso, i.o.v. Belwinkel Oost", "instelling", ["Noordkaap Incasso", "Belwinkel Oost"]],
    ["Zijn dochter werkt bij de kapper, Haarmode Studio in Tilburg.", "instelling", ["Haarmode Studio"]],
    ["Femke belde met de Wadden Zorg Academie over de cursus.", "instelling", ["Wadden Zorg Academie"]],
    ["hij kan misschien naar Plasticrecycling Waalkant in Tiel", "instelling", ["Plasticrecycling Waalkant"]],
    // places of worship named with an Arabic article or a hyphenated church word
    ["ze gaat vrijdag naar moskee As-Salam voor de vrouwenochtend", "instelling", ["As-Salam"]],
    ["Na de dienst van de Kidane Mehret-gemeente is er koffie.", "instelling", ["Kidane Mehret-gemeente"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // hard negatives: generic services, national bodies, departments, a head before a person, a car, sentence starts
    ["Hij heeft een afspraak bij de Schuldhulp op maandag.", "instelling", []],
    ["Neem contact op met het Juridisch Loket over het ontslag.", "instelling", []],
    ["Ze is aangemeld bij Maatschappelijk Werk voor ondersteuning.", "instelling", []],
    ["Schuldhulp Amsterdam belt morgen terug.", "instelling", []],
    ["Hij moet zich melden bij de Dienst Wegverkeer voor zijn rijbewijs.", "instelling", []],
    ["De Dienst Terugkeer en Vertrek heeft contact opgenomen.", "instelling", []],
    ["Dienst Publiek stuurt een nieuwe pas.", "instelling", []],
    ["Na de dienst van zondag sprak ik Peter.", "instelling", []],
    ["Hij zit in de werkplaats van Ahmed.", "persoon", ["Ahmed"]],
    ["Hij staat op de wachtlijst voor Beschermd Wonen Jan van Dam.", "persoon", ["Jan van Dam"]],
    ["Hij woont in Beschermd Wonen sinds 2022.", "instelling", []],
    ["Auto (Škoda Fabia, 2013), waarde € 2.000.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 26 B: lower-case organisation names in chat style", () => {
  const chat = (line: string) => `[09:01] ria: morgen allemaal\n[09:02] bas: ${line}`;
  it.each([
    [chat("bso bij kinderopvang it krobbeltsje gaat pas om acht open"), ["kinderopvang it krobbeltsje"]],
    [chat("tolk via tolkhûs súd aangevraagd"), ["tolkhûs súd"]],
    [chat("eerst inloop bij dorpshûs de mienskip in drachten"), ["dorpshûs de mienskip"]],
    [chat("kleding via de kledingbank dokkum"), ["kledingbank dokkum"]],
    [chat("ze doet schoonmaak bij schoonmaakbedrijf stralend west, 12u/week"), ["schoonmaakbedrijf stralend west"]],
    [chat("die van kwekerij klaverblad?"), ["kwekerij klaverblad"]],
    [chat("ze heeft een plek bij kapsalon ilse in tiel"), ["kapsalon ilse"]],
    [chat("hij werkt bij pizzeria casa mia in tiel"), ["pizzeria casa mia"]],
    [chat("melkveebedrijf jansen-smit bedoel je?"), ["melkveebedrijf jansen-smit"]],
    [chat("zoon werkt bij kwekerij van ommen sinds mei"), ["kwekerij van ommen"]],
    [chat("nieuwe aanmelding via waaloever: huurachterstand"), ["waaloever"]],
    [chat("zit hij nog op de peelstroom?"), ["peelstroom"]],
    [chat("ze werkt bij de plantsoenendienst van greidewurk"), ["greidewurk"]],
    [chat("haar stage bij nails by lotte wordt niet betaald"), ["nails by lotte"]],
    [chat("hij werkt parttime bij kebab palace op de markt"), ["kebab palace"]],
    [chat("wel ok met een maatje van humanitas"), ["humanitas"]],
    [chat("het is geregeld met sanne van humanitas"), ["humanitas"]],
    [chat("hij is vakkenvuller bij jumbo in tiel"), ["jumbo"]],
    [chat("aanmelden bij klavertrouw via de gemeentepolis"), ["klavertrouw"]],
    // hard negatives
    [chat("hij werkt bij de bakker in tiel"), []],
    [chat("stage bij een garage in tiel"), []],
    [chat("die van kwekerij gisteren?"), []],
    [chat("hij fietst via de binnenstad naar huis"), []],
    [chat("ze loopt via de ophaalbrug naar school"), []],
    [chat("na instroom via uitstroom naar werk"), []],
    [chat("ik ken hem via zijn broer"), []],
    [chat("de kapsalon van marieke is dicht"), []],
    [chat("kleding via de voedselbank tiel"), []],
    [chat("kleding via de kledingbank geregeld"), []],
    [chat("tolk via tolkhûs aangevraagd"), []],
    [chat("ze woont in leerdam"), []],
    ["Kwekerij is vandaag dicht, zegt Bas.", []],
    ["Hij werkt via de mail en de post.", []],
  ] as [string, string[]][])("%j", (text, expected) => {
    expect(found(text, "instelling")).toEqual(expected);
  });
  it("keeps the person after 'van' a person", () => {
    expect(found(chat("de kapsalon van marieke is dicht"), "persoon")).toContain("marieke");
  });
});

describe("session 26 C: bare coined brand names, unknown abbreviations and family firms", () => {
  it.each([
    // an unknown abbreviation after "op/naar/bij het" is a school or centre; generic school types and national bodies stay
    ["Haar zoon is 17 en zit op het BKC, eerste jaar zorg.", "instelling", ["BKC"]],
    ["Hij moet naar het ROC in Breda en daarna bij het UWV langs.", "instelling", []],
    ["Ze zit op het VMBO, haar broer op het HAVO.", "instelling", []],
    ["Hij is orderpicker op het DC en Koen bespreekt het met het MT.", "instelling", []],
    // an abbreviation in brackets after the full name spreads to its bare mentions
    ["Hij volgt een opleiding bij het Zeeuws Vakcentrum (ZVC). Misschien kan het ZVC helpen met bijles.", "instelling", ["Zeeuws Vakcentrum", "ZVC", "ZVC"]],
    // an abbreviation beside a person is where the person works; not the person's initials or a generic service
    ["Aanwezig: Joke Smits (WKBR), Ali Yilmaz (CJG) en Jan de Vries (JDV).", "instelling", ["WKBR"]],
    ["Morgen belt Ineke van WKBR terug.", "instelling", ["WKBR"]],
    // coined names listed with a bare comma or a slash beside a found organisation
    ["Werkgevers op de markt: Metaalwerk Zeeland, Tegelfix, Glasvorm, Bakkerij Van Dam en anderen.", "instelling", ["Metaalwerk Zeeland", "Tegelfix", "Glasvorm", "Bakkerij Van Dam"]],
    ["Contact | Marco Rossi | Flexpunt / Van Wijk Transport | 06-12345678", "instelling", ["Flexpunt", "Van Wijk Transport"]],
    ["Afspraak bij Stichting Humanitas, Morgen bel ik terug.", "instelling", ["Stichting Humanitas"]],
    // a compass word as the rest of a name: the coined word spreads alone
    ["Schuld bij Agrokrediet West. De brieven van Agrokrediet opent hij niet.", "instelling", ["Agrokrediet West", "Agrokrediet"]],
    // two coined words joined by "namens": an agency and its principal
    ["Incassodraad namens Zorgpuls | € 640 | dagvaarding", "instelling", ["Incassodraad", "Zorgpuls"]],
    ["Ik bel Jan namens Piet.", "instelling", []],
    // a person "van" a surname with a capital particle works at that firm; all such mentions are the firm
    ["Gebeld met mw. Kuipers van Van Dongen. Later kwam een brief van Van Dongen binnen.", "instelling", ["Van Dongen", "Van Dongen"]],
    ["Brief van Van Dongen ontvangen.", "instelling", []],
    // a short head word for a day-care or farm shop before a name
    ["De opvang bij kdv Zonnestraal wil haar niet hebben.", "instelling", ["kdv Zonnestraal"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    ["Gebeld met mw. Kuipers van Van Dongen.", "persoon", ["Kuipers"]],
    ["Aanwezig: Joke Smits (WKBR), Ali Yilmaz (CJG).", "persoon", ["Joke Smits", "Ali Yilmaz"]],
    ["Kandidaten: Omar Haddad (SYR, 28) en Samira Tesfay (ERI, 23).", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 26 D: lower-case chat persons, unknown first names and ages", () => {
  it.each([
    // a lower-case attendee line ("aanw:") and the notes' writer; the names spread to their later mentions
    ["casusbespreking wo 4/3 – notulen lotte\naanw: femke, ruben, kwame, ik\nkwame: eerst uitzoeken.", "persoon", ["lotte", "femke", "ruben", "kwame", "kwame"]],
    ["aanw: jeugdteam, wijkteam, ik", "persoon", []],
    // a person word + age, then a lower-case first name and surname
    ["inbreng femke: meisje van 19, anouk pieters, woont bij haar vader in boxtel. later belde anouk zelf.", "persoon", ["femke", "anouk pieters", "anouk"]],
    ["meisje van 19, sneeuw, was lastig", "persoon", []],
    // "clt" + a lower-case name with an unknown particle surname; its first name spreads
    ["hb met clt ruben van beerschoten, woont in mierlo. ruben heeft schulden.", "persoon", ["ruben van beerschoten", "ruben"]],
    ["klant daan van de gemeente, belt morgen", "persoon", ["daan"]],
    // a found first name addressed in lower case after a greeting
    ["Aan: Ximena Jansen\nVan: Bert\n\nhoi ximena,\ndank voor je mail.", "persoon", ["Jansen", "Bert", "ximena"]],
    ["hoi allemaal, goed weekend", "persoon", []],
    ["Notulist: Marijke Oppenhuizen", "persoon", ["Marijke Oppenhuizen"]],
    ["Sinds mei geeft dhr. eens per week les.", "persoon", []],
    // "Van Deurne" of a person found as "Noor van Deurne" is that person, not the place
    ["Leerwerkplek: Noor van Deurne | 880 | Loonbedrijf\n- Van Deurne: inschrijving rond.", "persoon", ["Noor van Deurne", "Van Deurne"]],
    ["Hij komt van Deurne en gaat naar Helmond.", "plaats", ["Deurne", "Helmond"]],
    // a separable verb is no place; "bij van X" in a chat is a surname
    ["Graag haar in te roosteren op dinsdag.", "plaats", []],
    ["Hij woont te Roosteren bij zijn zus.", "plaats", ["Roosteren"]],
    ["[09:01] sanne: hij werkt nog bij van gemert in uden\n[09:02] joost: ok", "plaats", ["uden"]],
    ["[09:01] sanne: hij woont in gemert\n[09:02] joost: ok", "plaats", ["gemert"]],
    // a relative of a titled person named between commas, also an unknown first name
    ["De zoon van mevrouw Bakker, Yerlan, zoekt een stage.", "persoon", ["Bakker", "Yerlan"]],
    ["De vrouw van de heer Jansen, Utrecht, zei dat het goed ging.", "persoon", ["Jansen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 26 lead: the case file as a place announces no number", () => {
  it.each([
    ["Ik zie alleen het klantnummer 5520913.\nStaat in de zaak, maar hier: 350803274", "bsn", ["350803274"]],
    ["Het staat in deze zaak, kijk maar: 350803274", "bsn", ["350803274"]],
    ["Klantnummer in de zaak 350803274", "bsn", []],
    ["Zet het in de zaak, klantnummer 350803274", "bsn", []],
    ["Zaaknummer: 350803274", "bsn", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 26 lead: a carpet firm named after its owner", () => {
  it.each([
    ["Hij werkt sinds maart bij Bisschop Tapijt in Genemuiden.", "instelling", ["Bisschop Tapijt"]],
    ["Veldkamp Tapijten zoekt een heftruckchauffeur.", "instelling", ["Veldkamp Tapijten"]],
    ["Het tapijt in de woonkamer is versleten.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 27 A: organisations named by a short form (owner's surname, well-known short forms)", () => {
  it.each([
    // a firm known only by its owner's family name after a job word + "bij"
    ["Hij werkt sinds maart bij Veenhuis in de kaasmakerij.", "instelling", ["Veenhuis"]],
    ["Ze is op 3 juni gestart bij Nijland.", "instelling", ["Nijland"]],
    ["Ik hoorde dat hij al werk heeft bij Oosterveld. Dan stoppen we het traject.", "instelling", ["Oosterveld"]],
    ["Ze woont bij Veenhuis in de straat.", "instelling", []],
    ["Hij werkt bij Jan Veenhuis op de boerderij.", "instelling", []],
    ["Ik werk nu bij Hendrik in de winkel.", "instelling", []],
    // a lower-case family firm as the payer of a wage in a chat
    ["[16:01] anouk: dat komt omdat je loon van kuipers later kwam\n[16:02] bas: ok", "instelling", ["kuipers"]],
    ["[16:01] anouk: het loon van zijn vrouw kwam later\n[16:02] bas: ok", "instelling", []],
    // the owner's name of a firm found in the text, offering a contract at a sentence start
    ["Hij loopt stage bij Kamphuis Grondverzet. Kamphuis wil hem per 1 mei een contract geven.", "instelling", ["Kamphuis Grondverzet", "Kamphuis"]],
    ["Hij loopt stage bij Kamphuis Grondverzet. Dhr. Kamphuis wil hem per 1 mei een contract geven.", "instelling", ["Kamphuis Grondverzet"]],
    ["Kamphuis wil hem per 1 mei een contract geven.", "instelling", []],
    // a creditor that is also a first name, in a list of creditors
    ["Er lopen achterstanden bij Vattenfall, Menzis en Otto.", "instelling", ["Vattenfall", "Menzis", "Otto"]],
    ["Aanwezig waren Sanne, Pieter en Otto.", "instelling", []],
    // hospitals and schools by their short form after a preposition + "het"
    ["Zijn moeder ligt in het Martini met een longontsteking.", "instelling", ["Martini"]],
    ["Ik bel de mentor van het Staring.", "instelling", ["Staring"]],
    ["Hij wil terug naar het Graafschap.", "instelling", ["Graafschap"]],
    ["Het Martini-recept vraagt om gin.", "instelling", []],
    ["Hij drinkt graag een martini op zaterdag.", "instelling", []],
    ["Ik heb het Martini-glas gebroken.", "instelling", []],
    // well-known short forms: the Rabobank, VluchtelingenWerk Nederland
    ["Ze hebben een hypotheek bij de Rabo.", "instelling", ["Rabo"]],
    ["Begeleiding via VWN: Sanne Hoekman.", "instelling", ["VWN"]],
    ["Rotterdam heet ook wel de Maasstad.", "instelling", []],
    ["Zijn moeder ligt sinds zondag in het Maasstad.", "instelling", ["Maasstad"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 27 C: ages after a description or pronoun, and generic group and benefit words", () => {
  it.each([
    // an age in an apposition after a status or origin word
    ["Hoogbejaard, 93, woont alleen aan de dijk.", "leeftijd", ["93"]],
    ["- Eritreeër, 24, statushouder sinds 2022.", "leeftijd", ["24"]],
    ["Buurvrouw Ana (Kaapverdisch, zesenvijftig) past op.", "leeftijd", ["zesenvijftig"]],
    ["Mevrouw Farah, somalische achtergrond, 33, woont in Goes.", "leeftijd", ["33"]],
    ["Alleenstaand, 3 kinderen, bijstand sinds 2020.", "leeftijd", []],
    ["Pools, 2 jaar in Nederland, werkt via een uitzendbureau.", "leeftijd", []],
    // a couple, the reader or the writer with an age in brackets, an age at an event
    ["Echtpaar (72 en 69) heeft de boerderij verkocht.", "leeftijd", ["72", "69"]],
    ["Uit het gesprek blijkt dat u (83) alleen woont.", "leeftijd", ["83"]],
    ["Mijn vrouw (58) en ik (61) wonen in Gent.", "leeftijd", ["58", "61"]],
    ["Mevrouw (41 bij aanmelding) meldde zich in mei.", "leeftijd", ["41"]],
    ["Zie bijlage (3) en stuk (12) van het dossier.", "leeftijd", []],
    // a small child + "van" + a number, whatever follows; not a measure
    ["omdat de oppas voor haar zoontje van drie uitviel.", "leeftijd", ["drie"]],
    ["Ze neemt haar dochtertje van anderhalf mee.", "leeftijd", ["anderhalf"]],
    ["Een baby van drie kilo bij de geboorte.", "leeftijd", []],
    ["Ze is moeder van drie en werkt parttime.", "leeftijd", []],
    // the youngest first, a filler word in the clause, a baby's months in brackets
    ["vier kinderen, waarvan de jongste 7 is.", "leeftijd", ["7"]],
    ["Hij woont bij zijn moeder, hij is immers 19 en heeft geen inkomen.", "leeftijd", ["19"]],
    ["de dochter, die is eh negentien geloof ik, werkt bij de bakker.", "leeftijd", ["negentien"]],
    ["schimmel in de kamer van de baby (Noud, 5 mnd).", "leeftijd", ["5 mnd"]],
    ["De jongste 3 leerlingen krijgen les.", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // generic group and benefit words are no organisation or place
    ["Ik stuur het door naar het team Oekraïners van de gemeente.", "instelling", []],
    ["de collega die de opvang van Syriërs coördineert", "instelling", []],
    ["Kan dat via de ISD of moet hij dat zelf betalen?", "instelling", []],
    ["Hij is klant bij ISD Noordkust in Assen.", "instelling", ["ISD Noordkust"]],
    ["De subsidie bedraagt 35% van het WML per maand.", "instelling", []],
    ["Er is een achterstand bij WML (water) van € 214.", "instelling", ["WML"]],
    ["* dhr. Mulder – Bbz-lening kapsalon toegekend op 12-02-2025", "instelling", []],
    ["| 2 | Gemeente Zwolle (Tozo-lening) | € 6.250 |", "plaats", ["Zwolle"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("session 27 D: lower-case persons in chats and notes", () => {
  it.each([
    // a lexicon surname asked back, called or "zelf" in a chat
    ["[09:01] sanne: ok ik bel terpstra eerst even zelf\n[09:02] joost: top", "persoon", ["sanne", "terpstra", "joost"]],
    ["[09:01] sanne: dijkstra? die uit joure?\n[09:02] joost: ja die", "persoon", ["sanne", "dijkstra", "joost"]],
    ["[09:01] sanne: wessels zelf vond het prima\n[09:02] joost: top", "persoon", ["sanne", "wessels", "joost"]],
    // "de" + a surname core that is no noun; "de boer", "de winter" and an adjective before a noun stay out
    ["[09:01] sanne: fyi de groot wordt volgende maand 67\n[09:02] joost: ok, en de boer belde over de winter", "persoon", ["sanne", "de groot", "joost"]],
    ["[09:01] sanne: is de wit geverfde schuur klaar?\n[09:02] joost: nee", "persoon", ["sanne", "joost"]],
    // three-letter first names in a frame; "max." stays a word
    ["[09:01] sanne: loopt traject bij wim\n[09:02] joost: stem even af met tim dan. voor max. 3 dagen", "persoon", ["sanne", "wim", "joost", "tim"]],
    ["[09:01] sanne: ik bel de bakker\n[09:02] joost: goed zo rik!", "persoon", ["sanne", "joost", "rik"]],
    // a titled surname before "van" + a street is the person, the street their address
    ["Ik sprak mw. kramer van de dorpsweg 12 over de huur.", "persoon", ["kramer"]],
    ["Ik sprak mw. kramer van de dorpsweg 12 over de huur.", "adres", ["dorpsweg 12"]],
    ["Hij woont op de paul krugerlaan.", "persoon", []],
    // "van" + a surname that starts like a verb
    ["Afspraak met mw van beurden van de gemeente.", "persoon", ["van beurden"]],
    // a capitalised particle + a word that is a pronoun elsewhere, after a title
    ["De eigenaar, dhr. Ter Haar, was positief.", "persoon", ["Ter Haar"]],
    // a noun surname after a written-out lower-case title that closes the phrase; an adverb stays out
    ["goedemorgen mevrouw valk, dit is de gemeente", "persoon", ["valk"]],
    ["ik heb mevrouw lang niet gezien", "persoon", []],
    ["Een brief van dhr. de bruijne sr over de huur", "persoon", ["de bruijne"]],
    ["Ik gaf dhr. de sleutel van de kast.", "persoon", []],
    // a word-like speaker opening two lines next to a known one
    ["Fleur: weet iemand waar de map is?\nWouter: bij Petra\nFleur: ok, thanks", "persoon", ["Fleur", "Wouter", "Petra", "Fleur"]],
    // a first name that is a noun, opening a sentence as the subject of an acting verb; a copula stays out
    ["Het gesprek ging goed. Floor merkte dat de mannen het lastig vonden.", "persoon", ["Floor"]],
    ["Roos is een bloem. Hoop doet leven.", "persoon", []],
    // the same name in lower case in a chat, after "volgens" or before an acting verb; the flower stays out
    ["[09:01] sanne: heb jij de mail gezien?\n[09:02] joost: ja, volgens floor. en floor zegt dat het klopt. de roos is mooi", "persoon", ["sanne", "joost", "floor", "floor"]],
    // a two-letter first name greeted before a comma; "al" stays a word
    ["[14:20] Anke Verhoef: hoi mo, heb jij nog zicht op de schuldeisers?\n[14:21] Kees Bakker: nee", "persoon", ["Anke Verhoef", "mo", "Kees Bakker"]],
    ["[14:20] sanne: hoi al, ik ben er\n[14:21] kees: over max? naar tom.", "persoon", ["sanne", "kees", "tom"]],
    // a Dutch surname in -stelle after a first name or a title is no German office ("Beratungsstelle")
    ["Zijn nicht, mw. Annie Verstelle uit Krabbendijke, is het aanspreekpunt.", "persoon", ["Annie Verstelle"]],
    ["Gesprek met mw. Dorrestelle.", "persoon", ["Dorrestelle"]],
    ["Die Beratungsstelle hat angerufen.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s28-F: lower-case organisations in chats (owner + trade, trade + owner, lexicon employers in a work frame)", () => {
  it.each([
    // an owner's surname + goods or farm work, after bij/via or before "in" + a town
    ["[10:02] anke: hij werkt nu bij kok akkerbouw in kampen", "instelling", ["kok akkerbouw"]],
    ["[10:02] anke: peters groenten in dronten zoekt inpakkers", "instelling", ["peters groenten"]],
    ["[10:02] anke: ze werkt via hoekstra aardappelen", "instelling", ["hoekstra aardappelen"]],
    ["[10:02] anke: ze werkt via van zessen kaas", "instelling", ["van zessen kaas"]],
    // a trade compound + an unknown surname with a surname ending; a trading house + brothers; haulage + a surname
    ["[10:02] anke: weet iemand of rutger van installatiebedrijf harmsen nog zoekt?", "instelling", ["installatiebedrijf harmsen"]],
    ["[10:02] anke: toon van loonbedrijf meerens heeft gebeld", "instelling", ["loonbedrijf meerens"]],
    ["[10:02] anke: hij kan chauffeur worden bij kaashandel gebr. verdoold in reeuwijk", "instelling", ["kaashandel gebr. verdoold"]],
    ["[10:02] anke: dat betalen wij via transport truijen, klaar", "instelling", ["transport truijen"]],
    ["[10:02] anke: ok. loonwerk van de bunt heeft nog plek", "instelling", ["loonwerk van de bunt"]],
    // a legal office after a particle surname; a family firm "& zn." / "en partners"
    ["[10:02] anke: dat is vd boom gerechtsdeurwaarders uit venlo", "instelling", ["vd boom gerechtsdeurwaarders"]],
    ["[10:02] anke: vacature bij van raalte & zn. in dinxperlo", "instelling", ["van raalte & zn."]],
    ["[10:02] anke: even afstemmen met deurwaarder hermans en partners, die", "instelling", ["hermans en partners"]],
    // a lexicon chain or employer after "bij (de)" in a work clause, no place needed
    ["[10:02] anke: haar zoon werkt zaterdag bij jumbo. dat is inkomen", "instelling", ["jumbo"]],
    ["[10:02] anke: hij wil bij de hema in vlijmen vakkenvullen", "instelling", ["hema"]],
    // hard negatives: plain goods and adjectives, the baker, a first name, the neighbours, relations, national bodies
    ["[10:02] anke: ze haalt bij de boer groenten en bij de bakker brood", "instelling", []],
    ["[10:02] anke: ze werkt bij verse groenten, en thuis", "instelling", []],
    ["[10:02] anke: hij werkt bij jan in de tuin", "instelling", []],
    ["[10:02] anke: ze werkt bij de buren en bij de huisarts", "instelling", []],
    ["[10:02] anke: ze werkt bij de gemeente, schuld bij het cjib", "instelling", []],
    ["[10:02] anke: via transport van de gemeente naar school", "instelling", []],
    ["[10:02] anke: jansen en zn vrouw komen morgen", "persoon", ["anke"]],
    ["[10:02] anke: zijn schuld bij vrienden en familie", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s28-E: ages bound to a role noun, an elided subject, estimates in words and in an age column; owners and 'van X, place' as persons", () => {
  it.each([
    // a temporary worker, an intern or a friend + "van N" before "in dienst", "van het X", a verb
    ["In de zomer is er een seizoenskracht van 19 in dienst via een oproepcontract.", "leeftijd", ["19"]],
    ["Op dinsdag werkt er een stagiaire van 17 van het Noorderpoort mee.", "leeftijd", ["17"]],
    ["Ferdi: de vriend van 19 baart mij zorgen.", "leeftijd", ["19"]],
    ["Er komt een uitzendkracht van 23 uit Emmen.", "leeftijd", ["23"]],
    ["nee, hun zoon (van 24) woont in Rotterdam.", "leeftijd", ["24"]],
    ["Gezin: zijn vrouw Selam en dochter Ruta van 4 verblijven nog in Kampala.", "leeftijd", ["4"]],
    ["Mrs. Halyna Koval, a Ukrainian worker of 47, told our coordinator.", "leeftijd", ["47"]],
    ["His wife Ama and the twins of 7 stay with him.", "leeftijd", ["7"]],
    // an elided subject after a comma clause, or after a list item's name
    ["[13:34] marco: zoon in Zwolle, dochter woont nog thuis, is 23. die tolkt vaak", "leeftijd", ["23"]],
    ["[09:10] sjoukje: haar vriend heet trouwens pieter de vries, ook uit joure, is 33\n[09:11] hidde: ok", "leeftijd", ["33"]],
    ["Punten:\n- Hermsen: komt oorspronkelijk uit Venlo, is 56 en wil stoppen.", "leeftijd", ["56"]],
    // an estimate in words: quoted after a speech word, after a be-verb with several adverbs
    ['Ahmad Noori, leeftijd onbekend, zegt zelf "rond de zestig". Geen traject.', "leeftijd", ["rond de zestig"]],
    ['mw de Graaf is volgens eigen zeggen "bijna tachtig" haha.', "leeftijd", ["tachtig"]],
    ["Vanwege rugklachten (hij was toen al ruim vijftig) stopte hij.", "leeftijd", ["vijftig"]],
    // an estimate under an age column
    ["| bed | naam | lft | herkomst |\n| 01 | Jansen, K. | 53 | Assen |\n| 04 | Sjaak | ca. 60 | ? |", "leeftijd", ["53", "ca. 60"]],
    ["| wie | leeftijd | dorp |\n|---|---|---|\n| mw. post | rond de zeventig | Elkerzee |\n| dhr. kok | begin dertig | Goes |", "leeftijd", ["rond de zeventig", "begin dertig"]],
    // hard negatives: amounts, hours, groups, counts, units and things in the same frames
    ["Hij kreeg een boete van 50 van het CJIB.", "leeftijd", []],
    ["De docent van 12 uur is ziek. Ze zit in groep 5 van de Regenboog.", "leeftijd", []],
    ["een schuld van 60 via de deurwaarder; de rekening van 40 heeft hij betaald.", "leeftijd", []],
    ["De huur is verhoogd, is nu 65 euro. Hij woont in Delft, heeft een auto, is 30 minuten rijden.", "leeftijd", []],
    ['De prijs, zegt hij, "bijna vijftig" euro. Hij zegt "ruim vijftig" mensen kwamen.', "leeftijd", []],
    ["The rent of 50 is due. a fine of 40 from the court.", "leeftijd", []],
    ["| kamer | naam | huur |\n| 12 | Jansen | ca. 60 |", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
  it.each([
    // an owner named after "eigenaar" (also in lower case with a particle surname)
    ["nagaan. eigenaar kees van dam wil niet met ons praten.", "persoon", ["kees van dam"]],
    ["De eigenaar, Gerrit Wolters, belde terug.", "persoon", ["Gerrit Wolters"]],
    // a chat names a client by particle surname and village
    ["[14:02] yusuf: wie gaat er mee op huisbezoek morgen? van essen, speuld\n[14:03] fleur: ik!", "persoon", ["yusuf", "van essen", "fleur"]],
    ["huisbezoeken:\n- van der kolk, wezep\n- van dam, ermelo.", "persoon", ["van der kolk", "van dam"]],
    // hard negatives: the owner as a role, an organisation after it, "van" + an origin or time word before a place
    ["De eigenaar van het pand belt terug. De eigenaar Vestia reageert niet.", "persoon", []],
    ["[14:02] yusuf: van harte, groet\n[14:03] fleur: van mij, utrecht? van school, amsterdam.", "persoon", ["yusuf", "fleur"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s29-G: lower-case organisations and short forms in chats", () => {
  it.each([
    // a bank's short form after a preposition or "de", a chain's after "bij/naar de" in a work frame or before a place
    ["[10:01] iris: vraag haar de afschriften van de rabo te sturen\n[10:02] bas: ok", "instelling", ["rabo"]],
    ["[10:01] iris: de rabo wil een regeling, en haar pas is geblokkeerd door abn\n[10:02] bas: ok", "instelling", ["rabo", "abn"]],
    ["[10:01] iris: hij kan extra uren draaien bij de ah in het weekend\n[10:02] bas: mag dat ook bij de ah naast school?", "instelling", ["ah", "ah"]],
    ["[10:01] iris: ze vult vakken bij de hema in zwolle\n[10:02] bas: ok", "instelling", ["hema"]],
    // an owner + trade word: after "met", a word-like surname before a trade compound, particles before a town
    ["[10:01] iris: iemand contact met brouwer metaal? ze zoeken lassers\n[10:02] bas: nee", "instelling", ["brouwer metaal"]],
    ["[10:01] iris: hij begint maandag bij kok koeltransport in tiel\n[10:02] bas: top", "instelling", ["kok koeltransport"]],
    ["[10:01] iris: vacatures:\n1. de jong gieterij in aalten: 2 man\n2. ten brinke bouw in lichtenvoorde: opperman", "instelling", ["de jong gieterij", "ten brinke bouw"]],
    // the owner's name of a lower-case firm at its later mentions
    ["[10:01] iris: 1. geurts installatietechniek in doetinchem: monteur\n[10:05] bas: die is al bij geurts begonnen toch?", "instelling", ["geurts installatietechniek", "geurts"]],
    ["[10:01] iris: hij werkt bij loonbedrijf westerhof in kamperveen\n[10:02] bas: maar westerhof zit echt achteraf", "instelling", ["loonbedrijf westerhof", "westerhof"]],
    ["[10:01] iris: ze werkt bij gebr. tenkink in zieuwent\n[10:02] bas: tenkink heeft net mensen ontslagen", "instelling", ["gebr. tenkink", "tenkink"]],
    ["[10:01] iris: slecht nieuws: hoogland karton gaat sluiten\n[10:02] bas: balen", "instelling", ["hoogland karton"]],
    // a bare surname after a work frame
    ["[10:01] iris: hij is gisteren weggestuurd bij kuijpers in hoeven\n[10:02] bas: balen", "instelling", ["kuijpers"]],
    ["[10:01] iris: het loonstrookje van de haan klopt niet\n[10:02] bas: ok", "instelling", ["de haan"]],
    // housing corporations written head first, a guesthouse, a care group before a noun
    ["[10:01] iris: ze kreeg een brief van wonen wetland over de huur\n[10:02] bas: ok", "instelling", ["wonen wetland"]],
    ["[10:01] iris: de huur bij woongoed mijnstreek loopt nog\n[10:02] bas: ok", "instelling", ["woongoed mijnstreek"]],
    ["[10:01] iris: hij had een kamer bij pension zeezicht?\n[10:02] bas: ja", "instelling", ["pension zeezicht"]],
    ["[10:01] iris: kan ze via zorggroep lindelaar hulp krijgen?\n[10:02] bas: ja", "instelling", ["zorggroep lindelaar"]],
    // lexicon short forms
    ["[10:01] iris: urgentie aanvragen bij omnia?\n[10:02] bas: stage bij het dolfinarium gaat niet door", "instelling", ["omnia", "dolfinarium"]],
    // hard negatives: interjections and words, a chain without a frame, a bank's full name, words before a trade, "woon" words
    ["[10:01] iris: ah die. de plus is dat hij werkt\n[10:02] bas: ok", "instelling", []],
    ["[10:01] iris: ik was bij de ah en daarna bij de plus\n[10:02] bas: gezellig", "instelling", []],
    ["[10:01] iris: hij werkt bij abn amro\n[10:02] bas: ok", "instelling", ["abn amro"]],
    ["[10:01] iris: hij komt met klein metaal en met oud ijzer\n[10:02] bas: ok", "instelling", []],
    ["[10:01] iris: ervaring met de bouw in zwolle, en met jansen\n[10:02] bas: ok", "instelling", []],
    ["[10:01] iris: de nieuwe bouw in ede loopt\n[10:02] bas: hoogland bouw gaat door", "instelling", []],
    ["[10:01] iris: van wonen naar werk, zijn woonplaats utrecht\n[10:02] bas: van wonen thuis naar zelfstandig", "instelling", []],
    ["[10:01] iris: jansen heeft gebeld, en bakker zit thuis\n[10:02] bas: ok", "instelling", []],
    ["[10:01] iris: ik werk bij de buren, loon van de baas, schuld bij de bakker\n[10:02] bas: een brief van de vries, werk bij de bollen", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s29-B: capitalised firm names read as a person or place", () => {
  it.each([
    // a name word + a trade or branch tail, or a trade head + a name, in a capitalised pair
    ["Openstaand: een factuur van leverancier Brouwer Verfcentrum in Drachten.", "instelling", ["Brouwer Verfcentrum"]],
    ["Hij had een eigen zaak (Yilmaz Bestrating, KvK 12345678) tot 2022.", "instelling", ["Yilmaz Bestrating"]],
    ["Advies via de ergotherapeut (Ergotherapie Wâldrâne) aangevraagd.", "instelling", ["Ergotherapie Wâldrâne"]],
    ["Hij werkte als bordenwasser bij het strand, voor Strandexploitatie Hendriks. Daarna niet meer.", "instelling", ["Strandexploitatie Hendriks"]],
    ["Het geld gaat naar de rekening ten name van Visser Fietsherstel.", "instelling", ["Visser Fietsherstel"]],
    ["De loonstroken komen van Van Rooijen Fulfilment uit Tilburg.", "instelling", ["Van Rooijen Fulfilment"]],
    ["Hij pakt dozen in bij Hoogeveen Karton in Apeldoorn.", "instelling", ["Hoogeveen Karton"]],
    ["Hij deed klussen voor Brinkmann Bau in Kleve.", "instelling", ["Brinkmann Bau"]],
    // a head word before a name: a lodging park, a (beach) pavilion
    ["Ze wonen tijdelijk op Logiespark De Heide, chalet 12.", "instelling", ["Logiespark De Heide"]],
    ["Hij heeft een proefplaatsing bij Paviljoen Duinzicht gehad.", "instelling", ["Paviljoen Duinzicht"]],
    // a method brand + a region: a re-integration firm's branch
    ["Ze volgt een traject bij Werkfit Noord, de jobcoach belt wekelijks.", "instelling", ["Werkfit Noord"]],
    ["De jobcoach van Werkfit Achterhoekstreek komt langs.", "instelling", ["Werkfit Achterhoekstreek"]],
    // lexicon: a meal service, an attraction, a care provider; a known brand + its town is one span
    ["Warme maaltijden komen van Tafeltje Dekje Meppel.", "instelling", ["Tafeltje Dekje Meppel"]],
    ["Hij werkte een zomer bij het Dolfinarium.", "instelling", ["Dolfinarium"]],
    // digits glued to a firm's name
    ["Er loopt een lening bij Snelkrediet24 van € 2.000.", "instelling", ["Snelkrediet24"]],
    // a mail-order firm that is also a first name, as a creditor
    ["Er is nog een schuld van Otto (€ 210) en een bij Wehkamp.", "instelling", ["Otto", "Wehkamp"]],
    ["| Otto / Intrum | 88120455 | € 312,00 |", "instelling", ["Otto", "Intrum"]],
    // hard negatives: persons, words, a method alone, a unit of a team, a first name as the subject
    ["Ik sprak met Kees van Dijk en Piet de Vries-Talen.", "instelling", []],
    ["Hij volgt Werkfit in Zwolle. Het Werkfit-traject Noord-Veluwe loopt nog.", "instelling", []],
    ["Ze heeft ergotherapie. Het paviljoen is gesloten. Hij ligt op Paviljoen 3.", "instelling", []],
    ["GZ-psycholoog, team Trauma en Migratie\nGGNet", "instelling", ["GGNet"]],
    ["Otto heeft een schuld bij Essent van € 300.", "persoon", ["Otto"]],
    ["Ik bel namens Otto, uw buurman.", "persoon", ["Otto"]],
    ["De tafeltje-dekje service komt twee keer per week.", "instelling", []],
    ["Hij rijdt op de A6 naar Lelystad.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s30-A: capitalised organisations: a titled owner with a role, sentence prepositions, letterhead kinds, Daklozenopvang, English firm pairs, creditor cues, job titles and departments with '&', Lange/Korte streets", () => {
  it.each([
    // a titled owner whose role is given beside the name: the bare name after "bij" is the firm
    ["Hij werkt bij Schoonmaakbedrijf Jonkers. Dhr. Jonkers (eigenaar) is tevreden. Let op: bij Jonkers krijgt hij loon per vier weken.", "instelling", ["Schoonmaakbedrijf Jonkers", "Jonkers"]],
    ["Proefplaatsing bij Timmerbedrijf Van der Wier in Sneek. De eigenaar, dhr. Klaas van der Wier, is positief. Advies: plaatsing bij Van der Wier met jobcoaching.", "instelling", ["Timmerbedrijf Van der Wier", "Van der Wier"]],
    // two company words joined by "en" after the owner's name
    ["Onze opdrachtgever Van Geest Groente en Fruit wil hem graag. Later volgt een contract bij Van Geest.", "instelling", ["Van Geest Groente en Fruit", "Van Geest"]],
    // a head word + article + name; the generic shelter in a town stays the town
    ["Hij heeft een slaapplek gekregen bij Daklozenopvang De Vaart.", "instelling", ["Daklozenopvang De Vaart"]],
    ["Hij slaapt bij Daklozenopvang Amersfoort.", "plaats", ["Amersfoort"]],
    // English firm words in a capitalised pair
    ["Loon van Sealed Air (Drachten), 28 uur per week.", "instelling", ["Sealed Air"]],
    ["Hij werkt als editor voor producenten, onder andere Blue Circle.", "instelling", ["Blue Circle"]],
    ["Het cateringbedrijf leverde aan Fort Pampus.", "instelling", ["Fort Pampus"]],
    // a word-like landlord as a creditor
    ["Schuldeisers zijn o.a. Accolade (huur), Eneco en Ziggo.", "instelling", ["Accolade", "Eneco", "Ziggo"]],
    ["Schulden:\n1. Accolade – huurachterstand € 1.510\n2. Eneco – energie € 300", "instelling", ["Accolade", "Eneco"]],
    // lexicon: venues and employers
    ["Ze liep stage bij Beeld en Geluid in Hilversum.", "instelling", ["Beeld en Geluid"]],
    ["De banenbeurs is in het Arsenaaltheater in Vlissingen.", "instelling", ["Arsenaaltheater"]],
    ["Hij werkte als lasser bij Keppel Verolme.", "instelling", ["Keppel Verolme"]],
    // hard negatives: the owner as a person after "aan" or before "die", a client after a title
    ["Bij Autobedrijf Van Rijn kreeg hij een contract. De eigenaar, de heer Van Rijn, was positief. Laat hem het verhaal aan Van Rijn vertellen.", "persoon", ["Van Rijn", "Van Rijn"]],
    ["Hij werkt in Vishandel Van Dam. Winkel bemand door de eigenaar, dhr. Jan van Dam. Hij helpt bij Van Dam, die hij kent via de kerk.", "persoon", ["Jan van Dam", "Van Dam"]],
    // hard negatives: a sentence-opening preposition before a town, a letterhead kind word, a street, a generic service
    ["Urgentie wordt ondersteund. Buiten Sittard-Geleen kan ook.", "instelling", []],
    ["Urgentie wordt ondersteund. Buiten Sittard-Geleen kan ook.", "plaats", ["Sittard-Geleen"]],
    ["Binnen Amersfoort is het duurder.", "instelling", []],
    ["Brief van\nHet Gooi en Omstreken\nWoningcorporatie\nLage Naarderweg 65\n1211 AA Hilversum", "instelling", ["Het Gooi en Omstreken"]],
    ["Sinds mijn vrouw haar baan bij de Hema in de Lange Delft kwijt is, komen we niet rond.", "instelling", ["Hema"]],
    ["Sinds mijn vrouw haar baan bij de Hema in de Lange Delft kwijt is, komen we niet rond.", "plaats", []],
    ["Bij escalatie volgt een melding bij het Meldpunt Zorgwekkend Gedrag.", "instelling", []],
    ["Uitvoerder: Patijnenburg, afdeling Leren & Werken", "instelling", ["Patijnenburg"]],
    ["Groet,\nSjoerd Kester\nIntercedent Agri & Food\nTempo-Team Naaldwijk", "instelling", ["Tempo-Team"]],
    ["Hij werkt bij Bouwbedrijf Leren & Werken.", "instelling", ["Bouwbedrijf Leren & Werken"]],
    // hard negatives: English words in persons' names and days, lower-case words
    ["Gesprek met Tom Black over de huur.", "persoon", ["Tom Black"]],
    ["Ze kocht alles op Black Friday.", "instelling", []],
    ["Het beeld en geluid vielen weg tijdens het gesprek.", "instelling", []],
    ["Hij slaapt in de daklozenopvang in Amersfoort.", "instelling", []],
    ["Accolade: die zet je om een lijst.", "instelling", []],
    // a trade compound + "van" + the owner's name; a customer desk in a town is the town; a bank with debt words in a list
    ["Ze werkt 28 uur per week in de bloemkwekerij van Mijnders in Melissant.", "instelling", ["Mijnders"]],
    ["Aangetekend\nWonen Limburg\nKlantcentrum Sittard\nPostbus 1500\n6040 KM Roermond", "instelling", ["Wonen Limburg"]],
    ["Schulden:\n- ING roodstand en creditcard: € 4.200,-", "instelling", ["ING"]],
    // hard negatives: a first name or a person in full after the trade compound, a chain in a household budget, a pupil with an age
    ["Hij hielp in de bakkerij van Piet.", "instelling", []],
    ["De rechtszaak van Jansen loopt nog; de pesterij van Bakker is gestopt.", "instelling", []],
    ["Ze werkt in de kwekerij van Piet Jansen.", "instelling", []],
    ["Budget:\n- Plus boodschappen: € 40", "instelling", []],
    ["Ik ben mentor van Chanelly Rosalia, 14 jaar, klas 2 kader.", "persoon", ["Chanelly Rosalia"]],
    ["Ik ben mentor van Chanelly Rosalia, 14 jaar, klas 2 kader.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s30-B: lower-case organisations in chats (school short forms, bank and chain frames) and adjective + trade word", () => {
  it.each([
    // a school's name without its head word, in a school frame ("op het" is the idiom itself)
    ["[10:01] iris: die zit in 3 havo op het wolfert\n[10:02] bas: ok", "instelling", ["wolfert"]],
    ["[10:01] iris: hij is gestopt met zijn opleiding bij het da vinci\n[10:02] bas: jammer", "instelling", ["da vinci"]],
    ["[10:01] iris: ze doet mbo bij vista in sittard\n[10:02] bas: ok", "instelling", ["vista"]],
    ["[10:01] iris: zit hij nog op het calvijn?\n[10:02] bas: ja", "instelling", ["calvijn"]],
    // lexicon schools written in lower case
    ["[10:01] iris: zijn dochter zit op het lingecollege\n[10:02] bas: ok", "instelling", ["lingecollege"]],
    ["[10:01] iris: hij zit bij het insula, klas 2\n[10:02] bas: ok", "instelling", ["insula"]],
    // a bank's short form before its account or app; a chain after "van de" with a payslip in the clause
    ["[10:01] iris: stuur de afschriften van je ing rekening\n[10:02] bas: ok", "instelling", ["ing"]],
    ["[10:01] iris: haar loonstrook van de hema is nog niet binnen\n[10:02] bas: ok", "instelling", ["hema"]],
    // hard negatives: a painter, ordinary school words and places, a title, a bag from a chain, adjective + trade word
    ["[10:01] iris: ze hebben een schilderij van da vinci op school besproken\n[10:02] bas: leuk", "instelling", []],
    ["[10:01] iris: hij zit op het stedelijk\n[10:02] bas: ze zit op de montessori", "instelling", []],
    ["[10:01] iris: hij zit bij het raam in de klas\n[10:02] bas: mooi uitzicht bij vista point", "instelling", []],
    ["[10:01] iris: brief van ing. de vries ontvangen\n[10:02] bas: ok", "instelling", []],
    ["[10:01] iris: ze kreeg een tas van de hema\n[10:02] bas: leuk", "instelling", []],
    ["[10:01] iris: hij werkt bij klein transportbedrijf\n[10:02] bas: en zijn broer bij jong bouwbedrijf", "instelling", []],
    ["Hij werkt bij klein transportbedrijf in de buurt, zijn zus bij groot schoonmaakbedrijf.", "instelling", []],
    ["[10:01] iris: ze woont bij woonwijk de hoven\n[10:02] bas: ok", "instelling", []],
    ["ze wonen bij woonwijk noord", "instelling", []],
    // the first word of a lexicon organisation that the chat names in full, at its bare mentions after a preposition
    ["[10:01] iris: contract via otto of direct?\n[10:02] bas: via otto workforce\n[10:03] bas: werkschoenen heeft hij van otto gekregen", "instelling", ["otto", "otto workforce", "otto"]],
    // a lexicon organisation in brackets after a person's name in a list of who was there
    ["Aanwezig: Nadia (mondriaan), Ilse Geurts (woonpunt), Kees (buurman)", "instelling", ["mondriaan", "woonpunt"]],
    // a town's name between a work frame's "bij" and "in" + another town is the firm named after it
    ["[10:01] iris: ze is maandag begonnen bij zwanenburg in rijnsburg\n[10:02] bas: top", "instelling", ["zwanenburg"]],
    // hard negatives: a person called Otto, a word of the full name, brackets with a relation or a word-like name, towns
    ["[10:01] iris: ik sprak met otto over zijn moeder\n[10:02] bas: hij werkt via randstad", "instelling", ["randstad"]],
    ["[10:01] iris: hij is verzekerd bij zorg en zekerheid\n[10:02] bas: we kijken er met zorg naar", "instelling", ["zorg en zekerheid"]],
    ["Aanwezig: Sanne (moeder), Kees (horizon), Piet (scala)", "instelling", []],
    ["[10:01] iris: ze werkt bij zwanenburg\n[10:02] bas: hij werkt bij brabant in eindhoven, ze woont bij ede in de buurt", "instelling", []],
    // a club abbreviation "sc"/"fc" + a place after a preposition
    ["[10:01] iris: hij voetbalt bij sc stadskanaal\n[10:02] bas: en zijn broer is fan van fc emmen", "instelling", ["sc stadskanaal", "fc emmen"]],
    // a lower-case employer with a trade word in apposition after a work frame's "bij"
    ["[10:01] iris: hij werkte eerder bij hovelink, autobedrijf\n[10:02] bas: ok", "instelling", ["hovelink"]],
    ["[10:01] iris: ze kan beginnen bij van rossum, fruitteelt, eerst proefplaatsing\n[10:02] bas: top", "instelling", ["van rossum"]],
    // hard negatives: a pronoun, a relation, a service with a trade word after it; "sc" alone
    ["[10:01] iris: hij werkt bij haar, schoonmaakbedrijf\n[10:02] bas: hij werkte bij zijn oom, bouwbedrijf", "instelling", []],
    ["[10:01] iris: ze werkt bij gemeente, bouw\n[10:02] bas: zie sc voor details", "instelling", []],
    // an owner's firm with goods, before "in" + a town of several words
    ["[10:01] iris: probeer van der meer bloembollen in anna paulowna, die zoeken mensen\n[10:02] bas: top", "instelling", ["van der meer bloembollen"]],
    ["[10:01] iris: hij werkt bij de jong bouw in den haag\n[10:02] bas: ok", "instelling", ["de jong bouw"]],
    // hard negatives: goods without an owner
    ["[10:01] iris: hij werkt bij bloembollen in de kas\n[10:02] bas: ze werkt bij verse bloembollen", "instelling", []],
    // owners of a firm stay firms
    ["[10:01] iris: hij werkt bij hendriks transport\n[10:02] bas: ok", "instelling", ["hendriks transport"]],
    ["[10:01] iris: ze kreeg een brief van woonkracht\n[10:02] bas: ok", "instelling", ["woonkracht"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s30-C: addresses, places, ages and title words outside organisations", () => {
  it.each([
    // a lower-case canal street ("-vaart") after a preposition; nouns on -vaart stay out
    ["jelle? die van noorderdwarsvaart 112 in drachten?", "adres", ["noorderdwarsvaart 112"]],
    ["hij woont nu aan de hoofdvaart 3", "adres", ["hoofdvaart 3"]],
    ["na de rondvaart 2 kinderen kwijtgeraakt", "adres", []],
    ["hij werkte van luchtvaart 2 jaar lang", "adres", []],
    // "Boulevard" + a name without a particle
    ["ja, Boulevard Bankert 64, flat bij het strand", "adres", ["Boulevard Bankert 64"]],
    ["Ze woont op Boulevard Evertsen 12 in Vlissingen.", "adres", ["Boulevard Evertsen 12"]],
    ["Hij keek naar RTL Boulevard Zomer 2024.", "adres", []],
    // a quoted or hedged "een jaar of" + a decade after a be-verb; a duration stays out
    ['Dhr. is volgens haar "een jaar of zeventig", maar hij is 63.', "leeftijd", ["zeventig", "63"]],
    ["Ze is volgens de buren een jaar of tachtig.", "leeftijd", ["tachtig"]],
    ['Hij woont er volgens zijn zus "een jaar of twintig".', "leeftijd", []],
    ['Volgens de aannemer duurt het "een jaar of twintig".', "leeftijd", []],
    ["Het is volgens haar een jaar of twintig geleden.", "leeftijd", []],
    // a bare relation word opening a sentence + "is van" + a year
    ["ik zet het in de notitie. broer is van 1968 volgens brp", "datum", ["1968"]],
    ["Het huis is van 1930. Auto is van 2012.", "datum", []],
    // function words after "dhr./mw." are no surname
    ["Uitgelegd dat wij niet namens dhr. kunnen handelen.", "persoon", []],
    ["Ruud noemt dat dhr. vroeger meeging met de boot.", "persoon", ["Ruud"]],
    ["Volgens dhr. vanwege rugklachten.", "persoon", []],
    ["De politie heeft dhr. gisteravond meegenomen.", "persoon", []],
    ["In Eritrea werkte dhr. jaren als lasser.", "persoon", []],
    ["ik heb dhr jansen gebeld", "persoon", ["jansen"]],
    // "in 't" + a known place after a relation; after a title it stays the surname
    ["geregeld via haar schoonmoeder in 't Harde. Vervoer met de fiets.", "plaats", ["'t Harde"]],
    ["geregeld via haar schoonmoeder in 't Harde. Vervoer met de fiets.", "persoon", []],
    ["mevrouw in 't Veld belde", "persoon", ["in 't Veld"]],
    // the last word of a longer place name before a speech verb is no speaker
    ["mw de haan uit Nederhorst den Berg belde gister", "plaats", ["Nederhorst den Berg"]],
    ["mw de haan uit Nederhorst den Berg belde gister", "persoon", ["de haan"]],
    ["Toen Jan van den Berg belde was ik weg.", "persoon", ["Jan van den Berg"]],
    // lexicon: an industrial area, a neighbourhood, a Frisian region
    ["Hij werkt als orderpicker op het Sloegebied.", "plaats", ["Sloegebied"]],
    ["bij een van de baggeraars in de Baanhoek.", "plaats", ["Baanhoek"]],
    ["die jongen werkt in De Wâlden bij een metaalbedrijf", "plaats", ["De Wâlden"]],
    ["Huisbezoek fam. Koning, Baanhoek 311, Sliedrecht", "adres", ["Baanhoek 311"]],
    // an ambiguous place found as a place is that place at its other capitalised mentions; not after an article, a title
    // or a first name
    ["Adres: Mauritsweg 48, 6171 AH Stein. Hij slaapt hier omdat Stein dichter bij de poort ligt.", "plaats", ["Stein", "Stein"]],
    ["Huisbezoek Born – notities. Klant woont in Born. Edith Born belde.", "plaats", ["Born", "Born"]],
    ["Hij slaapt hier omdat Stein dichter bij de poort ligt.", "plaats", []],
    ["Ze woont in Beek. Mevrouw Beek belde.", "persoon", ["Beek"]],
    ["- broer woont in Best, kan werk regelen\n- Best om eerst de huur te regelen", "plaats", ["Best"]],
    // chat: "die van" + a name + a house number closing the clause
    ["ja ik. is dat die van de Bestevaer 112? buurvrouw belde", "adres", ["Bestevaer 112"]],
    ["is het die van Groep 7? of die van Windows 10, toch", "adres", []],
    ["die van Jansen 3?", "adres", []],
    ["die van Sem 12?", "adres", []],
    // "terwijl" opens an age subclause too
    ["Ze werkt 's avonds in een snackbar, terwijl ze pas 14 is.", "leeftijd", ["14"]],
    ["terwijl ze 40 uur werkt", "leeftijd", []],
    // a contact attempt with an ordinal, its day-month and a comma before the contact word
    ["Eerste contactpoging: 4-2, huisbezoek zonder afspraak\nTweede contactpoging: 7-2, telefonisch", "datum", ["4-2", "7-2"]],
    ["Groep 3-4, gesprek met juf\nTweede helft: 2-1, gesprek na afloop", "datum", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s32-lead: English id words announce a number (no BSN); ages then and now, in English, over a period, on a birthday; airports, first-name growers and Goed Wonen as organisations; (55+) as a group", () => {
  it.each([
    // a place + "Airport" is the airport company; a first name + a produce word is a family grower
    ["Hij werkt als bagagemedewerker op Den Helder Airport sinds maart.", "instelling", ["Den Helder Airport"]],
    ["Hij werkte bij Lelystad Airport en daarna bij Twente Airport.", "instelling", ["Lelystad Airport", "Twente Airport"]],
    ["Hij werkt bij Lucas Tomaten in Middenmeer.", "instelling", ["Lucas Tomaten"]],
    ["Hij werkt bij Lucas Tomaten in Middenmeer.", "persoon", []],
    ["Hij kocht Hollandse Tomaten.", "instelling", []],
    // a meal service's supplier; ONE-Dyas
    ["en een maaltijdservice van Apetito, die ze vaak niet aanneemt.", "instelling", ["Apetito"]],
    ["Ik heb een maaltijdservice van de gemeente.", "instelling", []],
    ["Hij zit weer offshore, op een platform van ONE-Dyas.", "instelling", ["ONE-Dyas"]],
    // a common word + "Wonen" after a preposition is a housing corporation, not a form of housing
    ["huurachterstand bij Goed Wonen blijkt € 3.140,-", "instelling", ["Goed Wonen"]],
    ["Hij deelt een kleine woning van Goed Wonen met zijn broer.", "instelling", ["Goed Wonen"]],
    ["Ze heeft een plek bij Beschermd Wonen gekregen.", "instelling", []],
    ["Goed Wonen is belangrijk voor iedereen.", "instelling", []],
    // "(N+)" names a target group unless a known name stands before it
    ["klantmanager Werk (55+) belt morgen", "leeftijd", []],
    ["Mevrouw Jansen (55+) belt morgen", "leeftijd", ["55"]],
    // ages then and now in brackets after a name or a year of birth
    ["Ze kwam in 2022 met kleindochter Zlata (toen 6, nu 8) naar Nederland.", "leeftijd", ["6", "8"]],
    ["toen was ik met mijn dochter Zuzanna (toen zes) in het ziekenhuis", "leeftijd", ["zes"]],
    ["Yonas, geboren 2 februari 2008 (nu 16, wordt 17 over twee weken), geboren in Keren.", "leeftijd", ["16", "17"]],
    ["aantal sollicitaties (nu 3, moet 4) per week", "leeftijd", []],
    // English
    ["he wants to bring his wife Agnieszka and daughter (5) from Szczecin", "leeftijd", ["5"]],
    ["I also saw that your son Artem turned 18 on 9 april.", "leeftijd", ["18"]],
    ["Also, Danylo is 12 now and she would like to know.", "leeftijd", ["12"]],
    ["The rent is 12 now", "leeftijd", []],
    ["the figure turned 18 percent", "leeftijd", []],
    // over a period, on a birthday, in a subclause with a month, a note line without its subject
    ["Dhr. Kloosterhuis werkte van zijn zestiende tot de sluiting bij Strokarton.", "leeftijd", ["zestiende"]],
    ["het bedrijf van zijn eerste tot zijn laatste werkdag", "leeftijd", []],
    ["mw. is van 1966 en werd op twaalf maart negenenvijftig, ze vierde het niet", "leeftijd", ["negenenvijftig"]],
    ["de huur werd op 1 januari 2025 verhoogd", "leeftijd", []],
    ["Het werd op vijf mei vijfentwintig, een mooie dag.", "leeftijd", []],
    ["Hij is bang dat hij de studio kwijtraakt als hij in juni 2025 20 wordt.", "leeftijd", ["20"]],
    ["geld is op, vraagt bijstand.\nis drieënzestig, vrouw vorig jaar overleden.", "leeftijd", ["drieënzestig"]],
    ["is twaalf, maar de rest niet.", "leeftijd", []],
    ["My client number is 678757884, I hope that's the right one.", "dossiernummer", ["678757884"]],
    ["My client number is 678757884, I hope that's the right one.", "bsn", []],
    ["Customer number: 678757884", "bsn", []],
    ["Her file number 678757884 and BSN 111222333", "bsn", ["111222333"]],
    ["My BSN is 678757884.", "bsn", ["678757884"]],
    ["the number is 678757884", "bsn", ["678757884"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s33-lead: one rule for ages over a period and one for English ages in digits", () => {
  it.each([
    // ages at the start and end of a period, in digits or words, with or without a second age
    ["Hij woonde van zijn 15e tot zijn 18e in een pleeggezin.", "leeftijd", ["15e", "18e"]],
    ["Ze zat van haar 12de tot 16de op de Mytylschool.", "leeftijd", ["12de", "16de"]],
    ["Van zijn 16e t/m zijn 18e woonde hij bij zijn oma.", "leeftijd", ["16e", "18e"]],
    ["Hij werkte van zijn zestiende tot de sluiting in de fabriek.", "leeftijd", ["zestiende"]],
    ["van je 16e tot je 18e woonde je in Zwolle", "leeftijd", ["16e", "18e"]],
    ["Je krijgt toeslag van je 18e tot de AOW-leeftijd.", "leeftijd", []],
    ["de moeder van haar 3e kind", "leeftijd", []],
    // English ages in digits: a pronoun with is/was/'s/turned; a name or relation word with "turn" or "now"
    ["my son Maksym, he is 16, he must go to school", "leeftijd", ["16"]],
    ["She's 17.", "leeftijd", ["17"]],
    ["since he turned 18 he gets no money", "leeftijd", ["18"]],
    ["Our daughter Oksana turned 18 last week.", "leeftijd", ["18"]],
    ["she is now 12.", "leeftijd", ["12"]],
    ["He is 16 in the queue.", "leeftijd", []],
    ["It's 5 now, I will call later.", "leeftijd", []],
    ["Total is 12.", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s33-lead: a mixed-case prefix before a year and a sequence number is a case id", () => {
  it.each([
    ["ma 2/3  09.30  dhr. A. Hesen   Gebroek 12, Horst   077-398 15 27   HadM-2025-3381", "dossiernummer", ["HadM-2025-3381"]],
    ["Zaak Wmo-2024-0192 is afgesloten.", "dossiernummer", ["Wmo-2024-0192"]],
    ["Zaak ZAAK-2024-118734 loopt.", "dossiernummer", ["ZAAK-2024-118734"]],
    ["In de periode 2019-2021 werkte hij.", "dossiernummer", []],
    ["Ze werkte bij Jumbo-2025 actie.", "dossiernummer", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s33-lead: foreign five-digit postcodes in an address, a Postfach, native country names; a count in brackets", () => {
  it.each([
    ["bei der Firma Lagerlogistik GmbH, Industriestraße 44, 47929 Grefrath, beschäftigt.", "postcode", ["47929"]],
    ["Familienkasse\nPostfach 10 04 60, 47704 Krefeld", "postcode", ["47704"]],
    ["Familienkasse\nPostfach 10 04 60, 47704 Krefeld", "adres", ["Postfach 10 04 60"]],
    ["Familienkasse\nPostfach 10 04 60, 47704 Krefeld", "datum", []],
    ["Hauptstraße 5, D-52062 Aachen", "postcode", ["52062"]],
    ["Hij verdiende 12345 euro in 2024.", "postcode", []],
    ["als vorrangiger Staat gilt Deutschland.", "plaats", ["Deutschland"]],
    ["Aantal sollicitaties (nu 3) per week, dat moet naar 4.", "leeftijd", []],
    ["Zoon Daan (nu 3) gaat naar de opvang.", "leeftijd", ["3"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s33-lead: streets without a street word after a place opening a line or before a colon; ages of young people, colleagues, relatives in English, after a name and a comma", () => {
  it.each([
    ["[09:05] Roy Wijngaarde: Bijlmer, Gravestein 48. ze is 63", "adres", ["Gravestein 48"]],
    ["Kasmoni bij zijn buurvrouw mw. Wolf op de Kouwenoord 618: dhr. heeft de pot", "adres", ["Kouwenoord 618"]],
    ["Zwolle, Week 12. Start", "adres", []],
    ["We zien elkaar op Vrijdag 12:30", "adres", []],
    ["Utrecht, Stap 2: aanmelden", "adres", []],
    ["Twee jongeren (15 en 16) vertelden over schulden.", "leeftijd", ["15", "16"]],
    ["Het project is voor jongeren tussen 16 en 27 jaar.", "leeftijd", []],
    ["Hij begeleidt een jongere collega van negentien. Probleem blijft", "leeftijd", ["negentien"]],
    ["een collega van drie afdelingen", "leeftijd", []],
    ["I am 44 and our son Liam is only 9.", "leeftijd", ["44", "9"]],
    ["Zijn zoon (\"he is three years, he does not know me\")", "leeftijd", ["three"]],
    ["The mother is 3 minutes late", "leeftijd", []],
    ["3. dhr. Piet Bijl, (67), Hoflaan 3, Puttershoek", "leeftijd", ["67"]],
    ["in Zwolle, (12) gevallen", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s33-lead: Bijlmer neighbourhoods by letter, more first names", () => {
  it.each([
    ["Ze woont al 11 jaar in de K-buurt. De ex woont elders.", "plaats", ["K-buurt"]],
    ["Het gaat om een gezin uit de H-buurt: moeder en drie kinderen.", "plaats", ["H-buurt"]],
    ["| Jaden | 2016 | Basisschool De Polsstok |", "persoon", ["Jaden"]],
    ["[19:41] Yolanda: mi yu Dyllan is weer niet thuis gekomen", "persoon", ["Yolanda", "Dyllan"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s33-lead: a tab ends a table cell before a street; ages in words in brackets at a line start, half years; a dialect possessive", () => {
  it.each([
    ["Datum\tKlant\tAdres\n03-03-2025\tJan van Hout\tMolenstraat 18\t5761 AT\tBakel", "persoon", ["Jan van Hout"]],
    ["Wim Korsten\tKennedylaan 4", "adres", ["Kennedylaan 4"]],
    ["dhr jansen van kerkstraat 3 belde", "adres", ["kerkstraat 3"]],
    ["Reden aanmelding\nFinn (twaalf) is sinds de zomer erg angstig", "leeftijd", ["twaalf"]],
    ["Bijlagen (twaalf) zie onder", "leeftijd", []],
    ["- Noa (8), groep 5\n- Luuk, tweeënhalf, peuteropvang\n", "leeftijd", ["8", "tweeënhalf"]],
    ["Luuk, tweeënhalf jaar geleden verhuisd", "leeftijd", []],
    ["[21:16] Gerrit: Mien vraauw ligt in t Ommelander Ziekenhuis", "persoon", ["Gerrit"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s33-lead: a volunteer, intern or colleague with an age in brackets", () => {
  it.each([
    ["Lisa, de jongste vrijwilliger (17), signaleerde dit als eerste.", "leeftijd", ["17"]],
    ["onze vrijwilligers (12) helpen elke week", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s33-lead: 'wonende te' + a place; Urk ward addresses", () => {
  it.each([
    ["de heer Dirk-Jan Wisse, wonende te Hoek. De beslagvrije voet", "plaats", ["Hoek"]],
    ["de heer Dirk-Jan Wisse, wonende te Hoek. De beslagvrije voet", "persoon", ["Dirk-Jan Wisse"]],
    ["mevrouw Te Hoek belde", "persoon", ["Te Hoek"]],
    ["Adres: Wijk 4-63? → correctie klant", "adres", ["Wijk 4-63"]],
    ["De wijk 3-4 is rustig", "adres", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s33-lead: hyphenated café heads; a coined organisation name opening a chat message in lower case", () => {
  it.each([
    ["Feest in Café-Zaal De Lindeboom.", "instelling", ["Café-Zaal De Lindeboom"]],
    ["Feest in Café-Zaal De Lindeboom.", "persoon", []],
    ["Hij werkt bij Partycentrum De Schakel.", "instelling", ["Partycentrum De Schakel"]],
    ["[08:55] Anna: hij kan naar Kinderopvang Dribbel?\n[08:57] Samira: dribbel is vol zeggen ze.", "instelling", ["Kinderopvang Dribbel", "dribbel"]],
    ["[08:55] Anna: hij werkt bij Bakkerij Jansen\n[08:57] Samira: jansen is ziek vandaag", "instelling", ["Bakkerij Jansen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s33-lead: a hedged age after a first name; a photo's file name is no case id", () => {
  it.each([
    ["[10:05] joost: oef. kleinzoon is dylan, 19 of 20. heeft eerder gezeten", "leeftijd", ["19", "20"]],
    ["Jan, 3 of 4 keer per week", "leeftijd", []],
    ["Ik kom om 10, 11 of 12 uur", "leeftijd", []],
    ["Bianca: 📷 IMG-20260313-WA0004.jpg", "dossiernummer", []],
    ["Nummer BWN-123456 loopt", "dossiernummer", ["BWN-123456"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s34-lead: foreign postcodes under a street line, four-digit Belgian and Polish postcodes before a known place", () => {
  it.each([
    ["Rhein-Maas Personal GmbH\nGladbacher Straße 118\n41747 Viersen\nTel. +49 2162 30 44 710", "postcode", ["41747"]],
    ["vordering van Garage Ceyhan BVBA, Stalenstraat 61, 3600 Genk, voor een reparatie", "postcode", ["3600"]],
    ["Brasserie Lejeune, Rue Féronstrée 88, 4000 Liège, tel.", "postcode", ["4000"]],
    ["adres: ul. Długa 14/3, 62-800 Kalisz. Hij stuurt geld", "postcode", ["62-800"]],
    ["Bijlage 12\n20000 Euro", "postcode", []],
    ["Hoofdstuk 3, 2020 Jaarverslag", "postcode", []],
    ["Artikel 12, 1500 Euro te veel", "postcode", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s34-lead: one unknown word in brackets after a full name is the person's organisation", () => {
  it.each([
    ["Trajectbegeleider: Petra Gerritsen (Werkpad) / klantmanager Ruben", "instelling", ["Werkpad"]],
    ["Aanwezig: Gijs ter Horst (UWV), Samira Bouali (jobcoach, Werkpad)", "instelling", ["Werkpad"]],
    ["Aanwezig: Roger Janssen (Kruisherenhotel), Bianca Hoogland (Thermae)", "instelling", ["Kruisherenhotel", "Thermae"]],
    ["Jan Bos (Sjef) en Ali Demir (Eritrea), Els Kok (Afwezig), Piet de Vries (Arabisch)", "instelling", []],
    ["Anna Smit (Filialleiterin), Ans Smit (Medewerkster), Jan Bos (Berkel-Enschot)", "instelling", []],
    ["Els Kok (RMC-consulent), Piet Kok (IB'er)", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s34-lead: Teams speakers written 'Surname, First'; a clinic where someone is admitted; chains after 'bij/van de'", () => {
  it.each([
    ["[09:05] Ramakers, Ruud: doe ik\n[09:11] Smeets, Marloes: heeft iemand contact met vd berg van mondriaan?\n[09:12] Wetzels, Ilse: nee met tom crombach.", "persoon", ["Ramakers, Ruud", "Smeets, Marloes", "Wetzels, Ilse", "tom crombach"]],
    ["[09:11] Smeets, Marloes: zit hij bij radar of trajekt?\n[09:12] Wetzels, Ilse: trajekt denk ik", "instelling", ["trajekt", "trajekt"]],
    ["dhr pinckaers is donderdag opgenomen in Vijverdal, fyi.", "instelling", ["Vijverdal"]],
    ["Na revalidatie in Maartenshof is ze thuis.", "instelling", ["Maartenshof"]],
    ["Ze is opgenomen in Maastricht en daarna in Heerlen.", "plaats", ["Maastricht", "Heerlen"]],
    ["Buurman Hennie doet boodschappen bij de jumbo in Oldenzaal.", "instelling", ["jumbo"]],
    ["Hij zit bij de action op de hoek", "instelling", ["action"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s34-lead: Hindustani names in -watie; ages 'will be', '(7 years)', in words after a full name; durations", () => {
  it.each([
    ["Ook inwonend: oma Kalawatie (81), zij heeft een AOW-gat.", "persoon", ["Kalawatie"]],
    ["mw. Medicatie via de apotheek", "persoon", []],
    ["and Maksym will be 16 on 2 april, does it change the money?", "leeftijd", ["16"]],
    ["It will be 12 on Monday.", "leeftijd", []],
    ["The Total will be 50 on 3 May.", "leeftijd", []],
    ["Also my daughter Sofiia (7 years) needs glasses.", "leeftijd", ["7"]],
    ["- Gerrit Jan Eising (eenenzestig): afspraak loopt", "leeftijd", ["eenenzestig"]],
    ["Zie Bijlagen (twaalf) hier.", "leeftijd", []],
    ['Dhr. klonk emotioneel: "30 jaar sta ik daar, nooit een cent."', "leeftijd", []],
    ['Dhr. klonk emotioneel: "30 jaar sta ik daar, nooit een cent."', "persoon", []],
    ["Een klant van 61 jaar met 20 jaar bijstandsverleden wil.", "leeftijd", ["61 jaar"]],
    ["Laatste werkgever: Gelderman Textiel (31 jaar weverij, daarna magazijn)", "leeftijd", []],
    ["Wijkteam ingelicht, 3 jaar traject uitgelegd.", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s34-lead: ING in capitals is the bank; a lexicon organisation that needs context has it in a list; WIJ + district; a letterhead firm opening with 'Van'", () => {
  it.each([
    ["Schuldeisers: ING, Rabobank", "instelling", ["ING", "Rabobank"]],
    ["Ing. P. de Vries belde", "instelling", []],
    ["Ing Bakker belde", "instelling", []],
    ["bronnen: Casade, Woonveste, Brabant Water, CZ, energie", "instelling", ["Casade", "Woonveste", "Brabant Water", "CZ"]],
    ["schulden bij Synthese en Woonveste", "instelling", ["Synthese", "Woonveste"]],
    ["Ik sprak Jan, Fleur en Roos", "instelling", []],
    ["- Judith Brouwer (jeugdconsulent WIJ Lewenborg)", "plaats", ["Lewenborg"]],
    ["- Judith Brouwer (jeugdconsulent WIJ Lewenborg)", "instelling", []],
    ["Van Kemenade Precisiemechanica B.V.\nAchtseweg Noord 20", "instelling", ["Van Kemenade Precisiemechanica B.V."]],
    ["Van Kemenade Precisiemechanica B.V.\nAchtseweg Noord 20", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s34-lead: 'geboren <date> te' + a place; party words are no names; '(binnenkort 66)'; Alliantie needs context", () => {
  it.each([
    ["Verzoekster: mevrouw Chantal Lanting, geboren 8 juli 1989 te Hoogeveen\nAdres: Boermarke 17", "plaats", ["Hoogeveen"]],
    ["Verzoekster: mevrouw Chantal Lanting, geboren 8 juli 1989 te Hoogeveen\nAdres: Boermarke 17", "persoon", ["Chantal Lanting"]],
    ["Hij is geboren op 03-05-1980 te Emmen.", "plaats", ["Emmen"]],
    ["mevrouw Te Hoek belde", "persoon", ["Te Hoek"]],
    ["1. Aanleiding\nVerzoekster is sinds oktober 2022 in begeleiding.\n2. Situatie\nVerzoekster (34) is alleenstaande moeder van Milan (10).", "persoon", ["Milan"]],
    ["Verzoeker: Dragana Petrović, geboren 3 mei 1980", "persoon", ["Dragana Petrović"]],
    ["- Anita (binnenkort 66) stopt per 1 april", "leeftijd", ["66"]],
    ["is gehuisvest door Alliantie in Liendert", "instelling", ["Alliantie"]],
    ["een strategische alliantie met de buren", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s34-lead: a Polish street address ('ul.' = ulica)", () => {
  it.each([
    ["adres: ul. Długa 14/3, 62-800 Kalisz. Hij", "adres", ["ul. Długa 14/3"]],
    ["In Polen staat hij nog ingeschreven op ul. Ogrodowa 17 in Kalisz.", "adres", ["ul. Ogrodowa 17"]],
    ["woont aan ul. Jana Pawła II 5 in Kraków", "adres", ["ul. Jana Pawła II 5"]],
    ["zie ul. 3 en verder", "adres", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s35-lead: form fields and foreign addresses ('Straat en huisnummer:', 'Postcode: 6715 GB', 'bus 3', a Polish code after 'ul.')", () => {
  it.each([
    ["Straat en huisnummer: Vossenakker 18\nPostcode: 6715 GB\nWoonplaats: Ede", "adres", ["Vossenakker 18"]],
    ["Straat en huisnummer: Vossenakker 18\nPostcode: 6715 GB\nWoonplaats: Ede", "postcode", ["6715 GB"]],
    ["Straat + nr: Kogge 8\nPostcode en woonplaats: 8232ZK Lelystad", "adres", ["Kogge 8"]],
    ["De schijf heeft 6715 GB opslag.", "postcode", []],
    ["Straat en nummer onbekend.", "adres", []],
    ["Adres in Polen: ul. Polna 14, 97-300 Piotrków Trybunalski.", "postcode", ["97-300"]],
    ["Hij noemde de uitslag 97-300 in Piotrków Trybunalski.", "postcode", []],
    ["woont nu op Turnhoutsebaan 287 bus 3, 2140 Borgerhout (Antwerpen)", "postcode", ["2140"]],
    ["Hof Janssen\nLoger Straße 41\n26789 Leer\nTel. +49 491 9274410", "plaats", ["Leer"]],
    ["Ik leer Nederlands. Leer je mee?", "plaats", []],
    ["[09:30] Kelvin: nee zit nu bij mn moeder op aagje dekenstraat 14b in paauwenburg. post", "adres", ["aagje dekenstraat 14b"]],
    ["[09:30] Kelvin: hij loopt op zijn kerkstraat 4 rondjes", "adres", []],
    ["- Jeanet Schra, Sociaal Team Zwartewaterland", "persoon", ["Jeanet Schra"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s35-lead: a date under a keyword of the line above, or a date of birth, is no dossier number", () => {
  it.each([
    ["12-03-25 09:33 - Joost: En een afschrift van uw nieuwe rekening\n12-03-25 09:35 - Akosua: is goed", "datum", ["12-03-25", "12-03-25"]],
    ["12-03-25 09:33 - Joost: En een afschrift van uw nieuwe rekening\n12-03-25 09:35 - Akosua: is goed", "dossiernummer", []],
    ["Geb.datum volgens Duits dossier: 4.6.1972.", "datum", ["4.6.1972"]],
    ["Geb.datum volgens Duits dossier: 4.6.1972.", "dossiernummer", []],
    ["kenmerk: 12-03-25", "dossiernummer", ["12-03-25"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s35-lead: lower-case water-sports firms, harbours and lyceums in a chat; a welfare organisation after 'en' and before a compass region; venues in a 'Locatie:' field; care roles before a word-like organisation", () => {
  it.each([
    ["[09:30] femke: of watersport de kûpers aan de weg", "instelling", ["watersport de kûpers"]],
    ["[09:31] hylke: welke school? lyceum de hoarne?", "instelling", ["lyceum de hoarne"]],
    ["[09:32] ilse: zeilles bij zeilschool it swanenest", "instelling", ["zeilschool it swanenest"]],
    ["[09:34] marrit: boot ligt bij jachthaven de rakken in grou", "instelling", ["jachthaven de rakken"]],
    ["[09:00] anne: hij zit op de sv en de vv is dicht", "instelling", []],
    ["Samen met de gemeente Krimpenerwaard en Welzijn Krimpenerwaard helpen wij u.", "instelling", ["Welzijn Krimpenerwaard"]],
    ["Welzijn Midden-Delfland helpt haar", "instelling", ["Welzijn Midden-Delfland"]],
    ["Aangemeld bij Werkgeversservicepunt Noord-Limburg.", "instelling", []],
    ["Dorpsoverleg Zorg & Welzijn Rekken", "instelling", []],
    ["Datum: 27-05-2025, locatie: Het Evertshuis, Bodegraven\nVoorzitter: Hilde", "instelling", ["Het Evertshuis"]],
    ["Locatie: De Meern, Utrecht\nAanwezig: Jan", "instelling", []],
    ["samen met Marloes Wijnen (maatschappelijk werk Xtra). Veel post", "instelling", ["Xtra"]],
    ["Doorverwezen door: Hanneke Lous, maatschappelijk werker Porthos\nBankrekening: x", "instelling", ["Porthos"]],
    ["Schuldhulpverlener: Anouk Kleijnen, Impuls\nOok aanwezig.", "instelling", ["Impuls"]],
    ["Een nieuwe impuls voor de wijk.", "instelling", []],
    ["bewindvoerder mr. H.J. Visser van Visser Schuldbemiddeling, insolventienummer", "instelling", ["Visser Schuldbemiddeling"]],
    ["Lotte Sikkema (ambulant hulpverlener Kearn), Ilse", "instelling", ["Kearn"]],
    ["- dr. E. Kuipers, kinderpsychiater Karakter\nAfwezig", "instelling", ["Karakter"]],
    ["[09:30] akosua: moet ik de loonstroken van hanos meenemen?", "instelling", ["hanos"]],
    ["[09:30] kevin: neem je de loonstrookjes van de jumbo mee", "instelling", ["jumbo"]],
    ["[09:30] kevin: ik heb een tas van de hema", "instelling", []],
    ["| Naam | Geb. | Woonplaats/wijk | Traject |\n| --- | --- | --- | --- |\n| Giselle Isenia | 2001 | Oudshoorn | BBL |", "plaats", ["Oudshoorn"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s35-lead (round 2): German streets without a street word, floors in an address field, 'mw. 37,', a church after a name, organisations beside a town or a listed person", () => {
  it.each([
    ["het adres van de werkgever Hauptkanal links 42, 26871 Papenburg; klopt dat", "adres", ["Hauptkanal links 42"]],
    ["het adres van de werkgever Hauptkanal links 42, 26871 Papenburg; klopt dat", "postcode", ["26871"]],
    ["Zie artikel 12, lid 3 van de wet.", "adres", []],
    ["Nieuw adres: Nieuwstad 41 zw, 1381 CB Weesp, per 15 april", "adres", ["Nieuwstad 41 zw"]],
    ["• mw. 37, alleenstaand met 3 kinderen", "leeftijd", ["37"]],
    ["mw. 12, zie map", "leeftijd", []],
    ["Via mevrouw Tjoonk van de Jacobskerk (diaconie) en de voedselbank.", "persoon", ["Tjoonk"]],
    ["Via mevrouw Tjoonk van de Jacobskerk (diaconie) en de voedselbank.", "instelling", ["Jacobskerk"]],
    ["sinds zijn heupoperatie in Gelre (Apeldoorn) afhankelijk", "instelling", ["Gelre"]],
    ["- Thijs Molenaar, Spirit\n- Joyce Akkerman, OBS De Vlinderboom", "instelling", ["Spirit", "OBS De Vlinderboom"]],
    ["- Thijs Molenaar, jobcoach\n- Joyce", "instelling", []],
    ["begeleider Fenna Sijbesma (Praktijk Sijbesma)\nMethode", "instelling", ["Praktijk Sijbesma"]],
    ["Zie bijlage (Praktijk en theorie) voor uitleg", "instelling", []],
    ["[08:35] Ayşe: ik koop er een bij de bruna in epe", "instelling", ["bruna"]],
    ["[08:35] Ayşe: de praxis van de huisarts", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s35-lead (round 4): qualified employer columns, a middle dot in a letterhead address, a Polish code after 'in', a lower-case initial or unknown surname before ', 26,', the IJburg islands", () => {
  it.each([
    ["| Klantnr | Naam | Voorstel werkgever | Jobcoach |\n|---|---|---|---|\n| 2203817 | Anil Ramdin | Odfjell Terminals | Yvonne |", "instelling", ["Odfjell Terminals"]],
    ["Niederrhein Inkasso GmbH · Hindenburgstraße 112 · 41061 Mönchengladbach\n\nHerrn", "postcode", ["41061"]],
    ["De familie woont nog in 62-800 Kalisz; zijn moeder", "postcode", ["62-800"]],
    ["in 2019 Amsterdam verlaten", "postcode", []],
    ["score 12-300 in Kalisz", "postcode", []],
    ["[08:06] Yvonne: kevin v, 26, woont in holy. Klantnr", "leeftijd", ["26"]],
    ["[10:16] Sanne: mw priya raghunathan, 26, uit chennai. master gestopt", "leeftijd", ["26"]],
    ["[10:16] Sanne: ik zag sanne gisteren, 26, zei ze", "leeftijd", []],
    ["[08:55] Bart: heeft ie nou een afspraak bij meerkanten?", "instelling", ["meerkanten"]],
    ["fam. yildiz op het Steigereiland? ja", "plaats", ["Steigereiland"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s36-lead (round 1): ages reached on a weekday, 'zoon Kerem die 16 is', 'idd', 'een vent van …', a branch after ', locatie', a printer's named after its owner, a foster family, an author field, a street named after a titled person, a Postfach line", () => {
  it.each([
    ["[12-02-2025 09:15] daan: ja klopt. ben zaterdag 20 geworden trouwens", "leeftijd", ["20"]],
    ["Het aantal is zaterdag 30 geworden.", "leeftijd", []],
    ["Dhr. Tahiri heeft een zoon Kerem die 16 is en volgend jaar een bijbaan wil", "leeftijd", ["16"]],
    ["De termijn die 3 jaar is en de brief die 2 is.", "leeftijd", []],
    ["[09:08] Gerwin: ze is 83 idd. lief mens", "leeftijd", ["83"]],
    ["niemand wil een vent van zevenenvijftig. (Hij is feitelijk 53.)", "leeftijd", ["zevenenvijftig", "53"]],
    ["AOW gedeeltelijk (opbouw 34 jaar)", "leeftijd", []],
    ["Dagbesteding bij De Wever, locatie Bosch en Ven, twee dagen per week.", "instelling", ["De Wever", "Bosch en Ven"]],
    ["Zorgcoördinator Andreas College, locatie Pieter Groen\n071-4013541", "instelling", ["Andreas College", "Pieter Groen"]],
    ["klantcontact gemeente Rotterdam, locatie Hoek van Holland\nBSN", "instelling", []],
    ["Datum: 15 mei 2024, locatie CJG Rijssen\nBetreft", "instelling", []],
    ["heb 31 jaar gewerkt bij drukkerij Wilco in Amersfoort.", "instelling", ["drukkerij Wilco"]],
    ["Hij woont sinds maart bij pleeggezin Brouwer in Vught.", "persoon", ["Brouwer"]],
    ["AANMELDFORMULIER\nIngevuld door: Wendy Laan, schuldhulpverlener", "persoon", ["Wendy Laan"]],
    ["Ingevuld door: Gemeente Utrecht", "persoon", []],
    ["bij Apollo Vredestein aan de Ir. Schiffstraat, via uitzendbureau Tempo-Team.", "persoon", []],
    ["Jobcenter Kreis Kleve\nPostfach 10 13 20\n47533 Kleve\nDuitsland", "adres", ["Postfach 10 13 20"]],
    ["Jobcenter Kreis Kleve\nPostfach 10 13 20\n47533 Kleve\nDuitsland", "postcode", ["47533"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s36-lead (round 2): a foreign postcode on the line after a street and a comma, a house-number range, a Polish hospital, 'van een' no age, 'vrij 14/3', a number after 'contract'", () => {
  it.each([
    ["Ze woonde tot juli 2023 in Antwerpen, Turnhoutsebaan 214,\n2140 Borgerhout. Na de breuk", "postcode", ["2140"]],
    ["chauffeur bij Spedition Hülsmann GmbH, Industriestraße 9,\n47533 Kleve. Hij betaalt", "postcode", ["47533"]],
    ["Otto Versand, Werner-Otto-Straße 1-7, 22179 Hamburg; Essent", "adres", ["Werner-Otto-Straße 1-7"]],
    ["Otto Versand, Werner-Otto-Straße 1-7, 22179 Hamburg; Essent", "postcode", ["22179"]],
    ["Zie artikel 4,\n12345 stuks verkocht", "postcode", []],
    ["Hij lag in Szpital Miejski in Kalisz.", "instelling", ["Szpital Miejski"]],
    ["Hij was een zoon van een\nSloveense mijnwerker die", "leeftijd", []],
    ["een dochter van een jaar oud", "leeftijd", ["een jaar oud"]],
    ["kunt u do 13/3 om 11 uur? of anders vrij 14/3 in de middag", "datum", ["13/3", "14/3"]],
    ["Ze is vrij 3/4 van de tijd.", "datum", []],
    ["Vroegsignalering huurachterstand – huurder F. Demir, contract 100234781", "dossiernummer", ["100234781"]],
    ["Vroegsignalering huurachterstand – huurder F. Demir, contract 100234781", "bsn", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s36-lead (round 3): a month and year after an amount in a table, a German postcode line closed by its country, 'Name – role, Org', organisation fields (Afzender, Vervoerder), 'dat hij van 1981 is', a street closing a titled person's line, Twi, generic teams, '… Rietdekkers'", () => {
  it.each([
    ["Eneco                          112093847           €   987,56   januari 2024", "datum", ["januari 2024"]],
    ["38 augustus 2018", "datum", []],
    ["Gemüsehof Terlinden GmbH\nKapellener Straße 112\n47608 Geldern, Deutschland\nwww.terlinden-gemuese.de", "postcode", ["47608"]],
    ["Schoolstraat 7, 5361 GA Grave\nNieuw adres: Kavarinerstraße 48\n47533 Kleve, Duitsland\n\nDhr. meldt", "postcode", ["5361 GA", "47533"]],
    ["Vaste lasten: huur Goed Wonen West Betuwe € 689,15, energie", "instelling", ["Goed Wonen West Betuwe"]],
    ["werkt 24 uur per week bij Philips op de High Tech Campus. Vraagt", "instelling", ["Philips", "High Tech Campus"]],
    ["Aanwezig:\nAnne Bos – psychiater, Tjongerschans\nPetra Smid – ambulant begeleider, Kwadrant", "instelling", ["Tjongerschans", "Kwadrant"]],
    ["MELDING\nAfzender: Accolade, team Huurincasso\nOntvanger: gemeente", "instelling", ["Accolade"]],
    ["Vervoerder: Taxicentrale De Meierij.", "instelling", ["Taxicentrale De Meierij"]],
    ["Afzender: Jan Jansen, Dorpsstraat 4", "instelling", []],
    ["Meneer Mahmoud Al-Hassan gaf aan dat hij van 1981 is en in Aleppo werkte.", "datum", ["1981"]],
    ["Ze zei dat ze van 2019 tot 2021 is opgenomen", "datum", []],
    ["Casus 1: dhr. M.A. Lindeboom (56), Reigerskamp 117\nOverlast door verzamelen.", "adres", ["Reigerskamp 117"]],
    ["Casus 3: familie Doğan, Merelkamp 52\nAfgesloten", "adres", ["Merelkamp 52"]],
    ["Onderwerp: mw. Hanna Girma / Kralenbeek 812 / contractnr 7012288", "adres", ["Kralenbeek 812"]],
    ["Aanwezig: mw. De Vries, Groep 7\ndhr. Jansen, Week 12", "adres", []],
    ["Mevrouw uitnodigen met tolk Twi; pastor mag mee.", "persoon", []],
    ["Jesse zou ook bij het Jeugdpreventieteam bekend zijn, zegt het Verzuimloket.", "instelling", []],
    ["de bestelbus van Brink Rietdekkers stond voor de woning", "instelling", ["Brink Rietdekkers"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s36-lead (round 3b): a table whose cells are separated by ' / '", () => {
  it.each([
    ["Schuldeiser / Bedrag / Kenmerk\nVattenfall / € 1.240,00 / 20384711\nZilveren Kruis / € 612,45 / 118240365", "dossiernummer", ["20384711", "118240365"]],
    ["Schuldeiser / Bedrag / Kenmerk\nVattenfall / € 1.240,00 / 20384711\nZilveren Kruis / € 612,45 / 118240365", "bsn", []],
    ["Naam / BSN / Plaats\nJan / 118240365 / Ede", "bsn", ["118240365"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s36-lead (round 4): fixed-width rows read by cell order, '(zelf 24)', 'Jayden wordt 14 over twee weken', a bare 'vijftiger', a town after a titled person's street, a qualified employer field, IOW and AZC, a German street line above an unknown town", () => {
  it.each([
    ["Schuldeiser                         Kenmerk                      Bedrag        Sinds\nVechtdal Wonen         100457812    € 2.418,55    maart 2025", "dossiernummer", ["100457812"]],
    ["Schuldeiser                         Kenmerk                      Bedrag        Sinds\nVechtdal Wonen         100457812    € 2.418,55    maart 2025", "bsn", []],
    ["Gezinsleden\nNaam                              Relatie     Geb.\nShanti Kartosen-Ramdin  partner     1984\nDevika Kartosen         dochter     2009", "datum", ["1984", "2009"]],
    ["18-03: Gesprek met dhr.; zoon Burak (zelf 24) is aanwezig.", "leeftijd", ["24"]],
    ["10-02: Jayden wordt 14 over twee weken; hij wil graag", "leeftijd", ["14"]],
    ["De huur wordt 800 volgende maand. Het wordt 20 in mei.", "leeftijd", []],
    ["[10:04] youssef: vijftiger, net ontslagen bij DHL", "leeftijd", ["vijftiger"]],
    ["4. Zbigniew (Poolse vijftiger), werkt via Otto", "leeftijd", ["vijftiger"]],
    ["Onderwerp: huurachterstand mevr. Kuipers, Bovenburen 118a Winschoten\n\nHoi", "adres", ["Bovenburen 118a"]],
    ["Werkgever partner: Mosa (tegelfabriek), Maastricht, 38 uur", "instelling", ["Mosa"]],
    ["Hij vroeg naar het IOW. Hij kwam in 2022 via het AZC naar Ermelo.", "instelling", []],
    ["Hij gaat daar ook wonen:\nHauptstraße 14\n47929 Grefrath\nDuitsland", "postcode", ["47929"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s36-lead (round 5): '… & Van der Plas' firms, a school named after a person after an article, a single letter no organisation, Belastingdienst Toeslagen, lexicon organisations", () => {
  it.each([
    ["De oudste, Dennis, is 24 en werkt bij Parlevliet & Van der Plas.", "instelling", ["Parlevliet & Van der Plas"]],
    ["Hij werkt bij Mol & Van Dijk.", "instelling", ["Mol & Van Dijk"]],
    ["Artem gaat naar de Juliana van Stolbergschool en heeft een fiets nodig", "instelling", ["Juliana van Stolbergschool"]],
    ["Artem gaat naar de Juliana van Stolbergschool en heeft een fiets nodig", "persoon", ["Artem"]],
    ["dochter Hendrikje (15) na de Pieter Zandt Scholengemeenschap in Kampen", "instelling", ["Pieter Zandt Scholengemeenschap"]],
    ["die sinds 22 maart op afdeling B3 ligt.", "instelling", []],
    ["1    Belastingdienst Toeslagen           812233101            € 6.412,00", "instelling", []],
    ["doorverwijzing naar Tom in de buurt voor hulp; opgenomen in het MC Zuiderzee.", "instelling", ["Tom in de buurt", "MC Zuiderzee"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s37-lead (round 1): a postcode with a unit's letters in a semicolon export, a Belgian or Polish code before an unknown town, a desk before a chat speaker, 'aan' after a first name, form fields, initials in a name column, a free slot in an agenda, a year-serial reference, a word-like first name as a subject", () => {
  it.each([
    ["naam;adres;postcode;plaats\nS. Visser;Breedstraat 77;1601 KB;Enkhuizen", "postcode", ["1601 KB"]],
    ["naam;adres;postcode;plaats\nA. Boukhari;Lange Tiendeweg 61-B;2801 KG;Gouda", "postcode", ["2801 KG"]],
    ["Naam\tAdres\tPostcode\tPlaats\nS. Visser\tBreedstraat 77\t1601 KB\tEnkhuizen", "postcode", ["1601 KB"]],
    ["De pallet weegt 1200 KG; de heftruck 900 KG.", "postcode", []],
    ["mevrouw Lotte Vanhoof, Kloosterstraat 31, 3960 Bree (België).", "postcode", ["3960"]],
    ["Aan de heer Stijn Vercammen\nKapelstraat 112\n2660 Hoboken\nBelgië\n\nGouda, 9 april 2025", "plaats", ["Hoboken", "België", "Gouda"]],
    ["Verblijfadres:\nul. Słoneczna 8\n97-300 Piotrków Trybunalski\nTelefoon", "postcode", ["97-300"]],
    ["Hij fietst 1200 Hoboken voorbij.", "postcode", []],
    ["[14:04] Noah: hoi\n[14:05] Jongerenloket – Mirte: Hoi Noah! Ja klopt, ik ben Mirte.\n[14:06] Noah: 19", "persoon", ["Noah", "Mirte", "Noah", "Mirte", "Noah"]],
    ["Reiskosten voor de ziekenhuisbezoeken van Sem aan de Noordwest Ziekenhuisgroep in Alkmaar.", "persoon", ["Sem"]],
    ["Reiskosten voor de ziekenhuisbezoeken van Sem aan de Noordwest Ziekenhuisgroep in Alkmaar.", "instelling", ["Noordwest Ziekenhuisgroep"]],
    ["Ze werkt bij Zorg aan de Zaan.", "instelling", ["Zorg aan de Zaan"]],
    ["Jeugdige: Luca Verbeek\nWoonadres (moeder): Jan Verfailleweg 318, 1783 BX Den Helder\nAnouk (jobcoach): gaat goed.", "persoon", ["Luca Verbeek", "Anouk"]],
    ["Bemiddeling naar een functie als magazijnmedewerker, max. 32 uur.", "persoon", []],
    ["Het huis is meer dan honderd jaar oud, de trap is steil. Opa is honderd jaar oud.", "leeftijd", ["honderd jaar oud"]],
    ["Datum       Tijd   Klant                   Adres                    Plaats\n07-10-2024  09:30  A.M. Pronk             Kerkweg 56               Abbekerk\n08-10-2024  10:00  W. van der Laan         Dorpsweg 118             Opperdoes", "persoon", ["A.M. Pronk", "W. van der Laan"]],
    ["Tijd   Naam                  Geb.   Onderwerp\n09:00  M. Timmers           1966   intake IOAW\n10:30  –vrij–\n11:00  H. 't Hoen           2003   jongere < 27", "datum", ["1966", "2003"]],
    ["Belastingdienst/Toeslagen          2024/10/77412           €  5.383,09", "dossiernummer", ["2024/10/77412"]],
    ["De brief van 2024/10/12 ligt er nog.", "dossiernummer", []],
    ["ze heeft haar zoontje bij zich, ventje van 3", "leeftijd", ["3"]],
    ["Het gaat om Roos Pieters (klas 2B). Roos is sinds januari afwezig. Roos zorgt voor haar broertje. Roos is een bloem.", "persoon", ["Roos Pieters", "Roos", "Roos"]],
    ["Jeugdige: Floor Bergsma, 14 jaar", "persoon", ["Floor Bergsma"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s37-lead (round 2): a column gap before a number in a fixed-width row, a place before a full stop, a church-like surname after a first name, a motorway, an app, lexicon bodies and villages, a street without a street word before 'woont' or a full stop, 'was toen elf'", () => {
  it.each([
    ["Deelnemer  Lft  Woonplaats      Werkplek                          Uren\nB. Kaya     34   Zoetermeer      Kringloopcentrum De Vondst          20", "adres", []],
    ["Deelnemer  Lft  Woonplaats      Werkplek                          Uren\nB. Kaya     34   Zoetermeer      Kringloopcentrum De Vondst          20", "instelling", ["Kringloopcentrum De Vondst"]],
    ["Naam        Adres\nB. Kaya     Kerkweg 56", "adres", ["Kerkweg 56"]],
    ["dossier overdragen aan Rotterdam. 3 van de 5 klanten hebben een afspraak", "adres", []],
    ["- dr. Henk Ansah (Arkin)\n- Wendy Ormskerk (Rochdale)", "persoon", ["Henk Ansah", "Wendy Ormskerk"]],
    ["Hij gaat op zondag naar de Bethelkerk.", "instelling", ["Bethelkerk"]],
    ["vanaf de carpoolplaats bij de A58 of de N270. Hij heeft via Discord contact.", "instelling", []],
    ["groetjes\nsanne feenstra\nSint Nyk", "plaats", ["Sint Nyk"]],
    ["Gebeld door: dhr. Koster, Bergopwaarts, team wijkbeheer. Ze krijgt een woning van Mijn Waards.", "instelling", ["Bergopwaarts", "Mijn Waards"]],
    ["Hij woont in Handel. De handel in auto's loopt. Handel is lastig.", "plaats", ["Handel"]],
    ["een update over de familie Asante, die aan de Hoogoord 1045 woont.", "adres", ["Hoogoord 1045"]],
    ["1. Fam. Asante, Hoogoord 1045. Zitting kantonrechter is aangehouden.", "adres", ["Hoogoord 1045"]],
    ["Overleg met school; Luca was toen elf. Luca was toen 11 keer te laat.", "leeftijd", ["elf"]],
    ["Een rekening bij N26 en een lening bij Flexkrediet24; carpoolen bij de A58.", "instelling", ["N26", "Flexkrediet24"]],
    ["Een achterstand bij Agrarische Handel Kuipers & Wolthuis.", "instelling", ["Agrarische Handel Kuipers & Wolthuis"]],
    ["[08:50] marieke: proefplaatsing bij de ah op het plein?\n[08:52] dennis: ja. Ze doet boodschappen bij de Dirk.", "instelling", ["ah", "Dirk"]],
    ["[08:50] marieke: ah oke, dank je. De plus van de week is dat Dirk belt.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s37-lead (round 3): a German street line above its code, a Belgian code after 'in België', 'geboren, in 1943', a column gap inside a name, a department 'Ontwikkeling', Vroeg Eropaf, Meerinzicht, a day-month after 'contact' or 'termijn', an age question, a full name's surname that the lexicon knows as a firm", () => {
  it.each([
    ["Otto Payments GmbH\nWerner-Otto-Straße 1-7\n22179 Hamburg", "adres", ["Werner-Otto-Straße 1-7"]],
    ["Otto Payments GmbH\nWerner-Otto-Straße 1-7\n22179 Hamburg", "persoon", []],
    ["Hij stuurt geld naar zijn zus, die in België woont (Kioskplaats 14, 2660 Hoboken). Het geld komt binnen.", "postcode", ["2660"]],
    ["Ze zegt: \"ik ben hier geboren, in 1943\". Ze woont er sinds 1980.", "datum", ["1943"]],
    ["14-04     10:00  J. Bos      evaluatie bewind      Y. Tjoa", "instelling", []],
    ["Uitvoerder: Lucrato, afdeling Ontwikkeling\n12-09: eerste melding via Vroeg Eropaf.", "instelling", ["Lucrato"]],
    ["Klantmanager: Rianne Hoogeveen, Meerinzicht", "instelling", ["Meerinzicht"]],
    ["Laatste contact 12-02, toen gaf hij aan. Termijn was 28-02. Contact 2-3 keer per week.", "datum", ["12-02", "28-02"]],
    ["[08:09] bart: wat is er met emre? is hij niet 15?\n[08:10] anna: is die niet 5 euro per maand", "leeftijd", ["15"]],
    ["Deelnemer: Dennis Kloosterboer\nToelichting: Kloosterboer is na 8 weken uitgevallen. Hij werkte bij Kloosterboer in Kampen.", "persoon", ["Dennis Kloosterboer", "Kloosterboer"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s37-lead (round 4): no phone number inside a date or across a column gap", () => {
  it.each([
    ["Datum       Tijd   Naam\n10-06-2025   09.30  K. Visser-Winter      6127450", "telefoon", []],
    ["Bel 06-12345678 of 06 - 1234 5678 of 0522-123456 of tel. 06-12 34 56 78.", "telefoon", ["06-12345678", "06 - 1234 5678", "0522-123456", "06-12 34 56 78"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s38-lead (round 1): a Belgian code after a street when the text speaks of Belgium, a street between bars before a postcode, no organisation in the tail of a hyphenated place", () => {
  it.each([
    ["Ze werkte in Visé. Vorig adres: Kerkstraat 9, 3790 Voeren.\nZe heeft nog een Belgische rekening.", "postcode", ["3790"]],
    ["Ze werkte in Visé. Vorig adres: Kerkstraat 9, 3790 Voeren.\nZe heeft nog een Belgische rekening.", "plaats", ["Visé", "Voeren"]],
    ["Rekening BE65 2503 6001 6308.\nAdres ex-werkgever: Hoge Mauw 120, 2490 Balen.", "adres", ["Hoge Mauw 120"]],
    // (not without Belgium in the text, nor before a word)
    ["Vorig adres: Kerkstraat 9, 3790 Voeren.", "postcode", []],
    ["Een Belgische klant. Kerkstraat 9, 1200 Euro.", "postcode", []],
    ["Zeeuws Bewind B.V. | Nieuwe Burg 21 | 4331 AE Middelburg", "adres", ["Nieuwe Burg 21"]],
    ["Zeeuws Bewind B.V. | Nieuwe Burg | 4331 AE Middelburg", "adres", []],
    ["Aanmelding Jeugd – Reusel-De Mierden\nGevraagd: beoordeling door huisartsenpraktijk De Mierden.", "plaats", ["Reusel-De Mierden"]],
    ["Aanmelding Jeugd – Reusel-De Mierden\nGevraagd: beoordeling door huisartsenpraktijk De Mierden.", "instelling", ["huisartsenpraktijk De Mierden"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s38-lead (round 2): a postcode column of an export, the place after 'azc', a school name with its head apart, a surname without its diacritics, Rooij", () => {
  it.each([
    ["klantnr;naam;geb.datum;postcode;wijk;traject\n500213344;T. Kowalski;02-11-1979;3132 KM;Westwijk;Werkfit\n4403140;J. Brüggemann;1970;48599;Gronau;IPS", "postcode", ["3132 KM", "48599"]],
    // (not a column with another header: "afstand" in kilometres)
    ["datum;route;afstand;chauffeur\n12-03-2025;Tiel - Geldermalsen;1200 KM;P. Smit\n13-03-2025;Tiel - Culemborg;1400 KM;P. Smit", "postcode", []],
    ["Yonas kwam via azc Heumensoord naar Beuningen. Het AZC Ter Apel is vol; het azc Informatiepunt belt.", "plaats", ["Heumensoord", "Beuningen", "Ter Apel"]],
    ["| Noor Hiemstra | dochter | 2012 | leerling Werkman College |", "instelling", ["Werkman College"]],
    // (not a school named after a word: the Pleincollege is no "plein college")
    ["[10:23] Jeroen: lunch om 12.30? bij de turk op het plein", "instelling", []],
    ["Ik werkte als chauffeur bij de Ambassade van de Republiek Polen in Den Haag.", "instelling", ["Ambassade van de Republiek Polen"]],
    ["[10:02] Sander: wie kent mw. kocabas? ze staat aan de balie", "persoon", ["Sander", "kocabas"]],
    ["ik kan niet komen naar de afspraak bij mevr. de rooij\nantw. 09:20: beterschap!", "persoon", ["de rooij"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s38-lead (round 3): a place of the lexicons after 'in' is no firm, a coordinated compound's first half is no organisation, the OKT and the SVB's Bureau Duitse Zaken are no organisations, a German address block in a quoted mail", () => {
  it.each([
    ["2. Dhr. Şahin woont in Den Hout, ernstige eenzaamheid. Bestelling bij Jansen Hout.", "plaats", ["Den Hout"]],
    ["2. Dhr. Şahin woont in Den Hout, ernstige eenzaamheid. Bestelling bij Jansen Hout.", "instelling", ["Jansen Hout"]],
    ["MDO-verslag, locatie Ouder- en Kindteam Watergraafsmeer. Rachid Amrani (jeugdconsulent OKT).", "instelling", []],
    ["Hij werkt bij Kroeze Koel- en Vriestransport in Hengelo.", "instelling", ["Kroeze Koel"]],
    ["Informatie opvragen via de SVB en het UWV (Bureau Duitse Zaken).", "instelling", []],
    ["Personalnummer 10234.\n> Ems Gewächshausbau GmbH\n> Am Hafen 7\n> 49733 Haren (Ems)", "postcode", ["49733"]],
    ["Personalnummer 10234.\n> Ems Gewächshausbau GmbH\n> Am Hafen 7\n> 49733 Haren (Ems)", "adres", ["Am Hafen 7"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s39-lead (round 1): a method after 'in', a debt arrangement's and a work history's years, a first name before a street named after a thing, a court's seat, a loan verb after a title, schools and named houses, a relative's name before her age", () => {
  it.each([
    ["Wat ging goed: het gesprek in Motiverende Gespreksvoering-stijl, ze kwam zelf met het idee.", "plaats", []],
    // (a town is no participle: "in Oostende Centrum")
    ["Hij woont in Oostende Centrum.", "plaats", ["Oostende"]],
    ["[08:47] ilse: morgen iemand mee naar huisbezoek in brakel? dhr. van gameren, kerkstraat ergens", "instelling", []],
    ["09-01-2025: schuldregeling aangeboden aan schuldeisers, 3 jaar, afloscapaciteit € 212 per maand.", "leeftijd", []],
    // (a name between: his age)
    ["In de schuldregeling van meneer Bakker, 52 jaar, zit een fout.", "leeftijd", ["52 jaar"]],
    ["| werkervaring | boekhouder, 8 jaar |\n| taal | Engels B2 |", "leeftijd", []],
    ["Hoi mevrouw Kramer ik ben het Jessica van Dorpsstraat 20 in Briltil. sorry!! groetjes Jess", "persoon", ["Kramer", "Jessica", "Jess"]],
    ["Hoi mevrouw Kramer ik ben het Jessica van Dorpsstraat 20 in Briltil. sorry!! groetjes Jess", "adres", ["Dorpsstraat 20"]],
    // (a street named after a person keeps the first name; "Dijk" is a surname's core too)
    ["Hij woont Jan van Nassaustraat 12. Moeder: Pieter van Dijkstraat 4, Tilburg", "adres", ["Jan van Nassaustraat 12", "Pieter van Dijkstraat 4"]],
    ["Tot morgen, groetjes Team", "persoon", []],
    ["Bij vonnis van de kantonrechter te 's-Hertogenbosch is de huurovereenkomst ontbonden. Zijn begeleider te Velde belde.", "persoon", ["te Velde"]],
    ["Bij vonnis van de kantonrechter te 's-Hertogenbosch is de huurovereenkomst ontbonden.", "plaats", ["'s-Hertogenbosch"]],
    ["Kunnen we dhr. combineren: taal + leerwerkplek? Ook mw. severen belde.", "persoon", ["severen"]],
    ["Hij slaapt in zijn auto bij de Maasboulevard. Zijn moeder (78) woont in Velp bij Grave.", "instelling", []],
    ["Hij slaapt in zijn auto bij de Maasboulevard. Zijn moeder (78) woont in Velp bij Grave.", "plaats", ["Velp", "Grave"]],
    ["Hij zit op Metameer in Stevensbeek. Thijs zit in de tweede klas van het Gomarus in Gorinchem. Ze zit op Tinder, zegt ze.", "instelling", ["Metameer", "Gomarus"]],
    ["Hij wil vrijwilligerswerk doen in het Casembroothuis. We spraken af in het Buurthuis en in het Gemeentehuis.", "instelling", ["Casembroothuis"]],
    ["Aanmelding via Stichting Welzijnswerk Sliedrecht, vrijwilliger Hulp bij Thuisadministratie.", "persoon", []],
    ["[16:32] kees: mw jansen-van herwijnen uit zuilichem belde", "persoon", ["kees", "jansen-van herwijnen"]],
    ["Mevrouw krijgt thuiszorg van Buurtzorg Zuidhorn. Jeugdhulp van Enver start.", "instelling", ["Buurtzorg", "Jeugdhulp van Enver"]],
    ["[10:17] Marloes: top. moeder is Jurenska, 23, woont bij haar tante", "persoon", ["Marloes", "Jurenska"]],
    ["Zijn moeder is Nederlandse, 45, en werkt.", "persoon", []],
    ["Heeft rijbewijs B, geen C. Schuld bij DUO en CJIB.", "persoon", []],
    ["Rijdt Thover ook? Hij werkte in de kantine van ASTRON. Via Welzijn MD. klaas van Wagenborg belde. de mdw van SMWO.", "instelling", ["Thover", "ASTRON", "Welzijn MD", "Wagenborg", "SMWO"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s39-lead (round 2): WelZijn + a municipality, shopping centres, an organisation in brackets after a person, schools named after persons, parents' ages, a place after 'vanaf', an Urk address, a German code after 'in', export logins, a table's employer cell", () => {
  it.each([
    ["samen met de maatschappelijk werker van WelZijn Krimpenerwaard. Fenna raadt", "instelling", ["WelZijn Krimpenerwaard"]],
    ["Hij hangt rond bij het winkelcentrum Crimpenhof. Het winkelcentrum Hoogvliet is dicht.", "instelling", ["Crimpenhof"]],
    ["Aanwezig: Wim de Haan (klantmanager W&I), Esra Güler (Enver), Ans Vos (Humanitas)", "instelling", ["Enver", "Humanitas"]],
    ["Maksym: CSG Jacob van Liesveldt, Daryna: basisschool. Ze zit op CBS Jan Ligthart.", "instelling", ["CSG Jacob van Liesveldt", "CBS Jan Ligthart"]],
    ["Het LBIO is ingeschakeld. Baran zit op Helinium en spijbelt, de leerplichtambtenaar heeft gebeld.", "instelling", ["Helinium"]],
    ["Aanvraag Participatiewet ingediend, dhr. wordt die dag 53. De prijs wordt die dag 53.", "leeftijd", ["53"]],
    ["Situatie: ouders (34 en 36) zijn uit elkaar. De ouders (2 en 3 keer per week) komen langs.", "leeftijd", ["34", "36"]],
    ["hij fietst vanuit Rutten, 12 km! Werk in Bant en Rutten. Mevrouw Rutten belde.", "plaats", ["Rutten", "Bant", "Rutten"]],
    ["hij fietst vanuit Rutten, 12 km! Werk in Bant en Rutten. Mevrouw Rutten belde.", "persoon", ["Rutten"]],
    ["Hij werkt bij Kringloop Urk. Zij bij Kringloop De Cirkel.", "plaats", ["Urk"]],
    ["Hij werkt bij Kringloop Urk. Zij bij Kringloop De Cirkel.", "instelling", ["Kringloop De Cirkel"]],
    ["| Laatste werkgever | Hollandia, lasser, tot december 2024 |", "instelling", ["Hollandia"]],
    // (not a table's header row)
    ["D. Schulden\n| Schuldeiser | Bedrag |\n| Klarna | € 640,00 |", "instelling", ["Klarna"]],
    ["namens burgemeester en wethouders van Hof van Twente, en mevrouw van Hof", "plaats", ["Hof van Twente"]],
    ["hij is afhankelijk van de bus vanaf Dale. Schuldhulp – team Zederik, stand 1-12.", "plaats", ["Dale", "Zederik"]],
    ["Export intake (gegenereerd 18-11, 07:02)", "datum", ["18-11"]],
    ["Aan de heer J. Snoek\nWijk 3 12\n8321 EK Urk", "adres", ["Wijk 3 12"]],
    ["geld gaat naar zijn schoonzus in 49074 Osnabrück. Hij betaalde in 20000 Euro contant.", "postcode", ["49074"]],
    ["Export intakes – aangemaakt 2025-03-04 09:12 door w.kempers\nAantal regels: 5. Export aangemaakt door rvisser, 09:14. Aangemaakt door beheer.", "persoon", ["w.kempers", "rvisser"]],
    ["Intakeformulier – IJSSELgemeenten. Of BindkrachtVHL kan helpen. Export intakes SDOA.", "instelling", ["IJSSELgemeenten", "BindkrachtVHL", "SDOA"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s39-lead (round 3): a Belgian code after 'in', a French street, Sociale Zaken + a region, a municipal team + its place, surnames after 'van den', an employer field before 'in Place', an address cell, a street before 'via', schools of several words, 'Onze Loods'", () => {
  it.each([
    ["Hij werkt als chauffeur bij Van Hoof BV in 2910 Essen en krijgt zijn loon op een Belgische rekening.", "postcode", ["2910"]],
    ["Hij werkt als chauffeur bij Van Hoof BV in 2910 Essen en krijgt zijn loon op een Belgische rekening.", "plaats", ["Essen"]],
    // (not a year, not without Belgium)
    ["Hij verhuisde in 2019 Zwolle. Belgische rekening.", "postcode", []],
    ["Hij woont in 2910 Essen.", "postcode", []],
    ["Hij heeft zijn adres nog in Kelmis: Rue de l'Église 27, 4720 Kelmis. Place du Marché 3\n4020 Liège", "adres", ["Rue de l'Église 27", "Place du Marché 3"]],
    ["Klantmanager W&I | Sociale Zaken Maastricht Heuvelland\n043-3062711", "instelling", ["Sociale Zaken Maastricht Heuvelland"]],
    // (Sociale Zaken + one municipality is its department: the place only)
    ["via Sociale Dienst Drechtsteden en de afdeling Sociale Zaken Zwolle", "instelling", ["Sociale Dienst Drechtsteden"]],
    ["De buurvrouw meldde bij het Stadsteam Oudewater dat mevrouw 's nachts op het balkon staat.", "plaats", ["Oudewater"]],
    ["Situatie: dhr. Frans van den Munckhof (58) was ZZP'er. Hij rijdt nu voor Munckhof in Horst.", "persoon", ["Frans van den Munckhof"]],
    ["Situatie: dhr. Frans van den Munckhof (58) was ZZP'er. Hij rijdt nu voor Munckhof in Horst.", "instelling", ["Munckhof"]],
    ["Laatste werkgever: Coldenhove Papier in Eerbeek, tot 30-06-2024", "instelling", ["Coldenhove Papier"]],
    ["| Adres | Hekendorpse Buurt 24 |\n| Adres | Status | Datum |", "adres", ["Hekendorpse Buurt 24"]],
    ["Verhuisd naar een kamer aan de Stouwe 11 via Wetland Wonen.", "adres", ["Stouwe 11"]],
    ["ja graag!! hij zit op Tromp Meesters 3 havo, hij is 14", "instelling", ["Tromp Meesters"]],
    ["Dagbesteding, bijvoorbeeld bij Onze Loods of de kringloop. Hij gaat naar Ons Huis in Zwolle.", "instelling", ["Onze Loods", "Ons Huis"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s39-lead (round 4): the case file as a place before a comma announces no number", () => {
  it.each([
    ["[13:20] jan willem: ja staat in het dossier, 323 873 613, je kijkt vast in het oude zaaknr", "bsn", ["323 873 613"]],
    // (still announced: "Dossier: …", "dossiernummer")
    ["Dossier: 323873613", "bsn", []],
    ["Dossier: 323873613", "dossiernummer", ["323873613"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s40-lead (round 1): a mail header's sender, a lower-case town after 'naar', a staff login after a time stamp, a quarter, a child called 'kleine', a Belgian code under a 'p/a' line, a village column, Werkplein + a town, a law's country, local bodies", () => {
  it.each([
    ["Van: Jorieke Westerveld <j.westerveld@ccgroevenbeek.nl>\nAan: werkeninkomen@ermelo.nl", "persoon", ["Jorieke Westerveld"]],
    ["Van: Jorieke Westerveld <j.westerveld@ccgroevenbeek.nl>\nAan: werkeninkomen@ermelo.nl", "instelling", []],
    ["[08:55] bram dros: ik werk tot 4 uur op de boot naar den helder. morgen?\n[08:56] anouk witte: prima", "plaats", ["den helder"]],
    ["[08:55] bram dros: ik werk tot 4 uur op de boot naar den helder. morgen?\n[08:56] anouk witte: prima", "persoon", ["bram dros", "anouk witte"]],
    // (a surname after "naar" stays a person: "naar van der veen")
    ["[08:55] bram: ik ga straks naar van der veen\n[08:56] anouk: top", "persoon", ["bram", "van der veen", "anouk"]],
    ["Batch BB-2024-00614\naangemaakt: 2024-06-18 07:55 door h.bos\n\nrelatienr|naam", "persoon", ["h.bos"]],
    ["30118452|Zeynep Çelik|213,50|eigen bijdrage bewind Q2\n30120977|Marek Kowalczyk|88,00|huur", "instelling", []],
    ["[08:47] jildou kingma: goeiemorgen, ik kan vandaag niet komen. kleine is ziek\n[08:52] Wytse: Hoi Jildou, vervelend!", "persoon", ["jildou kingma", "Wytse", "Jildou"]],
    // (a name in the same frame stays a person)
    ["[08:47] jildou: goeiemorgen. sanne is ziek\n[08:52] Wytse: Hoi Jildou", "persoon", ["jildou", "sanne", "Wytse", "Jildou"]],
    ["Aan: de heer Marlon Pinas\np/a Stationsstraat 40\n2300 Turnhout\nBelgië\n\nBetreft: beëindiging", "postcode", ["2300"]],
    ["| klantnr | naam | geb. | kern | regeling |\n| --- | --- | --- | --- | --- |\n| 4311540 | Şahin, Emre | 1996 | Dussen | PW |\n| 4297781 | Verschoor, G. | 1961 | Veen | Bbz |", "plaats", ["Dussen", "Veen"]],
    // (the Werkplein of one town is the place only; of a region, the intermunicipal body)
    ["Afsprakenlijst Werkplein Hoogeveen – week 26 (export)\nDaarna naar het Werkplein Oost-Groningen.", "plaats", ["Hoogeveen"]],
    ["Afsprakenlijst Werkplein Hoogeveen – week 26 (export)\nDaarna naar het Werkplein Oost-Groningen.", "instelling", ["Werkplein Oost-Groningen"]],
    ["Mevrouw gaat een eigen bijdrage betalen, conform de Wet opvang ontheemden Oekraïne. Ze komt uit Oekraïne.", "plaats", ["Oekraïne"]],
    ["Dit is doorgegeven aan Oost West Wonen. Leerwerkplek bij GOwerkt. Zijn moeder woont in Nieuw Rijsenburgh.", "instelling", ["Oost West Wonen", "GOwerkt", "Nieuw Rijsenburgh"]],
    ["Zijn moeder (84) woont in Nij Bethanië en hij bezoekt haar dagelijks.", "instelling", ["Nij Bethanië"]],
    ["Zijn moeder (84) woont in Nij Bethanië en hij bezoekt haar dagelijks.", "plaats", []],
    ["tolk Arabisch via de Tolkencentrale. Koffie door de vrijwilligers van het MFC.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s40-lead (round 2): a street number with a capital after a hyphen before a postcode, a German town with its river, a waiting time, a hospital department, a community centre with an article, a newsletter title, local bodies", () => {
  it.each([
    ["dhr. Mohamed Azzouzi\nBSN 3301.65.136 | Kerkewijk 74-B, 3901 EH Veenendaal", "adres", ["Kerkewijk 74-B"]],
    ["dhr. Mohamed Azzouzi\nBSN 3301.65.136 | Kerkewijk 74-B, 3901 EH Veenendaal", "plaats", ["Veenendaal"]],
    ["Spedition Hülskens GmbH\nHansastraße 21\n46446 Emmerich am Rhein\nDeutschland", "postcode", ["46446"]],
    ["Hij heeft zich ingeschreven als woningzoekende; wachttijd ca. 4 jaar.", "leeftijd", []],
    // (an age with "ca." stays an age)
    ["Een man van ca. 40 jaar. Zijn zoon, ca. 14 jaar, woont thuis.", "leeftijd", ["40 jaar", "14 jaar"]],
    ["Geachte collega,\n\nOp onze afdeling Interne Geneeskunde ligt sinds 2 juni mevrouw Hennie Blom.", "instelling", []],
    ["| Participatieplek | vrijwilliger buurthuis De Klomp |\nlocatie: wijkcentrum De Hoven", "instelling", ["buurthuis De Klomp", "De Hoven"]],
    // (the place itself, and a community centre before a place without an article, stay places)
    ["Hij werkt bij een kwekerij in De Klomp. Koffie in het buurthuis Kanaleneiland.", "plaats", ["De Klomp", "Kanaleneiland"]],
    ["Teamupdate Werk & Inkomen Neder-Betuwe – week 19\n\nBeste collega's,", "instelling", []],
    ["Hij werkte bij Cornelis Vrolijk en op Agriport A7. Daarna naar Pantarijn in Rhenen.", "instelling", ["Cornelis Vrolijk", "Agriport A7", "Pantarijn"]],
    ["Verwijzing naar het steunpunt vrijwilligerswerk in Rhenen en via de Vrijwilligerscentrale.", "instelling", []],
    ["- Case Dylan Zwiers (17) uit Makkinge: te jong voor het project.", "plaats", ["Makkinge"]],
    ["Ik vraag het bij de Kledingbank voor winterjassen.", "instelling", []],
    ["Casus gezin Verschuren, Den Hout\n\n| Klantnr | Naam | Geb. | Woonplaats | Traject |\n| --- | --- | --- | --- | --- |\n| 8803356 | Gerrit-Jan Hoogendoorn | 1964 | Den Hout | Klant in beeld |", "plaats", ["Den Hout", "Den Hout"]],
    ["Casus gezin Verschuren, Den Hout\n\n| Klantnr | Naam | Geb. | Woonplaats | Traject |\n| --- | --- | --- | --- | --- |\n| 8803356 | Gerrit-Jan Hoogendoorn | 1964 | Den Hout | Klant in beeld |", "instelling", []],
    // (a firm ending in a trade word stays a firm)
    ["Hij werkte bij Van Dijk Hout in Oosterhout.", "instelling", ["Van Dijk Hout"]],
    ["januari 2024 – februari 2025: werkt wisselend via uitzendwerk in de kassen.", "instelling", []],
    ["Per 1 mei verhuist mevrouw Wytske van der Meer van Stationsstraat 2b in Borculo naar Ruurlo.", "persoon", ["Wytske van der Meer"]],
    ["Per 1 mei verhuist mevrouw Wytske van der Meer van Stationsstraat 2b in Borculo naar Ruurlo.", "adres", ["Stationsstraat 2b"]],
    // (a street named "Laan van …" after "aan de" keeps its head)
    ["Hij woont aan de Laan van Meerdervoort 12. Wijkcoach Anouk Hulshof van Avedan.", "adres", ["Laan van Meerdervoort 12"]],
    ["Hij woont aan de Laan van Meerdervoort 12. Wijkcoach Anouk Hulshof van Avedan.", "instelling", ["Avedan"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s40-lead (round 3): a street named with a capitalised article after 'aan', a scheme's country, a staff login after 'door:', a municipal team of two villages, a child's sports club, local bodies", () => {
  it.each([
    ["Meubels zijn deels gekocht bij It's Kringloop aan De Noord 12 in Dronten; geen achterstand.", "adres", ["De Noord 12"]],
    // (a common word after a lower-case article stays no street)
    ["Hij zit aan de Noord 12 in Dronten niet meer.", "adres", []],
    ["Zij ontvangt leefgeld op grond van de Regeling opvang ontheemden Oekraïne. Ze komt uit Oekraïne.", "plaats", ["Oekraïne"]],
    ["uitbetaling bijzondere bijstand – batch 20250307014\naangemaakt door: w.tjalsma | datum: 07-03-2025", "persoon", ["w.tjalsma"]],
    ["Notulen wijkoverleg Sociaal Team Kapelle-Wemeldinge\n11 maart 2025", "instelling", []],
    ["Notulen wijkoverleg Sociaal Team Kapelle-Wemeldinge\n11 maart 2025", "plaats", ["Kapelle-Wemeldinge"]],
    ["De laatste jaren werkte hij bij Krijn Verwijs aan de haven. Ze schakelde aan-z in.", "instelling", ["Krijn Verwijs", "aan-z"]],
    ["Toeleiding naar een garantiebaan via het Doelgroepregister. De re-integratie via het Participatiebudget.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s41-lead (round 1): a German street named by a preposition, a pseudonym initial, an inverted age, an id keyword before an area code, a school with an article, local bodies and schemes", () => {
  it.each([
    ["Fischereibetrieb Janssen GmbH\nAm Hafen 7\n26736 Krummhörn\n\nMit freundlichen Grüßen", "adres", ["Am Hafen 7"]],
    ["Fischereibetrieb Janssen GmbH\nAm Hafen 7\n26736 Krummhörn\n\nMit freundlichen Grüßen", "postcode", ["26736"]],
    ["Fischereibetrieb Janssen GmbH\nAm Hafen 7\n26736 Krummhörn\n\nMit freundlichen Grüßen", "plaats", ["Krummhörn"]],
    // (a Dutch line with a number above five digits stays open: no street head)
    ["Ordernummer\nKlant 7\n26736 stuks geleverd", "postcode", []],
    ["Casus: een meisje van 16, ik noem haar S., woont bij haar moeder. S. draagt veel zorg. Ga met S. in gesprek.", "persoon", ["S", "S", "S"]],
    ["De klant, hierna K., kreeg een maatregel. K. was boos.", "persoon", ["K", "K"]],
    // (without a declaration a lone initial stays open: a list item, a heading)
    ["Bijlage A. Overzicht van de schulden. Zie ook punt B.", "persoon", []],
    ["Over een half jaar wordt Kim achttien en dan houdt mijn rol op.", "leeftijd", ["achttien"]],
    ["Daarna wordt Kim 3 uur per dag opgevangen.", "leeftijd", []],
    ["sinds de sluiting van de jachtwerf waar hij 30 jaar werkte zit hij in de bijstand", "leeftijd", []],
    ["Huurcontractnummer: 0482-119734\nTelefoon huurder: 0294-123456", "dossiernummer", ["0482-119734"]],
    ["Huurcontractnummer: 0482-119734\nTelefoon huurder: 0294-123456", "telefoon", ["0294-123456"]],
    ["03-09: OBS De Sterte meldt dat Noa (8) niet meer komt.", "instelling", ["OBS De Sterte"]],
    ["03-09: OBS De Sterte meldt dat Noa (8) niet meer komt.", "persoon", ["Noa"]],
    ["Effen over mevrouw Kuipers, die van de Graaf Ottostraat. Wiej hebt de post deur ekeken.", "persoon", ["Kuipers"]],
    ["check of hij recht heeft op een Vrijwillige Thuisadministratie via Humanitas, en een aanvraag bij het Noodfonds Energie.", "instelling", ["Humanitas"]],
    ["Chat met klant (via de WhatsApp-zakelijk van team W&I)", "instelling", []],
    ["Jobcoach: Stefan Molenaar, Pauw Bedrijven. Leerplichtambtenaar Regio Gooi en Vechtstreek.", "instelling", ["Pauw Bedrijven", "Regio Gooi en Vechtstreek"]],
    ["Hij staat ingeschreven bij het Maritiem Instituut Willem Barentsz in West-Terschelling.", "instelling", ["Maritiem Instituut Willem Barentsz"]],
    ["met Klaas Schaap hier, fan Skiermûntseach. En mw. dekker uit naarden-vesting.", "plaats", ["Skiermûntseach", "naarden-vesting"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s41-lead (round 2): a Polish flat number, a village with an ordinal, a place of several words after a role, an organisation known as ambiguous after a role, local bodies and villages", () => {
  it.each([
    ["Hij verblijft nu bij zijn broer:\nul. Polna 12 m. 4\n62-800 Kalisz", "postcode", ["62-800"]],
    ["Adres: Zuiderdiep 214, 7881 HN 2e Exloërmond\nDossier fam. Hadderingh – 2e Exloërmond", "plaats", ["2e Exloërmond", "2e Exloërmond"]],
    // (an ordinal before a word no lexicon knows as a place stays open)
    ["Het is de 2e Keer dat hij niet komt.", "plaats", []],
    ["Inbrenger: Kim Bogers (jeugdconsulent Loon op Zand)", "plaats", ["Loon op Zand"]],
    ["Inbrenger: Kim Bogers (jeugdconsulent Loon op Zand)", "persoon", ["Kim Bogers"]],
    // (a surname after a role stays the person)
    ["Overleg met klantmanager Loon over de aanvraag.", "persoon", ["Loon"]],
    ["Groetjes,\nLieke\njongerenwerker Scala", "instelling", ["Scala"]],
    ["afspraken met het Dr. Mollercollege en Walewyc over een laptop; de Sint-Jan de Doperkerk biedt ruimte", "instelling", ["Dr. Mollercollege", "Walewyc", "Sint-Jan de Doperkerk"]],
    ["3. dhr. P. Hulshof (62), Yde – IOAW-aanvraag afgewezen", "plaats", ["Yde"]],
    ["3. dhr. P. Hulshof (62), Yde – IOAW-aanvraag afgewezen", "persoon", ["P. Hulshof"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s41-lead (round 3): a street after 'huisbezoek', an age after 'terwijl NAME nu', a date under an appointment column, a shared social service", () => {
  it.each([
    ["05-09: huisbezoek Windmolen 38 Mijdrecht samen met Lotte.\n17-01: huisbezoek Godsacker 9. Drie kinderen.", "adres", ["Windmolen 38", "Godsacker 9"]],
    ["05-09: huisbezoek Nieuwe Poort 19 met collega Anouk.", "adres", ["Nieuwe Poort 19"]],
    // (a time, a date or a count after the name is no house number)
    ["huisbezoek Bram 14:00, huisbezoek Stramproy 4/12, huisbezoek Zwolle 3 keer", "adres", []],
    ["Hij betaalt niets meer, terwijl Lotte nu 7 is en de kosten oplopen.", "leeftijd", ["7"]],
    ["Hij betaalt niets meer, terwijl Lotte nu 7 is verhuisd.", "leeftijd", []],
    ["| naam | klantnr | traject | volgende afspraak |\n|---|---|---|---|\n| Sandra Kooijman | 4410237 | werkfit | 08-04 |", "datum", ["08-04"]],
    ["Klantmanager: Ilse van Wijngaarden, Werk & Inkomen Lekstroom\nZijn vrouw woont in Isselwaerde.", "instelling", ["Werk & Inkomen Lekstroom", "Isselwaerde"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s41-lead (round 4): an age announced for the summer, a numbered step that opens with a month", () => {
  it.each([
    ["- De zoon wordt in de zomer 24 en rondt dan zijn opleiding af.", "leeftijd", ["24"]],
    ["Hij wordt in de zomer 3 weken opgenomen. De rekening wordt in de zomer 24 euro.", "leeftijd", []],
    ["Stappen\n1. Maart: werkervaringsplaats bij de dagbesteding.\n2. April–mei: scholing.", "datum", []],
    // (a German day with its dot and a Dutch day in running text stay dates)
    ["Datum: 3. März 2024. Gesprek op 1. maart met klant.", "datum", ["3. März 2024", "1. maart"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s41-lead (round 5): a couple's two ages, a language after 'spreekt liever', the village Echt, local bodies and a region", () => {
  it.each([
    ["1. Fam. Osinga, Hantum – partners 44 en 41, drie kinderen.", "leeftijd", ["44", "41"]],
    ["De ouders 4 en 5 keer gebeld; partners 2 en 3 kamers.", "leeftijd", []],
    ["- Bakkali spreekt liever Frans dan Nederlands.", "persoon", ["Bakkali"]],
    ["Locatie: gemeentehuis Echt. Hij woont in Echt.", "plaats", ["Echt", "Echt"]],
    ["Echt waar, hij kwam niet. Dat is echt niet goed.", "plaats", []],
    ["Verslag armoedeoverleg Kromme Rijn – 20 juni 2024", "plaats", ["Kromme Rijn"]],
    ["mail van Lammert de Haan (Dynamiek Scala); de werker van Welzijnsgroep Tinten", "instelling", ["Dynamiek Scala", "Welzijnsgroep Tinten"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s41-lead (round 6): Frisian first names, a local work company", () => {
  it.each([
    ["Klantmanager: Jorieke Hop\nOverdracht i.v.m. zwangerschapsverlof Jorieke Hop – caseload Hoevelaken", "persoon", ["Jorieke Hop", "Jorieke Hop"]],
    ["jobcoach Tessa Overeem (Lander Werkt). Klant meldt zich bij Lander Werkt.", "instelling", ["Lander Werkt", "Lander Werkt"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s41-lead (round 7): a birth-year column headed 'Geb.jr', a local joint body", () => {
  it.each([
    ["| Klant | Geb.jr | Woonplaats |\n| --- | --- | --- |\n| Marco Snoeijen | 1979 | Zundert |", "datum", ["1979"]],
    // (a year under another header stays open)
    ["| Klant | Sinds | Woonplaats |\n| --- | --- | --- |\n| Marco Snoeijen | 1979 | Zundert |", "datum", []],
    ["Klantmanager Werk & Inkomen\nOVER-gemeenten (Oostzaan – Wormerland)", "instelling", ["OVER-gemeenten"]],
    // (the frame "naar het" + capitals also with tabs for blanks, as a pasted table has them)
    ["Dochter Sofiia gaat na de zomer naar\thet\tKSE\tin Etten-Leur.", "instelling", ["KSE"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s42-lead (round 1): Polish month-years and 'Gmina', age bands, a hyphenated lower-case street, national compounds, a hotel name", () => {
  it.each([
    ["Mój mąż stracił pracę w lipcu 2025. Od marca 2024 mieszkamy w Lisse.", "datum", ["lipcu 2025", "marca 2024"]],
    // (a Polish month without a year, or capitalised as a name, is no date)
    ["Pozdrowienia od Maja 2025 i w lipcu.", "datum", []],
    ["Do: Gmina Lisse, dział pomocy społecznej", "plaats", ["Lisse"]],
    ["Do: Gmina Lisse, dział pomocy społecznej", "instelling", []],
    ["62-800 Kalisz\nPolska", "plaats", ["Kalisz", "Polska"]],
    ["Sarah Whitmore, HR Manager\nBrighton, United Kingdom", "plaats", ["Brighton", "United Kingdom"]],
    ["Sarah Whitmore, HR Manager\nBrighton, United Kingdom", "persoon", ["Sarah Whitmore"]],
    ["| Leeftijdsgroep | Aantal |\n| 18 – 26 jaar | 97 |\n| 27 – 44 jaar | 402 |\n| 55 jaar tot AOW-leeftijd | 449 |", "leeftijd", []],
    // (a child's age range in brackets stays an age; so does an age after a name in a table)
    ["5 kids (2–15), de oudste is 15", "leeftijd", ["2", "15", "15"]],
    ["[12-05-25 08:20] jeroen: woont op de willem-alexanderstraat 14 in kortgene toch?", "adres", ["willem-alexanderstraat 14"]],
    ["De Belastingdienst levert via de Inlichtingenbureau-koppeling; aanvragen via het Internationaal Diplomawaarderingsloket.", "instelling", []],
    ["Definities conform het CBS en de Monitor Brede Schuldhulpverlening van Divosa.", "instelling", []],
    ["Ze werkt 12 uur per week in de huishouding bij Hotel Huis ter Duin in Noordwijk.", "instelling", ["Hotel Huis ter Duin"]],
    ["Ze werkt 12 uur per week in de huishouding bij Hotel Huis ter Duin in Noordwijk.", "persoon", []],
    ["een werkervaringsplaats in de keuken van Space Expo; contributie Foreholte; woning van Warmunda; catering at the ESTEC site", "instelling", ["Space Expo", "Foreholte", "Warmunda", "ESTEC"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s42-lead (round 2): the country line of a Polish address, a spoken list of steps, national names, a Surinamese first name", () => {
  it.each([
    ["ul. Górnośląska 41/3\n62-800 Kalisz\nPolska\nTel. +48 601 238 447", "plaats", ["Kalisz", "Polska"]],
    // ("Polska" in a firm's name stays the firm's)
    ["Hij werkt via Flexwerk Polska in Kalisz.", "plaats", ["Kalisz"]],
    ["Wat ik wil: één, overleg met de mentor, meneer Groeneveld, twee, kijken of jongerenwerk hem kan oppikken, en drie, moeder aanmelden.", "leeftijd", []],
    // (a number word after a name is an age where no list of steps runs: "Zijn broer Kees, twee, speelt")
    ["Wim Post, 55, is dakloos. Zijn broertje Kees, twee, speelt buiten.", "leeftijd", ["55", "twee"]],
    ["Eh, Jayvano is dus vijftien, zit in 3 havo.", "leeftijd", ["vijftien"]],
    ["Eh, Jayvano is dus vijftien, zit in 3 havo.", "persoon", ["Jayvano"]],
    ["Er komt geen energietoeslag. Het Noodfonds Energie is opnieuw geopend. Meer informatie op www.noodfondsenergie.nl.", "instelling", []],
    ["Wet vereenvoudiging beslagvrije voet en het Breed Offensief; de Specifieke uitkering via SiSa; punten bij het Register Sociaal Werkers; vragen via het Kwaliteitsteam.", "instelling", []],
    ["Ze werkt bij Breed in Nijmegen.", "instelling", ["Breed"]],
    ["5. Presentatie Housing First door de GGZ en het Leger des Heils: ervaringen na 2 jaar", "instelling", ["Leger des Heils"]],
    ["Stap 4 – Ieder schrijft op wat hij of zij zou doen. Het printprobleem met de HP LaserJet is gemeld.", "persoon", []],
    ["De oudste zoon (16) spijbelt veel van Durendael.", "instelling", ["Durendael"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s42-lead (round 3): a person + 'op de' before a street of its own, 'Kalisz, Polska', national names and programmes", () => {
  it.each([
    ["Ik woon naast mevrouw Van Dam op de Dorpsstraat 30 in Waarder.", "adres", ["Dorpsstraat 30"]],
    ["Ik woon naast mevrouw Van Dam op de Dorpsstraat 30 in Waarder.", "persoon", ["Van Dam"]],
    // (a street named with its own "op de" stays whole: "Dam op de Kade 4" ends in no street suffix of one word after it)
    ["Hij woont Dam op de Kade 4.", "adres", ["Dam op de Kade 4"]],
    ["ul. Warszawska 18/4\n62-800 Kalisz, Polska\ntel. +48 601 234 567", "plaats", ["Kalisz", "Polska"]],
    ["Het Rijk compenseert via het Gemeentefonds. Raadpleeg de BRP via Suwinet-Inkijk. Stuur niet alleen WhatsApps. Bij Individuele Plaatsing en Steun (IPS). Samen Aan De Slag. Leg vast in het Plan van Aanpak.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s42-lead (round 3, English): an ambiguous lexicon organisation after 'at' and before 'in' + a town", () => {
  it.each([
    ["Since 1 June I work 20 hours per week in the kitchen at Van der Valk in Leiden.", "instelling", ["Van der Valk"]],
    // (a first name stays a person: "I stay at Anna in Leiden" is someone's home)
    ["I stay at Anna in Leiden for a week.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s42-lead (round 4): a scheme's age range after a bare group noun, 'iemand' and German 'Höhe' as words, lexicon entries", () => {
  it.each([
    ["Via het kindpakket krijgen kinderen van 4 tot 18 jaar een bijdrage voor sport.", "leeftijd", []],
    // (a family's children keep their ages)
    ["Ze is alleenstaand met vier kinderen van 3 tot 12 jaar. Haar kinderen van 3 tot 12 jaar gaan naar school.", "leeftijd", ["3", "12", "3", "12"]],
    ["[10:15] kim: hij zegt dat hij onder bewind staat bij iemand in drachten", "instelling", []],
    ["Für den Monat Dezember 2024 besteht eine Überzahlung in Höhe von 563,00 Euro.", "plaats", []],
    ["Accreditatie: 6 punten bij de Registerkamer en het BPSW aangevraagd.", "instelling", []],
    ["dat hij toen begeleiding had van Kinderwoud.", "instelling", ["Kinderwoud"]],
    ["Syn soan wennet yn Kanada en belt hast noait.", "plaats", ["Kanada"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s42-lead (round 5): districts of Aalsmeer, Uithoorn and Heesch, the Polish locative 'w Polsce', local bodies, national names", () => {
  it.each([
    ["Onderwerp: mw. Van Leeuwen-Brandsma, Hornmeer\nBriefje in de bus van het wijkteam, Legmeer\nin de huurwijk D'n Berg.", "plaats", ["Hornmeer", "Legmeer", "D'n Berg"]],
    ["Moja żona i córka mieszkają w Polsce: ul. Polna 7, 62-800 Kalisz.", "plaats", ["Polsce", "Kalisz"]],
    ["- Ilyas (13), brugklas Alkwin Kollege; contributie van Legmeervogels; aanmelding Maatjes voor Eemsdelta; helpt in de Hunsingoheerd; inloop in De Reggehof in Goor", "instelling", ["Alkwin Kollege", "Legmeervogels", "Maatjes voor Eemsdelta", "Hunsingoheerd", "De Reggehof"]],
    ["Financiering via DUO of de WTOS; het Nationaal Programma Groningen; de Rijksbijdrage stopt; de aanvraag loopt via het Waterschapsbedrijf.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s42-lead (round 6): a Belgian town after the OCMW, a Midden-Delfland hamlet, an Irish first name, local bodies", () => {
  it.each([
    ["Sociale dienst OCMW Hamont-Achel\nStationsstraat 14\n3930 Hamont-Achel\nBelgië", "plaats", ["Hamont-Achel", "Hamont-Achel", "België"]],
    ["Sociale dienst OCMW Hamont-Achel\nStationsstraat 14\n3930 Hamont-Achel\nBelgië", "instelling", []],
    ["Na het huisbezoek bij meneer Van der Valk in 't Woudt.", "plaats", ["'t Woudt"]],
    ["From: Siobhan O'Connor <siobhan.oconnor@eircom.net>", "persoon", ["Siobhan O'Connor"]],
    ["Ingevuld door: Karin Ganzevoort, maatschappelijk werk SWTD. Femke zit in de brugklas van Wiringherlant. Anouk speelt bij Westlandia.", "instelling", ["SWTD", "Wiringherlant", "Westlandia"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s43-lead (round 1): Polish case forms of places, English and German addresses, a first name before a firm's name, a PPS number", () => {
  it.each([
    ["Emerytura z Polski jest wypłacana na konto w banku w Gdańsku; MOPS w Kaliszu; pochodzę z Wrocławia.", "plaats", ["Polski", "Gdańsku", "Kaliszu", "Wrocławia"]],
    // (a Dutch sentence has no Polish prepositions; a place in its own form stays one span)
    ["Ze komt uit Polen en woont nu in Kalisz.", "plaats", ["Polen", "Kalisz"]],
    ["Moja żona pracuje od maja 2025 w hotelu.", "datum", ["maja 2025"]],
    ["Ik sprak Maja 2025 keer niet.", "datum", []],
    ["His last address there was 14 Glenville Road, Ballincollig, Cork. He has since returned.", "adres", ["14 Glenville Road"]],
    ["His last address there was 14 Glenville Road, Ballincollig, Cork. He has since returned.", "plaats", ["Ballincollig", "Cork"]],
    // (a year before a park is no house number)
    ["In 2019 Apple Park, the new campus, opened.", "adres", []],
    ["dass Herr Dariusz Kowalczyk, wohnhaft Kleine Noord 54, 1621 KJ Hoorn, bei uns beschäftigt war.", "adres", ["Kleine Noord 54"]],
    ["Ze woont alleen op Stouwe 52 en heeft geen computer.", "adres", ["Stouwe 52"]],
    ["Mr Thijs Brinkman, PPS number 7391846KA, lived in Ireland.", "dossiernummer", ["7391846KA"]],
    ["Für Rückfragen steht Ihnen Herr Dieter Lambertz zur Verfügung. Anna Philips belde ook.", "persoon", ["Dieter Lambertz", "Anna Philips"]],
    ["Ze werkt bij Philips in Eindhoven.", "instelling", ["Philips"]],
    ["Für den Monat März wurden die Leistungen bereits gezahlt.", "persoon", []],
    ["Kind regards,\n\nRuben Hulshof\nClient Manager\nSociale Dienst Oost Achterhoek", "persoon", ["Ruben Hulshof"]],
    ["   - Nieuwe versie van de Gedragscode Schuldregeling van de NVVK", "persoon", []],
    ["Betalingsregeling loopt, Schuldhulpmaatje-vrijwilliger is dhr. Gerrit Eggink.", "instelling", ["Schuldhulpmaatje"]],
    ["Ze werkt 24 uur per week bij een glastuinbouwbedrijf op Kampereiland.", "plaats", ["Kampereiland"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s43-lead (round 2): an age after a dash, Polish ages and 'do Polski', streets after 'aan' before a clause, false names and places, lexicon entries", () => {
  it.each([
    ["4. Dhr. Jeroen Smeenge (Dalen) – 23, zoekperiode jongeren afgelopen.", "leeftijd", ["23"]],
    // (a time or a date after the dash is no age)
    ["Gesprek met Jeroen Smeenge – 23 mei, kamer 2.", "leeftijd", []],
    ["Moja córka Zuzanna (12 lat) jedzie ze mną. Syn ma 9 lat. Pracuję od 5 lat.", "leeftijd", ["12 lat", "9 lat"]],
    ["Moja mama jest ciężko chora i muszę pojechać do Polski od 14 kwietnia.", "plaats", ["Polski"]],
    // (without Polish letters "do" is a Dutch Thursday)
    ["do Polski afspraak", "plaats", []],
    ["Petra: de nieuwe balie in het gemeentehuis aan Onderdoor 25 gaat na de zomer open.", "adres", ["Onderdoor 25"]],
    ["Ze had een eigen kapsalon aan de Oude Dorp 12 die zij in augustus heeft gesloten.", "adres", ["Oude Dorp 12"]],
    ["Hoe hoog is de toeslag?\nDe hoogte hangt af van uw leefsituatie. Hij woont in Den helder.", "plaats", ["Den helder"]],
    ["De aanvraag ligt stil tot er bericht is van de Britse belastingdienst.", "persoon", []],
    ["1. whether Child Benefit is still being paid to Ms Farah; Universal Credit too.", "persoon", ["Farah"]],
    ["2. Wilma bespreekt of aanmelding bij Dimence voor dhr. zinvol is.", "persoon", ["Wilma"]],
    ["Gemeente Emmen\nAbteilung Werk en Inkomen\nPostbus 30001\n7800 RA Emmen", "instelling", []],
    ["[16:47] Fenna: Ruud, is die Dingemans uit Bergen op Zoom nou bij jullie? Doorverwijzing naar Geynwijs.", "persoon", ["Fenna", "Ruud", "Dingemans"]],
    ["[16:47] Fenna: Ruud, is die Dingemans uit Bergen op Zoom nou bij jullie? Doorverwijzing naar Geynwijs.", "instelling", ["Geynwijs"]],
    ["[09:12] shurandy: ik kan morgen niet komen want mn dochter jayline is ziek", "persoon", ["shurandy", "jayline"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s43-lead (round 3): more Polish case forms, a pseudonym initial, an organisation column 'Partner / werkgever', departments, lexicon entries", () => {
  it.each([
    ["Oddział w Opolu. Leży w szpitalu w Bydgoszczy. Pracowałam w gospodarstwie w Neer, ale sezon się skończył.", "plaats", ["Opolu", "Bydgoszczy", "Neer"]],
    // (a Polish school keeps its town inside its name; a municipal service is the place only)
    ["Technikum Mechaniczne w Opolu, diploma 2002. Miejski Ośrodek Pomocy Społecznej w Kaliszu.", "plaats", ["Kaliszu"]],
    ["Od niniejszej decyzji przysługuje odwołanie do Sądu Okręgowego w Opolu.", "persoon", []],
    ["Dzień dobry Pani Verheijen,\n\npiszę do Pani, bo nie mam już pracy.", "persoon", ["Verheijen"]],
    ["Ik begeleid een man van begin veertig, hier R. genoemd, die in Pijnacker woont. R. werkte als monteur.", "persoon", ["R", "R"]],
    ["| Naam | Traject | Partner / werkgever | Volgende stap |\n| --- | --- | --- | --- |\n| Hamid Rahimi | werkfit | Pro Work | proefplaatsing |\n| Goran Petrović | werkfit | Heembouw | wacht op VOG |", "instelling", ["Pro Work", "Heembouw"]],
    ["Mevrouw werkt 12 uur per week als schoonmaakster bij Betuwe Clean in Geldermalsen.", "instelling", ["Betuwe Clean"]],
    ["📌 Team Digitalisering – update; vragen in het kanaal van het team Opleidingen; de BRP-bevraging loopt via GBA-V.", "instelling", []],
    ["Kind regards,\n\nDaan Willemsen\nClient Manager Work and Income\nMunicipality of Tiel", "persoon", ["Daan Willemsen"]],
    ["Verslag MDO – Sociaal Team Voorburg-West. Na een periode bij MET ggz is hij weer belastbaar.", "plaats", ["Voorburg-West"]],
    ["Verslag MDO – Sociaal Team Voorburg-West. Na een periode bij MET ggz is hij weer belastbaar.", "instelling", ["MET ggz"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s43-lead (round 3, continued): an age at the end of a subordinate clause", () => {
  it.each([
    ["Omdat Emre pas in februari 2026 27 wordt, telt hij tot die tijd niet mee.", "leeftijd", ["27"]],
    ["Ik denk dat Jan 2 keer wordt gebeld. Omdat Sanne in 2026 wordt opgeroepen.", "leeftijd", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s43-lead (round 4): a Norwegian address, Polish 'Gminy' and 'Pan', a pseudonym after a title, a date range's start, scheme and document words", () => {
  it.each([
    ["He worked for your company, Sunnmøre Havbruk AS, Strandgata 12, 6002 Ålesund, as a seasonal worker.", "postcode", ["6002"]],
    ["He worked for your company, Sunnmøre Havbruk AS, Strandgata 12, 6002 Ålesund, as a seasonal worker.", "plaats", ["Ålesund"]],
    ["W odpowiedzi na zapytanie Gminy Zwolle potwierdzamy.", "plaats", ["Zwolle"]],
    ["Dotyczy: Pan Paweł Wiśniewski, ur. 14.02.1961", "persoon", ["Paweł Wiśniewski"]],
    // (since session 45 the initial before a sentence's full stop keeps its own full stop, as the gold marks initials)
    ["Ik noem haar hier mevrouw K.. Ze heeft lang in de zorg gewerkt. K. woont alleen.", "persoon", ["K.", "K."]],
    ["Overdracht i.v.m. vakantie (26-05 t/m 13-06).", "datum", ["26-05", "13-06"]],
    ["met een betalingsregeling op grond van de Invorderingsregels.", "persoon", []],
    ["met een betalingsregeling op grond van de Invorderingsregels.", "instelling", []],
    ["Verwijzing Thuisadministratie\n\nAan: Clup Welzijn", "instelling", ["Clup Welzijn"]],
    ["Karin Oldenziel (deBasis), in samenwerking met Werk in Uitvoering; hulp van het Informatiepunt Digitale Overheid.", "instelling", ["deBasis", "Werk in Uitvoering"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s44-lead (round 1): pseudonym initials after a title, client or kin word, chat ages, Polish months and regions, a compass street", () => {
  it.each([
    ["Cliënt R., man, begin veertig, woont sinds een jaar weer in Renkum.", "persoon", ["R."]],
    ["Hij drinkt volgens zijn ex-partner, mevrouw K., meer dan hij toegeeft.", "persoon", ["K."]],
    ["Cliënt A. werkte lange tijd als chauffeur.\n\nWat mij bezighoudt: A. zegt bij elk gesprek dat hij iets zoekt.", "persoon", ["A.", "A."]],
    ["Mevrouw woont samen met haar zoon T. (16).\n- Zoon T. niet betrekken bij de gesprekken.", "persoon", ["T.", "T."]],
    ["Mevrouw woont samen met haar zoon T. (16).", "leeftijd", ["16"]],
    // (a list word before a letter keeps it a list label; a full name is read whole)
    ["Zie bijlage A. en vraag B. aan de cliënt.", "persoon", []],
    ["Ik sprak mevrouw K. Jansen over de aanvraag.", "persoon", ["K. Jansen"]],
    ["ook van rakesh zijn bijbaan bij Jumbo in Bennekom, hij is 17 telt dat mee??", "leeftijd", ["17"]],
    ["ja vakkenvullen sinds de herfst maar hij is pas 17 dat telt toch niet", "leeftijd", ["17"]],
    ["DUO kan deze termijn met 2 jaar verlengen.", "leeftijd", []],
    ["Moja żona jest w ciąży, poród jest planowany na czerwiec 2025.", "datum", ["czerwiec 2025"]],
    ["Jeronimo Martins Polska S.A.\nDział Kadr, Region Wielkopolska\n\nKalisz, 24.06.2025", "plaats", ["Wielkopolska", "Kalisz"]],
    ["Jeronimo Martins Polska S.A.\nDział Kadr, Region Wielkopolska\n\nKalisz, 24.06.2025", "persoon", []],
    ["Mój adres: ul. Złota 7, 62-800 Kalisz, Polska\nTelefon: +48 601 284 937", "plaats", ["Kalisz", "Polska"]],
    ["Adres: Kanaaldijk N.W. 77, 5707 LC Helmond", "adres", ["Kanaaldijk N.W. 77"]],
    ["Vraag over Teams-gesprekken met tolken: mag, mits de tolk via de Tolkenvoorziening komt.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s44-lead (round 2): Polish streets and places, a kin word's short name, initials before a short surname, a British insurance number, words on -st", () => {
  it.each([
    ["Mój syn mieszka w Holandii, w mieście Alkmaar, przy ulicy Ritsevoort 30. Od stycznia nie pracuje.", "adres", ["Ritsevoort 30"]],
    ["W Toruniu ma rodzinę. Mój paszport jest jeszcze u mamy w Lublinie.", "plaats", ["Toruniu", "Lublinie"]],
    ["Mam córkę Zuzia, ona ma 5 lat i chodzi do przedszkola.", "leeftijd", ["5 lat"]],
    ["Mieszkam tu od 5 lat i pracuję w szklarni.", "leeftijd", []],
    ["Haar man werkt ook in de zaak. Dochter Yi (19) studeert in Amsterdam.", "persoon", ["Yi"]],
    ["Gemeente Oss\nPostbus 5, 5340 BA Oss\n\nMevrouw W. Li\nOostwal 96\n5341 HK Oss", "persoon", ["W. Li"]],
    ["My National Insurance number is QH 51 82 77 C, in case you need it.\n\nKind regards,\nGareth Hughes", "dossiernummer", ["QH 51 82 77 C"]],
    ["My National Insurance number is QH 51 82 77 C, in case you need it.\n\nKind regards,\nGareth Hughes", "persoon", ["Gareth Hughes"]],
    ["Hij werkt bij een glastuinbouwbedrijf in Moerkapelle. Eerst 4 weken, daarna mogelijk verlenging.", "adres", []],
    ["Cliënt A. is een vrouw van begin veertig. De buurvrouw belde anoniem dat A. \"elke dag in Emmerich werkt\".", "persoon", ["A.", "A."]],
    ["2. Albert Heijn-cadeaukaarten worden niet meer verstrekt; de kerstattentie wordt een gift.", "persoon", []],
    ["Bei Rückfragen bestätigen wir Ihnen Folgendes: Herr Aydın ist seit dem 1. Februar 2025 bei uns beschäftigt.", "persoon", ["Aydın"]],
    ["Bij twijfel over een taalcursus, meld je bij de Kwaliteitsmedewerker.", "instelling", []],
    ["| N. el Khattabi | 7714082 | 1989 | Huiswaard | schuldhulp + BBL zorg |", "instelling", []],
    ["Met vriendelijke groet,\n\nMarieke Stuifbergen\nConsulent Werk & Inkomen\nWerkorganisatie BUCH", "instelling", ["Werkorganisatie BUCH"]],
    ["- Aanmelding bij Buurtplein voor hulp bij de huurachterstand.", "instelling", ["Buurtplein"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s44-lead (round 3): a chat turn's number, a lower-case case number, date announcing words, a German date line, Werk.kom, a street after 'naar de'", () => {
  it.each([
    ["bas: ok stuur je mij haar nieuwe nummer dan zet ik een notitie in het dossier\nmarieke: 0612847306\nmarieke: en zaaknummer was z/25/009341 toch", "telefoon", ["0612847306"]],
    ["bas: ok stuur je mij haar nieuwe nummer dan zet ik een notitie in het dossier\nmarieke: 0612847306\nmarieke: en zaaknummer was z/25/009341 toch", "dossiernummer", ["z/25/009341"]],
    // (a sentence wrapped over two lines still reads its keyword on the line above)
    ["Zijn klantnummer bij\nons is 857084409.", "dossiernummer", ["857084409"]],
    ["Fam. Bakker\t2003\tTriniteit\tPW jongere\tterugkoppeling 26-05", "datum", ["26-05"]],
    ["Ivo Roorda\t1989\tTerwispel\tnieuw, melding 29-09\tintake 6-10", "datum", ["29-09", "6-10"]],
    ["Wilma Jongsma\t1970\tBeetsterzwaag\twerkstage\tdriegesprek 22-10", "datum", ["22-10"]],
    ["An die Gemeinde Opsterland\n\nLeer, den 7. Mai 2025\n\nArbeitsbescheinigung", "plaats", ["Opsterland", "Leer"]],
    ["J. Bünting Teehandelshaus GmbH & Comp.\nPersonalabteilung\nBrunnenstraße 37", "instelling", ["Bünting Teehandelshaus GmbH"]],
    ["Opgesteld door: Ruud Mulders, jobcoach Werk.kom, in opdracht van klantmanager Sanne Geurts", "instelling", ["Werk.kom"]],
    ["Opgesteld door: Ruud Mulders, jobcoach Werk.kom, in opdracht van klantmanager Sanne Geurts", "persoon", ["Ruud Mulders", "Sanne Geurts"]],
    ["En vergeet niet: een Tikkie of een pinbetaling via Apple Pay zegt niets over het inkomen.", "persoon", []],
    ["I confirm that Mr Gareth Pryce will start as a Maintenance Technician at our site in Almelo.", "persoon", ["Gareth Pryce"]],
    ["Nee, ze is verhuisd naar de Kamp 14 in Oudeschoot, bij haar broer.", "adres", ["Kamp 14"]],
    ["Ga naar de Groep 4, dan zie je het schema.", "adres", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s44-lead (round 3, continued): a lower-case street after 'naar de' before a known place, a German department line", () => {
  it.each([
    ["nee ze is verhuisd naar de kamp 14 in oudeschoot bij haar broer kemal", "adres", ["kamp 14"]],
    ["hij zit op de kamer 14 in zwolle", "adres", []],
    ["ik woon nu bij mn tante sharon op de berg 37 in nuenen, geen contract", "adres", ["berg 37"]],
    ["ze staat op de lijst 3 in Zwolle, dus het duurt nog even", "adres", []],
    ["Gesproken met: Frau Heike Bräuer, Personalabteilung Grenzland Logistik GmbH, Aachen", "instelling", ["Grenzland Logistik GmbH"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s44-lead (round 4): a German house number with a letter first, Polish addresses, postcodes and 'lata', English names, German and legal words", () => {
  it.each([
    ["Katrin Hövelmann\nPersonalabteilung\nLandgard\nVeilingstraße A1, 47638 Straelen\nTel. +49 2839 59 2104", "postcode", ["47638"]],
    ["Katrin Hövelmann\nPersonalabteilung\nLandgard\nVeilingstraße A1, 47638 Straelen\nTel. +49 2839 59 2104", "adres", ["Veilingstraße A1"]],
    ["piszę w imieniu mojej siostry, która mieszka na Parade 41-2, 5911 CC Venlo. Agnieszka ma 34 lata i od lutego nie pracuje", "adres", ["Parade 41-2"]],
    ["piszę w imieniu mojej siostry, która mieszka na Parade 41-2, 5911 CC Venlo. Agnieszka ma 34 lata i od lutego nie pracuje", "leeftijd", ["34 lata"]],
    ["Mój numer: +48 601 224 917. Mieszkam w 62-800 Kalisz.", "postcode", ["62-800"]],
    ["Kind regards,\n\nGraham Whitfield\nSite Manager\nDSV Venlo", "persoon", ["Graham Whitfield"]],
    ["Gareth told us he moved from Sunderland to Delfzijl two years ago.", "plaats", ["Sunderland", "Delfzijl"]],
    ["Herr Nowak ist seit dem 3. März 2025 bei uns als Saisonkraft im Bereich Logistik beschäftigt.", "persoon", ["Nowak"]],
    ["De Wet vereenvoudiging Beslagvrije Voet: stand van zaken na de landelijke evaluatie.", "persoon", []],
    ["Best regards,\n\nKarin van der Velde\nHR Advisor\nESD-SIC\nOosterhorn 22\n9936 HD Farmsum", "instelling", ["ESD-SIC"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s45-lead (round 1): a full name before 'van de' + a street, Low Saxon 'bin', a youth and family team, nearness, an address after 'in', Frisian teens", () => {
  it.each([
    ["Goeiendag,\n\nIk bin Harm Nijland van de Hengevelderweg 17 in Bentelo. Ik heb een vraag.", "persoon", ["Harm Nijland"]],
    ["Goeiendag,\n\nIk bin Harm Nijland van de Hengevelderweg 17 in Bentelo. Ik heb een vraag.", "adres", ["Hengevelderweg 17"]],
    // (a street named after a person keeps its first name and particle)
    ["Ze woont op de Jan van der Heijdenstraat 12 in Leiden.", "adres", ["Jan van der Heijdenstraat 12"]],
    ["ik bin Gerrit en woon in Goor", "persoon", ["Gerrit"]],
    ["Datum: 2 april 2025, locatie JGT Leiden-Zuidwest\nDossier JGT: JGT-2025-44817\nAanwezig: Anouk de Jong (gezinscoach JGT)", "instelling", []],
    ["Datum: 2 april 2025, locatie JGT Leiden-Zuidwest\nDossier JGT: JGT-2025-44817\nAanwezig: Anouk de Jong (gezinscoach JGT)", "plaats", ["Leiden-Zuidwest"]],
    ["Hij woont alleen aan de Hoge Rijndijk 219 in Leiden, vlak bij Roomburg. Er zijn veel schulden.", "plaats", ["Leiden", "Roomburg"]],
    ["Ze werkt vlak bij Albert Heijn, dichtbij Merenwijk.", "instelling", ["Albert Heijn"]],
    ["His diploma from Kumasi Technical University in Ghana is a good match for the work.", "instelling", ["Kumasi Technical University"]],
    ["Herr Tomasz Wiśniewski, geboren am 02.05.1988, wohnhaft in Moleneind 63, 9202 BN Drachten, seit dem 1. März.", "adres", ["Moleneind 63"]],
    ["Hij woont in Emmen en werkt in Zwolle 3 dagen per week.", "adres", []],
    ["Myn soan Jelmer helpt my mei it ynfoljen, hy is sechstjin en kin it better as ik.", "leeftijd", ["sechstjin"]],
    ["Mevrouw K. zegt tijdens een huisbezoek dat A. 's nachts piekert over familie. Cliënt A. (34) woont in Goor.", "persoon", ["K.", "A.", "A."]],
    ["[19:40] Marieke Daemen: Ah wat vervelend Sjraar, sterkte! Geen probleem.", "persoon", ["Marieke Daemen", "Sjraar"]],
    ["Een koelkast of fornuis van een bekend merk als Bosch of Miele wordt niet standaard vergoed.", "persoon", []],
    ["Volgens mevrouw Bosch is de koelkast kapot.", "persoon", ["Bosch"]],
    ["Ze is aangemeld bij Salut voor een maatje.", "instelling", ["Salut"]],
    ["Salut! Ik ben er morgen weer.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s45-lead (round 2): Polish kin names in any case, a Dutch town in a Polish case, an initial after a kin word and a comma, an address after 'at', a person under 'bewind'", () => {
  it.each([
    ["Mieszkam z synem Kacprem, który ma 7 lat.", "persoon", ["Kacprem"]],
    ["Mieszkam dalej w Bunniku, razem z żoną Agnieszką i synem Filipem. Żona ma 31 lat.", "persoon", ["Agnieszką", "Filipem"]],
    ["Mój brat w Polsce nie pracuje.", "persoon", []],
    ["Od 1 marca pracuję znowu w Wavin w Hardenbergu, przez agencję.", "plaats", ["Hardenbergu"]],
    ["Cliënt M. (43) is een alleenstaande vader met een dochter, S. (16). Tegelijk weet ik dat S. sinds de zomer niet naar school gaat.", "persoon", ["M.", "S.", "S."]],
    ["Cliënt M. (43) is een alleenstaande vader met een dochter, S. (16). Tegelijk weet ik dat S. sinds de zomer niet naar school gaat.", "leeftijd", ["43", "16"]],
    ["I can confirm that Kwame started his work trial at our warehouse at Kosterijland 48 in Bunnik on 12 May.", "adres", ["Kosterijland 48"]],
    ["We met at Gate 12. He arrived at Schiphol 3 hours late.", "adres", []],
    ["Betreft: overdracht bewind Wei Zhang, geb. 8 augustus 1983", "persoon", ["Wei Zhang"]],
    ["Betreft: overdracht bewind Wei Zhang, geb. 8 augustus 1983", "instelling", []],
    ["Od 15 marca nie pracuję już u Jansen Asperges w Biddinghuizen.", "instelling", ["Jansen Asperges"]],
    ["Pozdrawiam,\nTomasz Wiśniewski\n\nVertaling (klantmanager): Goedendag Anouk, ik werk niet meer.", "persoon", ["Tomasz Wiśniewski", "Anouk"]],
    ["heej meneer sedney ik ben t dennis van de Jagerlaan 22", "persoon", ["sedney"]],
    ["[13:05] Lotte Verhoef: Pareteon heeft iets in Meerestein, Laan der Nederlanden 306", "instelling", ["Pareteon"]],
    ["Hij is sinds 27 maart opgenomen op de Willem Arntsz Hoeve in Den Dolder.", "instelling", ["Willem Arntsz Hoeve"]],
    ["Aan: Stichting Welzijn Velsen, team Mantelzorg", "instelling", ["Stichting Welzijn Velsen"]],
    ["Haar dochter Mei (studeert in Groningen) deed tot nu toe de administratie.", "persoon", ["Mei"]],
    ["De dochter is in mei 2024 geboren; haar dochter Mei 2024 naar school.", "persoon", []],
    ["Best regards,\nRachel Whitmore\nStore Manager", "persoon", ["Rachel Whitmore"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s45-lead (round 3): ages in words in a clause, 'At 29 he is', a chat age before 'kan niet', Polish titles and firms, a Ukrainian address, an inverted name in a tab table, 'The school'", () => {
  it.each([
    ["Met consulent Wendy Hoogendoorn is besproken dat u, nu u zevenentachtig bent, niet meer zelfstandig boodschappen doet.", "leeftijd", ["zevenentachtig"]],
    ["Uit het gesprek blijkt dat u, nu zesentachtig, na een heupoperatie thuis bent.", "leeftijd", ["zesentachtig"]],
    ["He is punctual. At 29 he is one of the youngest in the crew. We start at 9 he is there.", "leeftijd", ["29"]],
    ["[12-02-25 09:41] ayse kaya: hij is pas 9 kan niet alleen thuis", "leeftijd", ["9"]],
    ["Od 3 marca 2025 pracuję w firmie Vion w Groenlo. Wysłałam payslip do pana Jeroena, 14 kwietnia.", "instelling", ["Vion"]],
    ["Od 3 marca 2025 pracuję w firmie Vion w Groenlo. Wysłałam payslip do pana Jeroena, 14 kwietnia.", "persoon", ["Jeroena"]],
    ["Od 1 marca pracuję znowu w Wavin w Hardenbergu, przez agencję OTTO Work Force.", "instelling", ["Wavin", "OTTO Work Force"]],
    ["You asked about my apartment in Ukraine. It is at vul. Sumska 72, apt. 15, 61022 Kharkiv. It was damaged.", "adres", ["vul. Sumska 72"]],
    ["You asked about my apartment in Ukraine. It is at vul. Sumska 72, apt. 15, 61022 Kharkiv. It was damaged.", "postcode", ["61022"]],
    ["My son goes to basisschool Sint Jozef in Groenlo. The school asked if the municipality can help.", "instelling", ["basisschool Sint Jozef"]],
    ["3105187\tMukamana, Aline\t1989\tDinxperlo\tWork First", "persoon", ["Mukamana", "Aline"]],
    ["Dochter Priya (zeventien) zit op Helinium en volgt een taalcafé bij het Taalhuis in de Boekenberg.", "instelling", ["Helinium", "Boekenberg"]],
    ["Oekraïens nummer +380 67 412 9083 alleen via Viber.", "instelling", []],
    ["Hij woont nu weer bij zijn moeder in een dorp op Voorne.", "plaats", ["Voorne"]],
    ["Cliënt A. (34) komt. Gesprek in aanwezigheid van alleen A.. Toestemming vragen. Zie bijlage B.. Klaar.", "persoon", ["A.", "A."]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s45-lead (round 4): a middle name that is also an organisation, Latin baptismal names, the Frisian 'yn', Mustafe, Welsaen", () => {
  it.each([
    ["De kantonrechter, gelet op het verzoek van Gerardus Antonius Lambregts, geboren op 2 februari 1964", "persoon", ["Gerardus Antonius Lambregts"]],
    ["De kantonrechter, gelet op het verzoek van Gerardus Antonius Lambregts, geboren op 2 februari 1964", "instelling", []],
    ["Hij ligt in het St. Antonius Ziekenhuis in Nieuwegein.", "instelling", ["St. Antonius Ziekenhuis"]],
    ["Ik wenje sûnt 1 juny net mear op Oudeburen 44 yn Lemmer, mar by myn mem yn Echtenerbrêge.", "adres", ["Oudeburen 44"]],
    ["Ik wenje sûnt 1 juny net mear op Oudeburen 44 yn Lemmer, mar by myn mem yn Echtenerbrêge.", "plaats", ["Lemmer", "Echtenerbrêge"]],
    ["Ze woont hier met haar zoons Mustafe en Abdirahman. Mustafe is eenentwintig.", "persoon", ["Mustafe", "Abdirahman", "Mustafe"]],
    ["Ze woont hier met haar zoons Mustafe en Abdirahman. Mustafe is eenentwintig.", "instelling", []],
    ["Mobiel het ie nie.\n\ngr marco, Welsaen", "instelling", ["Welsaen"]],
    ["Jestem na zwolnieniu, bo miałem wypadek w pracy w Orchideeën Hoeve w Luttelgeest.", "instelling", ["Orchideeën Hoeve"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s45-lead (round 5): 'Personalnummer lautet', an initial after 'ex-vrouw' or 'getrouwd met', a Polish age after a name and a comma, a dialect kin word, Vryland, Vinted", () => {
  it.each([
    ["Er hat einen Vertrag für zwölf Monate; seine Personalnummer lautet 77120. Die Zahl lautet 2024.", "dossiernummer", ["77120"]],
    ["Hij is boos op zijn oude werkgever en op zijn ex-vrouw M.. In gesprekken gaat het over M. en de kinderen.", "persoon", ["M.", "M."]],
    ["Hij is getrouwd met T.; hun dochter L. (19) studeert in Groningen.", "persoon", ["T.", "L."]],
    ["De man G. Jansen belde.", "persoon", ["G. Jansen"]],
    ["Mój syn Filip, 11 lat, pojedzie ze mną. Pracuję w Holandii od 5 lat.", "leeftijd", ["11 lat"]],
    ["Allein neet tösse twie en veer, dan bin ich bij mien moder (78), die ligk al twie waeke in 't azM.", "leeftijd", ["78"]],
    ["- uw huurcontract met Vryland;\n- loonstroken. Ze werkt in de huishouding van het Kruisherenhotel.", "instelling", ["Vryland", "Kruisherenhotel"]],
    ["Vraag naar inkomsten uit bijvoorbeeld Marktplaats, Vinted of klussen.", "instelling", []],
    ["Aan: Pro Persona, team Basis GGZ, locatie Arnhem", "instelling", ["Pro Persona"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s46-lead (round 1): a document word alone, a hyphenated first name's surname, 'Buurman Van …', papers kept N years, alternative ages, Polish and English ages, signature initials, a Twents number, 'ene van joe'", () => {
  it.each([
    ["Zie artikel 2.3.5 van de Wmo 2015 en artikel 9 van de Verordening maatschappelijke ondersteuning.", "persoon", []],
    ["| 2023094410 | Piet-Hein Koster | 1968 |\nBij Koster wisselt per mei de trajectbegeleider.", "persoon", ["Piet-Hein Koster", "Koster"]],
    ["Hun dochter woont in Ljouwert. Buurman Van Muiden (69) doet boodschappen.", "persoon", ["Van Muiden"]],
    ["Hun dochter woont in Ljouwert. Buurman Van Muiden (69) doet boodschappen.", "leeftijd", ["69"]],
    ["- Bewaar brieven 7 jaar; loonstroken horen in dezelfde map. Jaaropgaven bewaren we 5 jaar.", "leeftijd", []],
    ["Hij is 7 jaar; zijn zus bewaart alles.", "leeftijd", ["7 jaar"]],
    ["Alleenstaande van 18, 19 of 20 jaar\t€ 317,00\taanvulling mogelijk", "leeftijd", []],
    ["nazywam się Tomasz Wiśniewski, mam 41 lat. Pracuję od 5 lat w Vion.", "leeftijd", ["41 lat"]],
    ["Moja mama, Halina Nowak, leży w szpitalu. Ma 74 lata i jest sama.", "leeftijd", ["74 lata"]],
    ["Moja żona Kasia i córka (4) mieszkają w Polsce.", "leeftijd", ["4"]],
    ["Her son Maksym, who is eleven, attends school in Molenhoek. The man who is seventy lives there.", "leeftijd", ["eleven"]],
    ["Datum: 2-4-2025    Handtekening: G.J.S.", "persoon", ["G.J.S."]],
    ["Jan Oude Egberink hier, uut Tilligte. Ik bin drejenzeuventig en ik kriege 't nich meer vot.", "leeftijd", ["drejenzeuventig"]],
    ["Ik snap d'r niks van. Wil ene van joe es bie mie langs kommen? Ik sprak ene van der meer.", "persoon", ["van der meer"]],
    ["03-10: signaal huurachterstand van Destion. Aanvraag vervoerspas Omnibuzz. Ze werkt in het museumcafé van Muiderslot.", "instelling", ["Destion", "Omnibuzz", "Muiderslot"]],
    ["Dag, mit Sjraar oet Zelderheide. Ik woon helemaal in keverdijk. Adres: Dukaat 17, 5283 KE Boxtel (nieuwbouwwijk Heem van Selis)", "plaats", ["Zelderheide", "keverdijk", "Boxtel", "Heem van Selis"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s46-lead (round 1): a word-like place after a vehicle and 'naar'", () => {
  it.each([
    ["ik woon helemaal in keverdijk. de bus naar huizen duurt echt lang", "plaats", ["keverdijk", "huizen"]],
    ["we gaan met de trein naar goor", "plaats", ["goor"]],
    ["ze kijkt naar huizen in de buurt", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s46-lead (round 2): dialect 'Mien' before a kin word, a first name after 'wijk', dialect ages, a saint's hospital, a Frisian firm and month, 'gezin H.', Veilig Thuis + region, the Tax Administration", () => {
  it.each([
    ["Ik bel oaver dat formulier. Mien vrouwe, Dinie, is now tachentig en dee kan de trap neet op. Ikzölf wör in juni achtenachtig, dus", "persoon", ["Dinie"]],
    ["Ik bel oaver dat formulier. Mien vrouwe, Dinie, is now tachentig en dee kan de trap neet op. Ikzölf wör in juni achtenachtig, dus", "leeftijd", ["tachentig", "achtenachtig"]],
    ["Hij wordt volgend jaar zeventig. Een prachtig huis. Totaal, is vijftig.", "leeftijd", ["zeventig"]],
    ["De jongens gaan naar Basisschool Aan de Bron in de wijk Fatima; de oudste", "plaats", ["Fatima"]],
    ["De jongens gaan naar Basisschool Aan de Bron in de wijk Fatima; de oudste", "persoon", []],
    ["Zahlungserinnerung – Forderung des St. Agnes-Hospital in Bocholt. Ze ligt in het Sint Jozef-Ziekenhuis.", "instelling", ["St. Agnes-Hospital", "Sint Jozef-Ziekenhuis"]],
    ["Ik ha fyftjin jier wurke by Wiersma Grûnwurk, oant myn rêch it net mear hâlde koe.", "instelling", ["Wiersma Grûnwurk"]],
    ["Ik bin Durk, ik wenje sûnt desimber 2024 yn Harns.", "datum", ["desimber 2024"]],
    ["2. Casus gezin H. uit Hoorn\nMoeder (42) staat al maanden op de wachtlijst.", "persoon", ["H."]],
    ["Na de melding van Veilig Thuis Fryslân in de winter is er rust in huis.", "instelling", []],
    ["Na de melding van Veilig Thuis Fryslân in de winter is er rust in huis.", "plaats", ["Fryslân"]],
    ["You can apply for rent benefit at the Tax Administration. Do not pay cash.", "persoon", []],
    ["Inkomsten dhr. wisselen per maand; loonstroken over drie maanden opvragen.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s46-lead (round 3): Arcade without a cue, English ages ('who turned twelve in May', 'I am thirty-four', '38 years old'), Drents and Kerkrade dialect, children's ages before a verb, 'Jongeman (19)', a ward by its care, a school's name in apposition", () => {
  it.each([
    ["De familie huurt een woning van Arcade. 15-01: contact Arcade: vonnis aangevraagd.\n- Arcade: huurachterstand € 1.250,00", "instelling", ["Arcade", "Arcade", "Arcade"]],
    ["Her son Maksym, who turned twelve in May, will start at the college.", "leeftijd", ["twelve"]],
    ["Her son Maksym, who turned twelve in May, will start at the college.", "plaats", []],
    ["My name is Olena Kovalenko, I am thirty-four and I come from Kharkiv. I am one of them.", "leeftijd", ["thirty-four"]],
    ["I am Olena Kravets, 38 years old, from Kharkiv, Ukraine.", "leeftijd", ["38"]],
    ["\"Goeiemiddag, mit Geesje Hadders hier, oet Zweel. Ik woon an de Hoofdstraote 6, bij de kerk. Mien zeun Jan woont in Duutslaand.", "adres", ["Hoofdstraote 6"]],
    ["\"Goeiemiddag, mit Geesje Hadders hier, oet Zweel. Ik woon an de Hoofdstraote 6, bij de kerk. Mien zeun Jan woont in Duutslaand.", "persoon", ["Geesje Hadders", "Jan"]],
    ["\"Joa, hallo, hei is Jupp Sieben van de Holzstraat 54 in Kirchroa. Ich bin zevenentsestig en mien vrouw Mia is krank.", "persoon", ["Jupp Sieben", "Mia"]],
    ["\"Joa, hallo, hei is Jupp Sieben van de Holzstraat 54 in Kirchroa. Ich bin zevenentsestig en mien vrouw Mia is krank.", "leeftijd", ["zevenentsestig"]],
    ["Zijn vrouw Lina (29) en hun dochters van vijf en acht wonen nog in Gaziantep.", "leeftijd", ["29", "vijf", "acht"]],
    ["3. Jongeman (19) uit Dalerveen\nZwerft bij vrienden, geen inkomen.", "persoon", []],
    ["Aan: Mondriaan, afdeling Verslavingszorg, locatie Heerlen", "instelling", ["Mondriaan"]],
    ["De school van de oudste, De Vliet, meldt dat hij vaak te laat komt.", "instelling", ["De Vliet"]],
    ["Wir bitten Sie um Auskunft, ob er in den Niederlanden Anspruch auf Leistungen hätte.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s46-lead (round 4): 'who is 9', a Gronings number and hospital, signing roles, '(kind 1)', \"'k Ben\", a Ukrainian postcode after the town, a birthplace before the birth year, a first name + an organisation", () => {
  it.each([
    ["We have one daughter, Meera, who is 9 and goes to De Kubus in Berkum.", "leeftijd", ["9"]],
    ["Dhr. Jan Kloosterhuis: \"Ik bin nou drijenzestig en mien vraauw Annie ligt in t Ommelander Ziekenhoes in Schaimde.", "leeftijd", ["drijenzestig"]],
    ["Dhr. Jan Kloosterhuis: \"Ik bin nou drijenzestig en mien vraauw Annie ligt in t Ommelander Ziekenhoes in Schaimde.", "instelling", ["Ommelander Ziekenhoes"]],
    ["Met vriendelijke groet,\nTeamleider Werk & Inkomen", "persoon", []],
    ["Met vriendelijke groet,\nMarloes Jansen", "persoon", ["Marloes Jansen"]],
    ["[x] laptop voor school (kind 1)\n[x] zwemles (kind 2)", "leeftijd", []],
    ["Op 't huisnummer, 0164-23 45 81. 'k Ben tachtig, hè.", "persoon", []],
    ["Haar laatste adres daar was vul. Sumska 41, Charkiv 61000; het gebouw is beschadigd.", "postcode", ["61000"]],
    ["De heer Haddad (geboren in Homs, in 1996) werkt sinds 1 juli bij de Jumbo.", "datum", ["1996", "1 juli"]],
    ["[03-02-25 07:53] kevin: lotje heb koorts\n[03-02-25 08:10] Fleur Combiwerk: Hoi Kevin, beterschap voor Lotje!", "instelling", ["Combiwerk"]],
    ["[03-02-25 07:53] kevin: ik heb koorts\n[03-02-25 08:10] Fleur Combiwerk: Hoi Kevin, beterschap!", "persoon", ["kevin", "Fleur", "Kevin"]],
    ["1. Stand van zaken Regio Deal, onderdeel arbeidsmarkt.", "plaats", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s46-lead (round 5): a foreign phone before a tab, 'in der' + street before a postcode, 'De oudste, R.,', Frisian and Nijmegen ages, 'Der Bruttolohn', Crosswise", () => {
  it.each([
    ["Oksana Melnyk\t1994\tSpaland\tFuikstraat 6\t+380 67 431 2290\t7741502", "telefoon", ["+380 67 431 2290"]],
    ["Oksana Melnyk\t1994\tSpaland\tFuikstraat 6\t+380 67 431 2290\t7741502", "dossiernummer", ["7741502"]],
    ["Er wohnte bis dahin in der Laag Bolwerk 14, 8701 JN Bolsward.", "adres", ["Laag Bolwerk 14"]],
    ["De oudste, R., zit in groep 7. De intern begeleider maakt zich zorgen: R. zegt dat hij", "persoon", ["R.", "R."]],
    ["oan de Haadwei 23 yn Easterein. Hy is no tachtich en wennet allinnich.", "leeftijd", ["tachtich"]],
    ["Ze is vurrige week negentig gewurre en ze kan nie meer allenig de trap op.", "leeftijd", ["negentig"]],
    ["Der Bruttolohn betrug zuletzt 2.940 Euro monatlich.", "persoon", []],
    ["Afspraken bij het re-integratietraject van Crosswise komt hij niet meer na.", "instelling", ["Crosswise"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s47-lead (round 1): 'Olde Bolhaar', 'works for Centric', 'zoontje Abel van vier ziek', 'Pronk & Van der Laan', dialect ages (zès, ses, vuuf-en-fuftig), 'Mien nómmer', 'in pey', Roermond districts, an English age in months, a German signer with a job, rooms and 'Facilitair', note authors, 'mag demi mee?', 'spreek haar aan met'", () => {
  it.each([
    ["Schuld bij Gerechtsdeurwaarders Pronk & Van der Laan uit Hoorn.", "instelling", ["Gerechtsdeurwaarders Pronk & Van der Laan"]],
    ["Schuld bij Gerechtsdeurwaarders Pronk & Van der Laan uit Hoorn.", "persoon", []],
    ["Ós dochter Mariëlle is zèsentwintig en woent in Remunj.", "leeftijd", ["zèsentwintig"]],
    ["Hee is sesenzestig, mar hee redt zich nich meer.", "leeftijd", ["sesenzestig"]],
    ["\"Ik hoef gien hullep, hoor. Ik ben vuuf-en-fuftig en ik hew m'n hele leven op 't land werkt.\"", "leeftijd", ["vuuf-en-fuftig"]],
    ["Ze kocht ses eieren en zès broden.", "leeftijd", []],
    ["Wilt geer mich trökbelle? Mien nómmer is 06 47 21 90 35.", "persoon", []],
    ["[10:14] joyce: wie kan vandaag mee naar mw. kowalczyk in pey? ze belde net", "plaats", ["pey"]],
    ["Meneer Sjef Cremers uit de Kemp heeft de brief ontvangen.", "plaats", ["de Kemp"]],
    ["Cliënt: Rakesh Jagesar, Kitskensberg\nDossier: BW-240117", "plaats", ["Kitskensberg"]],
    ["Hij werkt bij de kemp van de boer.", "plaats", []],
    ["| Koudekerk aan den Rijn | 40011206 | IPS, proefplaatsing Archeon | 19-06-2025 |", "instelling", ["Archeon"]],
    ["My wife Zahra stays home with our daughter Maryam, she is eight months. Do we still get some money?", "leeftijd", ["eight"]],
    ["she is eight months pregnant.", "leeftijd", []],
    ["Bitte melden Sie sich.\n\nMit freundlichen Grüßen\nHeiner Bültmann, Geschäftsführer\n\nNotitie klantmanager", "persoon", ["Heiner Bültmann"]],
    ["Kind regards,\nThe Team, Support\n", "persoon", []],
    ["Agenda teamoverleg Inkomen – donderdag 10.00 uur, zaal De Rijn\n\n1. Opening", "persoon", []],
    ["We zitten in vergaderruimte Het Anker met mevrouw De Vries.", "persoon", ["De Vries"]],
    ["De koffieautomaat is kapot. Melden bij Facilitair, niet bij de helpdesk.", "instelling", []],
    ["Telefoonnotities balie – vrijdag, ingevuld door Roos\n\n1. Mevrouw Bloem belde", "persoon", ["Roos", "Bloem"]],
    ["Verslag opgesteld door: Roos.", "persoon", ["Roos"]],
    ["12-05-2025 09:04, van 06-22 71 90 45\nok kom ik. mag demi mee? ze is 14 en heeft die dag vrij.", "persoon", ["demi"]],
    ["mag het mee? kan ik mee? mag de hond mee?", "persoon", []],
    ["Tip: spreek haar aan met \"Tina\", dat vindt ze prettig.", "persoon", ["Tina"]],
    ["Spreek hem aan met \"u\".", "persoon", []],
    ["Buurman Gerrit Olde Bolhaar (88) komt elke dag langs.", "persoon", ["Gerrit Olde Bolhaar"]],
    ["Buurman Gerrit Olde Bolhaar (88) komt elke dag langs.", "leeftijd", ["88"]],
    ["Ze verhuisde van Klein Amsterdam naar Groot Ammers.", "persoon", []],
    ["He works for Centric in Zwolle.", "instelling", ["Centric"]],
    ["Omdat haar zoontje Abel van vier ziek is, kon ze niet komen.", "leeftijd", ["vier"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s47-lead (round 2): attendees' initials in minutes, Ukrainian in Cyrillic, 'VluchtelingenWerk Noord-Holland' after a label, 'per 1-4 van de', '(dr. meulenbelt)', Low Saxon 'joar' and 'uut', things' ages, dialect and translation headings, 'you can', 'roos van het wijkteam'", () => {
  it.each([
    ["Aanwezig: J. Verhoef (klantmanager), F. Aydın (Veens Welzijn), H. Dekker (Patrimonium)\n\nHD meldt dat Patrimonium een vonnis heeft aangevraagd. FA begeleidt moeder.\n- JV: bewindvoering aanvragen", "persoon", ["J. Verhoef", "F. Aydın", "H. Dekker", "HD", "FA", "JV"]],
    ["Aanwezig: Peter Vos (klantmanager)\n\nHet PV is opgemaakt.", "persoon", ["Peter Vos"]],
    ["Добрий день, пані Інге! Це Олена Коваленко. Ми переїхали з Харкова минулого року. Мій син Максим, йому 14 років, ходить до школи в Тернезені. Я працюю з 1 вересня.", "persoon", ["Інге", "Олена Коваленко", "Максим"]],
    ["Добрий день, пані Інге! Це Олена Коваленко. Ми переїхали з Харкова минулого року. Мій син Максим, йому 14 років, ходить до школи в Тернезені. Я працюю з 1 вересня.", "plaats", ["Харкова", "Тернезені"]],
    ["Добрий день, пані Інге! Це Олена Коваленко. Ми переїхали з Харкова минулого року. Мій син Максим, йому 14 років, ходить до школи в Тернезені. Я працюю з 1 вересня.", "leeftijd", ["14 років"]],
    ["Добрий день, пані Інге! Це Олена Коваленко. Ми переїхали з Харкова минулого року. Мій син Максим, йому 14 років, ходить до школи в Тернезені. Я працюю з 1 вересня.", "datum", ["1 вересня"]],
    ["Мене звати Олена Ковальчук, мені сорок два роки. Я живу з сином Максимом (16). Ми приїхали у березні 2022.", "leeftijd", ["сорок два роки", "16"]],
    ["Мене звати Олена Ковальчук, мені сорок два роки. Я живу з сином Максимом (16). Ми приїхали у березні 2022.", "datum", ["березні 2022"]],
    ["Дякую! Я отримала лист від гемеенте, але не все розумію.", "persoon", []],
    ["Begeleiding: VluchtelingenWerk Noord-Holland, contactpersoon Marloes Kok", "instelling", ["VluchtelingenWerk Noord-Holland"]],
    ["Ze verhuizen per 1-4 van de Jan Verfailleweg 311 naar Hoorn.", "datum", ["1-4"]],
    ["Hij belt 3/4 van de tijd niet terug.", "datum", []],
    ["[13:30] anouk: we hebben de huisarts erbij gehaald (dr. meulenbelt). nummer", "persoon", ["anouk", "meulenbelt"]],
    ["Goeiendag. Ik bun Hendrik Lammers, zeuvenenvieftig joar, en ik wonne in Kotten.", "leeftijd", ["zeuvenenvieftig"]],
    ["Mien zuster Gerda uut Wenters zeg dat ik bi-j oe mot.", "plaats", ["Wenters"]],
    ["Wasmachine is kapot (al 11 jaar oud). Via de Kringloop lukte het niet.", "leeftijd", []],
    ["in een dorp waar de huizen 90 jaar oud zijn en de bus twee keer rijdt", "leeftijd", []],
    ["Ze heeft een bank en haar dochter is 11 jaar oud.", "leeftijd", ["11 jaar"]],
    ["Opmerking: bij Roos-Visser loopt de herbeoordeling.", "persoon", ["Roos-Visser"]],
    ["Vertaling (klantmanager Kuipers):\nGoedendag mevrouw", "persoon", ["Kuipers"]],
    ["Brief van een klant, in Veluws-Utrechts dialect (ingeleverd bij het loket)", "plaats", []],
    ["met een tegemoetkoming van de Tegemoetkoming onderwijsbijdrage en schoolkosten (WTOS).", "instelling", []],
    ["| K. Mulder | 1979 | 2176305 | schuldhulp Plangroep |", "instelling", ["Plangroep"]],
    ["Ze vertelde dat haar zoontje, dat nu acht maanden is, weinig buiten komt.", "leeftijd", ["acht maanden"]],
    ["haar zoon die al drie weken ziek is", "leeftijd", []],
    ["[09:18] Lotte: First you register at UWV, then you can apply for bijstand. Can I have your phone number?", "persoon", ["Lotte"]],
    ["Can komt morgen langs. Ik sprak met Can over zijn schulden.", "persoon", ["Can", "Can"]],
    ["[10:02] jolien: doe ik. en roos van het wijkteam komt morgen langs", "persoon", ["jolien", "roos"]],
    ["de hoop van de gemeente is dat het lukt", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s47-lead (round 3): Sittard and Stein districts, 'sessenvuftig', brands after 'merk', a jubilee, 'team Verslavingszorg', 'Mien doughter Anja', English mail names, relation ages and sign-offs, 'Area wonen'", () => {
  it.each([
    ["ruud: 👍 en dhr. de boer uit meers vroeg of zijn aanvraag al binnen is", "plaats", ["meers"]],
    ["Onderwerp: Huurachterstand dhr. Dassen, Kollenberg", "plaats", ["Kollenberg"]],
    ["| Tesfay Ghebremedhin | 1993 | Kerensheide, Stein | 6071182 |", "plaats", ["Kerensheide", "Stein"]],
    ["Ik bin sessenvuftig hoor, ik bin nie van gister", "leeftijd", ["sessenvuftig"]],
    ["Sjoerd repareert inmiddels zelfstandig e-bikes van het merk Gazelle en Sparta. Wel heeft hij moeite.", "instelling", []],
    ["Hij werkt bij Gazelle in Dieren.", "instelling", ["Gazelle"]],
    ["de teamleiding trakteert op stroopwafels, vanwege 25 jaar sociale dienst in dit gebouw.", "leeftijd", []],
    ["Aan: Mondriaan, team Verslavingszorg, Wilhelminastraat 17, 6131 KN Sittard", "instelling", ["Mondriaan"]],
    ["en noe kin ich dae papiere neet mie allein. Mien doughter Anja woent ouch in Zitterd, mer die wèrk", "persoon", ["Anja"]],
    ["From: Siobhán O'Reilly <siobhan.oreilly@outlook.ie>\nwill you send me a decision?\n\nThanks again,\nSiobhán\n\nSamenvatting", "persoon", ["Siobhán O'Reilly", "Siobhán"]],
    ["Thanks again,\nTeam\n\n", "persoon", []],
    ["My daughter Aoife is ten and goes to basisschool Sint Augustinus in Elsloo.", "leeftijd", ["ten"]],
    ["My son Tim is sick.", "leeftijd", []],
    ["Marloes Verstegen\nWoonconsulent Area wonen\n0413 - 28 44 00", "instelling", ["Area wonen"]],
    ["[10:15] femke: Area wonen zou een monteur sturen maar er is niemand geweest", "instelling", ["Area wonen"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s47-lead (round 4): initials defined after a name ('Eva Scholten (ES)'), streets after 'aan de' before a verb, 'en' or '?', Frisian 'út' and villages, 'Max.', bounds and jubilees, cars' ages, pun headings, 'ingebracht door N.', dialect tens", () => {
  it.each([
    ["Klantmanager: Eva Scholten (ES). Klant: dhr. Ahmad Alkhatib (AA).\n\nES: Goedemiddag meneer Alkhatib.\nAA: Ja, goedemiddag.", "persoon", ["Eva Scholten", "ES", "Ahmad Alkhatib", "AA", "ES", "Alkhatib", "AA"]],
    ["Gesprek tussen klantmanager Sjoerd Wijnia (SW) en Yasmina El Khattabi (YE), dochter van klant\n\nSW: Goedemorgen.\nYE: Goedemorgen.", "persoon", ["Sjoerd Wijnia", "SW", "Yasmina El Khattabi", "YE", "SW", "YE"]],
    ["Aanwezig: Peter Vos (klantmanager)\n\nHet PV is opgemaakt.", "persoon", ["Peter Vos"]],
    ["Een gezamenlijk gesprek op ons kantoor aan de Lavendelheide 20 kan wat mij betreft op woensdag.", "adres", ["Lavendelheide 20"]],
    ["Ze werkt in de keuken van de herberg aan de Weinterp 14 en Dmytro gaat in september naar school.", "adres", ["Weinterp 14"]],
    ["Kun je hem inplannen bij jullie vestiging aan de Varenschut 7? Hij is het best bereikbaar.", "adres", ["Varenschut 7"]],
    ["Hij zit al jaren aan de Rijn 3 keer per week.", "adres", []],
    ["Ik bin Klaas Wiersma út Boarnburgum. Ik bin fyftich jier.", "plaats", ["Boarnburgum"]],
    ["Max. aantal deelnemers: 60", "persoon", []],
    ["Wie 5 jaar of langer in dienst is, krijgt voorrang.", "leeftijd", []],
    ["Een Toyota Yaris die 12 jaar oud is, telt meestal niet mee voor het vermogen.", "leeftijd", []],
    ["Twee collega's vieren dit jaar hun 25-jarig jubileum.", "leeftijd", []],
    ["Een 25-jarige man uit Zwijndrecht.", "leeftijd", ["25-jarige"]],
    ["Tot slot\nVisser of vis? Wie een klant heeft die wil omscholen", "persoon", []],
    ["Intervisie team Werk & Inkomen – casus ingebracht door N.\n\nCasus", "persoon", ["N."]],
    ["Ge wit wel, ik zen ginne jonge meer, ik ben zesenvèftig jaor.", "leeftijd", ["zesenvèftig"]],
    ["Hy is sechtich wurden en hy kin net mear op it lân wurkje.", "leeftijd", ["sechtich"]],
    ["di 13-05\t10:15\tAyşe Çelik\t40719984\tverhuizing naar Meerdervoort, nieuwe huur", "plaats", ["Meerdervoort"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s48-lead (round 1): 'naam (dochter) is 17', Arabizi ages ('3omro 9 sanawat'), a chain the lexicon knows whole is no person, 'met Evert van de Kolk', a caller and his street ('met Toon Kerremans van de Noordsingel 31'), a signer's job on the next line, Ukrainian month + year, Veldwijk, scripts, 'regio Zuidwest', English trade words, a place after a surname's particle", () => {
  it.each([
    ["[10:05] bas: nadia (dochter) is 17 en wil niet van school wisselen", "leeftijd", ["17"]],
    ["Nadia (oudste) is 17.", "leeftijd", ["17"]],
    ["Nadia (studie: rechten) is 17.", "leeftijd", []],
    ["marhaba ustaz Daan, ana Rasha min Ossendrecht. ibni Karim 3omro 9 sanawat w howe mareed", "leeftijd", ["9 sanawat"]],
    ["ibni Omar 3mro 16 sana, badu yishtaghil bil 3otla", "leeftijd", ["16 sana"]],
    ["Wldi Anas 3ndo 13 l3am, howa li kaykteb had lmessage.", "leeftijd", ["13 l3am"]],
    ["ibni Omar 3mro 16 sana, badu yishtaghil bil 3otla bi Albert Heijn fi Hasselt.", "persoon", ["Omar"]],
    ["Goeiendag, mit Evert van de Kolk uut Elspeet. Ik wone an de Uddelerweg 61.", "persoon", ["Evert van de Kolk"]],
    ["Goeiendag, mit Evert van de Kolk uut Elspeet. Ik wone an de Uddelerweg 61.", "instelling", []],
    ["Hij gaat naar de dagbesteding van De Kolk.", "instelling", ["De Kolk"]],
    ["Hallo Rini, mee Toon hier, Toon Kerremans van de Noordsingel 31. Ge wit wel.", "persoon", ["Rini", "Toon", "Toon Kerremans"]],
    ["Goedemorgen, met Toon Kerremans van de Noordsingel 31.", "adres", ["Noordsingel 31"]],
    ["Hij woont aan de Laan van de Kolk 31.", "adres", ["Laan van de Kolk 31"]],
    ["Mit freundlichen Grüßen\nHeinrich Hüsing\nGeschäftsführer", "persoon", ["Heinrich Hüsing"]],
    ["Kind regards,\nPaul Mayfield\nOperations Manager", "persoon", ["Paul Mayfield"]],
    ["Met vriendelijke groet,\nTeam Noord\nWijkmanager", "persoon", []],
    ["Мене звати Оксана Мельник, мені 44 роки. Я з Харкова, з березня 2022 живу в Зейсті.", "datum", ["березня 2022"]],
    ["Vorig voorjaar volgde een korte opname op Veldwijk in Ermelo.", "instelling", ["Veldwijk"]],
    ["WhatsApp-gesprek, Arabisch in Latijnse letters, met vertaling door collega Samira Ouali", "plaats", []],
    ["Overzicht inburgeraars regio Zuidwest – stand juni 2025", "plaats", []],
    ["Hij woont in de regio Zuidwest-Drenthe.", "plaats", ["Zuidwest-Drenthe"]],
    ["Hij werkt bij Jansen Transport in Kampen.", "instelling", ["Jansen Transport"]],
    ["[10:07] fatma: belde je met riek van der zwaag?\n[10:08] joost: ja", "plaats", []],
    ["w zawjti Rasha rah t-safer la Beirut 3 asabi3, ommha mareeda", "plaats", ["Beirut"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s48-lead (round 2): a job's years ('12 jaar elektricien in Damascus'), a number's field label before a lower-case head, a titled person before 'van' + a regional firm, names after a plural kin word, 'zijn zoon, die zestien is', 'He is 34 years old (…)', Twents 'He is noe viefentwintig', Polish 'a Kuba ma 10' and '(lat 17)', 'Максиму 12 років', 'die rick van het jongerenwerk', Steggerda, Lek en Linge, German possessives, 'Uutvaortverzorging Jongsma', a gapped list of ages ('Jurgen is elf, Shaniqua zeven'), 'de jongste, Dayron,'", () => {
  it.each([
    ["Opleiding/werk: MBO-niveau elektrotechniek, 12 jaar elektricien in Damascus; daarna drie jaar in een kamp", "leeftijd", []],
    ["Een jongen van 15 jaar uit Gouda.", "leeftijd", ["15 jaar"]],
    ["Inburgeraar: mevrouw Semhar Tesfamariam (29)\nDeelnemernummer taalschool: DN-2024-44871", "instelling", []],
    ["Bewindvoerder Wsnp is mr. L.A. Sinke van Walcherse Bewindvoering B.V.\n", "persoon", ["L.A. Sinke"]],
    ["Bewindvoerder Wsnp is mr. L.A. Sinke van Walcherse Bewindvoering B.V.\n", "instelling", ["Walcherse Bewindvoering B.V."]],
    ["Gezin: Dewi Sastrowardojo (34) en haar kinderen Rafi en Kirana, een tweeling van 6, plus baby Bima", "persoon", ["Dewi Sastrowardojo", "Rafi", "Kirana", "Bima"]],
    ["De kinderen Engels en Frans leren is lastig.", "persoon", []],
    ["Hij woont alleen met zijn zoon, die zestien is en nauwelijks naar school gaat.", "leeftijd", ["zestien"]],
    ["Haar moeder, die nu 81 is, woont in Tiel.", "leeftijd", ["81"]],
    ["Zijn zoon, die al drie jaar werkloos is, woont thuis.", "leeftijd", []],
    ["He is 34 years old (your referral said thirty-two).", "leeftijd", ["34"]],
    ["He zit al wekn in huus en he dut niks meer. He is noe viefentwintig en hef gin wark meer.", "leeftijd", ["viefentwintig"]],
    ["Mam dwoje dzieci, Zuzia ma 6 lat, a Kuba ma 10. Mój mąż Paweł wrócił do Polski.", "leeftijd", ["6 lat", "10"]],
    ["Nasz syn Kacper (lat 17) chodzi do szkoły w Middelburgu.", "leeftijd", ["17"]],
    ["Зараз я живу з сином Максимом в Мідделбурзі. Максиму 12 років, він ходить до школи.", "leeftijd", ["12 років"]],
    ["die rick van het jongerenwerk zegt dat ik het moet vragen aan jou", "persoon", ["rick"]],
    ["mijn vriend ruben woont hier niet!! hij slaapt soms maar heeft eigen huis in steggerda", "plaats", ["steggerda"]],
    ["Ravi (14) zit op Lek en Linge in Culemborg en verzuimt veel", "instelling", ["Lek en Linge"]],
    ["fordern wir Sie auf, die offene Rechnung für Strom und Gas Ihrer ehemaligen Wohnung zu begleichen", "persoon", []],
    ["De rekening van Uutvaortverzorging Jongsma is nog lange niet betaold.", "instelling", ["Uutvaortverzorging Jongsma"]],
    ["Jurgen is elf, Shaniqua zeven en de jongste, Dayron, is een baby. Mevrouw wil werken zodra Dayron naar de opvang kan.", "persoon", ["Jurgen", "Shaniqua", "Dayron", "Dayron"]],
    ["Jurgen is elf, Shaniqua zeven en de jongste, Dayron, is een baby van acht maanden.", "leeftijd", ["elf", "zeven", "acht"]],
    ["Jurgen is elf, Shaniqua heeft een fiets.", "leeftijd", ["elf"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s48-lead (round 3): Polish 'numer klienta', 'de oudste, die vijftien is', Veluws 'Dee jong is dreeëntwintig', 'zoontje Rayan van vier verhuisd', a chat's answer to 'hoe oud', Ukrainian '(12 років)' and 'адреса Zuideinde 87', Arabic 'Ana ghadi', lower-case 'de woningstichting', 'functioneel beheer', lexicons (Lassie, Wessanen, Hunebedcentrum, Sint Jans Gasthoes, Wieërt, DeepL), 'Kunt u' after 'de dokter.', a surname that is a place opening a clause ('Blokker betaalt'), 'wijk Fatima' next to a Fatima, a line ending in 'bewind'", () => {
  it.each([
    ["Czy to jest problem dla zasiłku? Mój numer klienta: 203318845. W Polsce mam telefon +48 601 234 517.", "bsn", []],
    ["Czy to jest problem dla zasiłku? Mój numer klienta: 203318845. W Polsce mam telefon +48 601 234 517.", "dossiernummer", ["203318845"]],
    ["voor de schoolspullen van de oudste, die vijftien is. Ze dreigde", "leeftijd", ["vijftien"]],
    ["Ik bel oover mien zeun, Hessel. Dee jong is dreeëntwintig en hef gin wark meer", "leeftijd", ["dreeëntwintig"]],
    ["Mevrouw is na een relatiebreuk met haar zoontje Rayan van vier verhuisd van Kanaleneiland in Utrecht naar Nijkerk.", "leeftijd", ["vier"]],
    ["[18-06-25 09:12] Ingrid Schepers: super. hoe oud is hij nu eigenlijk?\n[18-06-25 09:15] Bas Lambers: 23, wordt in augustus 24\n[18-06-25 09:17] Ingrid Schepers: ok", "leeftijd", ["23", "24"]],
    ["[09:12] ingrid: hoe oud is die bank eigenlijk?\n[09:15] bas: 09:30 bel ik", "leeftijd", []],
    ["Я живу з донькою Софією (12 років) у гостьовій родині в Оостзані, адреса Zuideinde 87.", "leeftijd", ["12 років"]],
    ["Я живу з донькою Софією (12 років) у гостьовій родині в Оостзані, адреса Zuideinde 87.", "adres", ["Zuideinde 87"]],
    ["Ana ghadi nsafer l Tanger nhar 10 mars hit mima mrida bzaf.", "persoon", []],
    ["Ana ging naar huis.", "persoon", ["Ana"]],
    ["[11-03]: overleg met Marjan Brouwer, huurconsulent van de woningstichting. Ontruiming wordt aangehouden", "instelling", []],
    ["Hij huurt bij De Woningstichting in Wageningen.", "instelling", ["De Woningstichting"]],
    ["Het spreekuur van functioneel beheer is elke dinsdag.", "instelling", []],
    ["Bel de receptie van Lassie even: 075-6479 211.", "instelling", ["Lassie"]],
    ["sinds haar ontslag bij Wessanen in een uitkering", "instelling", ["Wessanen"]],
    ["proefplaatsing Hunebedcentrum", "instelling", ["Hunebedcentrum"]],
    ["Mien vrouw Mia liet al drie waek in 't Sint Jans Gasthoes en ich mót alle daag nao Wieërt hin en trök", "instelling", ["Sint Jans Gasthoes"]],
    ["Mien vrouw Mia liet al drie waek in 't Sint Jans Gasthoes en ich mót alle daag nao Wieërt hin en trök", "plaats", ["Wieërt"]],
    ["Vertaling (via DeepL, gecontroleerd door Oksana Petrenko, vrijwilliger)", "instelling", []],
    // (a line ending in "bewind" made detect() throw since session 45: the word after the head was read past the end)
    ["Onderwerp: RE: dhr. Tuncay – bijzondere bijstand kosten bewind", "persoon", ["Tuncay"]],
    ["Naam\tLeeftijd\tWoonvorm\tPlaats\tStart bewind", "instelling", []],
    ["Hij wil niet naar de dokter. Kunt u mij even terugbellen?", "persoon", []],
    ["Cliënt: Gerrit-Jan Blokker, Lagedijk 188, Zaandijk\n01-10-2024: ZVH akkoord met afbetaling, Blokker betaalt € 75 per maand.", "persoon", ["Gerrit-Jan Blokker", "Blokker"]],
    ["Cliënt: Gerrit-Jan Blokker, Lagedijk 188, Zaandijk\nHij woont sinds mei in Blokker.", "plaats", ["Zaandijk", "Blokker"]],
    ["Gezin: Ramlal, Sint Jozefslaan 88, 6006 AS Weert (wijk Fatima)\nBuurvrouw Fatima Ouali, met wie moeder goed contact heeft, heeft aangeboden te helpen.", "plaats", ["Weert", "Fatima"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s48-lead (round 4): an employer after 'worked … at' and the Polish 'w pracy w', an Arabizi 'bi' + a lexicon organisation, 'uit yde', Polish ages in words and 'a Lena 5', 'Kacper is 8 en Lena 5', how long something runs, laptops, 'in Raten', Kwadraad, the number printed on a letter ('met daarop een nummer')", () => {
  it.each([
    ["Since then I have worked a few hours a week at Koopmans through an agency.", "instelling", ["Koopmans"]],
    ["Since then I have worked a few hours a week at Koopmans through an agency.", "persoon", []],
    ["15 marca jest na zwolnieniu lekarskim po wypadku w pracy w Koopmans w Leeuwarden.", "instelling", ["Koopmans"]],
    ["I worked at Leeuwarden station.", "instelling", []],
    ["salam ahmad. la tkhaf. hay la2no mratak hiba eshtaghalat bi Albert Heijn fi Grou w ma 2ultelna.", "instelling", ["Albert Heijn"]],
    ["[09:06] femke hoving: ok. en die meneer uit yde, van der meulen? die had om 10u een afspraak", "plaats", ["yde"]],
    ["Mieszkam teraz z córką Zuzią (ma sześć lat) przy Kloekhorststraat 8, 9401 BN Assen.", "leeftijd", ["sześć lat"]],
    ["Mam dwoje dzieci, Kacper ma 8 lat, a Lena 5. Proszę o pomoc.", "leeftijd", ["8 lat", "5"]],
    ["Ik heb twee kinderen, Kacper is 8 en Lena 5. Ik vraag om hulp.", "leeftijd", ["8", "5"]],
    ["Kacper is 8 en Lena gaat naar school.", "leeftijd", ["8"]],
    ["De pilot Housing First loopt inmiddels 2 jaar. Samen met de GGZ", "leeftijd", []],
    ["De nieuwe laptops (HP EliteBook) worden na de zomervakantie uitgedeeld.", "instelling", []],
    ["Herr van der Ploeg hat zugesagt, diese in Raten auf das Konto zu zahlen.", "plaats", []],
    ["Ze krijgt begeleiding van Kwadraad in Schiedam.", "instelling", ["Kwadraad"]],
    ["Ik heb in juni een brief gekregen, met daarop een nummer, even kijken, 400128937. Wilt u mij terugbellen?", "bsn", []],
    ["Ik heb in juni een brief gekregen, met daarop een nummer, even kijken, 400128937. Wilt u mij terugbellen?", "dossiernummer", ["400128937"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s49-lead (round 1): a street before a Polish postcode, two organisation headers in one and a note in brackets, a bare pseudonym letter stays open, initials after 'collega'/'inbrenger' and in brackets after a role, a month name as a child's name, a first name + 'van het' + a team, 'uut Twel', the anonymous sides of a website chat, 'vom Arbeitgeber', call names, an initial glued to a number, brands as things, a district with 't, an English workplace 'of', a lower-case venue", () => {
  it.each([
    ["Jeśli nie, wrócę do mamy: Górnośląska 12, 62-800 Kalisz.", "adres", ["Górnośląska 12"]],
    ["| Klantnr. | Naam | Werkgever/stageplek |\n| --- | --- | --- |\n| 3104872 | Glenn Sabajo | Stork (werkplaats) |\n| 3109915 | Nadia Boukhari | Albert Heijn Hengelo |", "instelling", ["Stork", "Albert Heijn"]],
    ["| Klantnr. | Naam/werkgever |\n| --- | --- |\n| 3104872 | Glenn Sabajo |", "instelling", []],
    ["Cliënt X is een man van begin vijftig. Zijn zus opent zijn post. X zelf komt alleen op afspraak.", "persoon", []],
    ["Inbrenger: L., klantmanager. Collega R. stelde voor om eerst te onderzoeken.", "persoon", ["L.", "R."]],
    ["Notitie klantmanager (T.M.): inkomsten uit werk moeten worden doorgegeven.", "persoon", ["T.M."]],
    ["Gezin: moeder (38), Hao (7) en Mei (4). Vader werkt in het restaurant.", "persoon", ["Hao", "Mei"]],
    ["Dochter Mei (17) woont thuis. Mei helpt op zaterdag in de bediening.", "persoon", ["Mei", "Mei"]],
    ["In Mei (2024) was er een nieuwe aanvraag.", "persoon", []],
    ["| 3 | Dilan | afspraak met Roos van het jongerenteam |", "persoon", ["Dilan", "Roos"]],
    ["marieke: zal ik dirk van de huisartsenpost even seinen?", "persoon", ["marieke", "dirk"]],
    ["Ze heeft de roos van het team water gegeven.", "persoon", []],
    ["Dokter Van Dam uut Twel zei dat ik oe mos bellen.", "plaats", ["Twel"]],
    ["[09:14] Inwoner: Hallo, ik heb een vraag\n[09:14] Digitale assistent: Waarmee kan ik helpen?\n[09:15] Inwoner: bijzondere bijstand", "persoon", []],
    ["Das Arbeitsverhältnis wurde vom Arbeitgeber gekündigt. Ein Schreiben vom Vermieter liegt bei.", "persoon", []],
    ["Herr vom Berg kommt morgen.", "persoon", ["vom Berg"]],
    ["Meneer en mevrouw Latuheru en hun dochter, die iedereen Nona noemt. Nona woont in Epe.", "persoon", ["Latuheru", "Nona", "Nona"]],
    ["Gezin: moeder Luz (41), zoon Manuel, door iedereen Nelo genoemd (15), dochter Djenifer (9).", "leeftijd", ["41", "15", "9"]],
    ["2. Nodig de klant uit met sjabloon 14-B. Plan het gesprek niet rond Pasen.", "persoon", []],
    ["De koffie kwam van de Senseo in de pantry; bevragingen lopen via de Digikoppeling.", "instelling", []],
    ["Ze wil in Hengelo komen wonen, in de wijk Tuindorp 't Lansink. In Kabul werkte zij als verpleegkundige.", "plaats", ["Hengelo", "Tuindorp 't Lansink", "Kabul"]],
    ["I work 32 hours in a warehouse of Jumbo in Beverwijk.", "instelling", ["Jumbo"]],
    ["anna: 9 uur bij hotel spaander, vragen naar mw. smit\njurgen: ok", "instelling", ["hotel spaander"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s49-lead (round 2): the desks of an office chat, a Drents 'zölf', an English 'my son X turns eighteen next month', 'als zoon X 18 wordt', a postcode after a 'vul.' street, a shopping centre 'In de Hoven', a scheme's age range in a table cell, Ukrainian months in Latin letters, Turkish ages and case endings, an employer after the Ukrainian 'працюю … у'", () => {
  it.each([
    ["[08:31] balie: wie heeft de klant van 10 uur?\n[08:33] team inkomen: welke meneer?\n[09:02] teamleider: iemand een laptoplader over?", "persoon", []],
    ["Ik bin zölf ok al zesentachtig, heur.", "leeftijd", ["zesentachtig"]],
    ["Also, my son Maksym turns eighteen next month. Does my benefit change then?", "leeftijd", ["eighteen"]],
    ["My son Maksym is two hours away from here.", "leeftijd", []],
    ["Terugbellen over wat er verandert als zoon Maksym 18 wordt.", "leeftijd", ["18"]],
    ["He lives alone in Kharkiv, Ukraine, address vul. Sumska 45, 61000. Can the municipality count this?", "postcode", ["61000"]],
    ["Hij zit vaak bij vrienden in het winkelcentrum In de Hoven. Ingrid geeft aan dat", "instelling", ["In de Hoven"]],
    ["Hij zit vaak bij vrienden in het winkelcentrum In de Hoven. Ingrid geeft aan dat", "plaats", []],
    ["| Kindpakket | kinderen van 4 tot 18 jaar | schoolspullen, sport, fiets |", "leeftijd", []],
    ["Ze heeft drie kinderen van 4 tot 12 jaar.", "leeftijd", ["4", "12"]],
    ["Chy mozhna perenesty na chetver, 10 kvitnia? I shche: nasha adresa zminylasia.", "datum", ["10 kvitnia"]],
    ["[07-04-25 19:50] burak: annem 63 yaşında ve şeker hastası. doktor bir hafta kalacak diyor", "leeftijd", ["63"]],
    ["burak: annem hastanede, reinier de graaf'ta yatıyor. o zaman konya'dan dönmüş olur", "instelling", ["reinier de graaf"]],
    ["burak: annem hastanede, reinier de graaf'ta yatıyor. o zaman konya'dan dönmüş olur", "plaats", ["konya"]],
    ["Зараз я працюю 20 годин на тиждень у Hoogvliet на Herenstraat, але грошей не вистачає.", "instelling", ["Hoogvliet"]],
    ["Зараз я працюю 20 годин на тиждень у Hoogvliet на Herenstraat, але грошей не вистачає.", "plaats", []],
    ["Terugbellen: 070-4152398 (Florence, team Steenvoorde) of mobiel.", "plaats", ["Steenvoorde"]],
    ["Vanaf juli gaan alle beschikkingen digitaal via de Berichtenbox van MijnOverheid.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s49-lead (round 3): a Kerkrade 'Iech bön sieve-en-achsig joar' and 'ouch al tachentig', a chat stamp with a day and a month abbreviation, a month-named child's possessive, a call name in quotes with where it is used, a firm after a factory noun (also Polish), a Turkish '-teki'", () => {
  it.each([
    ["Jo, hoi, dit is Lei Schmeets oes Haanrade. Iech bön sieve-en-achsig joar en iech kriech dat neet mie allein gedoon.", "leeftijd", ["sieve-en-achsig"]],
    ["Mieng vrouw deet get boodsjappe, mer die is zelf ouch al tachentig. Kint uur mich ens trökbelle?", "leeftijd", ["tachentig"]],
    ["ma 17 mrt 08:19 - jamal: hoi\nma 17 mrt 08:20 - jamal: younes me broer zou ze brengen naar de stadskantoor", "persoon", ["jamal", "jamal", "younes"]],
    ["Gezin: mevrouw Li Mei Chen (41) en haar dochter Mei (11). Zij heeft een goede band met Mei’s begeleider, Ahmet.", "persoon", ["Li Mei Chen", "Mei", "Mei", "Ahmet"]],
    ["In mei is er een overdrachtsgesprek. Mei’s begeleider belt.", "persoon", []],
    ["Dhr. Hulshof (‘Ruudje’ in de buurt) heeft een huurachterstand. Ruudje zegt dat hij betaalt.", "persoon", ["Hulshof", "Ruudje", "Ruudje"]],
    ["od 1 maja nie pracuję już przez agencję OTTO Work Force w fabryce Mars w Veghel.", "instelling", ["OTTO Work Force", "Mars"]],
    ["sinds 1 mei werk ik niet meer via uitzendbureau OTTO Work Force in de fabriek van Mars in Veghel.", "instelling", ["OTTO Work Force", "Mars"]],
    ["Hij werkt in de fabriek van Ede al jaren.", "instelling", []],
    ["Annem Kayseri'den geldi ve şimdi bizimle Uden'de kalıyor. Bitswijk'teki evimiz çok küçük.", "plaats", ["Kayseri", "Uden", "Bitswijk"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s49-lead (round 4): a Ukrainian street after 'вул.' and its postcode, 'app. 12' before a postcode, a Frisian 'en bin sels ek al sânensantich' and 'en ben zelf ook al …', Turkish months and '-ndan', 'dochter Lieke van 8 om de week', 'Ana' before an Arabizi word, Katwijk districts", () => {
  it.each([
    ["Адреса мами: вул. Сумська 41, кв. 12, 61002 Харків. Мій новий номер", "adres", ["вул. Сумська 41"]],
    ["Адреса мами: вул. Сумська 41, кв. 12, 61002 Харків. Мій новий номер", "postcode", ["61002"]],
    ["Adres van mijn moeder: vul. Sumska 41, app. 12, 61002 Charkiv. Mijn nieuwe nummer", "postcode", ["61002"]],
    ["Ik kin him net mear allinnich litte en bin sels ek al sânensantich. Wy wenje oan de Tsjerkebuorren.", "leeftijd", ["sânensantich"]],
    ["Ik kan hem niet meer alleen laten en ben zelf ook al zevenenzeventig. Wij wonen in Wommels.", "leeftijd", ["zevenenzeventig"]],
    ["Ik zoek werk en ben al 3 jaar werkloos.", "leeftijd", []],
    ["Merhaba Esra hanım, ben Mehmet Kaya. 17 Mart'ta gelen mektubu anlamadım.", "datum", ["17 Mart"]],
    ["Okuldan, Comenius College'ndan mektup geldi, çok devamsızlık var diyorlar.", "instelling", ["Comenius College"]],
    ["Ik vraag een koelkast aan, omdat mijn dochter Lieke van 8 om de week bij mij woont.", "leeftijd", ["8"]],
    ["Voice memo (Arabisch): \"Ana ta3bane kteer, ma 3am ben2dar ruh 3al madrase kel yom.\"", "persoon", []],
    ["2. Oksana Melnyk, Valkenhorst. Woont met haar moeder.\n3. Dhr. J. Guijt, 't Duyfrak. Is halverwege de vijftig.", "plaats", ["Valkenhorst", "'t Duyfrak"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s49-lead (round 5): an English 'at the' + a street without a street word, Arabizi 'ana shaghel'/'Ana bahki', a work-placement column with a lower-case note after a comma", () => {
  it.each([
    ["Can she stay with us in the host family at the Leijsenhoek 17? Next step: I sign the contract.", "adres", ["Leijsenhoek 17"]],
    ["I met her at the Station 2 today.", "adres", []],
    ["[19-02-25 14:22] Rami Al-Hassan: tayyib. bas ana shaghel bi Kwekerij Daalmeer\n[19-02-25 14:25] Bilal Haddad: Ana bahki ma'ha.", "persoon", ["Rami Al-Hassan", "Bilal Haddad"]],
    ["| klantnr | naam | werkervaringsplek | start |\n| --- | --- | --- | --- |\n| 40298145 | Bart van Dongen | Cello, terreinonderhoud | 13-01-2025 |", "instelling", ["Cello"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s49-lead (round 6): a Gronings 'Ik bin nou ainentachtig', a Brabant 'Ik zen zeuventig', a house 'van een cliënt' that is 90 years old, a lower-case '-baan' street with a direction", () => {
  it.each([
    ["Mien vraauw Aaltje is twij joar leden stürven. Ik bin nou ainentachtig, den mot je nait zeuren.", "leeftijd", ["ainentachtig"]],
    ["Ik snap d'r de ballen van. Ik zen zeuventig, ik heb da allemaal nie zo mee die computer.", "leeftijd", ["zeuventig"]],
    ["Ze zen twee jaar weg geweest.", "leeftijd", []],
    ["Het huis van een cliënt is soms 90 jaar oud en slecht geïsoleerd: wijs dan op het energieloket.", "leeftijd", []],
    ["[08:57] ruben: oke top. ze woont toch nog op de ringbaan-oost 311?", "adres", ["ringbaan-oost 311"]],
    ["hij heeft een nieuwe baan, 3 dagen per week op de spoorbaan 2 keer per dag", "adres", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s50-lead (round 1): Arabic in Arabic script, 'ons/onze' + a first name, Brabant and Limburg spellings of March, Turkish ages turned and a school with a case ending, a placement cell, 'naar' + a street when moving house, idioms that open with a first name", () => {
  const arabic = "مرحبا أستاذة ليزا، أنا أحمد الحسن، عمري 39 سنة، من حلب. حصلت على عمل في PostNL في نايميخن ابتداءً من 1 أيار. زوجتي رانيا في البيت مع الأولاد، أعمارهم 4 و7 و12. سننتقل أيضاً إلى Wijchen، إلى Koningsdaal 5.";
  it.each([
    [arabic, "persoon", ["ليزا", "أحمد الحسن", "رانيا"]],
    [arabic, "leeftijd", ["39 سنة", "4", "7", "12"]],
    [arabic, "plaats", ["حلب", "نايميخن", "Wijchen"]],
    [arabic, "datum", ["1 أيار"]],
    [arabic, "adres", ["Koningsdaal 5"]],
    ["أنا في البيت، زوجتي مريضة. هل أحتاج إلى هولندا؟", "persoon", []],
    ["أنا في البيت، زوجتي مريضة. هل أحتاج إلى هولندا؟", "plaats", []],
    ["Mèr ons Frenk, die is drieëntwintig, die zee dak dè ding vur 18 meert terug mos sturen.", "persoon", ["Frenk"]],
    ["Mèr ons Frenk, die is drieëntwintig, die zee dak dè ding vur 18 meert terug mos sturen.", "datum", ["18 meert"]],
    ["Maar onze Frenk, die is drieëntwintig, zegt dat ik dat moet doen.", "persoon", ["Frenk"]],
    ["Onze Hema, die is dicht. Ons Team, die heeft het druk.", "persoon", []],
    ["Ik heb 't briefke gehad van tien mèrt, mar ik snap d'r de ballen van.", "datum", ["tien mèrt"]],
    ["Oğlum Emre geçen hafta 18 yaşına girdi. Emre Munnikenheide College'da okuyor.", "leeftijd", ["18"]],
    ["Oğlum Emre geçen hafta 18 yaşına girdi. Emre Munnikenheide College'da okuyor.", "instelling", ["Munnikenheide College"]],
    ["Oğlum Emre geçen hafta 18 yaşına girdi. Emre Munnikenheide College'da okuyor.", "persoon", ["Emre", "Emre"]],
    ["| Li Wei Chen | 51 | Aalsburg 11-40 | Wijchen | werkervaringsplaats Breed | 7700874 |", "instelling", ["Breed"]],
    ["| Li | 51 | stage Zorg en Welzijn | 77 |", "instelling", []],
    ["We verhuizen ook naar Wijchen, naar Koningsdaal 5. Mijn telefoonnummer is 06 47 20 38 15.", "adres", ["Koningsdaal 5"]],
    ["Ga naar Groep 7. We gaan naar Hoofdstuk 4.", "adres", []],
    ["2. Dhr. Peters, Kerkenbos 10-61\nEen man van in de zestig, alleenstaand.", "adres", ["Kerkenbos 10-61"]],
    ["Afwezig met bericht: Berber Smit (CJG)", "persoon", ["Berber Smit"]],
    ["Hij knipt bij Berber Mehmet in de Kruisstraat.", "instelling", ["Berber Mehmet"]],
    ["Goedemorgen allemaal!\n\nMark je agenda: de teamdag is verschoven. Frank en vrij praten over werkdruk kan altijd.", "persoon", []],
    ["Heb je Mark je boek gegeven? Frank en Els komen morgen.", "persoon", ["Mark", "Frank", "Els"]],
    ["Volgens de arts van de GGD heeft dhr. ontheffing van de arbeidsverplichtingen.", "persoon", []],
    ["We bespraken de rol van de klantmanager bij het PVT en de MAP.", "instelling", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s50-lead (round 2): a village after a place and a slash, 'mevrouw de post doornemen', a statistic in decimal years, 'pa is 63', Twents 'Mien wief', Cyrillic streets and ages, Polish names of Dutch towns, 'brief is 28/2 verstuurd', Papiamento 'Kaya' streets, pinyin given names, Heerlen and Brabant number words, French dates, a phone-shaped id under an id column, a first name + surname 'van team'", () => {
  it.each([
    ["Overzicht deelnemers werkervaringsplaatsen Dieren/De Steeg – peildatum 1 april 2025", "plaats", ["De Steeg"]],
    ["Zaterdag was hij bij Dieren/De Kern.", "plaats", []],
    ["- Dewi: samen met mevrouw de post doornemen, wekelijks op dinsdag.", "persoon", ["Dewi"]],
    ["goedemorgen mevrouw de post, hoe gaat het", "persoon", ["de post"]],
    ["De gemiddelde bijstandsduur daalde naar 4,1 jaar.", "leeftijd", []],
    ["Noah is 4,5 jaar en gaat naar school.", "leeftijd", ["4,5 jaar"]],
    ["[16-06-25 20:13] priya: beetje beter. pa is 63 en eigenlijk nooit ziek", "leeftijd", ["63"]],
    ["Ma is 10 dagen weg.", "leeftijd", []],
    ["ma, 12 en 13 gesprekken", "leeftijd", []],
    ["\"Mien wief, de Hanna, is in 't veurjoar van '23 stòrven.\"", "persoon", ["Hanna"]],
    ["Я живу з донькою Софією (14) в Енсхеде, на вулиці Лейпцигстраат 12-3.", "adres", ["Лейпцигстраат 12-3"]],
    ["Я приїхала разом із сином Максимом, йому зараз п'ятнадцять. Ми живемо в Oegstgeest.", "leeftijd", ["п'ятнадцять"]],
    ["йому 3 рази дзвонили", "leeftijd", []],
    ["Mam 38 lat i mieszkam przy Hooigracht 61a w Lejdzie. Od 3 marca nie pracuję. Siostra mieszka w Hadze.", "plaats", ["Lejdzie", "Hadze"]],
    ["[17-03-25 13:07] ilse koning: brief is 28/2 verstuurd, zaak Z/25/040112.", "datum", ["17-03-25", "28/2"]],
    ["De aanvraag is 3/4 compleet.", "datum", []],
    ["Hij staat ingeschreven bij zijn moeder op Kaya Kanari 27, Willemstad.", "adres", ["Kaya Kanari 27"]],
    ["Kaya Yilmaz 23 jaar", "adres", []],
    ["Naam\tRelatie\tGeb.\nLi Wei\taanvrager\t1983\nLi Xinyi\tdochter\t2012", "persoon", ["Li Wei", "Li Xinyi"]],
    ["Ich bin drei-en-zèstig, dus ich weit neet of ich nog mót solliciteren.", "leeftijd", ["drei-en-zèstig"]],
    ["Ich bin drieëzestig en wil nog werken.", "leeftijd", ["drieëzestig"]],
    ["Monsieur Gaëtan Lhoest, né le 8 juillet 1990, a quitté son domicile le 28 février 2025.", "datum", ["8 juillet 1990", "28 février 2025"]],
    ["Hij had nog 3 mars-repen in zijn tas.", "datum", []],
    ["Schuldeiser\tDossiernummer schuldeiser\tBedrag\nRabobank\t0384412907\t€ 11.600,00", "dossiernummer", ["0384412907"]],
    ["Schuldeiser\tTelefoon\tBedrag\nRabobank\t0384412907\t€ 11.600,00", "telefoon", ["0384412907"]],
    ["[15-05-25 13:12] sanne: ik zet de overdracht klaar voor roos winter van team centrum", "persoon", ["sanne", "roos winter"]],
    ["ik vraag het voor de rest van team noord", "persoon", []],
    ["Onze Betriebsnummer is 48210937.", "persoon", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s50-lead (round 2b): a lower-case street without a street word where someone stays with family", () => {
  it.each([
    ["[11-03-25 09:14] kevin: woon niet meer in bunde, zit nu bij mn moeder op kuileneind 23\n[11-03-25 09:16] kevin: mn nieuwe nummer", "adres", ["kuileneind 23"]],
    ["hij zit bij zijn moeder op bezoek 2 uur per week", "adres", []],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s50-lead (round 3): a lower-case postcode after a street, a firm 'in de kassen', papers kept for years, the imperative 'Mark het dossier', a Cyrillic age in brackets, a lower-case street with a direction, 'Emre van 19 (…)', a kin word + an unknown lower-case name in a chat, note initials, 'Municipality', a Turkish month + year", () => {
  it.each([
    ["Hij staat ingeschreven op Wolphaertsbocht 210-B, 3083mb Rotterdam, bij zijn moeder.", "postcode", ["3083mb"]],
    ["Het bestand is 3083mb groot.", "postcode", []],
    ["Dertig jaar heb ik bij Van Lieshout in de kassen gestaan in Gemonde.", "instelling", ["Van Lieshout"]],
    ["Ze woont bij Van Lieshout in de straat.", "instelling", []],
    ["Zaken worden 7 jaar bewaard. Vragen over deze instructie?", "leeftijd", []],
    ["Vragen? Mark het dossier na afronding als verwerkt. We doen het via Teams. Mark alvast de middag in je agenda.", "persoon", []],
    ["Mark heeft gebeld en Mark de Vries ook.", "persoon", ["Mark", "Mark de Vries"]],
    ["Мій син ходить до школи. Моя мама (71) ще в Харкові.", "leeftijd", ["71"]],
    ["кімната (12) на другому поверсі", "leeftijd", []],
    ["[10-03-25 09:20] rosita: nee sinds vorige maand bij mijn zus sharon op handelskade oost 22 in musselkanaal, is tijdelijk", "adres", ["handelskade oost 22"]],
    ["Er wonen nog twee kinderen thuis, Emre van 19 (mbo-student bij ROC Rivor) en Elif van 15.", "leeftijd", ["19", "15"]],
    ["[14-03-25 13:40] ruben: update: dochter anahit heeft huurschuld, 3 maanden\n[14-03-25 13:42] ilse: ok, anahit belt mij", "persoon", ["ruben", "anahit", "ilse", "anahit"]],
    ["[14-03-25 13:40] ruben: zoon altijd is moe, man gewoon gaat niet\n[14-03-25 13:42] ilse: ok", "persoon", ["ruben", "ilse"]],
    ["Client manager, Municipality of Culemborg\n\nInterne notitie (LB): meneer heeft na zijn tijd in Kleve", "persoon", ["LB"]],
    ["Client manager, Municipality of Culemborg\n\nInterne notitie (LB): meneer heeft na zijn tijd in Kleve", "plaats", ["Culemborg", "Kleve"]],
    ["Verslag (MDO): besproken", "persoon", []],
    ["Oğlum işten çıktı. Kocam Hüseyin Ocak 2025'ten beri fabrikada çalışıyor.", "datum", ["Ocak 2025"]],
    ["Oğlum işten çıktı. Kocam Hüseyin Ocak 2025'ten beri fabrikada çalışıyor.", "persoon", ["Hüseyin"]],
    ["Ahmet Ocak is mijn buurman.", "persoon", ["Ahmet Ocak"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s50-lead (round 4): Alblasserwaard tens in '-tug' and the Frisian 'tolve', 'Klaar is Kees', a re-integration firm field, a lower-case name opening a chat turn with its age, Chinese cities, a month-named signature, initials before a place-named surname under a closing, a Turkish head word, an address cell with a floor, thanks + a lower-case name, 'zit nu op' after a move; a kin word before a verb form after a possessive", () => {
  it.each([
    ["Ik ben nou zesenvijftug en ik mot nog solliciteren. M'n vrouw Aaltje is zestug en die hoeft niks.", "leeftijd", ["zesenvijftug", "zestug"]],
    ["Us Aukje is tolve. It is tolve oere.", "leeftijd", ["tolve"]],
    ["De tabellen staan in de bijlage. Klaar is Kees? Nee: controleer eerst.", "persoon", []],
    ["Kees belt morgen terug.", "persoon", ["Kees"]],
    ["Re-integratiebedrijf: Werkpad (Gorinchem)\nNaam: Anna de Wit", "instelling", ["Werkpad"]],
    ["[26-02-25 13:09] Pim de Boer: is die niet nog 17?\n[26-02-25 13:11] Arjen Stam: chidi is net 18 geworden dus die telt nu mee", "persoon", ["Pim de Boer", "Arjen Stam", "chidi"]],
    ["[26-02-25 13:11] Arjen Stam: hij is net 18 geworden\n[26-02-25 13:12] Pim de Boer: ok", "persoon", ["Arjen Stam", "Pim de Boer"]],
    ["My husband Chen Hao and I moved from Chengdu to Almere Poort in June 2021.", "plaats", ["Chengdu", "Almere Poort"]],
    ["Kind regards,\nMei\n\nVertaling: Met vriendelijke groet,\nMei", "persoon", ["Mei", "Mei"]],
    ["Groet, Mei komt ook.", "persoon", []],
    ["Met vriendelijke groet,\n\nR. Hoogvliet\nhandhavingsspecialist", "persoon", ["R. Hoogvliet"]],
    ["[08-05-25 19:32] emine aydın: Oğlum Mert 17 yaşında, okulu bıraktı. Zadkine okulundan mektup geldi.\n[08-05-25 19:40] gülsen: Merhaba", "instelling", ["Zadkine"]],
    ["| Dag | Klant | Adres | Plaats |\n| --- | --- | --- | --- |\n| do 5 jun. | dhr. K. de Jong | De Rede 40 zw | Dronten |", "adres", ["De Rede 40 zw"]],
    ["[06-03-25 16:41] Rik Smit: gelukt met de aanvraag\n[06-03-25 16:42] femke: yes!! dank je nouk 🙏 volgende week evalueren?\n[06-03-25 16:43] Rik Smit: dank je wel!", "persoon", ["Rik Smit", "femke", "nouk", "Rik Smit"]],
    ["[18-03-25 14:12] femke: ja. oh en ze is verhuisd, ze zit nu op noordzijde 31b\n[18-03-25 14:13] Rik Smit: thx", "adres", ["noordzijde 31b"]],
    ["hij zit nu op school 3 dagen per week, ze zit nu op groep 7", "adres", []],
    ["[10:17] Gea: Sinds haar man weg is doet niemand de papieren. Een ticket dat uw zus betaalt is een gift.\n[10:18] Gea: ja", "persoon", ["Gea", "Gea"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s50-lead (round 5): Turkish and Papiamento ages in words, an English age turned, Arabic number words, the Twents 'dartig', 'Ik ben inderdaad 27', idioms opening with a name, Addis Ababa, 'oudste is 15 die past op'", () => {
  it.each([
    ["Oğlum Mert on yedi yaşında, Naaldwijk'teki Lentiz okuluna gidiyor.", "leeftijd", ["on yedi"]],
    ["Mi yu mas grandi, Jayden, tin diesinchi aña i e ke bai skol na Gouda.", "leeftijd", ["diesinchi aña"]],
    ["My mother, Mei Zhang, turned 63 in March. The road turns 90 degrees there.", "leeftijd", ["63"]],
    ["أنا Hiba Khalil من حلب. عمري ثلاث وثلاثون سنة. ابني Yusuf عمره خمس سنوات.", "leeftijd", ["ثلاث وثلاثون سنة", "خمس سنوات"]],
    ["Mien dochter Marieke, dartig, woont in Almeloo.", "leeftijd", ["dartig"]],
    ["Ik ben inderdaad 27. Dat is inderdaad 27 keer gebeurd.", "leeftijd", ["27"]],
    ["Jan en alleman heeft er een mening over. Bent u het niet eens met dit besluit? Frank en open het gesprek aangaan.", "persoon", []],
    ["Jan en Els komen morgen.", "persoon", ["Jan", "Els"]],
    ["We arrived from Addis Ababa in March 2025.", "plaats", ["Addis Ababa"]],
    ["[03-03-25 08:55] ruud: oudste is 15 die past op de kleine (3). schoonmoeder helpt ook\n[03-03-25 08:56] anouk: ok", "leeftijd", ["15", "3"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});

describe("s51-lead (round 1): Chinese names ('Xu Mei' before a year, 'Wu Jianguo'), bare initials, dialect tens without a value ('twee-en-sestig'), 'ik ben d'r', 'Hijzelf is 63', '(ruim tachtig)', Papiamento and Sranantongo dates and ages, the first of a pair of names, a form and a working group are no organisations", () => {
  it.each([
    ["Xu Mei\t1975\tChina\tB1-route", "persoon", ["Xu Mei"]],
    ["Xu Mei\t1975\tChina\tB1-route", "datum", []],
    ["In mei 1980 kwam ze naar Nederland.", "datum", ["mei 1980"]],
    ["Haar man Wu Jianguo is sinds februari ziek thuis.", "persoon", ["Wu Jianguo"]],
    ["- wo-middag: overdracht A.K. aan Stijn.", "persoon", ["A.K.", "Stijn"]],
    ["Casus 3 – J.B. (m, 17), Jaarsveld", "persoon", ["J.B."]],
    ["Flexwerk Zuidwest B.V. en Dings Kwekerij V.O.F.; N.B. regel 3 klopt niet; Kanaaldijk N.W. 77 T.A.V. de directie", "persoon", []],
    ["\"Nou moe, ik ben d'r twee-en-sestig, wie wil mijn nog hebbe?\"", "leeftijd", ["twee-en-sestig"]],
    ["Ik ben d'r 5 minuten later.", "leeftijd", []],
    ["Zijn vrouw is overleden; zij was 66. Hijzelf is 63 en heeft rugklachten.", "leeftijd", ["66", "63"]],
    ["Haar moeder (ruim tachtig) in Kalisz heeft zorg nodig.", "leeftijd", ["tachtig"]],
    ["mi no por bin na e afspraak djaweps 17 di yüli, pasobra mi yu ta malu", "datum", ["17 di yüli"]],
    ["\"A boi fu mi abi tin na feifi yari en a no e go na skoro.\" Mi e wroko tu yari na a wrokope.", "leeftijd", ["tin na feifi yari"]],
    ["Mahbooba (16) zit op het college in Panningen, Sohail en Parisa (tweeling van zeven) gaan naar de basisschool.", "persoon", ["Mahbooba", "Sohail", "Parisa"]],
    ["Voor Utrecht en Parisa geldt hetzelfde.", "persoon", ["Parisa"]],
    ["Inkomsten geeft u maandelijks op via het Inkomstenformulier.", "instelling", []],
    ["De instructie wordt geëvalueerd door de werkgroep Schuld & Werk. Hij werkt bij Vos & Werk.", "instelling", ["Vos & Werk"]],
  ] as [string, Label, string[]][])("%j", (text, label, expected) => {
    expect(found(text, label)).toEqual(expected);
  });
});
