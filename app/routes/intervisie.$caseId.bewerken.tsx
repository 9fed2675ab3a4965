import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/accounts/auth.server";
import { redirectWithMessage } from "~/accounts/session.server";
import { RouteErrorBoundary } from "~/components/error-boundary";
import { saveCaseFromForm } from "~/intervisie/case-action.server";
import { CaseForm } from "~/intervisie/case-form";
import { getCase, savedUitzonderingen } from "~/intervisie/cases.server";
import { orFail } from "~/intervisie/http.server";
import css from "~/intervisie/intervisie.css?url";
import { methodChoices } from "~/intervisie/method-choices.server";
import { errors } from "~/platform/errors";
import { invariantResponse } from "~/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Casus bewerken · Intervisie · Elke dag leren" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: css }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const kase = await orFail(getCase(user, params.caseId!));
  invariantResponse(kase.authorId === user.id, 403, { ...errors.forbidden, message: "Alleen de inbrenger kan de casus bewerken." });
  invariantResponse(kase.status === "concept" || kase.status === "gedeeld", 409, { code: "status", message: "Een afgeronde casus kan niet meer worden bewerkt." });
  return {
    kase: {
      id: kase.id,
      titel: kase.titel,
      hulpvraag: kase.hulpvraag,
      situatie: kase.situatie,
      status: kase.status,
      methoden: kase.methods.map((m) => m.methodSlug),
      uitzonderingen: savedUitzonderingen(kase),
    },
    groups: [{ id: kase.groupId, naam: kase.group.naam }],
    methods: await methodChoices(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const saved = await orFail(saveCaseFromForm(request, user, params.caseId!));
  if ("error" in saved) return saved.error;
  return redirectWithMessage(request, `/intervisie/${saved.caseId}`, saved.delen ? "De casus is gedeeld met je groep." : "De casus is opgeslagen.");
}

export default function EditCase() {
  const { kase, groups, methods } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link className="utrecht-link" to={`/intervisie/${kase.id}`}>
          ← Terug naar de casus
        </Link>
      </p>
      <h1 className="utrecht-heading-1">Casus bewerken</h1>
      <CaseForm initial={kase} groups={groups} methods={methods} result={result} concept={kase.status === "concept"} />
    </>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
