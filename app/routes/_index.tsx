import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/accounts/auth.server";
import { navigationFor } from "~/components/layout";

export const meta: MetaFunction = () => [{ title: "Start · Elke dag leren" }];

const descriptions: Record<string, string> = {
  "/methoden": "Zoek methoden en instrumenten die werken, met hun onderbouwing en erkenning.",
  "/intervisie": "Bespreek geanonimiseerde casuïstiek met je intervisiegroep, ook tussen de bijeenkomsten door.",
  "/plan": "Leg je ontwikkeldoelen vast, gekoppeld aan competenties, en houd je activiteiten bij.",
  "/team": "Volg de plannen, voortgang en het opleidingsbudget van je team.",
  "/beheer": "Beheer gebruikers, teams en intervisiegroepen van je organisatie.",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { naam: user.naam, rol: user.rol, leidt: user.leadsTeamIds.length > 0, id: user.id, groet: greeting(new Date()) };
}

// Decided on the server in Dutch time, so server and browser render the same words.
const hourFormat = new Intl.DateTimeFormat("nl-NL", { hour: "numeric", hourCycle: "h23", timeZone: "Europe/Amsterdam" });

function greeting(now: Date) {
  const hour = Number(hourFormat.format(now));
  return hour < 6 ? "Hallo" : hour < 12 ? "Goedemorgen" : hour < 18 ? "Goedemiddag" : "Goedenavond";
}

export default function Home() {
  const user = useLoaderData<typeof loader>();
  const firstName = user.naam.split(" ")[0];
  return (
    <>
      <h1 className="utrecht-heading-1">
        {user.groet}, {firstName}
      </h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">Wat wil je vandaag leren?</p>
      <ul className="tiles">
        {navigationFor(user).map((item) => (
          <li key={item.to} className="tile">
            <h2 className="utrecht-heading-3">
              <Link className="utrecht-link" to={item.to}>
                {item.label}
              </Link>
            </h2>
            <p className="utrecht-paragraph">{descriptions[item.to]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
