import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/accounts/auth.server";
import { redirectWithMessage } from "~/accounts/session.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { saveCaseFromForm } from "~/intervisie/case-action.server";
import { CaseForm } from "~/intervisie/case-form";
import css from "~/intervisie/intervisie.css?url";
import { methodChoices } from "~/intervisie/method-choices.server";
import { db } from "~/platform/db.server";
import { errors } from "~/platform/errors";
import { invariantResponse } from "~/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Nieuwe casus · Intervisie · Elke dag leren" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  invariantResponse(user.groupIds.length > 0, 403, { ...errors.forbidden, message: "Alleen leden van een intervisiegroep brengen een casus in." });
  const groups = await db.group.findMany({ where: { id: { in: user.groupIds } }, select: { id: true, naam: true }, orderBy: { naam: "asc" } });
  return { groups, methods: await methodChoices() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const saved = await saveCaseFromForm(request, user);
  if ("error" in saved) return saved.error;
  return redirectWithMessage(request, `/intervisie/${saved.caseId}`, saved.delen ? "De casus is gedeeld met je groep." : "De casus is als concept opgeslagen.");
}

export default function NewCase() {
  const { groups, methods } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link className="utrecht-link" to="/intervisie">
          ← Terug naar alle casussen
        </Link>
      </p>
      <h1 className="utrecht-heading-1">Nieuwe casus</h1>
      <p className="utrecht-paragraph">
        Je casus is alleen zichtbaar voor je intervisiegroep. Schrijf hem zonder persoonsgegevens: de app wijst aan wat nog herleidbaar is.
      </p>
      <CaseForm initial={{ titel: "", hulpvraag: "", situatie: "", methoden: [] }} groups={groups} methods={methods} result={result} concept />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
