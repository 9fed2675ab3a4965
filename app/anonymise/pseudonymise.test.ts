import { describe, expect, it } from "vitest";
import { createPseudonymiser, detect, pseudonymise } from "./index";

describe("pseudonymise", () => {
  it("replaces every kind of personal data with its placeholder", () => {
    const text =
      "Mevrouw Jansen (41), BSN 123456782, Kerkweg 3, 7951 BK Staphorst, tel. 06-12345678, mail jansen@mail.nl, " +
      "IBAN NL91ABNA0417164300, geboren 12-03-1985, klantnummer 5512873, zie www.voorbeeld.nl. Ze werkt bij Parnassia.";
    const { text: out } = pseudonymise(text);
    expect(out).toBe(
      "Mevrouw [Persoon A] ([Leeftijd]), BSN [BSN], [Adres], [Postcode] [Plaats 1], tel. [Telefoon], mail [E-mail], " +
        "IBAN [IBAN], geboren [Datum], klantnummer [Dossiernummer], zie [URL]. Ze werkt bij [Instelling 1].",
    );
  });

  it("gives the same person the same letter, and a new person the next letter", () => {
    const { text } = pseudonymise("Mevrouw Jansen belde. Haar zoon Bilal is 17 jaar. Jansen zegt dat Bilal werkt. Anna Jansen komt ook.");
    expect(text).toBe("Mevrouw [Persoon A] belde. Haar zoon [Persoon B] is [Leeftijd]. [Persoon A] zegt dat [Persoon B] werkt. [Persoon A] komt ook.");
  });

  it("links a first name to the full name introduced earlier", () => {
    const { text } = pseudonymise("Vorige week sprak ik Jeroen Mulder. Jeroen wil werken bij Larcom.");
    expect(text).toBe("Vorige week sprak ik [Persoon A]. [Persoon A] wil werken bij [Instelling 1].");
  });

  it("marks the person introduced as cliënt or klant as [Klant]", () => {
    const { text } = pseudonymise("Cliënt Kofi Mensah woont in Almere. Zijn jobcoach Sanne Willems belt Kofi elke week.");
    expect(text).toBe("Cliënt [Klant] woont in [Plaats 1]. Zijn jobcoach [Persoon A] belt [Klant] elke week.");
  });

  it("takes the client from the options", () => {
    const { text } = pseudonymise("Gesprek met mevrouw Bakkal en haar dochter Elif.", undefined, { client: "Bakkal" });
    expect(text).toBe("Gesprek met mevrouw [Klant] en haar dochter [Persoon A].");
  });

  it("numbers places and institutions consistently", () => {
    const { text } = pseudonymise("Van Zwolle naar Kampen, en terug naar Zwolle. Eerst Humanitas, toen Parnassia, toen weer Humanitas.");
    expect(text).toBe("Van [Plaats 1] naar [Plaats 2], en terug naar [Plaats 1]. Eerst [Instelling 1], toen [Instelling 2], toen weer [Instelling 1].");
  });

  it("shares one mapping across the fields of a case", () => {
    const p = createPseudonymiser();
    const title = p.apply("Casus mevrouw El Amrani");
    const body = p.apply("Haar zoon Bilal helpt mevrouw El Amrani met de post.");
    expect(title.text).toBe("Casus mevrouw [Persoon A]");
    expect(body.text).toBe("Haar zoon [Persoon B] helpt mevrouw [Persoon A] met de post.");
    expect(p.mapping().get("persoon:El Amrani")).toBe("[Persoon A]");
  });

  it("accepts spans from detect(), keeps code-point offsets and leaves other text alone", () => {
    const text = "😀 Mail jan@voorbeeld.nl 👍";
    const spans = detect(text);
    const result = pseudonymise(text, spans);
    expect(result.text).toBe("😀 Mail [E-mail] 👍");
    expect(result.replacements).toEqual([{ start: 7, end: 23, label: "email", original: "jan@voorbeeld.nl", placeholder: "[E-mail]" }]);
  });
});
