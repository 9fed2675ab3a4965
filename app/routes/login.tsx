import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { getUser, safeRedirect } from "~/accounts/auth.server";
import { attemptLogin } from "~/accounts/login.server";
import { hasDemoAccounts, demoPassword, demoUsers } from "~/accounts/seed.server";
import { commitSession, getSession } from "~/accounts/session.server";
import { roleLabels } from "~/accounts/roles";
import { ErrorSummary, Field } from "~/components/forms";
import { clientIp } from "~/platform/http.server";
import { parseFormData } from "~/platform/forms.server";
import { z, type FieldErrors } from "~/platform/validation";

const LoginSchema = z.object({
  email: z.string({ error: "Vul je e-mailadres in." }).trim().min(1, "Vul je e-mailadres in.").max(254, "Dit e-mailadres is te lang."),
  password: z.string({ error: "Vul je wachtwoord in." }).min(1, "Vul je wachtwoord in.").max(200, "Dit wachtwoord is te lang."),
  redirectTo: z.string().optional(),
});

export const meta: MetaFunction = () => [{ title: "Inloggen · Elke dag leren" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  const demo = await hasDemoAccounts();
  return {
    demoAccounts: demo ? demoUsers.map((u) => ({ email: u.email, rol: roleLabels[u.rol] })) : [],
    demoPassword: demo ? demoPassword : null,
  };
}

// Login needs no CSRF token: there is no session to abuse yet, and the server refuses cross-site posts.
export async function action({ request }: ActionFunctionArgs) {
  const form = parseFormData(await request.formData(), LoginSchema);
  if (!form.ok) {
    return data({ message: "Vul je e-mailadres en wachtwoord in.", fieldErrors: form.fieldErrors, email: form.values.email ?? "" }, { status: 400 });
  }
  const result = await attemptLogin(form.data.email, form.data.password, clientIp(request));
  if (!result.ok) {
    return data({ message: result.message, fieldErrors: {} as FieldErrors, email: form.data.email }, { status: result.status });
  }
  const session = await getSession(request);
  session.set("userId", result.userId);
  session.unset("csrf"); // a fresh token after login
  return redirect(safeRedirect(form.data.redirectTo), { headers: { "Set-Cookie": await commitSession(request, session) } });
}

export default function LoginPage() {
  const { demoAccounts, demoPassword } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state !== "idle";
  return (
    <div className="login">
      <h1 className="utrecht-heading-1">Inloggen</h1>
      <p className="utrecht-paragraph">
        Elke dag leren helpt klantmanagers om van elkaar en van wat werkt te leren. Log in met het e-mailadres van je werk.
      </p>
      <ErrorSummary message={actionData?.message} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
        <Field
          label="E-mailadres"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={actionData?.email}
          error={actionData?.fieldErrors?.email}
        />
        <Field
          label="Wachtwoord"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={actionData?.fieldErrors?.password}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={busy}>
          {busy ? "Bezig met inloggen…" : "Inloggen"}
        </button>
      </Form>
      {demoAccounts.length ? (
        <section className="card" aria-labelledby="demo-titel">
          <h2 id="demo-titel" className="utrecht-heading-2">
            Demo-accounts
          </h2>
          <p className="utrecht-paragraph">
            Alle demo-accounts hebben het wachtwoord <code>{demoPassword}</code>.
          </p>
          <ul className="utrecht-unordered-list">
            {demoAccounts.map((a) => (
              <li key={a.email} className="utrecht-unordered-list__item">
                <code>{a.email}</code> — {a.rol}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
